// The seed's precaution about extended volumes, shown byte for byte: snapshots of a volume that
// spans three disks, taken one by one while the guest writes, roll back to mixed-time content.
import assert from 'node:assert/strict';
import { createEcs } from 'fake-ecs';

const ecs = createEcs({ seed: 3, timings: 'instant' });
const regionId = 'cn-hangzhou';
const { instanceIdSets } = ecs.runInstances({
  regionId,
  imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
  instanceType: 'ecs.g7.large',
  dataDisk: [1, 2, 3].map(() => ({ category: 'cloud_essd', size: 20 })),
});
ecs.clock.settle();
const instanceId = instanceIdSets.instanceIdSet[0] ?? '';
const diskIds = ecs
  .describeDisks({ regionId, instanceId, diskType: 'data' })
  .disks.disk.map((d) => d.diskId);

// The guest stripes one volume over the three disks.
const { volumeId } = ecs.createVolume({
  instanceId,
  kind: 'spanned',
  diskIds,
  stripeSize: 1 << 20,
});
ecs.writeVolume({ volumeId, offset: 0, length: 3 << 20, fill: 'v1' });

// Snapshots one by one, with a write in between: unsure, and the verdict says where.
const first = ecs.createSnapshot({ diskId: diskIds[0] ?? '' }).snapshotId;
ecs.writeVolume({ volumeId, offset: 0, length: 3 << 20, fill: 'v2' });
const others = diskIds.slice(1).map((diskId) => ecs.createSnapshot({ diskId }).snapshotId);
const check = ecs.checkConsistency({ snapshotIds: [first, ...others] });
assert.equal(check.verdict, 'unsure');
assert.equal(check.writesBetween, 3);
assert.deepEqual(
  check.ranges.map((r) => r.volumeRanges),
  [[{ offset: 0, length: 1 << 20 }]],
);

// A snapshot group captures every disk at one instant: consistent, whatever the I/O.
const { snapshotGroupId } = ecs.createSnapshotGroup({ regionId, diskId: diskIds });
ecs.writeVolume({ volumeId, offset: 0, length: 3 << 20, fill: 'v3' });
const [group] = ecs.describeSnapshotGroups({ regionId, snapshotGroupId: [snapshotGroupId] })
  .snapshotGroups.snapshotGroup;
const members = group?.snapshots.snapshot ?? [];
assert.equal(
  ecs.checkConsistency({ snapshotIds: members.map((s) => s.snapshotId) }).verdict,
  'consistent',
);

// Rolling back the unsure set is allowed (as in real ECS) but recorded on the volume.
ecs.stopInstance({ instanceId });
ecs.clock.settle();
ecs.resetDisks({
  regionId,
  disk: diskIds.map((diskId, i) => ({ diskId, snapshotId: [first, ...others][i] ?? '' })),
});
assert.equal(ecs.describeVolumes().volumes[0]?.consistency, 'unsure');
console.log(check.reason);
