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

const snapshotOf = (snapshotId: string) =>
  ecs.describeSnapshots({ regionId: 'cn-hangzhou', snapshotIds: JSON.stringify([snapshotId]) })
    .snapshots.snapshot[0];
const first = ecs.createSnapshot({ diskId: dataDisk.diskId, snapshotName: 'orders-full' });
say(
  `CreateSnapshot -> ${first.snapshotId}: ${snapshotOf(first.snapshotId)?.status}, ${snapshotOf(first.snapshotId)?.progress}`,
);
const perf = ecs.diskPerformance(dataDisk.diskId);
say(
  `  while it runs the disk gives ${perf.current.iops} of its ${perf.baseline.iops} IOPS (${perf.reasons.join('; ')})`,
);
ecs.writeDisk({ diskId: dataDisk.diskId, offset: 0, data: 'orders.csv: 43 rows' });
say('  the guest writes during the snapshot; the snapshot keeps the disk as it was');
ecs.clock.advance('PT3M');
const mid = snapshotOf(first.snapshotId);
say(`3 minutes later: ${mid?.status}, ${mid?.progress}, ${mid?.remainTime} s to go`);
const firstTook = ecs.clock.settle() + 3 * 60 * 1000;
say(
  `the first (full) snapshot is ${snapshotOf(first.snapshotId)?.status} after ${Math.round(firstTook / 1000)} s: it copied all 20 GiB written`,
);
ecs.writeDisk({
  diskId: dataDisk.diskId,
  offset: 2 * 1024 ** 3,
  length: 1024 ** 3,
  fill: 'todays-orders',
});
const second = ecs.createSnapshot({ diskId: dataDisk.diskId, snapshotName: 'orders-daily' });
const secondTook = ecs.clock.settle();
say(
  `after 1 GiB more, the next snapshot copies only what changed: ${Math.round(secondTook / 1000)} s`,
);
assert.ok(secondTook < firstTook / 4);
const [chain] = ecs.describeSnapshotLinks({
  regionId: 'cn-hangzhou',
  diskIds: JSON.stringify([dataDisk.diskId]),
}).snapshotLinks.snapshotLink;
say(
  `the chain holds ${chain?.totalCount} snapshots in ${((chain?.totalSize ?? 0) / 1024 ** 3).toFixed(2)} GiB`,
);
const block = ecs.getSnapshotBlock({ snapshotId: first.snapshotId, blockIndex: 0 });
const inSnapshot = new TextDecoder().decode(block.blockData.subarray(0, 19));
say(`block 0 of the first snapshot still reads "${inSnapshot}"`);
assert.equal(inSnapshot, 'orders.csv: 42 rows');
ecs.deleteSnapshot({ snapshotId: first.snapshotId });
const [after] = ecs.describeSnapshotLinks({
  regionId: 'cn-hangzhou',
  diskIds: JSON.stringify([dataDisk.diskId]),
}).snapshotLinks.snapshotLink;
say(
  `deleting the first snapshot frees only what the second does not need: ${((after?.totalSize ?? 0) / 1024 ** 3).toFixed(2)} GiB left`,
);

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

// Roll back: the guest corrupts the disk, the snapshot brings it back.
ecs.startInstance({ instanceId });
ecs.clock.settle();
ecs.writeDisk({ diskId: dataDisk.diskId, offset: 0, data: 'rm -rf / by mistake' });
say('the instance is Running again, and a bad script overwrites block 0');
try {
  ecs.resetDisk({ diskId: dataDisk.diskId, snapshotId: second.snapshotId });
} catch (error) {
  assert.ok(isEcsError(error, 'IncorrectInstanceStatus'));
  say(`ResetDisk needs the instance Stopped: ${error.code}`);
}
ecs.stopInstance({ instanceId });
ecs.clock.settle();
ecs.resetDisk({ diskId: dataDisk.diskId, snapshotId: second.snapshotId });
say(`ResetDisk to ${second.snapshotId} (the disk is ReIniting)`);
ecs.clock.settle();
ecs.startInstance({ instanceId });
ecs.clock.settle();
const restored = new TextDecoder().decode(
  ecs.readDisk({ diskId: dataDisk.diskId, offset: 0, length: 19 }),
);
say(`after the rollback block 0 reads "${restored}" again`);
assert.equal(restored, 'orders.csv: 43 rows');
