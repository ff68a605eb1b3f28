// Measured against the built package (`fake-ecs` resolves to dist/ here); `npm run bench` builds
// first. Run alone: `npm run build && npx vitest bench --run test/bench/policies.bench.ts`.
//
// Issue bar (issue 6): one simulated year, 100 disks, a policy with 4 time points a day and
// 30-day retention, each disk rewriting 1% of its blocks daily, costs at most 2x creating,
// settling and releasing the same snapshots by hand through the facade: the scheduler adds little
// over the work it drives. Both sides do the same guest writes, take the same 146,000 snapshots
// (same incremental sizes, same realistic copy times) and release the same ones after 30 days.
// Each side runs once per bench run (a year is long); the worlds are built before timing.
import { createEcs, type Ecs } from 'fake-ecs';
import { bench, describe } from 'vitest';

const REGION = 'cn-hangzhou';
const BLOCK = 524288;
const DISK_GIB = 20;
const BLOCKS = (DISK_GIB * 1024 ** 3) / BLOCK;
const DAILY = Math.round(BLOCKS / 100);
const DISKS = 100;
const DAYS = 365;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** The policy's time points, 0, 6, 12 and 18 UTC+8, as UTC hours of the day: 16, 22, 4, 10. */
const UTC_HOURS = [4, 10, 16, 22];
const ONCE = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };

interface World {
  readonly ecs: Ecs;
  readonly diskIds: string[];
  readonly startMs: number;
}

/** 50 Running instances with two 20 GiB data disks each, every block of every disk written. */
function aWorld(): World {
  const ecs = createEcs({ seed: 'bench-policies', quotas: { manualSnapshotsPerDisk: 1000 } });
  const diskIds: string[] = [];
  for (let i = 0; i < DISKS / 2; i++) {
    const instanceId = ecs.runInstances({
      regionId: REGION,
      imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
      instanceType: 'ecs.g7.large',
      dataDisk: [
        { category: 'cloud_essd', size: DISK_GIB },
        { category: 'cloud_essd', size: DISK_GIB },
      ],
    }).instanceIdSets.instanceIdSet[0];
    ecs.clock.settle();
    const disks = ecs.describeDisks({ regionId: REGION, instanceId, diskType: 'data' });
    for (const disk of disks.disks.disk) diskIds.push(disk.diskId);
  }
  for (const diskId of diskIds)
    ecs.writeDisk({ diskId, offset: 0, length: BLOCKS * BLOCK, fill: 'base' });
  return { ecs, diskIds, startMs: Date.parse(ecs.clock.now()) };
}

/** The guest's day: 1% of each disk's blocks rewritten, a different stretch every day. */
function rewrite(world: World, day: number): void {
  const from = (day * DAILY) % (BLOCKS - DAILY);
  for (const diskId of world.diskIds)
    world.ecs.writeDisk({ diskId, offset: from * BLOCK, length: DAILY * BLOCK, fill: `d${day}` });
}

/** The policy does the snapshots: the clock moves a day at a time. */
function yearWithPolicy(world: World): void {
  const { ecs } = world;
  const { autoSnapshotPolicyId } = ecs.createAutoSnapshotPolicy({
    regionId: REGION,
    timePoints: '["0","6","12","18"]',
    repeatWeekdays: '["1","2","3","4","5","6","7"]',
    retentionDays: 30,
  });
  ecs.applyAutoSnapshotPolicy({
    regionId: REGION,
    autoSnapshotPolicyId,
    diskIds: JSON.stringify(world.diskIds),
  });
  for (let day = 0; day < DAYS; day++) {
    rewrite(world, day);
    ecs.clock.advance('P1D');
  }
}

/** The same snapshots by hand: create at each point, settle, delete those 30 days old. */
function yearByHand(world: World): void {
  const { ecs } = world;
  const taken: { atMs: number; snapshotIds: string[] }[] = [];
  for (let day = 0; day < DAYS; day++) {
    rewrite(world, day);
    for (const hour of UTC_HOURS) {
      const atMs = world.startMs + day * DAY_MS + hour * HOUR_MS;
      ecs.clock.advanceTo(new Date(atMs));
      while ((taken[0]?.atMs ?? Number.POSITIVE_INFINITY) <= atMs - 30 * DAY_MS) {
        for (const snapshotId of taken.shift()?.snapshotIds ?? [])
          ecs.deleteSnapshot({ snapshotId });
      }
      const snapshotIds = world.diskIds.map(
        (diskId) => ecs.createSnapshot({ diskId, snapshotName: 'by-hand' }).snapshotId,
      );
      taken.push({ atMs, snapshotIds });
      ecs.clock.settle();
    }
  }
  ecs.clock.advanceTo(new Date(world.startMs + DAYS * DAY_MS));
}

const policyWorld = aWorld();
const handWorld = aWorld();

describe('a year of automatic snapshots: 100 disks, 4 points a day, 30-day retention', () => {
  // `async` so that tinybench does not call the function once more to probe whether it is async:
  // each world can live its year once only.
  bench('by hand through the facade (baseline)', async () => yearByHand(handWorld), ONCE);
  bench('automatic snapshot policy', async () => yearWithPolicy(policyWorld), ONCE);
});
