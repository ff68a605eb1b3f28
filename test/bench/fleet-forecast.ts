// A year's forecast of a fleet, against the built package (`fake-ecs` -> dist/).
// Run: `npm run build && node --import tsx test/bench/fleet-forecast.ts [disks]`
// (a script, not a vitest bench: one run takes seconds, and the point is its time).
//
// Issue 13: a year's forecast of 1,000 disks under a daily policy at 2% a day takes seconds, not
// minutes. 100 instances with 10 data disks of 20 GiB each, every block written; one policy, a
// time point a day, 30-day retention; `billing.forecast` for a year with dailyChangeRate 0.02.
import { createEcs } from 'fake-ecs';

const DISKS = Number(process.argv[2] ?? 1000);
const PER_INSTANCE = 10;
const REGION = 'cn-hangzhou';
const GIB = 1024 ** 3;

const setupStart = performance.now();
const ecs = createEcs({ seed: 'fleet', timings: 'instant', now: '2026-01-01T00:00:00Z' });
const diskIds: string[] = [];
for (let i = 0; i < DISKS / PER_INSTANCE; i++) {
  const instanceId = ecs.runInstances({
    regionId: REGION,
    imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
    instanceType: 'ecs.g7.large',
    dataDisk: Array.from({ length: PER_INSTANCE }, () => ({ category: 'cloud_essd', size: 20 })),
  }).instanceIdSets.instanceIdSet[0];
  const disks = ecs.describeDisks({ regionId: REGION, instanceId, diskType: 'data' }).disks.disk;
  for (const { diskId } of disks) {
    ecs.writeDisk({ diskId, offset: 0, length: 20 * GIB, fill: `base-${diskId}` });
    diskIds.push(diskId);
  }
}
ecs.clock.settle();
const { autoSnapshotPolicyId } = ecs.createAutoSnapshotPolicy({
  regionId: REGION,
  timePoints: '["0"]',
  repeatWeekdays: '["1","2","3","4","5","6","7"]',
  retentionDays: 30,
});
for (let i = 0; i < diskIds.length; i += 100)
  ecs.applyAutoSnapshotPolicy({
    regionId: REGION,
    autoSnapshotPolicyId,
    diskIds: JSON.stringify(diskIds.slice(i, i + 100)),
  });
const setupMs = performance.now() - setupStart;

const start = performance.now();
const bill = ecs.billing.forecast({
  regionId: REGION,
  until: '2027-01-01T00:00:00Z',
  dailyChangeRate: 0.02,
});
const forecastMs = performance.now() - start;
console.log(
  `${diskIds.length} disks, a year under a daily policy at 2%/day: forecast ${(forecastMs / 1000).toFixed(2)} s (setup ${(setupMs / 1000).toFixed(2)} s); ${bill.lines.length} bill lines, total ${bill.total}`,
);
