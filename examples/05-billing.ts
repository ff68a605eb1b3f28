// What snapshots cost: the pricing guide's worked example, a forecast of the retention, then a
// forecast of a daily automatic snapshot policy with assumed guest writes.
import assert from 'node:assert/strict';
import { createEcs } from 'fake-ecs';

const ecs = createEcs({ seed: 5, now: '2026-01-01T10:00:00Z', timings: 'instant' });
const { instanceIdSets } = ecs.runInstances({
  regionId: 'cn-hangzhou',
  imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
  instanceType: 'ecs.g7.large',
  dataDisk: [50, 220, 40].map((size) => ({ category: 'cloud_essd', size })),
});
const instanceId = instanceIdSets.instanceIdSet[0] ?? '';
const dataDisks = ecs
  .describeDisks({ regionId: 'cn-hangzhou', instanceId, diskType: 'data' })
  .disks.disk.sort((a, b) => a.size - b.size);

// Fill each disk, then snapshot all three at 10:20: 50 + 220 + 40 = 310 GiB of snapshots.
for (const disk of dataDisks)
  ecs.writeDisk({ diskId: disk.diskId, offset: 0, length: disk.size * 2 ** 30, fill: 'data' });
ecs.clock.advanceTo('2026-01-01T10:20:00Z');
for (const disk of dataDisks)
  ecs.createSnapshot({ diskId: disk.diskId, retentionDays: disk.size === 220 ? 1 : undefined });

// 10:20-11:00 is billed as the whole hour: (310 - 5 free) GiB x USD 0.02 / 720 = 0.008472.
ecs.clock.advanceTo('2026-01-01T11:00:00Z');
const hour = ecs.billing.statement({
  regionId: 'cn-hangzhou',
  from: '2026-01-01T10:00:00Z',
  to: '2026-01-01T11:00:00Z',
});
assert.deepEqual(hour.lines, [
  { hour: '2026-01-01T10:00:00Z', sizeGiB: 310, billableGiB: 305, amount: 0.008472 },
]);

// The forecast runs the world forward on a copy: the 220 GiB snapshot expires after a day.
const before = ecs.state;
const week = ecs.billing.forecast({ regionId: 'cn-hangzhou', until: '2026-01-08T00:00:00Z' });
assert.equal(ecs.state, before);
assert.equal(week.lines.at(-1)?.sizeGiB, 90);
console.log(`first week: USD ${week.total}`);

// A daily policy (00:00 China time) with 7-day retention on the 40 GiB disk. Future guest writes
// are an assumption: 10% of the written blocks rewritten every day.
const small = dataDisks[0]?.diskId ?? '';
const { autoSnapshotPolicyId } = ecs.createAutoSnapshotPolicy({
  regionId: 'cn-hangzhou',
  timePoints: '["0"]',
  repeatWeekdays: '["1","2","3","4","5","6","7"]',
  retentionDays: 7,
});
ecs.applyAutoSnapshotPolicy({
  regionId: 'cn-hangzhou',
  autoSnapshotPolicyId,
  diskIds: JSON.stringify([small]),
});
const withPolicy = ecs.state;
const month = ecs.billing.forecast({
  regionId: 'cn-hangzhou',
  until: '2026-02-01T00:00:00Z',
  dailyChangeRate: 0.1,
});
// At steady state: the manual 50 and 40 GiB snapshots, and 7 automatic snapshots holding 4 GiB
// each of their own (the manual 40 GiB snapshot already holds the rest of that disk).
assert.equal(month.lines.at(-1)?.sizeGiB, 50 + 40 + 7 * 4);
assert.equal(ecs.state, withPolicy);
console.log(`January with the policy: USD ${month.total}`);
