// Code written against the official SDK's client, run against fake-ecs through `fake-ecs/sdk`.
import assert from 'node:assert/strict';
import { createEcs } from 'fake-ecs';
import { createClient, type EcsSdkClient } from 'fake-ecs/sdk';

// The code under test, written as it would be against the official SDK's client.
async function snapshotAndWait(client: EcsSdkClient, diskId: string): Promise<string> {
  const { body } = await client.createSnapshot({ diskId, snapshotName: 'nightly' });
  for (;;) {
    const res = await client.describeSnapshots({
      regionId: 'cn-hangzhou',
      snapshotIds: JSON.stringify([body.snapshotId]),
    });
    if (res.body.snapshots.snapshot[0]?.status === 'accomplished') return body.snapshotId;
  }
}

const ecs = createEcs({ seed: 7 });
const client = createClient(ecs, { autoAdvance: 'PT10S' }); // 10 virtual seconds per call

const run = await client.runInstances({
  regionId: 'cn-hangzhou',
  imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
  instanceType: 'ecs.g7.large',
  dataDisk: [{ category: 'cloud_essd', size: 100 }],
});
assert.equal(run.statusCode, 200);
const instanceId = run.body.instanceIdSets.instanceIdSet[0] ?? '';
ecs.clock.settle();

const disks = await client.describeDisks({ regionId: 'cn-hangzhou', instanceId, diskType: 'data' });
const diskId = disks.body.disks.disk[0]?.diskId ?? '';
ecs.writeDisk({ diskId, writes: [{ offset: 0, length: 4 * 2 ** 30, fill: 'database' }] });

const snapshotId = await snapshotAndWait(client, diskId);
assert.match(snapshotId, /^s-/);

// Failures reject like the SDK's: ClientError for 4xx, ServerError for 5xx, ThrottlingError.
await assert.rejects(client.attachDisk({ instanceId, diskId: 'd-does-not-exist' }), {
  name: 'ClientError',
  code: 'InvalidDiskId.NotFound',
  statusCode: 404,
  message: /^InvalidDiskId\.NotFound: code: 404, .+ request id: [0-9A-F-]{36}$/,
});
