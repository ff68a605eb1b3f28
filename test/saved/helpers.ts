import { createEcs, type Ecs, type EcsOptions } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { LINUX_IMAGE, REGION } from '../fixtures/world.js';
import { aDiskUnder, aPolicy } from '../policies/helpers.js';

/** Round-trips a world through `export`, `JSON.stringify` and `JSON.parse`. */
export function restored(ecs: Ecs, options: EcsOptions = {}): Ecs {
  return createEcs({ ...options, from: JSON.parse(JSON.stringify(ecs.export())) });
}

/**
 * A world where every part of the state holds something: instances, disks (with real bytes and
 * fills), custom images, snapshots (one failed), chains, a hidden lineage node, a snapshot group,
 * an automatic snapshot policy, a key pair bound to the instance, usage, capacity history, a guest
 * volume, a VPC with a vSwitch and a security group with a rule (and an instance in them), pending
 * tasks, a finished `ModifyDiskSpec` task and a client token.
 */
export function aRichWorld(): { ecs: Ecs; diskId: string; instanceId: string } {
  const ecs = createEcs({
    seed: 'rich',
    blockSize: 4096,
    now: '2026-03-01T00:00:00Z',
    timings: { snapshotStartup: 2, snapshotThroughput: 4096 * 4 },
  });
  const { instanceIdSets } = ecs.runInstances({
    regionId: REGION,
    imageId: LINUX_IMAGE,
    instanceType: 'ecs.g7.large',
    clientToken: 'rich-once',
    systemDisk: { category: 'cloud_essd' },
    dataDisk: [{ category: 'cloud_essd', size: 20 }],
  });
  ecs.clock.settle();
  const instanceId = must(instanceIdSets.instanceIdSet[0]);
  const disks = ecs.describeDisks({ regionId: REGION, instanceId }).disks.disk;
  const diskId = must(disks.find((d) => d.type === 'data')).diskId;
  const systemDiskId = must(disks.find((d) => d.type === 'system')).diskId;
  ecs.writeDisk({ diskId, offset: 0, data: 'first' });
  ecs.writeDisk({ diskId, offset: 4096 * 10, length: 4096 * 100, fill: 'dataset' });
  const s1 = ecs.createSnapshot({ diskId, snapshotName: 'one' }).snapshotId;
  ecs.clock.settle();
  ecs.writeDisk({ diskId, offset: 0, data: 'second' });
  ecs.createSnapshot({ diskId, snapshotName: 'two' });
  ecs.clock.settle();
  // A rollback to s1 then a snapshot gives s1 two lineage children: deleting it leaves a hidden node.
  ecs.stopInstance({ instanceId });
  ecs.clock.settle();
  ecs.resetDisk({ diskId, snapshotId: s1 });
  ecs.clock.settle();
  ecs.startInstance({ instanceId });
  ecs.clock.settle();
  ecs.writeDisk({ diskId, offset: 4096, data: 'branch' });
  ecs.createSnapshot({ diskId, snapshotName: 'three', retentionDays: 30 });
  ecs.clock.settle();
  ecs.deleteSnapshot({ snapshotId: s1 });
  const system = ecs.createSnapshot({ diskId: systemDiskId, snapshotName: 'sys' }).snapshotId;
  ecs.clock.settle();
  ecs.createImage({ regionId: REGION, snapshotId: system, imageName: 'golden' });
  ecs.createSnapshotGroup({ regionId: REGION, instanceId });
  ecs.clock.settle();
  ecs.faults.failNextSnapshot({ diskId });
  ecs.createSnapshot({ diskId, snapshotName: 'doomed' });
  ecs.clock.settle();
  aDiskUnder(ecs, aPolicy(ecs));
  ecs.createKeyPair({ regionId: REGION, keyPairName: 'rich-key', tag: [{ key: 'k', value: 'v' }] });
  ecs.enableDiskEncryptionByDefault({ regionId: REGION });
  ecs.modifyDiskDefaultKMSKeyId({ regionId: REGION, KMSKeyId: 'key-hzzrich0000000001' });
  ecs.joinResourceGroup({
    regionId: REGION,
    resourceGroupId: 'rg-acfmrich0001',
    resourceType: 'disk',
    resourceId: diskId,
  });
  ecs.attachKeyPair({
    regionId: REGION,
    keyPairName: 'rich-key',
    instanceIds: JSON.stringify([instanceId]),
  });
  const { volumeId } = ecs.createVolume({
    instanceId,
    kind: 'partitioned',
    diskId,
    partitions: [{ size: 2 ** 20 }, { size: 2 ** 20 }],
  });
  ecs.writeVolume({ volumeId, offset: 2 ** 20 - 4096, data: 'across the partitions' });
  const { vpcId } = ecs.createVpc({ regionId: REGION, cidrBlock: '10.0.0.0/16' });
  ecs.clock.settle();
  const { vSwitchId } = ecs.createVSwitch({
    regionId: REGION,
    zoneId: 'cn-hangzhou-i',
    vpcId,
    cidrBlock: '10.0.1.0/24',
  });
  const { securityGroupId } = ecs.createSecurityGroup({ regionId: REGION, vpcId });
  ecs.authorizeSecurityGroup({
    regionId: REGION,
    securityGroupId,
    ipProtocol: 'tcp',
    portRange: '22/22',
    sourceCidrIp: '10.0.0.0/8',
  });
  ecs.clock.settle();
  ecs.runInstances({
    regionId: REGION,
    imageId: LINUX_IMAGE,
    instanceType: 'ecs.g7.large',
    vSwitchId,
    securityGroupId,
  });
  ecs.modifyDiskSpec({ diskId: systemDiskId, performanceLevel: 'PL0' });
  ecs.clock.advance('PT1H');
  return { ecs, diskId, instanceId };
}
