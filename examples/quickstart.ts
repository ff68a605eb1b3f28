// The end-to-end story: boot an instance with a data disk, watch it come up on the virtual clock,
// write to the disk as the guest, read it back, and see what real ECS would refuse.
// Run it with `npm run demo`.
import assert from 'node:assert/strict';
import { createEcs, isEcsError } from 'fake-ecs';

const ecs = createEcs({ seed: 'quickstart' });
const say = (line: string) => console.log(`[${ecs.clock.now()}] ${line}`);

const { instanceIdSets } = ecs.runInstances({
  regionId: 'cn-hangzhou',
  zoneId: 'cn-hangzhou-h',
  imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
  instanceType: 'ecs.g7.large',
  instanceName: 'web-1',
  systemDisk: { category: 'cloud_essd', size: 40 },
  dataDisk: [{ category: 'cloud_essd', size: 100, deleteWithInstance: true }],
});
const instanceId = instanceIdSets.instanceIdSet[0] ?? '';
const statusOf = () =>
  ecs.describeInstances({ regionId: 'cn-hangzhou', instanceIds: JSON.stringify([instanceId]) })
    .instances.instance[0]?.status;
say(`RunInstances -> ${instanceId} is ${statusOf()}`);

ecs.clock.advance('PT10S');
say(`10 seconds later it is ${statusOf()}`);
const waited = ecs.clock.settle();
say(`after ${waited / 1000} s more it is ${statusOf()}`);
assert.equal(statusOf(), 'Running');

const disks = ecs.describeDisks({ regionId: 'cn-hangzhou', instanceId }).disks.disk;
for (const disk of disks)
  say(
    `  ${disk.type} disk ${disk.diskId}: ${disk.size} GiB ${disk.category}, ${disk.status} at ${disk.device}`,
  );
const dataDisk = disks.find((d) => d.type === 'data');
assert.ok(dataDisk);

ecs.writeDisk({ diskId: dataDisk.diskId, offset: 0, data: 'orders.csv: 42 rows' });
ecs.writeDisk({
  diskId: dataDisk.diskId,
  offset: 1024 ** 3,
  length: 20 * 1024 ** 3,
  fill: 'order-history',
});
say('the guest wrote a small file at offset 0 and 20 GiB of order history at 1 GiB');
const text = new TextDecoder().decode(
  ecs.readDisk({ diskId: dataDisk.diskId, offset: 0, length: 19 }),
);
say(`reading it back: "${text}"`);
assert.equal(text, 'orders.csv: 42 rows');

try {
  ecs.deleteDisk({ diskId: dataDisk.diskId });
} catch (error) {
  assert.ok(isEcsError(error, 'DiskStillAttached'));
  say(`DeleteDisk on an attached disk is refused: ${error.code} (HTTP ${error.statusCode})`);
}

ecs.stopInstance({ instanceId });
say(`StopInstance -> ${statusOf()}`);
ecs.clock.settle();
say(`the instance is ${statusOf()}; the guest can no longer write:`);
try {
  ecs.writeDisk({ diskId: dataDisk.diskId, offset: 0, data: 'late write' });
} catch (error) {
  assert.ok(isEcsError(error, 'IncorrectInstanceStatus'));
  say(`  ${error.message}`);
}
