// Run by time-zone.test.ts in a child process whose TZ is set: prints the world a policy made, so
// the test can compare runs under different time zones. Not a test file itself.
import { createEcs } from '../../src/index.js';

const ecs = createEcs({ seed: 'tz', now: '2026-03-01T00:00:00Z', blockSize: 4096 });
const { instanceIdSets } = ecs.runInstances({
  regionId: 'cn-hangzhou',
  imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
  instanceType: 'ecs.g7.large',
  dataDisk: [{ category: 'cloud_essd', size: 20 }],
});
ecs.clock.settle();
const instanceId = instanceIdSets.instanceIdSet[0] ?? '';
const disks = ecs.describeDisks({ regionId: 'cn-hangzhou', instanceId, diskType: 'data' });
const diskId = disks.disks.disk[0]?.diskId ?? '';
const { autoSnapshotPolicyId } = ecs.createAutoSnapshotPolicy({
  regionId: 'cn-hangzhou',
  // Midnight and 23:00 UTC+8 on Sundays and Mondays: both sides of a UTC date change.
  timePoints: '["0","23"]',
  repeatWeekdays: '["1","7"]',
  retentionDays: -1,
});
ecs.applyAutoSnapshotPolicy({
  regionId: 'cn-hangzhou',
  autoSnapshotPolicyId,
  diskIds: JSON.stringify([diskId]),
});
// Three weeks across the US daylight saving change of 2026-03-08, writing every day.
for (let day = 0; day < 21; day++) {
  ecs.writeDisk({ diskId, offset: day * 4096, length: 4096, fill: `day-${day}` });
  ecs.clock.advance('P1D');
}
const snapshots = ecs
  .describeSnapshots({ regionId: 'cn-hangzhou', diskId, pageSize: 100 })
  .snapshots.snapshot.map((s) => [s.snapshotName, s.creationTime, s.status]);
process.stdout.write(
  JSON.stringify({
    offset: new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(),
    snapshots,
    state: JSON.stringify(ecs.state),
  }),
);
