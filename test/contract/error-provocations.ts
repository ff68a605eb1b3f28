// How test/contract/error-matrix.test.ts provokes each (operation, code) pair: by code for the
// codes every operation answers the same way (a bad region, a bad tag, an unknown id...), by
// operation for the rest. Each provocation starts from the served world of
// test/fixtures/served-requests.ts, where every operation's served request succeeds.

import { requestContract } from '../../src/contract/contract.js';
import { MAX_GROUP_DISKS } from '../../src/groups/select-group-disks.js';
import { createEcs, type EcsErrorCode } from '../../src/index.js';
import { OPERATION_ROWS } from '../../src/operations/table.js';
import type { SdkOperationName } from '../../src/sdk/index.js';
import { probeReads } from '../../src/shared/params.js';
import { must } from '../fixtures/must.js';
import { aServedWorld } from '../fixtures/served-requests.js';
import { LINUX_IMAGE, REGION } from '../fixtures/world.js';
import { fillUp, invoke, merged, type Provocation, type Served, served } from './provocation.js';
import {
  anEssdOnlyWorld,
  anUnsureRollback,
  aQuotaWorld,
  aTimedWorld,
  basicSnapshotInProgress,
  creatingImage,
  ESSD_ONLY_ZONE,
  pendingInstance,
  pendingVpc,
  pendingVSwitch,
  reIniting,
  snapshotted,
  stopped,
  systemDiskIn,
  timed,
} from './provocation-worlds.js';

const actionOf = new Map(OPERATION_ROWS.map((r) => [r.method, r.action]));

/** A valid value of a documented type, for a parameter the operation does not read. */
function sampleOf(type: { kind: string }): unknown {
  switch (type.kind) {
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'list':
      return [];
    case 'object':
    case 'map':
      return {};
    default:
      return 'x';
  }
}

/** The same field with an id nothing has, in the shape the served request gives it. */
function unknownId(w: Served, method: SdkOperationName, fields: readonly string[], id: string) {
  const request = served(w, method);
  const field = fields.find((f) => f in request) ?? fields[0] ?? 'id';
  const now = request[field];
  const value = Array.isArray(now)
    ? [id]
    : typeof now === 'string' && now.startsWith('[')
      ? JSON.stringify([id])
      : id;
  return merged(w, method, { [field]: value });
}

const notFound =
  (fields: readonly string[], id: string): Provocation =>
  (w, method) =>
    unknownId(w, method, fields, id);

const tags = (tag: unknown): Provocation => ({ tag });
const UNKNOWN_REGION: Provocation = { regionId: 'mars-1' };

/** The provocations every operation that answers the code shares. */
export const BY_CODE: Partial<Record<EcsErrorCode, Provocation>> = {
  InvalidParameter: (w, method) => ({ ecs: w.ecs, call: () => invoke(w.ecs, method, 42) }),
  MissingParameter: (w, method) => ({ ecs: w.ecs, call: () => invoke(w.ecs, method, {}) }),
  DryRunOperation: { dryRun: true },
  UnsupportedParameter: (_w, method) => {
    const strict = aServedWorld(true);
    const read = new Set(probeReads(must(OPERATION_ROWS.find((r) => r.method === method)).op.read));
    const unread = (requestContract(actionOf.get(method) ?? '') ?? []).find(
      (f) => !read.has(f.sdk),
    );
    return merged(strict, method, unread ? { [unread.sdk]: sampleOf(unread.type) } : {});
  },
  IdempotentParameterMismatch: (_w, method) => {
    const w = aServedWorld();
    const once = served(w, method, { clientToken: 'matrix-token' });
    invoke(w.ecs, method, once);
    const other =
      'regionId' in once ? { description: 'another call' } : { regionId: 'cn-hangzhou' };
    return merged(w, method, { clientToken: 'matrix-token', ...other });
  },
  'InvalidClientToken.Malformed': { clientToken: 'x'.repeat(65) },
  'InvalidRegionId.NotFound': UNKNOWN_REGION,
  'InvalidParameter.RegionIdNotExists': UNKNOWN_REGION,
  'InvalidParam.RegionId': UNKNOWN_REGION,
  'Invalid.RegionId': UNKNOWN_REGION,
  'InvalidTagKey.Malformed': tags([{ key: 'aliyun:reserved', value: 'v' }]),
  'InvalidTagValue.Malformed': tags([{ key: 'k', value: 'see http://example.com' }]),
  'Duplicate.TagKey': tags([
    { key: 'k', value: '1' },
    { key: 'k', value: '2' },
  ]),
  InvalidTagCount: tags(Array.from({ length: 21 }, (_, i) => ({ key: `k${i}`, value: 'v' }))),
  'InvalidDescription.Malformed': { description: 'http://example.com' },
  'InvalidDiskName.Malformed': { diskName: 'http://bad' },
  'InvalidSnapshotName.Malformed': { snapshotName: 'http://bad' },
  'InvalidImageName.Malformed': { imageName: 'http://bad' },
  'InvalidInstanceName.Malformed': { instanceName: 'http://bad' },
  'InvalidVpcName.Malformed': { vpcName: 'http://bad' },
  'InvalidVSwitchName.Malformed': { vSwitchName: 'http://bad' },
  'InvalidSecurityGroupName.Malformed': { securityGroupName: 'http://bad' },
  'InvalidKeyPairName.Malformed': { keyPairName: 'http://bad' },
  'InvalidDiskId.NotFound': notFound(['diskId', 'diskIds'], 'd-matrix0none'),
  'InvalidInstanceId.NotFound': notFound(['instanceId', 'instanceIds'], 'i-matrix0none'),
  'InvalidSnapshotId.NotFound': notFound(['snapshotId', 'snapshotIds'], 's-matrix0none'),
  'InvalidImageId.NotFound': notFound(['imageId'], 'm-matrix0none'),
  'InvalidSecurityGroupId.NotFound': notFound(['securityGroupId'], 'sg-matrix0none'),
  'InvalidVpcId.NotFound': notFound(['vpcId'], 'vpc-matrix0none'),
  'InvalidVSwitchId.NotFound': notFound(['vSwitchId'], 'vsw-matrix0none'),
  'InvalidZoneId.NotFound': notFound(['zoneId'], 'cn-hangzhou-z'),
  'InvalidKeyPairName.NotFound': notFound(['keyPairName'], 'nobody'),
  'InvalidSnapshotGroup.NotFound': notFound(['snapshotGroupId'], 'ssg-matrix0none'),
  'InvalidTaskId.NotFound': notFound(['taskId'], 't-matrix0none'),
  'InvalidResourceId.NotFound': notFound(['resourceId'], 'd-matrix0none'),
  'InvalidResourceType.NotFound': { resourceType: 'toaster' },
  'InvalidResourceGroup.NotFound': { resourceGroupId: 'not-a-group' },
  // Security group rules (one shared validation).
  'InvalidIpProtocol.ValueNotSupported': { ipProtocol: 'carrier-pigeon' },
  'InvalidIpPortRange.Malformed': { portRange: 'twenty-two' },
  'InvalidSourceCidrIp.Malformed': { sourceCidrIp: 'not-a-cidr' },
  'InvalidDestCidrIp.Malformed': { destCidrIp: 'not-a-cidr' },
  'InvalidPolicy.Malformed': { policy: 'maybe' },
  'InvalidPriority.ValueNotSupported': { priority: '101' },
  'InvalidNicType.ValueNotSupported': { nicType: 'carrier' },
  'InvalidSourceGroup.NotFound': { sourceGroupId: 'sg-matrix0none', sourceCidrIp: undefined },
  'InvalidDestGroupId.NotFound': { destGroupId: 'sg-matrix0none', destCidrIp: undefined },
  'MissingParameter.Source': { sourceCidrIp: undefined, destCidrIp: undefined },
  'InvalidSourceGroupId.Mismatch': (w, method) =>
    merged(w, method, { sourceGroupId: w.ids.joinedGroupId, sourceCidrIp: undefined }),
  'InvalidDestGroupId.Mismatch': (w, method) =>
    merged(w, method, { destGroupId: w.ids.joinedGroupId, destCidrIp: undefined }),
  // Disk specifications (one shared check, its codes chosen by where the disk is given).
  'InvalidDiskCategory.ValueNotSupported': { diskCategory: 'floppy' },
  'InvalidSize.ValueNotSupported': { size: 999_999 },
  'InvalidDataDiskCategory.ValueNotSupported': { dataDisk: [{ category: 'floppy', size: 20 }] },
  'InvalidDataDiskSize.ValueNotSupported': {
    dataDisk: [{ category: 'cloud_essd', size: 999_999 }],
  },
  'InvalidSystemDiskCategory.ValueNotSupported': { systemDisk: { category: 'floppy' } },
  'InvalidSystemDiskSize.ValueNotSupported': { systemDisk: { size: 999_999 } },
  'InvalidSystemDiskSize.LessThanImageSize': { systemDisk: { size: 1 } },
  // Instances.
  'InvalidUserData.Base64FormatInvalid': { userData: '!!! not base64 !!!' },
  'InvalidUserData.SizeExceeded': { userData: 'A'.repeat(44_000) },
  'InvalidHostName.Malformed': { hostName: '-bad-' },
  'InvalidInstanceType.ValueNotSupported': { instanceType: 'ecs.nope.large' },
  'InvalidInstanceIds.Malformed': { instanceIds: 'not json' },
  'InvalidPrivateIpAddress.Malformed': { privateIpAddress: '300.1.1.1' },
  // Lists and filters.
  'InvalidDiskIds.Malformed': { diskIds: 'not json' },
  InvalidDiskIds: { diskIds: 'not json' },
  'InvalidSnapshotIds.Malformed': { snapshotIds: 'not json' },
  InvalidSnapshotLinkIds: { snapshotLinkIds: 'not json' },
  'InvalidStatus.ValueNotSupported': { status: 'Bogus' },
  'InvalidStatus.NotFound': { status: 'Bogus' },
  'InvalidDiskType.ValueNotSupported': { diskType: 'bogus' },
  'InvalidCategory.ValueNotSupported': { category: 'bogus' },
  'InvalidSnapshotCategory.Malformed': { category: 'bogus' },
  'InvalidSnapshotType.NotFound': { snapshotType: 'bogus' },
  InvalidSourceDiskType: { sourceDiskType: 'bogus' },
  InvalidUsage: { usage: 'bogus' },
  'InvalidFilterKey.NotFound': { filter: [{ key: 'Bogus', value: 'x' }] },
  'Invalid.DestinationResource': { destinationResource: 'Bogus' },
  'Invalid.ResourceType': { resourceType: 'bogus' },
  'Invalid.InstanceChargeType': { instanceChargeType: 'Bogus' },
  // Other fields.
  'InvalidRetentionDays.Malformed': { retentionDays: 99_999 },
  'InvalidCidrBlock.Malformed': { cidrBlock: '10.0.0.0/33' },
  'InvalidParameter.Name': { name: 'http://bad' },
  'InvalidParameter.Description': { description: 'http://bad' },
  'InvalidImageFamily.Malformed': { imageFamily: 'http://bad' },
  'InvalidInnerAccessPolicy.Malformed': { innerAccessPolicy: 'Maybe' },
  'InvalidOperation.KMSKeyIdNotFound': { KMSKeyId: 'not a key' },
  'InvalidPublicKeyBody.Malformed': { publicKeyBody: 'not a key' },
};

/** A port range the rule's protocol cannot have (TCP ports end at 65535). */
const PORTS_NOT_FOR_PROTOCOL: Provocation = { portRange: '99999/1' };

/**
 * A reused client token with other parameters: the first call succeeds (in a world of its own),
 * the second is refused.
 */
const mismatch =
  (other: Readonly<Record<string, unknown>>): Provocation =>
  (_w, method) => {
    const w = aServedWorld();
    invoke(w.ecs, method, served(w, method, { clientToken: 'matrix-token' }));
    return merged(w, method, { clientToken: 'matrix-token', ...other });
  };

/** The system disk of one of the served world's instances (the stopped one by default). */
function systemDiskOf(w: Served, instanceId = w.ids.stoppedId): string {
  const disks = w.ecs.describeDisks({ regionId: REGION, instanceId });
  return must(disks.disks.disk.find((d) => d.type === 'system')).diskId;
}

/** The served world's stopped instance, protected from deletion, in a world of its own. */
const protectedInstance: Provocation = (_w, method) => {
  const w = aServedWorld();
  w.ecs.modifyInstanceAttribute({ instanceId: w.ids.stoppedId, deletionProtection: true });
  return merged(w, method, {});
};

/** The default security group of the served world's region. */
function defaultGroupOf(w: Served): string {
  const groups = w.ecs.describeSecurityGroups({ regionId: REGION, securityGroupName: 'default' });
  return must(groups.securityGroups.securityGroup[0]).securityGroupId;
}

/** A region with as many key pairs as it may hold (in a world of its own). */
const fullOfKeyPairs: Provocation = (_w, m) => {
  const w = aServedWorld();
  fillUp((i) => w.ecs.createKeyPair({ regionId: REGION, keyPairName: `full-${i}` }));
  return merged(w, m, { keyPairName: 'one-too-many' });
};

/** A stopped instance whose system disk is a basic (`cloud`) disk, which is not portable. */
function basicSystemDisk(w: Served): { instanceId: string; diskId: string } {
  const instanceId = must(
    w.ecs.runInstances({
      regionId: REGION,
      imageId: LINUX_IMAGE,
      instanceType: 'ecs.g7.large',
      systemDisk: { category: 'cloud' },
    }).instanceIdSets.instanceIdSet[0],
  );
  w.ecs.clock.settle();
  w.ecs.stopInstance({ instanceId });
  w.ecs.clock.settle();
  return { instanceId, diskId: systemDiskOf(w, instanceId) };
}

/** A 20 GiB ESSD data disk. */
const TWENTY_GIB = { category: 'cloud_essd', size: 20 } as const;

/** A pending instance joining or leaving a group (the status is checked before membership). */
const PENDING_MEMBER = timed((t) => ({
  instanceId: pendingInstance(t),
  securityGroupId: t.ecs.createSecurityGroup({ regionId: REGION }).securityGroupId,
}));

/** The id of the served world's extra group's rule of a direction. */
function ruleOf(w: Served, direction: 'ingress' | 'egress'): string {
  const { permissions } = w.ecs.describeSecurityGroupAttribute({
    regionId: REGION,
    securityGroupId: w.ids.extraGroupId,
  });
  return must(permissions.permission.find((p) => p.direction === direction)).securityGroupRuleId;
}

/** `RunInstances` and `CreateInstance` share their checks. */
const LAUNCH: Partial<Record<EcsErrorCode, Provocation>> = {
  InstanceDiskLimitExceeded: (w, m) =>
    merged(
      w,
      m,
      { dataDisk: [TWENTY_GIB, TWENTY_GIB] },
      aQuotaWorld({ dataDisksPerInstance: 1 }).ecs,
    ),
  CategoryNotSupported: (w, m) =>
    merged(w, m, { dataDisk: [{ category: 'cloud_efficiency', size: 20 }] }, anEssdOnlyWorld()),
  // The default catalogue sells no ecs.g8y type in that zone.
  'InvalidInstanceType.ZoneNotSupported': {
    instanceType: 'ecs.g8y.large',
    zoneId: 'cn-hangzhou-h',
  },
  'InvalidSnapshotId.NotReady': timed((t) => ({
    regionId: REGION,
    imageId: LINUX_IMAGE,
    instanceType: 'ecs.g7.large',
    dataDisk: [{ snapshotId: basicSnapshotInProgress(t) }],
  })),
  'QuotaExceeded.PrivateIpAddress': (w, m) => {
    const { vSwitchId } = w.ecs.createVSwitch({
      regionId: REGION,
      zoneId: w.ids.zoneId,
      vpcId: w.ids.vpcId,
      cidrBlock: '10.0.9.0/29',
    });
    w.ecs.clock.settle();
    const placed = { vSwitchId, securityGroupId: w.ids.securityGroupId };
    fillUp(() => invoke(w.ecs, 'runInstances', served(w, 'runInstances', placed)));
    return merged(w, m, placed);
  },
  InstanceSecurityGroupLimitExceeded: (w, m) => {
    const groups = Array.from(
      { length: 6 },
      () => w.ecs.createSecurityGroup({ regionId: REGION }).securityGroupId,
    );
    return merged(w, m, { securityGroupIds: groups });
  },
  'InvalidPrivateIpAddress.Duplicated': (w, m) => {
    const placed = {
      vSwitchId: w.ids.vSwitchId,
      securityGroupId: w.ids.securityGroupId,
      privateIpAddress: '10.0.1.50',
    };
    invoke(w.ecs, 'runInstances', served(w, 'runInstances', placed));
    return merged(w, m, placed);
  },
  'InvalidSnapshotId.NotFound': {
    dataDisk: [{ category: 'cloud_essd', size: 20, snapshotId: 's-matrix0none' }],
  },
  'InvalidSecurityGroup.NotInDefaultVpc': (w, m) =>
    merged(w, m, { securityGroupId: w.ids.securityGroupId }),
  'InvalidParameter.Mismatch': (w, m) =>
    merged(w, m, { vSwitchId: w.ids.vSwitchId, securityGroupId: w.ids.joinedGroupId }),
  InvalidPrivateIpAddress: (w, m) =>
    merged(w, m, {
      vSwitchId: w.ids.vSwitchId,
      securityGroupId: w.ids.securityGroupId,
      privateIpAddress: '10.9.9.9',
    }),
  IncorrectImageStatus: timed((t) => ({
    regionId: REGION,
    imageId: creatingImage(t),
    instanceType: 'ecs.g7.large',
  })),
  IncorrectVSwitchStatus: timed((t) => ({
    regionId: REGION,
    imageId: LINUX_IMAGE,
    instanceType: 'ecs.g7.large',
    vSwitchId: pendingVSwitch(t),
  })),
};

/** A policy request that succeeds. */
const POLICY = {
  regionId: REGION,
  timePoints: '["4"]',
  repeatWeekdays: '["3"]',
  retentionDays: 2,
};

/** Two policies on the served world's data disk, so a cancel without a policy is ambiguous. */
function twoPolicies(w: Served): void {
  const { autoSnapshotPolicyId } = w.ecs.createAutoSnapshotPolicy(POLICY);
  for (const id of [w.ids.policyId, autoSnapshotPolicyId])
    w.ecs.applyAutoSnapshotPolicy({
      regionId: REGION,
      autoSnapshotPolicyId: id,
      diskIds: JSON.stringify([w.ids.dataDiskId]),
    });
}

/** A security group with as many rules as it may hold, then one more asked. */
const fullGroup =
  (method: 'authorizeSecurityGroup' | 'authorizeSecurityGroupEgress'): Provocation =>
  (w, m) => {
    let portRange = '';
    fillUp((i) => {
      portRange = `${1000 + i}/${1000 + i}`;
      invoke(w.ecs, method, served(w, m, { portRange }));
    });
    return merged(w, m, { portRange });
  };

/** The provocations of one operation's own codes. */
export const BY_OPERATION: Partial<
  Record<SdkOperationName, Partial<Record<EcsErrorCode, Provocation>>>
> = {
  revokeSecurityGroup: { OperationDenied: PORTS_NOT_FOR_PROTOCOL },
  revokeSecurityGroupEgress: { OperationDenied: PORTS_NOT_FOR_PROTOCOL },
  createAutoSnapshotPolicy: {
    ParameterInvalid: { timePoints: '["25"]' },
    'AutoSnapshotPolicy.QuotaExceed': (_w, m) => {
      const ecs = createEcs({ seed: 'matrix-quota', quotas: { autoSnapshotPoliciesPerRegion: 1 } });
      ecs.createAutoSnapshotPolicy(POLICY);
      return { ecs, call: () => invoke(ecs, m, POLICY) };
    },
  },
  joinSecurityGroup: {
    'InvalidInstanceId.AlreadyExists': (w, m) =>
      merged(w, m, { securityGroupId: w.ids.joinedGroupId }),
    'InvalidInstanceId.Mismatch': (w, m) =>
      merged(w, m, { securityGroupId: w.ids.securityGroupId }),
    IncorrectInstanceStatus: PENDING_MEMBER,
    InstanceSecurityGroupLimitExceeded: (w, m) => {
      let securityGroupId = '';
      fillUp(() => {
        securityGroupId = w.ecs.createSecurityGroup({ regionId: REGION }).securityGroupId;
        w.ecs.joinSecurityGroup({ instanceId: w.ids.runningId, securityGroupId });
      });
      return merged(w, m, { securityGroupId });
    },
  },
  modifyDiskSpec: {
    CategoryNotSupported: (w, m) => {
      const ecs = anEssdOnlyWorld();
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ESSD_ONLY_ZONE, size: 40 });
      ecs.clock.settle();
      return merged(
        w,
        m,
        { diskId, diskCategory: 'cloud_efficiency', performanceLevel: undefined },
        ecs,
      );
    },
    'InvalidSize.ValueNotSupported': { performanceLevel: 'PL3' },
    'IncorrectDiskStatus.CreatingSnapshot': timed((t) => {
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { diskId: t.diskId, performanceLevel: 'PL0' };
    }),
    IncorrectDiskStatus: timed((t) => ({
      diskId: t.ecs.createDisk({
        regionId: REGION,
        zoneId: t.zoneId,
        size: 20,
        diskCategory: 'cloud_essd',
      }).diskId,
      performanceLevel: 'PL0',
    })),
  },
  attachDisk: {
    DiskTypeViolation: (w, m) => {
      const diskId = systemDiskOf(w);
      w.ecs.detachDisk({ instanceId: w.ids.stoppedId, diskId });
      return merged(w, m, { instanceId: w.ids.stoppedId, diskId });
    },
    InstanceDiskLimitExceeded: (w, m) => {
      const { ecs, instanceId, zoneId } = aQuotaWorld({ dataDisksPerInstance: 1 });
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId, size: 20 });
      ecs.clock.settle();
      return merged(w, m, { instanceId, diskId }, ecs);
    },
    'InvalidDisk.InUse': (w, m) => merged(w, m, { diskId: w.ids.attachedDiskId }),
    ResourcesNotInSameZone: (w, m) => {
      const other = w.ecs.createDisk({ regionId: REGION, zoneId: 'cn-hangzhou-i', size: 20 });
      w.ecs.clock.settle();
      return merged(w, m, { diskId: other.diskId });
    },
    IncorrectDiskStatus: timed((t) => ({
      instanceId: t.instanceId,
      diskId: t.ecs.createDisk({ regionId: REGION, zoneId: t.zoneId, size: 20 }).diskId,
    })),
    IncorrectInstanceStatus: timed((t) => {
      const { diskId } = t.ecs.createDisk({ regionId: REGION, zoneId: t.zoneId, size: 20 });
      t.ecs.clock.settle();
      return { instanceId: pendingInstance(t), diskId };
    }),
  },
  detachDisk: {
    // The disk is attached to the running instance, not to the stopped one.
    DependencyViolation: (w, m) => merged(w, m, { instanceId: w.ids.stoppedId }),
    DiskNotPortable: (w, m) => {
      const { instanceId, diskId } = basicSystemDisk(w);
      return merged(w, m, { instanceId, diskId });
    },
    'InvalidDisk.AlreadyDetached': (w, m) => merged(w, m, { diskId: w.ids.availableDiskId }),
    IncorrectInstanceStatus: (w, m) =>
      merged(w, m, { instanceId: w.ids.runningId, diskId: systemDiskOf(w, w.ids.runningId) }),
    IncorrectDiskStatus: timed((t) => {
      t.ecs.detachDisk({ instanceId: t.instanceId, diskId: t.diskId });
      return { instanceId: t.instanceId, diskId: t.diskId };
    }),
  },
  createSnapshotGroup: {
    // More disks than a group holds (128): the count is checked before each disk is.
    'NumberExceed.TooManyDisks': (w, m) => {
      const disk = () =>
        w.ecs.createDisk({ regionId: REGION, zoneId: w.ids.zoneId, size: 20 }).diskId;
      const diskId = Array.from({ length: MAX_GROUP_DISKS + 1 }, disk);
      return merged(w, m, { instanceId: undefined, diskId });
    },
    'DiskCategory.OperationNotSupported': (w, m) =>
      merged(w, m, { instanceId: undefined, diskId: [basicSystemDisk(w).diskId] }),
    IncorrectDiskStatus: timed((t) => ({
      regionId: REGION,
      diskId: [
        t.ecs.createDisk({
          regionId: REGION,
          zoneId: t.zoneId,
          size: 20,
          diskCategory: 'cloud_essd',
        }).diskId,
      ],
    })),
    IncorrectInstanceStatus: timed((t) => {
      t.ecs.stopInstance({ instanceId: t.instanceId });
      return { regionId: REGION, instanceId: t.instanceId };
    }),
    ResourcesNotInSameZone: (w, m) => {
      const elsewhere = must(
        w.ecs.runInstances({
          regionId: REGION,
          zoneId: 'cn-hangzhou-i',
          imageId: LINUX_IMAGE,
          instanceType: 'ecs.g7.large',
        }).instanceIdSets.instanceIdSet[0],
      );
      w.ecs.clock.settle();
      return merged(w, m, {
        instanceId: undefined,
        diskId: [w.ids.dataDiskId, systemDiskOf(w, elsewhere)],
      });
    },
    'InvalidInstance.NoDisk': (w, m) => {
      const disks = w.ecs.describeDisks({ regionId: REGION, instanceId: w.ids.stoppedId }).disks
        .disk;
      return merged(w, m, { excludeDiskId: disks.map((d) => d.diskId) });
    },
    'InvalidDiskId.NotFound': { instanceId: undefined, diskId: ['d-matrix0none'] },
    'IncorrectDiskStatus.NeverAttached': (w, m) =>
      merged(w, m, { instanceId: undefined, diskId: [w.ids.availableDiskId] }),
    'IncorrectDiskStatus.CreatingSnapshot': timed((t) => {
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { regionId: REGION, instanceId: t.instanceId };
    }),
    'QuotaExceed.Snapshot': (_w, m) => {
      const { ecs, instanceId } = aQuotaWorld({ manualSnapshotsPerDisk: 1 });
      ecs.createSnapshotGroup({ regionId: REGION, instanceId });
      return { ecs, call: () => invoke(ecs, m, { regionId: REGION, instanceId }) };
    },
  },
  reInitDisk: {
    // The system disk of an instance made from a custom image since deleted.
    'InvalidImageId.NotFound': (w, m) => {
      const instanceId = must(
        w.ecs.runInstances({
          regionId: REGION,
          imageId: w.ids.imageId,
          instanceType: 'ecs.g7.large',
        }).instanceIdSets.instanceIdSet[0],
      );
      w.ecs.clock.settle();
      w.ecs.stopInstance({ instanceId });
      w.ecs.clock.settle();
      w.ecs.deleteImage({ regionId: REGION, imageId: w.ids.imageId, force: true });
      return merged(w, m, { diskId: systemDiskOf(w, instanceId) });
    },
    // A disk made from a snapshot since force-deleted.
    InvalidSourceSnapshot: (w, m) => {
      const { spareSnapshotId: snapshotId, zoneId, stoppedId: instanceId } = w.ids;
      const { diskId } = w.ecs.createDisk({ regionId: REGION, zoneId, snapshotId });
      w.ecs.clock.settle();
      w.ecs.attachDisk({ instanceId, diskId });
      w.ecs.clock.settle();
      w.ecs.deleteSnapshot({ snapshotId, force: true });
      return merged(w, m, { diskId });
    },
    IncorrectInstanceStatus: (w, m) => merged(w, m, { diskId: systemDiskOf(w, w.ids.runningId) }),
    IncorrectDiskStatus: (w, m) => merged(w, m, { diskId: w.ids.availableDiskId }),
    DiskCreatingSnapshot: timed((t) => {
      stopped(t);
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { diskId: t.diskId };
    }),
  },
  resizeDisk: {
    IncorrectInstanceStatus: timed((t) => {
      t.ecs.stopInstance({ instanceId: t.instanceId });
      return { diskId: t.diskId, newSize: 100 };
    }),
    IdempotentParameterMismatch: mismatch({ newSize: 61 }),
    'InvalidDataDiskSize.ValueNotSupported': { newSize: 999_999 },
    'InvalidSystemDiskSize.ValueNotSupported': (w, method) =>
      merged(w, method, { diskId: systemDiskOf(w), newSize: 999_999 }),
    'IncorrectDiskStatus.CreatingSnapshot': timed((t) => {
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { diskId: t.diskId, newSize: 100 };
    }),
    IncorrectDiskStatus: timed((t) => ({
      diskId: t.ecs.createDisk({ regionId: REGION, zoneId: t.zoneId, size: 20 }).diskId,
      newSize: 100,
    })),
  },
  createKeyPair: {
    'QuotaExceed.KeyPair': fullOfKeyPairs,
    'KeyPair.AlreadyExist': { keyPairName: 'served' },
  },
  importKeyPair: {
    'QuotaExceed.KeyPair': fullOfKeyPairs,
    'KeyPair.AlreadyExist': { keyPairName: 'served' },
  },
  deleteSnapshot: {
    SnapshotCreatedImage: (w, m) => merged(w, m, { snapshotId: w.ids.systemSnapshotId }),
    SnapshotCreatedDisk: (w, m) => {
      w.ecs.createDisk({
        regionId: REGION,
        zoneId: w.ids.zoneId,
        snapshotId: w.ids.spareSnapshotId,
      });
      w.ecs.clock.settle();
      return merged(w, m, {});
    },
  },
  describeAvailableResource: {
    'Invalid.Param': { destinationResource: undefined },
    'InvalidParam.TypeAndCpuMem.Conflict': { instanceType: 'ecs.g7.large', cores: 2 },
  },
  modifyDiskAttribute: {
    DiskNotPortable: (w, m) =>
      merged(w, m, { diskId: basicSystemDisk(w).diskId, deleteWithInstance: false }),
    NoAttributeToModify: { diskName: undefined },
  },
  modifySnapshotAttribute: {
    NoAttributeToModify: { snapshotName: undefined },
    // Every snapshot of the served world is kept forever: any retention is shorter.
    'InvalidOperation.DecreaseRetentionDaysUnsupported': { retentionDays: 30 },
  },
  cancelAutoSnapshotPolicy: {
    ParameterInvalid: UNKNOWN_REGION,
    'OperationDenied.TooManyAutoSnapshotPolicies': (w, m) => {
      twoPolicies(w);
      return merged(w, m, {});
    },
  },
  createSnapshot: {
    // The reference: a snapshot of an attached disk needs its instance Running or Stopped.
    IncorrectInstanceStatus: timed((t) => {
      t.ecs.stopInstance({ instanceId: t.instanceId });
      return { diskId: t.diskId };
    }),
    'QuotaExceed.Snapshot': (_w, m) => {
      const { ecs, instanceId } = aQuotaWorld({ manualSnapshotsPerDisk: 1 });
      const diskId = must(ecs.describeDisks({ regionId: REGION, instanceId }).disks.disk[0]).diskId;
      ecs.createSnapshot({ diskId });
      return { ecs, call: () => invoke(ecs, m, { diskId }) };
    },
    IdempotentParameterMismatch: mismatch({ snapshotName: 'another' }),
    'IncorrectDiskStatus.NeverAttached': (w, m) => merged(w, m, { diskId: w.ids.availableDiskId }),
    'IncorrectDiskStatus.CreatingSnapshot': timed((t) => {
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { diskId: t.diskId };
    }),
    IncorrectDiskStatus: timed((t) => {
      const { diskId } = t.ecs.createDisk({ regionId: REGION, zoneId: t.zoneId, size: 20 });
      return { diskId };
    }),
  },
  resetDisks: {
    'OperationDenied.UnsureConsistency': (_w, m) => {
      const { ecs, pairs } = anUnsureRollback();
      return { ecs, call: () => invoke(ecs, m, { regionId: REGION, disk: pairs }) };
    },
    IncorrectDiskStatus: timed((t) => {
      reIniting(t);
      const snapshotId = must(
        t.ecs.describeSnapshots({ regionId: REGION, diskId: t.diskId }).snapshots.snapshot[0],
      ).snapshotId;
      return { regionId: REGION, disk: [{ diskId: t.diskId, snapshotId }] };
    }),
    'InvalidDiskId.NotFound': (w, m) =>
      merged(w, m, { disk: [{ diskId: 'd-matrix0none', snapshotId: w.ids.snapshotId }] }),
    'InvalidSnapshotId.NotFound': (w, m) =>
      merged(w, m, { disk: [{ diskId: w.ids.dataDiskId, snapshotId: 's-matrix0none' }] }),
    'InvalidParameter.Mismatch': (w, m) =>
      merged(w, m, { disk: [{ diskId: w.ids.dataDiskId, snapshotId: w.ids.systemSnapshotId }] }),
    IncorrectInstanceStatus: (w, m) => {
      const { snapshotId } = w.ecs.createSnapshot({ diskId: w.ids.attachedDiskId });
      return merged(w, m, { disk: [{ diskId: w.ids.attachedDiskId, snapshotId }] });
    },
    'IncorrectDiskStatus.CreatingSnapshot': timed((t) => {
      const old = snapshotted(t);
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { regionId: REGION, disk: [{ diskId: t.diskId, snapshotId: old }] };
    }),
    'InvalidSnapshotId.NotReady': timed((t) => {
      stopped(t);
      const { snapshotId } = t.ecs.createSnapshot({ diskId: t.diskId });
      return { regionId: REGION, disk: [{ diskId: t.diskId, snapshotId }] };
    }),
  },
  runInstances: LAUNCH,
  createInstance: LAUNCH,
  deleteVSwitch: {
    DependencyViolation: (w, m) => {
      w.ecs.runInstances({
        regionId: REGION,
        imageId: LINUX_IMAGE,
        instanceType: 'ecs.g7.large',
        vSwitchId: w.ids.vSwitchId,
        securityGroupId: w.ids.securityGroupId,
      });
      w.ecs.clock.settle();
      return merged(w, m, {});
    },
    IncorrectVSwitchStatus: timed((t) => ({ regionId: REGION, vSwitchId: pendingVSwitch(t) })),
  },
  modifyImageAttribute: {
    IncorrectImageStatus: timed((t) => ({
      regionId: REGION,
      imageId: creatingImage(t),
      status: 'Deprecated',
    })),
    'InvalidImageName.Duplicated': (w, m) => {
      w.ecs.createImage({
        regionId: REGION,
        snapshotId: w.ids.systemSnapshotId,
        imageName: 'taken',
      });
      return merged(w, m, { imageName: 'taken' });
    },
  },
  replaceSystemDisk: {
    IdempotentParameterMismatch: mismatch({ systemDisk: { size: 60 } }),
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: w.ids.runningId }),
    IncorrectImageStatus: timed((t) => {
      const imageId = creatingImage(t);
      t.ecs.stopInstance({ instanceId: t.instanceId });
      t.ecs.clock.advance('PT1M');
      return { instanceId: t.instanceId, imageId };
    }),
  },
  createImage: {
    'InvalidDevice.InUse': (w, m) =>
      merged(w, m, {
        snapshotId: undefined,
        diskDeviceMapping: [
          { snapshotId: w.ids.systemSnapshotId },
          { size: 20, device: '/dev/xvdb' },
          { size: 20, device: '/dev/xvdb' },
        ],
      }),
    // An empty data disk smaller than 20 GiB.
    'InvalidSize.ValueNotSupported': (w, m) =>
      merged(w, m, {
        snapshotId: undefined,
        diskDeviceMapping: [{ snapshotId: w.ids.systemSnapshotId }, { size: 10 }],
      }),
    // A disk mapping without the system disk's snapshot (400; a data disk's snapshot as
    // \`SnapshotId\` is 403, see OTHER_STATUSES).
    OperationDenied: (w, m) =>
      merged(w, m, {
        snapshotId: undefined,
        diskDeviceMapping: [{ snapshotId: w.ids.snapshotId }],
      }),
    'InvalidImageName.Duplicated': (w, m) => {
      w.ecs.createImage({
        regionId: REGION,
        snapshotId: w.ids.systemSnapshotId,
        imageName: 'taken',
      });
      return merged(w, m, { imageName: 'taken' });
    },
    'InvalidSnapshotId.NotReady': timed((t) => ({
      regionId: REGION,
      snapshotId: t.ecs.createSnapshot({ diskId: systemDiskIn(t) }).snapshotId,
    })),
  },
  copySnapshot: {
    IdempotentParameterMismatch: mismatch({ destinationSnapshotName: 'another' }),
    'InvalidDescription.Malformed': { destinationSnapshotDescription: 'http://bad' },
    'InvalidSnapshotName.Malformed': { destinationSnapshotName: 'http://bad' },
    'InvalidOperation.NotSupportCopyInSameRegion': { destinationRegionId: REGION },
    'InvalidSnapshotId.NotReady': timed((t) => ({
      regionId: REGION,
      snapshotId: t.ecs.createSnapshot({ diskId: t.diskId }).snapshotId,
      destinationRegionId: 'cn-shanghai',
      destinationSnapshotName: 'copy',
      destinationSnapshotDescription: 'off-site copy',
    })),
  },
  resetDisk: {
    'OperationDenied.UnsureConsistency': (_w, m) => {
      const { ecs, pairs } = anUnsureRollback();
      return { ecs, call: () => invoke(ecs, m, must(pairs[0])) };
    },
    IncorrectDiskStatus: timed((t) => {
      reIniting(t);
      const snapshotId = must(
        t.ecs.describeSnapshots({ regionId: REGION, diskId: t.diskId }).snapshots.snapshot[0],
      ).snapshotId;
      return { diskId: t.diskId, snapshotId };
    }),
    'InvalidParameter.Mismatch': (w, m) => merged(w, m, { snapshotId: w.ids.systemSnapshotId }),
    IncorrectInstanceStatus: (w, m) => {
      const { snapshotId } = w.ecs.createSnapshot({ diskId: w.ids.attachedDiskId });
      return merged(w, m, { diskId: w.ids.attachedDiskId, snapshotId });
    },
    'InvalidSnapshotId.NotReady': timed((t) => {
      stopped(t);
      return {
        diskId: t.diskId,
        snapshotId: t.ecs.createSnapshot({ diskId: t.diskId }).snapshotId,
      };
    }),
    'IncorrectDiskStatus.CreatingSnapshot': timed((t) => {
      const old = snapshotted(t);
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { diskId: t.diskId, snapshotId: old };
    }),
  },
  startInstance: {
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: w.ids.runningId }),
    DiskError: timed((t) => {
      reIniting(t);
      return { instanceId: t.instanceId };
    }),
  },
  startInstances: {
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: [w.ids.runningId] }),
    DiskError: timed((t) => {
      reIniting(t);
      return { regionId: REGION, instanceId: [t.instanceId] };
    }),
  },
  describeAutoSnapshotPolicyEx: { ParameterInvalid: UNKNOWN_REGION },
  applyAutoSnapshotPolicy: {
    ParameterInvalid: UNKNOWN_REGION,
    'OperationDenied.TooManyAutoSnapshotPolicies': (w, m) => {
      for (let i = 0; i < 10; i++) {
        const { autoSnapshotPolicyId } = w.ecs.createAutoSnapshotPolicy(POLICY);
        w.ecs.applyAutoSnapshotPolicy({
          regionId: REGION,
          autoSnapshotPolicyId,
          diskIds: JSON.stringify([w.ids.dataDiskId]),
        });
      }
      return merged(w, m, {});
    },
  },
  authorizeSecurityGroup: {
    OperationDenied: PORTS_NOT_FOR_PROTOCOL,
    AuthorizationLimitExceed: fullGroup('authorizeSecurityGroup'),
  },
  authorizeSecurityGroupEgress: {
    OperationDenied: PORTS_NOT_FOR_PROTOCOL,
    AuthorizationLimitExceed: fullGroup('authorizeSecurityGroupEgress'),
  },
  deleteDisk: {
    DiskStillAttached: (w, m) => merged(w, m, { diskId: w.ids.attachedDiskId }),
    IncorrectDiskStatus: (_w, m) => {
      const t = aTimedWorld();
      const { diskId } = t.ecs.createDisk({ regionId: REGION, zoneId: t.zoneId, size: 20 });
      return { ecs: t.ecs, call: () => invoke(t.ecs, m, { diskId }) };
    },
    DiskCreatingSnapshot: (_w, m) => {
      const t = aTimedWorld();
      t.ecs.detachDisk({ instanceId: t.instanceId, diskId: t.diskId });
      t.ecs.clock.settle();
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { ecs: t.ecs, call: () => invoke(t.ecs, m, { diskId: t.diskId }) };
    },
  },
  createDisk: {
    'InvalidSnapshotId.NotReady': timed((t) => ({
      regionId: REGION,
      zoneId: t.zoneId,
      snapshotId: basicSnapshotInProgress(t),
    })),
    'InvalidDiskSize.TooSmall': (w, m) => merged(w, m, { snapshotId: w.ids.snapshotId, size: 10 }),
  },
  deleteVpc: {
    'DependencyViolation.VSwitch': (w, m) => merged(w, m, { vpcId: w.ids.vpcId }),
    'DependencyViolation.SecurityGroup': (w, m) => {
      w.ecs.createSecurityGroup({ regionId: REGION, vpcId: w.ids.emptyVpcId });
      return merged(w, m, {});
    },
    IncorrectVpcStatus: pendingVpc((vpcId) => ({ regionId: REGION, vpcId })),
  },
  createVSwitch: {
    'InvalidCidrBlock.Overlapped': { cidrBlock: '10.0.1.0/24' },
    IncorrectVpcStatus: pendingVpc((vpcId, zoneId) => ({
      regionId: REGION,
      vpcId,
      zoneId,
      cidrBlock: '192.168.1.0/24',
    })),
  },
  createSecurityGroup: { IncorrectVpcStatus: pendingVpc((vpcId) => ({ regionId: REGION, vpcId })) },
  stopInstance: {
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: w.ids.stoppedId }),
  },
  rebootInstance: {
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: w.ids.stoppedId }),
  },
  stopInstances: {
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: [w.ids.stoppedId] }),
  },
  rebootInstances: {
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: [w.ids.stoppedId] }),
  },
  deleteInstance: {
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: w.ids.runningId }),
    'InvalidOperation.DeletionProtection': protectedInstance,
  },
  deleteInstances: {
    IdempotentParameterMismatch: mismatch({ force: true }),
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: [w.ids.runningId] }),
    'InvalidOperation.DeletionProtection': protectedInstance,
  },
  deleteImage: {
    ImageUsingByInstance: (w, m) => {
      w.ecs.runInstances({
        regionId: REGION,
        imageId: w.ids.imageId,
        instanceType: 'ecs.g7.large',
      });
      w.ecs.clock.settle();
      return merged(w, m, {});
    },
  },
  deleteSecurityGroup: {
    DependencyViolation: (w, m) => merged(w, m, { securityGroupId: w.ids.joinedGroupId }),
  },
  leaveSecurityGroup: {
    IncorrectInstanceStatus: PENDING_MEMBER,
    InstanceNotInSecurityGroup: (w, m) => merged(w, m, { securityGroupId: w.ids.extraGroupId }),
    'InvalidInstanceId.Mismatch': (w, m) =>
      merged(w, m, { securityGroupId: w.ids.securityGroupId }),
    InstanceLastSecurityGroup: (w, m) =>
      merged(w, m, { instanceId: w.ids.stoppedId, securityGroupId: defaultGroupOf(w) }),
  },
  modifySecurityGroupRule: {
    // A rule given by its id takes the fields given, checked as a new rule: a group of another VPC.
    'InvalidSourceGroupId.Mismatch': (w, m) =>
      merged(w, m, {
        securityGroupRuleId: ruleOf(w, 'ingress'),
        sourceGroupId: w.ids.securityGroupId,
        sourceCidrIp: undefined,
      }),
    OperationDenied: PORTS_NOT_FOR_PROTOCOL,
    'InvalidSecurityGroupRule.RuleNotExist': { portRange: '23/23' },
  },
  modifySecurityGroupEgressRule: {
    'InvalidDestGroupId.Mismatch': (w, m) =>
      merged(w, m, {
        securityGroupRuleId: ruleOf(w, 'egress'),
        destGroupId: w.ids.securityGroupId,
        destCidrIp: undefined,
      }),
    OperationDenied: PORTS_NOT_FOR_PROTOCOL,
    'InvalidSecurityGroupRule.RuleNotExist': { portRange: '444/444' },
  },
  deleteAutoSnapshotPolicy: { ParameterInvalid: UNKNOWN_REGION },
  modifyAutoSnapshotPolicyEx: { ParameterInvalid: UNKNOWN_REGION },
  modifySecurityGroupPolicy: {
    IdempotentParameterMismatch: mismatch({ innerAccessPolicy: 'Accept' }),
  },
  describeSnapshotGroups: { 'InvalidStatus.ValueNotSupported': { status: ['Bogus'] } },
  // User data changes only while the instance is Stopped; the served one runs.
  modifyInstanceAttribute: { IncorrectInstanceStatus: { userData: 'ZWNobyBoaQ==' } },
};

/** A policy of nobody's, for the policy operations that answer an unknown policy with 404. */
const UNKNOWN_POLICY: Provocation = { autoSnapshotPolicyId: 'sp-matrix0none' };

/** A case of a code whose status differs from the one the matrix lists for the operation. */
export interface OtherStatus {
  readonly method: SdkOperationName;
  readonly code: EcsErrorCode;
  readonly status: number;
  readonly provocation: Provocation;
}

/** The cases the reference gives a status of their own (the matrix lists the usual one). */
export const OTHER_STATUSES: readonly OtherStatus[] = [
  ...(
    [
      'applyAutoSnapshotPolicy',
      'cancelAutoSnapshotPolicy',
      'deleteAutoSnapshotPolicy',
      'modifyAutoSnapshotPolicyEx',
    ] as const
  ).map((method) => ({
    method,
    code: 'ParameterInvalid' as const,
    status: 404,
    provocation: UNKNOWN_POLICY,
  })),
  {
    method: 'createImage',
    code: 'OperationDenied',
    status: 403,
    // A data disk's snapshot as `SnapshotId` (not from a system disk).
    provocation: (w, m) => merged(w, m, { snapshotId: w.ids.snapshotId }),
  },
];
