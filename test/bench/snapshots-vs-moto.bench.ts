// Measured against the built package (`fake-ecs` resolves to dist/ here: vitest does not set the
// fake-ecs-source condition), which is what users run; `npm run bench` builds first.
// Run: `npm run build && npx vitest bench --run test/bench/snapshots-vs-moto.bench.ts`.
//
// Issue bar (issue 13): the scenario "one disk, 1,000 snapshots created one after another (each
// settled), describe them all page by page, delete them all" runs at least 100x faster than moto
// 5.2.1 (in-process `mock_aws`) running its EC2 equivalent, measured side by side in one run.
//
// moto runs in one long-lived Python child (test/bench/moto-snapshots.py): moto's import and its
// lazy backend load happen before the first timed run (plus one warm-up run), and each timed
// iteration is one "run" line over stdin answered by one JSON line (the pipe costs well under a
// millisecond against seconds of scenario). The fake-ecs world is built once: the scenario
// deletes everything it creates, so every iteration starts from the same disk.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createEcs, type Ecs } from 'fake-ecs';
import { afterAll, bench, describe } from 'vitest';

const N = 1000;
const PAGE = 100;
const REGION = 'cn-hangzhou';

function worldWithDisk(): { ecs: Ecs; diskId: string } {
  const ecs = createEcs({ seed: 'bench', quotas: { manualSnapshotsPerDisk: N } });
  ecs.runInstances({
    regionId: REGION,
    imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
    instanceType: 'ecs.g7.large',
    dataDisk: [{ category: 'cloud_essd', size: 40 }],
  });
  ecs.clock.settle();
  const disk = Object.values(
    ecs.describeDisks({ regionId: REGION, diskType: 'data' }).disks.disk,
  )[0];
  if (!disk) throw new Error('bench setup: no data disk');
  ecs.writeDisk({ diskId: disk.diskId, offset: 0, length: 2 ** 30, fill: 'dataset' });
  return { ecs, diskId: disk.diskId };
}

function describeAll(ecs: Ecs, diskId: string): number {
  let seen = 0;
  let nextToken: string | undefined;
  do {
    const page = ecs.describeSnapshots({ regionId: REGION, diskId, maxResults: PAGE, nextToken });
    seen += page.snapshots.snapshot.length;
    nextToken = page.nextToken || undefined;
  } while (nextToken);
  return seen;
}

function fakeEcsScenario(ecs: Ecs, diskId: string): void {
  const ids: string[] = [];
  for (let i = 0; i < N; i++) {
    ids.push(ecs.createSnapshot({ diskId, snapshotName: `s${i}` }).snapshotId);
    ecs.clock.settle();
  }
  const seen = describeAll(ecs, diskId);
  if (seen !== N) throw new Error(`bench: described ${seen} snapshots, expected ${N}`);
  for (const snapshotId of ids) ecs.deleteSnapshot({ snapshotId });
}

class MotoChild {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: AsyncIterator<string>;
  versions = '';
  last: Record<string, number> = {};

  constructor() {
    const script = fileURLToPath(new URL('./moto-snapshots.py', import.meta.url));
    this.child = spawn('python3', [script, String(N)]);
    this.lines = createInterface({ input: this.child.stdout })[Symbol.asyncIterator]();
  }

  private async line(): Promise<string> {
    const next = await this.lines.next();
    if (next.done) throw new Error('moto child ended early (is moto 5.2.1 installed for python3?)');
    return next.value;
  }

  async ready(): Promise<void> {
    this.versions = (await this.line()).replace(/^ready /, '');
  }

  async run(): Promise<void> {
    this.child.stdin.write('run\n');
    this.last = JSON.parse(await this.line()) as Record<string, number>;
  }

  stop(): void {
    this.child.stdin.end('quit\n');
  }
}

describe(`one disk, ${N} snapshots created one after another (each settled), described page by page, deleted`, () => {
  const { ecs, diskId } = worldWithDisk();
  fakeEcsScenario(ecs, diskId); // fail fast, before moto spends seconds
  const moto = new MotoChild();
  afterAll(() => {
    console.log(`moto: ${moto.versions}; last run (s): ${JSON.stringify(moto.last)}`);
    moto.stop();
  });

  bench('fake-ecs (built package, in-process)', () => fakeEcsScenario(ecs, diskId), {
    time: 2000,
    warmupIterations: 2,
  });

  bench(
    'moto 5.2.1 mock_aws (Python child, EC2 equivalent)',
    async () => {
      await moto.run();
    },
    {
      setup: async () => {
        if (!moto.versions) await moto.ready();
      },
      iterations: 3,
      time: 0,
      warmupIterations: 1,
    },
  );
});
