// The README's usage example, kept runnable: CI runs every example.
import assert from 'node:assert/strict';
import { createEcs, isEcsError } from 'fake-ecs';

const ecs = createEcs({ seed: 42 }); // starts at 2026-01-01T00:00:00Z, realistic timings

const { instanceIdSets } = ecs.runInstances({
  regionId: 'cn-hangzhou',
  imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
  instanceType: 'ecs.g7.large',
  dataDisk: [{ category: 'cloud_essd', size: 100 }],
});
const instanceId = instanceIdSets.instanceIdSet[0] ?? '';
ecs.clock.settle(); // Pending -> Starting -> Running: 30 virtual seconds

const { disk: disks } = ecs.describeDisks({ regionId: 'cn-hangzhou', instanceId }).disks;
const disk = disks.find((d) => d.type === 'data');
if (!disk) throw new Error('no data disk');
ecs.writeDisk({ diskId: disk.diskId, offset: 0, data: 'hello' });
ecs.readDisk({ diskId: disk.diskId, offset: 0, length: 5 }); // Uint8Array of 'hello'

try {
  ecs.deleteDisk({ diskId: disk.diskId });
} catch (error) {
  if (isEcsError(error, 'DiskStillAttached')) console.log(error.statusCode); // 403
}

ecs.stopInstance({ instanceId });
ecs.clock.advance('PT15S'); // Stopping -> Stopped

// What the README promises, checked:
assert.equal(ecs.clock.now(), '2026-01-01T00:00:45Z');
const [instance] = ecs.describeInstances({ regionId: 'cn-hangzhou' }).instances.instance;
assert.equal(instance?.status, 'Stopped');
assert.equal(
  ecs.describeDisks({ regionId: 'cn-hangzhou', diskIds: JSON.stringify([disk.diskId]) }).disks
    .disk[0]?.status,
  'In_use',
);
