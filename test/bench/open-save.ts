// Cost of opening a large saved world: `createEcs({ from })` = decode (the graph codec rebuilds
// every object) + check (shapes, persistent structures, block maps, invariants, the read-only
// probe). Run: `npx tsx --conditions=fake-ecs-source test/bench/open-save.ts`
// (a script: one world of 10,000 snapshots takes a while to build, then each step is timed on it).
//
// The world: 40 disks (4 instances), 250 snapshots each (the per-disk quota is 256), every snapshot after a
// 1-block byte write and a 64-block fill, so block maps share structure as they do in use.
import { createEcs } from '../../src/index.js';
import { damageOf } from '../../src/saved/check-restored.js';
import { decodeGraph } from '../../src/saved/graph-codec.js';
import type { EcsState } from '../../src/state/ecs-state.js';

const DISKS = 40;
const PER_DISK = 250;
const SAMPLES = Number(process.argv[2] ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timed(run: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const ecs = createEcs({ seed: 'open-save', timings: 'instant', blockSize: 4096 });
const disks: string[] = [];
for (let i = 0; i < DISKS / 10; i++) {
  const { instanceIdSets } = ecs.runInstances({
    regionId: 'cn-hangzhou',
    imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
    instanceType: 'ecs.g7.large',
    dataDisk: Array.from({ length: 10 }, () => ({ size: 20, category: 'cloud_essd' })),
  });
  ecs.clock.settle();
  const instanceId = instanceIdSets.instanceIdSet[0] as string;
  const data = ecs.describeDisks({ regionId: 'cn-hangzhou', instanceId, diskType: 'data' });
  disks.push(...data.disks.disk.map((d) => d.diskId));
}
for (let round = 0; round < PER_DISK; round++) {
  for (const diskId of disks) {
    ecs.writeDisk({ diskId, offset: 4096 * (round % 500), data: `r${round}` });
    ecs.writeDisk({
      diskId,
      offset: 4096 * 1000 * (round % 50),
      length: 4096 * 64,
      fill: `f${round}`,
    });
    ecs.createSnapshot({ diskId });
  }
  ecs.clock.settle();
}
const text = JSON.stringify(ecs.export());
const saved = () => JSON.parse(text);
const snapshots = ecs.describeSnapshots({ regionId: 'cn-hangzhou', maxResults: 1 }).totalCount;
const base = createEcs({ seed: 'open-save' }).state;

const parseMs = timed(saved);
const decodeMs = timed(() => decodeGraph(saved().state)) - parseMs;
const states = Array.from({ length: SAMPLES }, () => decodeGraph(saved().state) as EcsState);
let next = 0;
const checkMs = timed(() => damageOf(states[next++] as EcsState, base));
const openMs = timed(() => createEcs({ from: saved() })) - parseMs;

const mb = (text.length / 2 ** 20).toFixed(1);
console.log(`${snapshots} snapshots, ${mb} MB of JSON; medians of ${SAMPLES}`);
console.log(`JSON.parse            ${parseMs.toFixed(0)} ms`);
console.log(`decode (restore)      ${decodeMs.toFixed(0)} ms`);
console.log(`check (damageOf)      ${checkMs.toFixed(0)} ms`);
console.log(`createEcs({ from })   ${openMs.toFixed(0)} ms (after JSON.parse)`);
console.log(`check / decode        ${(checkMs / decodeMs).toFixed(2)}`);
