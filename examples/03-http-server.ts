// fake-ecs over HTTP, driven by the unmodified official SDK: start a server on a free port, call
// it the way production code calls Alibaba Cloud, then close it.
import assert from 'node:assert/strict';
import EcsSdk, * as $Ecs from '@alicloud/ecs20140526';
import { createEcs } from 'fake-ecs';
import { DEFAULT_CREDENTIAL, startServer } from 'fake-ecs/server';

const ecs = createEcs({ seed: 1, timings: 'instant' });
const server = await startServer({ ecs, clock: 'manual' }); // port 0: a free port

// The official client, pointed at the fake (a Config from @alicloud/openapi-core works the same).
const Client = EcsSdk.default;
const client = new Client({
  ...DEFAULT_CREDENTIAL, // accessKeyId + accessKeySecret: signatures are checked
  endpoint: server.endpoint, // '127.0.0.1:<port>'
  protocol: 'http',
  regionId: 'cn-hangzhou',
} as ConstructorParameters<typeof Client>[0]);

const run = await client.runInstances(
  new $Ecs.RunInstancesRequest({
    regionId: 'cn-hangzhou',
    imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
    instanceType: 'ecs.g7.large',
    dataDisk: [new $Ecs.RunInstancesRequestDataDisk({ category: 'cloud_essd', size: 40 })],
  }),
);
const instanceId = run.body?.instanceIdSets?.instanceIdSet?.[0] ?? '';
await fetch(`${server.url}/__fake-ecs/clock/settle`, { method: 'POST' }); // let it boot

const disks = await client.describeDisks(
  new $Ecs.DescribeDisksRequest({ regionId: 'cn-hangzhou', instanceId, diskType: 'data' }),
);
const diskId = disks.body?.disks?.disk?.[0]?.diskId ?? '';
ecs.writeDisk({ diskId, offset: 0, length: 2 ** 30, fill: 'orders' }); // the guest writes 1 GiB

const snap = await client.createSnapshot(
  new $Ecs.CreateSnapshotRequest({ diskId, snapshotName: 'nightly' }),
);
const { body } = await client.describeSnapshots(
  new $Ecs.DescribeSnapshotsRequest({
    regionId: 'cn-hangzhou',
    snapshotIds: JSON.stringify([snap.body?.snapshotId]),
  }),
);
assert.equal(body?.snapshots?.snapshot?.[0]?.status, 'accomplished');

// Errors come back as the SDK's own ClientError, with the real code and status.
await assert.rejects(
  client.modifySnapshotAttribute(
    new $Ecs.ModifySnapshotAttributeRequest({ snapshotId: 's-nope', snapshotName: 'renamed' }),
  ),
  {
    name: 'ClientError',
    code: 'InvalidSnapshotId.NotFound',
    statusCode: 404,
  },
);

await server.close();
