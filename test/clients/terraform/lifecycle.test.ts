// Acceptance (issue 12): a lifecycle in the style of the Terraform alicloud provider, over HTTP,
// with the legacy-signature client `@alicloud/pop-core` and with the official SDK. The calls, their
// wire parameters, the waits and the destroy retries follow the provider's resources
// (alicloud_vpc, alicloud_vswitch, alicloud_security_group, alicloud_instance, alicloud_ecs_disk,
// alicloud_disk_attachment, alicloud_ecs_snapshot, alicloud_ecs_auto_snapshot_policy,
// alicloud_image, alicloud_ecs_snapshot_group): create, wait on a status by polling, then destroy
// in reverse order, each call retried on the codes its provider resource retries on
// (./retry-codes.ts; ./retry-codes.test.ts shows fake-ecs answers them where they arise). The world
// runs realistic timings on a manual clock: each poll and each retry moves the virtual clock on, as
// the provider's sleeps move the real one.

import { afterAll, describe, expect, it } from 'vitest';
import { createEcs } from '../../../src/index.js';
import { type RunningServer, startServer } from '../../../src/server/index.js';
import { INSTANCE_TYPE, LINUX_IMAGE, REGION } from '../../fixtures/world.js';
import { retried } from './retry-codes.js';
import { type CallAction, officialSdkCaller, popCoreCaller, type Wire } from './transports.js';

/** One poll interval of the provider (its waits poll every few seconds). */
const POLL_MS = 5_000;

const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

/** The value at a dotted path of wire names (`'Zones.Zone'`) in an answer; undefined when absent. */
function at(answer: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Wire | undefined)?.[key], answer);
}

/** A list under `Outer.Inner` of a describe answer. */
function listOf(answer: Wire, outer: string, inner: string): Wire[] {
  return (at(answer, `${outer}.${inner}`) as Wire[] | undefined) ?? [];
}

/** A string field of an answer (an id), or `''`. */
function text(answer: unknown, path: string): string {
  return String(at(answer, path) ?? '');
}

async function runLifecycle(call: CallAction, advance: (ms: number) => void) {
  const calls: string[] = [];
  let retries = 0;
  const rpc = (action: string, params: Wire) => {
    calls.push(action);
    // RegionId on every call, as the provider sends it (the policy actions take `regionId`).
    return call(action, 'regionId' in params ? params : { RegionId: REGION, ...params });
  };
  const waitFor = async (what: string, done: () => Promise<boolean>) => {
    for (let i = 0; i < 200; i++) {
      if (await done()) return;
      advance(POLL_MS);
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  /** The provider's destroy: retry while the answer is one its resource retries on. */
  const retrying = async (action: string, params: Wire) => {
    for (let i = 0; i < 200; i++) {
      try {
        return await rpc(action, params);
      } catch (error) {
        if (!retried(action, error)) throw error;
        retries++;
        advance(POLL_MS);
      }
    }
    throw new Error(`${action} still not possible after 200 retries`);
  };

  // Data sources: zones that sell the instance type and a disk category, the type, the image.
  const available = await rpc('DescribeAvailableResource', {
    DestinationResource: 'Zone',
    InstanceType: INSTANCE_TYPE,
  });
  const zones = listOf(await rpc('DescribeZones', {}), 'Zones', 'Zone').filter(
    (z) =>
      (at(z, 'AvailableInstanceTypes.InstanceTypes') as string[]).includes(INSTANCE_TYPE) &&
      (at(z, 'AvailableDiskCategories.DiskCategories') as string[]).includes('cloud_essd'),
  );
  const zoneId = text(zones[0], 'ZoneId');
  expect(JSON.stringify(available)).toContain(zoneId);
  const types: Wire[] = [];
  let nextToken: string | undefined;
  do {
    const page = await rpc('DescribeInstanceTypes', {
      MaxResults: 10,
      ...(nextToken ? { NextToken: nextToken } : {}),
    });
    types.push(...listOf(page, 'InstanceTypes', 'InstanceType'));
    nextToken = text(page, 'NextToken') || undefined;
  } while (nextToken);
  expect(types.map((t) => at(t, 'InstanceTypeId'))).toContain(INSTANCE_TYPE);
  const images = listOf(await rpc('DescribeImages', { PageSize: 100 }), 'Images', 'Image');
  expect(images.map((i) => at(i, 'ImageId'))).toContain(LINUX_IMAGE);

  // Network: VPC and vSwitch waited to Available, a security group with a rule.
  const vpcId = text(
    await rpc('CreateVpc', { CidrBlock: '172.16.0.0/12', VpcName: 'tf-vpc' }),
    'VpcId',
  );
  await waitFor(
    'VPC Available',
    async () =>
      at(listOf(await rpc('DescribeVpcs', { VpcId: vpcId }), 'Vpcs', 'Vpc')[0], 'Status') ===
      'Available',
  );
  const vSwitchId = text(
    await rpc('CreateVSwitch', { ZoneId: zoneId, VpcId: vpcId, CidrBlock: '172.16.0.0/24' }),
    'VSwitchId',
  );
  await waitFor(
    'vSwitch Available',
    async () =>
      at(
        listOf(await rpc('DescribeVSwitches', { VSwitchId: vSwitchId }), 'VSwitches', 'VSwitch')[0],
        'Status',
      ) === 'Available',
  );
  const groupId = text(
    await rpc('CreateSecurityGroup', { VpcId: vpcId, SecurityGroupName: 'tf-sg' }),
    'SecurityGroupId',
  );
  await rpc('AuthorizeSecurityGroup', {
    SecurityGroupId: groupId,
    IpProtocol: 'tcp',
    PortRange: '22/22',
    SourceCidrIp: '0.0.0.0/0',
    Priority: '1',
  });
  await rpc('DescribeSecurityGroupAttribute', { SecurityGroupId: groupId });

  // Instance: RunInstances with VSwitchId + SecurityGroupIds.N + UserData, waited to Running.
  const userData = Buffer.from('#!/bin/sh\necho hello\n').toString('base64');
  const run = await rpc('RunInstances', {
    ZoneId: zoneId,
    ImageId: LINUX_IMAGE,
    InstanceType: INSTANCE_TYPE,
    VSwitchId: vSwitchId,
    SecurityGroupIds: [groupId],
    HostName: 'tf-host',
    Password: 'Tf-Passw0rd!',
    UserData: userData,
    InstanceChargeType: 'PostPaid',
    InternetChargeType: 'PayByTraffic',
    InternetMaxBandwidthOut: 0,
    SystemDisk: { Category: 'cloud_essd', Size: '40' },
    Tag: [{ Key: 'managed-by', Value: 'terraform' }],
    DryRun: false,
    Amount: 1,
  });
  const instanceId = text(run, 'InstanceIdSets.InstanceIdSet.0');
  const instanceStatus = async () =>
    at(
      listOf(
        await rpc('DescribeInstances', { InstanceIds: JSON.stringify([instanceId]) }),
        'Instances',
        'Instance',
      )[0],
      'Status',
    );
  await waitFor('instance Running', async () => (await instanceStatus()) === 'Running');
  const nics = listOf(
    await rpc('DescribeNetworkInterfaces', { InstanceId: instanceId }),
    'NetworkInterfaceSets',
    'NetworkInterfaceSet',
  );
  expect(at(nics[0], 'VSwitchId')).toBe(vSwitchId);
  // The reads alicloud_instance makes after creating.
  expect(at(await rpc('DescribeUserData', { InstanceId: instanceId }), 'UserData')).toBe(userData);
  const attribute = await rpc('DescribeInstanceAttribute', { InstanceId: instanceId });
  expect(at(attribute, 'VpcAttributes.VSwitchId')).toBe(vSwitchId);
  expect(at(attribute, 'SecurityGroupIds.SecurityGroupId')).toEqual([groupId]);
  await rpc('DescribeInstanceMaintenanceAttributes', { InstanceId: [instanceId] });
  await rpc('DescribeInstanceAttachmentAttributes', { InstanceIds: JSON.stringify([instanceId]) });

  // Data disk: created, waited Available, attached, waited In_use.
  const diskId = text(
    await rpc('CreateDisk', {
      ZoneId: zoneId,
      DiskCategory: 'cloud_essd',
      Size: 40,
      DiskName: 'tf-data',
    }),
    'DiskId',
  );
  const diskStatus = async () =>
    at(
      listOf(await rpc('DescribeDisks', { DiskIds: JSON.stringify([diskId]) }), 'Disks', 'Disk')[0],
      'Status',
    );
  await waitFor('disk Available', async () => (await diskStatus()) === 'Available');
  await retrying('AttachDisk', { InstanceId: instanceId, DiskId: diskId });
  await waitFor('disk In_use', async () => (await diskStatus()) === 'In_use');

  // Snapshot with tags (at creation and with TagResources), waited accomplished.
  const snapshotId = text(
    await rpc('CreateSnapshot', {
      DiskId: diskId,
      SnapshotName: 'tf-snap',
      ClientToken: 'tf-snapshot-1',
      RetentionDays: 7,
      Tag: [{ Key: 'env', Value: 'test' }],
    }),
    'SnapshotId',
  );
  const snapshot = async () =>
    listOf(
      await rpc('DescribeSnapshots', { SnapshotIds: JSON.stringify([snapshotId]) }),
      'Snapshots',
      'Snapshot',
    )[0];
  await waitFor(
    'snapshot accomplished',
    async () => at(await snapshot(), 'Status') === 'accomplished',
  );
  await rpc('TagResources', {
    ResourceType: 'snapshot',
    ResourceId: [snapshotId],
    Tag: [{ Key: 'owner', Value: 'tf' }],
  });
  const tags = listOf(
    await rpc('ListTagResources', { ResourceType: 'snapshot', ResourceId: [snapshotId] }),
    'TagResources',
    'TagResource',
  );
  expect(tags.map((t) => `${at(t, 'TagKey')}=${at(t, 'TagValue')}`).sort()).toEqual([
    'env=test',
    'owner=tf',
  ]);

  // Automatic snapshot policy (lower-camel keys), applied to the data disk.
  const policyId = text(
    await rpc('CreateAutoSnapshotPolicy', {
      regionId: REGION,
      autoSnapshotPolicyName: 'tf-policy',
      timePoints: '["1"]',
      repeatWeekdays: '["1","4"]',
      retentionDays: 7,
    }),
    'AutoSnapshotPolicyId',
  );
  await rpc('ApplyAutoSnapshotPolicy', {
    regionId: REGION,
    autoSnapshotPolicyId: policyId,
    diskIds: JSON.stringify([diskId]),
  });
  const policy = listOf(
    await rpc('DescribeAutoSnapshotPolicyEx', { AutoSnapshotPolicyId: policyId }),
    'AutoSnapshotPolicies',
    'AutoSnapshotPolicy',
  )[0];
  expect(at(policy, 'DiskNums')).toBe(1);

  // Image from a snapshot of the system disk (the provider reads the instance's system disk with
  // DescribeDisks), waited until Usable (the provider waits on that field).
  const systemDiskId = text(
    listOf(
      await rpc('DescribeDisks', { InstanceId: instanceId, DiskType: 'system' }),
      'Disks',
      'Disk',
    )[0],
    'DiskId',
  );
  const systemSnapshotId = text(
    await rpc('CreateSnapshot', { DiskId: systemDiskId, SnapshotName: 'tf-system' }),
    'SnapshotId',
  );
  await waitFor(
    'system snapshot accomplished',
    async () =>
      at(
        listOf(
          await rpc('DescribeSnapshots', { SnapshotIds: JSON.stringify([systemSnapshotId]) }),
          'Snapshots',
          'Snapshot',
        )[0],
        'Status',
      ) === 'accomplished',
  );
  const imageId = text(
    await rpc('CreateImage', { SnapshotId: systemSnapshotId, ImageName: 'tf-image' }),
    'ImageId',
  );
  await waitFor('image Usable', async () => {
    const listed = listOf(
      await rpc('DescribeImages', { ImageId: imageId, PageSize: 100 }),
      'Images',
      'Image',
    );
    return at(listed[0], 'Usable') === true;
  });

  // Snapshot group of the instance, waited by paging DescribeSnapshotGroups (MaxResults 50).
  const groupSnapshotId = text(
    await rpc('CreateSnapshotGroup', { InstanceId: instanceId, Name: 'tf-group' }),
    'SnapshotGroupId',
  );
  await waitFor('snapshot group accomplished', async () => {
    let token: string | undefined;
    do {
      const page = await rpc('DescribeSnapshotGroups', {
        MaxResults: 50,
        ...(token ? { NextToken: token } : {}),
      });
      const found = listOf(page, 'SnapshotGroups', 'SnapshotGroup').find(
        (g) => at(g, 'SnapshotGroupId') === groupSnapshotId,
      );
      if (found) return at(found, 'Status') === 'accomplished';
      token = text(page, 'NextToken') || undefined;
    } while (token);
    return false;
  });

  // Destroy in reverse order, with the provider's retries.
  await retrying('DeleteSnapshotGroup', { SnapshotGroupId: groupSnapshotId });
  await retrying('DeleteImage', { ImageId: imageId, Force: true });
  await retrying('CancelAutoSnapshotPolicy', {
    regionId: REGION,
    diskIds: JSON.stringify([diskId]),
  });
  await retrying('DeleteAutoSnapshotPolicy', { regionId: REGION, autoSnapshotPolicyId: policyId });
  await retrying('DeleteSnapshot', { SnapshotId: systemSnapshotId, Force: true });
  await retrying('DeleteSnapshot', { SnapshotId: snapshotId, Force: true });
  await retrying('DetachDisk', { InstanceId: instanceId, DiskId: diskId });
  // The attachment's destroy ends when the disk is Available again; DeleteDisk itself retries
  // only IncorrectDiskStatus.Initializing.
  await waitFor('disk Available', async () => (await diskStatus()) === 'Available');
  await retrying('DeleteDisk', { DiskId: diskId });
  await retrying('DeleteInstances', { InstanceId: [instanceId], Force: true });
  await waitFor('instance gone', async () => (await instanceStatus()) === undefined);
  await retrying('DeleteSecurityGroup', { SecurityGroupId: groupId });
  await retrying('DeleteVSwitch', { VSwitchId: vSwitchId });
  await retrying('DeleteVpc', { VpcId: vpcId });

  const left = {
    disks: listOf(await rpc('DescribeDisks', {}), 'Disks', 'Disk').length,
    snapshots: listOf(await rpc('DescribeSnapshots', {}), 'Snapshots', 'Snapshot').length,
    instances: listOf(await rpc('DescribeInstances', {}), 'Instances', 'Instance').length,
    vpcs: listOf(await rpc('DescribeVpcs', { VpcId: vpcId }), 'Vpcs', 'Vpc').length,
  };
  return { calls, retries, left };
}

describe('a Terraform-style lifecycle over HTTP', () => {
  for (const [client, caller] of [
    ['@alicloud/pop-core (legacy HMAC-SHA1 RPC signature)', popCoreCaller],
    ['the official SDK @alicloud/ecs20140526 (ACS3 signature)', officialSdkCaller],
  ] as const) {
    it(`runs create, waits and destroy with retries: ${client}`, async () => {
      const ecs = createEcs({ seed: 12 });
      const server = await startServer({ ecs, port: 0, clock: 'manual' });
      servers.push(server);

      const { calls, retries, left } = await runLifecycle(caller(server), (ms) =>
        ecs.clock.advance(ms),
      );

      expect(left).toEqual({ disks: 0, snapshots: 0, instances: 0, vpcs: 0 });
      // Every step's action was served (none refused as unknown). The provider waits for each
      // status before the next destroy, so no call needed its retries: a retry would be a "not
      // yet" answer the provider's own waits should have ruled out.
      expect(new Set(calls).size).toBeGreaterThanOrEqual(30);
      expect(retries).toBe(0);
    });
  }
});
