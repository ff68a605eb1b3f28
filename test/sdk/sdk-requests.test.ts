import * as $Ecs from '@alicloud/ecs20140526';
import { describe, expect, it } from 'vitest';
import { createEcs } from '../../src/index.js';
import { createClient } from '../../src/sdk/index.js';
import { LINUX_IMAGE, REGION } from '../fixtures/world.js';

describe('createClient', () => {
  describe('when given requests built with the official SDK classes', () => {
    it('accepts them, nested classes included, and answers as for plain objects', async () => {
      const ecs = createEcs({ seed: 'classes', timings: 'instant' });
      const client = createClient(ecs);
      const run = await client.runInstances(
        new $Ecs.RunInstancesRequest({
          regionId: REGION,
          imageId: LINUX_IMAGE,
          instanceType: 'ecs.g7.large',
          dataDisk: [new $Ecs.RunInstancesRequestDataDisk({ category: 'cloud_essd', size: 20 })],
        }),
      );
      const instanceId = run.body.instanceIdSets.instanceIdSet[0] ?? '';
      ecs.clock.settle();
      const { body: disks } = await client.describeDisks(
        new $Ecs.DescribeDisksRequest({ regionId: REGION, instanceId, diskType: 'data' }),
      );
      const diskId = disks.disks.disk[0]?.diskId ?? '';
      const created = await client.createSnapshotWithOptions(
        new $Ecs.CreateSnapshotRequest({
          diskId,
          snapshotName: 'my-snap',
          retentionDays: 7,
          instantAccess: false,
          tag: [new $Ecs.CreateSnapshotRequestTag({ key: 'env', value: 'test' })],
        }),
        { autoretry: false },
      );
      ecs.clock.settle();
      const { body } = await client.describeSnapshots(
        new $Ecs.DescribeSnapshotsRequest({
          regionId: REGION,
          snapshotIds: JSON.stringify([created.body.snapshotId]),
        }),
      );
      expect(body.snapshots.snapshot).toHaveLength(1);
      expect(body.snapshots.snapshot[0]).toMatchObject({
        snapshotId: created.body.snapshotId,
        snapshotName: 'my-snap',
        status: 'accomplished',
        tags: { tag: [{ tagKey: 'env', tagValue: 'test' }] },
      });
    });

    it('refuses a class instance with a field fake-ecs does not model, naming it, with strictParameters', async () => {
      const client = createClient(createEcs({ seed: 1, strictParameters: true }));
      const request = new $Ecs.CreateSnapshotRequest({ diskId: 'd-1', storageLocationArn: 'x' });
      await expect(client.createSnapshot(request)).rejects.toMatchObject({
        name: 'ClientError',
        code: 'UnsupportedParameter',
      });
    });
  });
});
