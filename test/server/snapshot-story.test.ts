// The whole snapshot story over HTTP, driven by the unmodified official SDK (as Azurite is tested
// with Azure's): run an instance, write data, snapshot, watch progress, rename, restore to a new
// disk, roll back, group snapshots, delete. The same story run in process through `fake-ecs/sdk`
// on a world with the same seed gives the same ids: the server adds nothing but the wire format.

import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, describe, expect, it } from 'vitest';
import { createEcs, type Ecs } from '../../src/index.js';
import { createClient } from '../../src/sdk/index.js';
import type { RunningServer } from '../../src/server/index.js';
import { INSTANCE_TYPE, LINUX_IMAGE, REGION } from '../fixtures/world.js';
import { anSdkClient, aServer, rejectionOf } from './helpers.js';

/** The SDK client's methods the story uses, loosely typed so that both clients fit. */
type StoryClient = Record<
  | 'runInstances'
  | 'describeInstances'
  | 'describeDisks'
  | 'createSnapshot'
  | 'describeSnapshots'
  | 'modifySnapshotAttribute'
  | 'createDisk'
  | 'stopInstance'
  | 'resetDisk'
  | 'describeSnapshotLinks'
  | 'createSnapshotGroup'
  | 'describeSnapshotGroups'
  | 'deleteSnapshot',
  // biome-ignore lint/suspicious/noExplicitAny: the story reads both clients' bodies the same way.
  (request: object) => Promise<{ statusCode: number; body: any }>
>;

interface StoryResult {
  readonly ids: {
    instanceId: string;
    diskId: string;
    snapshotId: string;
    restoredDiskId: string;
    groupId: string;
  };
  readonly seen: Record<string, unknown>;
}

/** The story, against any SDK-shaped client; `settle` lets every operation finish. */
async function story(
  client: StoryClient,
  ecs: Ecs,
  settle: () => Promise<void>,
): Promise<StoryResult> {
  const run = await client.runInstances(
    new $Ecs.RunInstancesRequest({
      regionId: REGION,
      imageId: LINUX_IMAGE,
      instanceType: INSTANCE_TYPE,
      dataDisk: [new $Ecs.RunInstancesRequestDataDisk({ category: 'cloud_essd', size: 40 })],
    }),
  );
  const instanceId: string = run.body.instanceIdSets.instanceIdSet[0];
  await settle();
  const instances = await client.describeInstances(
    new $Ecs.DescribeInstancesRequest({
      regionId: REGION,
      instanceIds: JSON.stringify([instanceId]),
    }),
  );
  const instanceStatus = instances.body.instances.instance[0].status;
  const disks = await client.describeDisks(
    new $Ecs.DescribeDisksRequest({ regionId: REGION, instanceId, diskType: 'data' }),
  );
  const disk = disks.body.disks.disk[0];
  const diskId: string = disk.diskId;
  ecs.writeDisk({ diskId, offset: 0, length: 2 * 1024 ** 3, fill: 'orders' });

  const created = await client.createSnapshot(
    new $Ecs.CreateSnapshotRequest({
      diskId,
      snapshotName: 'before-upgrade',
      retentionDays: 7,
      tag: [new $Ecs.CreateSnapshotRequestTag({ key: 'env', value: 'test' })],
    }),
  );
  const snapshotId: string = created.body.snapshotId;
  const whileProgressing = await client.describeSnapshots(
    new $Ecs.DescribeSnapshotsRequest({
      regionId: REGION,
      snapshotIds: JSON.stringify([snapshotId]),
    }),
  );
  const first = whileProgressing.body.snapshots.snapshot[0];
  const progressing = { status: first.status, progress: first.progress, tags: first.tags?.tag };
  await settle();
  await client.modifySnapshotAttribute(
    new $Ecs.ModifySnapshotAttributeRequest({ snapshotId, snapshotName: 'after-upgrade' }),
  );
  const done = await client.describeSnapshots(
    new $Ecs.DescribeSnapshotsRequest({ regionId: REGION, diskId, pageSize: 10, pageNumber: 1 }),
  );
  const snap = done.body.snapshots.snapshot[0];
  const accomplished = {
    totalCount: done.body.totalCount,
    status: snap.status,
    progress: snap.progress,
    name: snap.snapshotName,
    sourceDiskSize: snap.sourceDiskSize,
  };

  const restored = await client.createDisk(
    new $Ecs.CreateDiskRequest({ regionId: REGION, zoneId: disk.zoneId, snapshotId }),
  );
  await settle();
  await client.stopInstance(new $Ecs.StopInstanceRequest({ instanceId }));
  await settle();
  await client.resetDisk(new $Ecs.ResetDiskRequest({ diskId, snapshotId }));
  await settle();
  const links = await client.describeSnapshotLinks(
    new $Ecs.DescribeSnapshotLinksRequest({ regionId: REGION, diskIds: JSON.stringify([diskId]) }),
  );
  const link = links.body.snapshotLinks.snapshotLink[0];
  const linkSeen = {
    totalCount: link.totalCount,
    totalSizeGiB: Number(link.totalSize) / 1024 ** 3,
  };
  const group = await client.createSnapshotGroup(
    new $Ecs.CreateSnapshotGroupRequest({ regionId: REGION, instanceId, name: 'whole-instance' }),
  );
  await settle();
  const groups = await client.describeSnapshotGroups(
    new $Ecs.DescribeSnapshotGroupsRequest({
      regionId: REGION,
      snapshotGroupId: [group.body.snapshotGroupId],
    }),
  );
  const described = groups.body.snapshotGroups.snapshotGroup[0];
  const groupSeen = { status: described.status, members: described.snapshots.snapshot.length };
  await client.deleteSnapshot(new $Ecs.DeleteSnapshotRequest({ snapshotId, force: true }));
  const left = await client.describeSnapshots(
    new $Ecs.DescribeSnapshotsRequest({
      regionId: REGION,
      snapshotIds: JSON.stringify([snapshotId]),
    }),
  );
  const leftAfterDelete = left.body.snapshots.snapshot.length;
  return {
    ids: {
      instanceId,
      diskId,
      snapshotId,
      restoredDiskId: restored.body.diskId,
      groupId: group.body.snapshotGroupId,
    },
    seen: {
      instanceStatus,
      progressing,
      accomplished,
      link: linkSeen,
      group: groupSeen,
      leftAfterDelete,
    },
  };
}

describe('the snapshot story over HTTP with the official SDK', () => {
  const servers: RunningServer[] = [];
  afterAll(() => Promise.all(servers.map((s) => s.close())));

  async function overHttp(signatureAlgorithm?: 'v2') {
    const ecs = createEcs({ seed: 'story' });
    const server = await aServer(ecs);
    servers.push(server);
    const client = anSdkClient(server, signatureAlgorithm ? { signatureAlgorithm } : {});
    const settle = async () => {
      const res = await fetch(`${server.url}/__fake-ecs/clock/settle`, { method: 'POST' });
      expect(res.status).toBe(200);
    };
    return { ecs, result: await story(client as unknown as StoryClient, ecs, settle) };
  }

  it('runs end to end with ACS3-HMAC-SHA256 signatures, answering as the SDK expects', async () => {
    const { result } = await overHttp();
    expect(result.seen).toEqual({
      instanceStatus: 'Running',
      progressing: {
        status: 'progressing',
        progress: '0%',
        tags: [expect.objectContaining({ tagKey: 'env', tagValue: 'test' })],
      },
      accomplished: {
        totalCount: 1,
        status: 'accomplished',
        progress: '100%',
        name: 'after-upgrade',
        sourceDiskSize: '40',
      },
      link: { totalCount: 1, totalSizeGiB: 2 },
      group: { status: 'accomplished', members: 2 },
      leftAfterDelete: 0,
    });
    expect(result.ids.snapshotId).toMatch(/^s-/);
    expect(result.ids.groupId).toMatch(/^ssg-/);
  });

  it('runs end to end with the legacy HMAC-SHA1 signature (signatureAlgorithm v2)', async () => {
    const { result } = await overHttp('v2');
    expect(result.seen).toMatchObject({
      accomplished: { status: 'accomplished' },
      leftAfterDelete: 0,
    });
  });

  it('gives the same ids and answers as the same story in process (same seed)', async () => {
    const { result: http } = await overHttp();
    const ecs = createEcs({ seed: 'story' });
    const local = await story(createClient(ecs) as unknown as StoryClient, ecs, async () => {
      ecs.clock.settle();
    });
    expect(http.ids).toEqual(local.ids);
    expect(http.seen).toEqual(local.seen);
  });

  it('finds resources by id in any region when the operation has no RegionId', async () => {
    const ecs = createEcs({ seed: 'regions', timings: 'instant' });
    const server = await aServer(ecs);
    servers.push(server);
    const client = anSdkClient(server); // configured for cn-hangzhou
    const run = await client.runInstances(
      new $Ecs.RunInstancesRequest({
        regionId: 'cn-shanghai',
        imageId: LINUX_IMAGE,
        instanceType: INSTANCE_TYPE,
      }),
    );
    ecs.clock.settle();
    const instanceId = run.body?.instanceIdSets?.instanceIdSet?.[0] ?? '';
    const disks = await client.describeDisks(
      new $Ecs.DescribeDisksRequest({ regionId: 'cn-shanghai', instanceId }),
    );
    const diskId = disks.body?.disks?.disk?.[0]?.diskId ?? '';
    const created = await client.createSnapshot(new $Ecs.CreateSnapshotRequest({ diskId }));
    expect(created.body?.snapshotId).toMatch(/^s-/);
    const error = await rejectionOf(
      client.createSnapshot(new $Ecs.CreateSnapshotRequest({ diskId: 'd-missing' })),
    );
    expect(error).toMatchObject({ code: 'InvalidDiskId.NotFound', statusCode: 404 });
  });
});
