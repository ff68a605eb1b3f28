// Per-call cost of simulation calls, two builds of fake-ecs in one process (A/B): one-byte
// writeDisk, a one-byte readDisk, and describeDisks on a world after 100,000 writes (the garbage
// collector's share of what the writes left behind, events included).
// Run (each directory a `dist/` made by `npm run build` in its own checkout, beside its
// node_modules): `npx tsx test/bench/simulation-calls-ab.ts /other/checkout/dist dist [rounds]`.
// CPU time per call (process.cpuUsage), so other processes on the machine disturb it less than
// wall time; rounds alternate A and B; the median and the minimum of the rounds are printed.
// Bar (issue 11): B within ~15% of A for each of the three when B adds the simulation pipeline.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Lib = typeof import('../../src/index.js');
type World = { ecs: ReturnType<Lib['createEcs']>; diskId: string };

const [distA, distB, roundsArg] = process.argv.slice(2);
if (!distA || !distB) throw new Error('usage: simulation-calls-ab.ts <distA> <distB> [rounds]');
const ROUNDS = Number(roundsArg ?? 10);
const load = async (dist: string): Promise<Lib> =>
  (await import(pathToFileURL(resolve(dist, 'index.js')).href)) as Lib;
const libs = { A: await load(distA), B: await load(distB) };

const REGION = 'cn-hangzhou';
const BLOCK = 524288;
const WRITES = 100_000;

function world(lib: Lib): World {
  const ecs = lib.createEcs({ seed: 'bench', timings: 'instant', now: '2026-01-01T00:00:00Z' });
  const instanceId = ecs.runInstances({
    regionId: REGION,
    imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
    instanceType: 'ecs.g7.large',
    dataDisk: [{ category: 'cloud_essd', size: 1024 }],
  }).instanceIdSets.instanceIdSet[0];
  ecs.clock.settle();
  const disks = ecs.describeDisks({ regionId: REGION, instanceId, diskType: 'data' }).disks.disk;
  return { ecs, diskId: disks[0]?.diskId ?? '' };
}

let x = 7;
const offsets = Array.from({ length: WRITES }, () => {
  x = (Math.imul(x, 1103515245) + 12345) >>> 0;
  return (x % 200_000) * BLOCK + (x % BLOCK);
});
const byte = new Uint8Array([42]);

/** Microseconds of CPU per call. */
function perCall(run: (i: number) => unknown, calls: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) run(i);
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / calls;
}

const names = ['writeDisk', 'readDisk', 'describeDisks'] as const;
type Samples = { A: number[]; B: number[] };
const samples: Record<(typeof names)[number], Samples> = {
  writeDisk: { A: [], B: [] },
  readDisk: { A: [], B: [] },
  describeDisks: { A: [], B: [] },
};
for (let round = 0; round < ROUNDS; round++) {
  for (const side of round % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
    const { ecs, diskId } = world(libs[side]);
    const at = (i: number) => offsets[i] ?? 0;
    samples.writeDisk[side].push(
      perCall((i) => ecs.writeDisk({ diskId, offset: at(i), data: byte }), WRITES),
    );
    samples.readDisk[side].push(
      perCall((i) => ecs.readDisk({ diskId, offset: at(i % 1000), length: 1 }), 20_000),
    );
    perCall(() => ecs.describeDisks({ regionId: REGION }), 200);
    samples.describeDisks[side].push(perCall(() => ecs.describeDisks({ regionId: REGION }), 2000));
  }
}

const median = (v: number[]) => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)] ?? NaN;
const fixed = (v: number) => v.toFixed(2);
for (const name of names) {
  const { A, B } = samples[name];
  const [ma, mb, la, lb] = [median(A), median(B), Math.min(...A), Math.min(...B)];
  process.stdout.write(
    `${name.padEnd(14)} median A ${fixed(ma)} µs, B ${fixed(mb)} µs, B/A ${fixed(mb / ma)}; ` +
      `min A ${fixed(la)} µs, B ${fixed(lb)} µs, B/A ${fixed(lb / la)}\n`,
  );
}
