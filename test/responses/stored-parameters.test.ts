// Documented creation parameters that describe a resource are stored and shown by the describes
// (docs/fidelity.md "Stored parameters"), through the facade, over HTTP and across a saved world.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEcs, type Ecs } from '../../src/index.js';
import type { RunningServer } from '../../src/server/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { LINUX_IMAGE, REGION } from '../fixtures/world.js';
import { restored } from '../saved/helpers.js';
import { aServer } from '../server/helpers.js';
import { acs3Request, send } from '../server/raw-requests.js';

const ZONE = 'cn-hangzhou-h';

function aWorld(): Ecs {
  return createEcs({ seed: 'stored', timings: 'instant' });
}

/** An instance run with every stored setting, settled. */
function aDescribedInstance(ecs: Ecs): string {
  ecs.createKeyPair({ regionId: REGION, keyPairName: 'ops' });
  const { instanceIdSets } = ecs.runInstances({
    regionId: REGION,
    imageId: LINUX_IMAGE,
    instanceType: 'ecs.g7.large',
    hostName: 'web-1',
    resourceGroupId: 'rg-acfm2xv7oh3kxyz',
    deletionProtection: true,
    instanceChargeType: 'PrePaid',
    internetChargeType: 'PayByBandwidth',
    internetMaxBandwidthIn: 50,
    internetMaxBandwidthOut: 5,
    keyPairName: 'ops',
    systemDisk: { category: 'cloud_essd', encrypted: 'true', KMSKeyId: 'key-system' },
    dataDisk: [{ category: 'cloud_essd', size: 20, KMSKeyId: 'key-data' }],
  });
  ecs.clock.settle();
  return must(instanceIdSets.instanceIdSet[0]);
}

const instanceOf = (ecs: Ecs, instanceId: string) =>
  must(
    ecs.describeInstances({ regionId: REGION, instanceIds: JSON.stringify([instanceId]) }).instances
      .instance[0],
  );

describe('stored parameters', () => {
  describe('RunInstances', () => {
    it('shows every stored setting in describeInstances', () => {
      const ecs = aWorld();
      const instanceId = aDescribedInstance(ecs);
      expect(instanceOf(ecs, instanceId)).toMatchObject({
        hostName: 'web-1',
        resourceGroupId: 'rg-acfm2xv7oh3kxyz',
        deletionProtection: true,
        instanceChargeType: 'PrePaid',
        internetChargeType: 'PayByBandwidth',
        internetMaxBandwidthIn: 50,
        internetMaxBandwidthOut: 5,
        keyPairName: 'ops',
      });
    });

    it('shows the defaults when none was given', () => {
      const ecs = aWorld();
      const { instanceIdSets } = ecs.runInstances({
        regionId: REGION,
        imageId: LINUX_IMAGE,
        instanceType: 'ecs.g7.large',
      });
      const instanceId = must(instanceIdSets.instanceIdSet[0]);
      expect(instanceOf(ecs, instanceId)).toMatchObject({
        hostName: instanceId,
        resourceGroupId: '',
        deletionProtection: false,
        instanceChargeType: 'PostPaid',
        internetChargeType: 'PayByTraffic',
        internetMaxBandwidthIn: 0,
        internetMaxBandwidthOut: 0,
        keyPairName: '',
      });
    });

    it('puts the disks created with the instance in its resource group, with their encryption', () => {
      const ecs = aWorld();
      const instanceId = aDescribedInstance(ecs);
      const disks = ecs.describeDisks({ regionId: REGION, instanceId }).disks.disk;
      expect(disks.map((d) => [d.type, d.resourceGroupId, d.encrypted, d.KMSKeyId])).toEqual([
        ['system', 'rg-acfm2xv7oh3kxyz', true, 'key-system'],
        ['data', 'rg-acfm2xv7oh3kxyz', true, 'key-data'],
      ]);
    });

    it('refuses a charge type outside the documented values with InvalidParameter', () => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () =>
          ecs.runInstances({
            regionId: REGION,
            imageId: LINUX_IMAGE,
            instanceType: 'ecs.g7.large',
            internetChargeType: 'PayByWish',
          }),
        'InvalidParameter',
      );
    });
  });

  describe('DeleteInstance', () => {
    it('refuses a protected instance with InvalidOperation.DeletionProtection, changing nothing', () => {
      const ecs = aWorld();
      const instanceId = aDescribedInstance(ecs);
      ecs.stopInstance({ instanceId });
      ecs.clock.settle();
      const error = expectRefused(
        ecs,
        () => ecs.deleteInstance({ instanceId, force: true }),
        'InvalidOperation.DeletionProtection',
        403,
      );
      expect(error.message).toContain('DeletionProtection');
      expect(instanceOf(ecs, instanceId).status).toBe('Stopped');
    });
  });

  describe('CreateDisk and its snapshots', () => {
    it('shows the resource group and encryption, which its snapshots and disks made from them carry', () => {
      const ecs = aWorld();
      const { diskId } = ecs.createDisk({
        regionId: REGION,
        zoneId: ZONE,
        size: 20,
        diskCategory: 'cloud_essd',
        resourceGroupId: 'rg-disks',
        encrypted: true,
        KMSKeyId: 'key-1',
      });
      const { instanceIdSets } = ecs.runInstances({
        regionId: REGION,
        imageId: LINUX_IMAGE,
        instanceType: 'ecs.g7.large',
        zoneId: ZONE,
      });
      ecs.clock.settle();
      ecs.attachDisk({ instanceId: must(instanceIdSets.instanceIdSet[0]), diskId });
      ecs.clock.settle();
      const disk = must(
        ecs.describeDisks({ regionId: REGION, diskIds: JSON.stringify([diskId]) }).disks.disk[0],
      );
      expect(disk).toMatchObject({
        resourceGroupId: 'rg-disks',
        encrypted: true,
        KMSKeyId: 'key-1',
      });
      const { snapshotId } = ecs.createSnapshot({ diskId, resourceGroupId: 'rg-snaps' });
      ecs.clock.settle();
      const snapshot = must(
        ecs.describeSnapshots({ regionId: REGION, snapshotIds: JSON.stringify([snapshotId]) })
          .snapshots.snapshot[0],
      );
      expect(snapshot).toMatchObject({
        resourceGroupId: 'rg-snaps',
        encrypted: true,
        KMSKeyId: 'key-1',
      });
      const copy = ecs.createDisk({
        regionId: REGION,
        zoneId: ZONE,
        snapshotId,
        diskCategory: 'cloud_essd',
      });
      const fromSnapshot = must(
        ecs.describeDisks({ regionId: REGION, diskIds: JSON.stringify([copy.diskId]) }).disks
          .disk[0],
      );
      expect(fromSnapshot).toMatchObject({
        resourceGroupId: '',
        encrypted: true,
        KMSKeyId: 'key-1',
      });
    });

    it('takes a KMS key alone as an encrypted disk, and nothing as an unencrypted one', () => {
      const ecs = aWorld();
      const keyed = ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 20, KMSKeyId: 'key-2' });
      const plain = ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 20 });
      const view = (id: string) =>
        must(ecs.describeDisks({ regionId: REGION, diskIds: JSON.stringify([id]) }).disks.disk[0]);
      expect(view(keyed.diskId)).toMatchObject({ encrypted: true, KMSKeyId: 'key-2' });
      expect(view(plain.diskId)).toMatchObject({
        encrypted: false,
        KMSKeyId: '',
        resourceGroupId: '',
      });
    });
  });

  describe('images, snapshot groups and policies', () => {
    it('show the resource group their creation named', () => {
      const ecs = aWorld();
      const instanceId = aDescribedInstance(ecs);
      const system = must(
        ecs
          .describeDisks({ regionId: REGION, instanceId })
          .disks.disk.find((d) => d.type === 'system'),
      );
      const { snapshotId } = ecs.createSnapshot({ diskId: system.diskId });
      ecs.clock.settle();
      ecs.createImage({
        regionId: REGION,
        snapshotId,
        imageName: 'golden',
        resourceGroupId: 'rg-img',
      });
      ecs.createSnapshotGroup({ regionId: REGION, instanceId, resourceGroupId: 'rg-grp' });
      ecs.createAutoSnapshotPolicy({
        regionId: REGION,
        timePoints: '["1"]',
        repeatWeekdays: '["1"]',
        retentionDays: 1,
        resourceGroupId: 'rg-pol',
      });
      ecs.clock.settle();
      const image = ecs.describeImages({ regionId: REGION, imageOwnerAlias: 'self' }).images
        .image[0];
      const group = ecs.describeSnapshotGroups({ regionId: REGION }).snapshotGroups
        .snapshotGroup[0];
      const policy = ecs.describeAutoSnapshotPolicyEx({ regionId: REGION }).autoSnapshotPolicies
        .autoSnapshotPolicy[0];
      expect([image?.resourceGroupId, group?.resourceGroupId, policy?.resourceGroupId]).toEqual([
        'rg-img',
        'rg-grp',
        'rg-pol',
      ]);
    });
  });

  it('keeps every stored setting across a saved world', () => {
    const ecs = aWorld();
    const instanceId = aDescribedInstance(ecs);
    const copy = restored(ecs);
    expect(instanceOf(copy, instanceId)).toEqual(instanceOf(ecs, instanceId));
    expect(copy.describeDisks({ regionId: REGION })).toEqual({
      ...ecs.describeDisks({ regionId: REGION }),
      requestId: expect.any(String),
    });
  });

  describe('over HTTP', () => {
    const ecs = aWorld();
    let server: RunningServer;
    beforeAll(async () => {
      server = await aServer(ecs);
    });
    afterAll(async () => {
      await server.close();
    });

    it('reads the wire names (HostName, InternetChargeType, DataDisk.N.KMSKeyId) and answers them', async () => {
      const run = await send(
        server.port,
        acs3Request(server.endpoint, 'RunInstances', {
          RegionId: REGION,
          ImageId: LINUX_IMAGE,
          InstanceType: 'ecs.g7.large',
          HostName: 'db-1',
          DeletionProtection: 'false',
          InternetChargeType: 'PayByBandwidth',
          'DataDisk.1.Size': '20',
          'DataDisk.1.Encrypted': 'true',
          'DataDisk.1.KMSKeyId': 'key-wire',
        }),
      );
      expect(run.status).toBe(200);
      const instanceId = (JSON.parse(run.text) as { InstanceIdSets: { InstanceIdSet: string[] } })
        .InstanceIdSets.InstanceIdSet[0];
      ecs.clock.settle();
      const answer = await send(
        server.port,
        acs3Request(server.endpoint, 'DescribeInstances', {
          RegionId: REGION,
          InstanceIds: JSON.stringify([instanceId]),
        }),
      );
      const item = (JSON.parse(answer.text) as { Instances: { Instance: unknown[] } }).Instances
        .Instance[0];
      expect(item).toMatchObject({
        HostName: 'db-1',
        DeletionProtection: false,
        InternetChargeType: 'PayByBandwidth',
      });
      const disks = ecs.describeDisks({ regionId: REGION, instanceId: must(instanceId) }).disks
        .disk;
      expect(must(disks.find((d) => d.type === 'data')).KMSKeyId).toBe('key-wire');
    });
  });
});
