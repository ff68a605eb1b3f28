// How test/contract/error-matrix.test.ts provokes each (operation, code) pair: by code for the
// codes every operation answers the same way (a bad region, a bad tag, an unknown id...), by
// operation for the rest. Each provocation starts from the served world of
// test/fixtures/served-requests.ts, where every operation's served request succeeds.

import { requestContract } from '../../src/contract/contract.js';
import { createEcs, type Ecs, type EcsErrorCode } from '../../src/index.js';
import { OPERATION_ROWS } from '../../src/operations/table.js';
import type { SdkOperationName } from '../../src/sdk/index.js';
import { probeReads } from '../../src/shared/params.js';
import { aServedWorld, SERVED_REQUESTS, type ServedIds } from '../fixtures/served-requests.js';

/** The world a provocation starts from (refused calls leave it as it is). */
export interface Served {
  readonly ecs: Ecs;
  readonly ids: ServedIds;
}

/** A call ready to be refused, and the world whose state it must leave unchanged. */
export interface Stage {
  readonly ecs: Ecs;
  readonly call: () => unknown;
}

/**
 * A provocation: fields merged over the operation's served request (`undefined` removes one), or
 * a function that stages the call (it may first change the world, or make its own).
 */
export type Provocation =
  | Readonly<Record<string, unknown>>
  | ((w: Served, method: SdkOperationName) => Stage);

/** Calls an operation of a world by its method name. */
export function invoke(ecs: Ecs, method: SdkOperationName, request: unknown): unknown {
  const fn = ecs[method] as (request: never) => unknown;
  return fn.call(ecs, request as never);
}

/** The served request of an operation with fields merged over it. */
export function served(
  w: Served,
  method: SdkOperationName,
  fields: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  const request: Record<string, unknown> = { ...SERVED_REQUESTS[method](w.ids), ...fields };
  for (const [key, value] of Object.entries(fields)) if (value === undefined) delete request[key];
  return request;
}

/** The stage of a call with fields merged over the served request. */
export function merged(
  w: Served,
  method: SdkOperationName,
  fields: Readonly<Record<string, unknown>>,
): Stage {
  return { ecs: w.ecs, call: () => invoke(w.ecs, method, served(w, method, fields)) };
}

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
};

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing');
  return value;
}

/** The provocations of one operation's own codes. */
export const BY_OPERATION: Partial<
  Record<SdkOperationName, Partial<Record<EcsErrorCode, Provocation>>>
> = {};

/**
 * Pairs of the matrix the derivation finds but no call can reach (a shared helper's code that
 * only another operation's arguments select), each with why.
 */
export const UNREACHABLE: Partial<Record<SdkOperationName, Partial<Record<EcsErrorCode, string>>>> =
  {};

/** `CreateInstance` and `RunInstances` share their checks, so their pending codes too. */
const LAUNCH_PENDING: readonly EcsErrorCode[] = [
  'CategoryNotSupported',
  'IncorrectImageStatus',
  'IncorrectVSwitchStatus',
  'InstanceDiskLimitExceeded',
  'InstanceSecurityGroupLimitExceeded',
  'InvalidDataDiskCategory.ValueNotSupported',
  'InvalidDataDiskSize.ValueNotSupported',
  'InvalidDiskCategory.ValueNotSupported',
  'InvalidHostName.Malformed',
  'InvalidInstanceType.ValueNotSupported',
  'InvalidInstanceType.ZoneNotSupported',
  'InvalidParameter.Mismatch',
  'InvalidPrivateIpAddress',
  'InvalidPrivateIpAddress.Duplicated',
  'InvalidPrivateIpAddress.Malformed',
  'InvalidSecurityGroup.NotInDefaultVpc',
  'InvalidSize.ValueNotSupported',
  'InvalidSnapshotId.NotFound',
  'InvalidSnapshotId.NotReady',
  'InvalidSystemDiskCategory.ValueNotSupported',
  'InvalidSystemDiskSize.LessThanImageSize',
  'InvalidSystemDiskSize.ValueNotSupported',
  'InvalidUserData.Base64FormatInvalid',
  'InvalidUserData.SizeExceeded',
  'QuotaExceeded.PrivateIpAddress',
];

/**
 * Pairs not provoked here yet (their operation's own test file may provoke them): the list only
 * shrinks; a pair the matrix gains needs a provocation above.
 */
export const PENDING: Partial<Record<SdkOperationName, readonly EcsErrorCode[]>> = {
  addTags: ['InvalidResourceType.NotFound'],
  applyAutoSnapshotPolicy: ['OperationDenied.TooManyAutoSnapshotPolicies', 'ParameterInvalid'],
  attachDisk: [
    'DiskTypeViolation',
    'IncorrectDiskStatus',
    'IncorrectInstanceStatus',
    'InstanceDiskLimitExceeded',
    'InvalidDisk.InUse',
    'ResourcesNotInSameZone',
  ],
  attachKeyPair: [
    'IncorrectInstanceStatus',
    'InvalidInstanceId.NotFound',
    'InvalidInstanceIds.Malformed',
  ],
  authorizeSecurityGroup: [
    'AuthorizationLimitExceed',
    'InvalidDestCidrIp.Malformed',
    'InvalidDestGroupId.Mismatch',
    'InvalidDestGroupId.NotFound',
    'InvalidIpPortRange.Malformed',
    'InvalidIpProtocol.ValueNotSupported',
    'InvalidNicType.ValueNotSupported',
    'InvalidPolicy.Malformed',
    'InvalidPriority.ValueNotSupported',
    'InvalidSourceCidrIp.Malformed',
    'InvalidSourceGroup.NotFound',
    'InvalidSourceGroupId.Mismatch',
    'MissingParameter.Source',
    'OperationDenied',
  ],
  authorizeSecurityGroupEgress: [
    'AuthorizationLimitExceed',
    'InvalidDestCidrIp.Malformed',
    'InvalidDestGroupId.Mismatch',
    'InvalidDestGroupId.NotFound',
    'InvalidIpPortRange.Malformed',
    'InvalidIpProtocol.ValueNotSupported',
    'InvalidNicType.ValueNotSupported',
    'InvalidPolicy.Malformed',
    'InvalidPriority.ValueNotSupported',
    'InvalidSourceCidrIp.Malformed',
    'InvalidSourceGroup.NotFound',
    'InvalidSourceGroupId.Mismatch',
    'MissingParameter.Source',
    'OperationDenied',
  ],
  cancelAutoSnapshotPolicy: ['OperationDenied.TooManyAutoSnapshotPolicies', 'ParameterInvalid'],
  copySnapshot: [
    'IdempotentParameterMismatch',
    'InvalidDescription.Malformed',
    'InvalidOperation.NotSupportCopyInSameRegion',
    'InvalidRetentionDays.Malformed',
    'InvalidSnapshotId.NotReady',
    'InvalidSnapshotName.Malformed',
  ],
  createAutoSnapshotPolicy: ['AutoSnapshotPolicy.QuotaExceed', 'ParameterInvalid'],
  createDisk: [
    'InvalidDataDiskCategory.ValueNotSupported',
    'InvalidDataDiskSize.ValueNotSupported',
    'InvalidDiskCategory.ValueNotSupported',
    'InvalidDiskSize.TooSmall',
    'InvalidSize.ValueNotSupported',
    'InvalidSnapshotId.NotReady',
    'InvalidSystemDiskCategory.ValueNotSupported',
    'InvalidSystemDiskSize.ValueNotSupported',
  ],
  createImage: [
    'InvalidDevice.InUse',
    'InvalidImageName.Duplicated',
    'InvalidSize.ValueNotSupported',
    'InvalidSnapshotId.NotReady',
    'OperationDenied',
  ],
  createInstance: LAUNCH_PENDING,
  createKeyPair: ['InvalidResourceGroup.NotFound', 'KeyPair.AlreadyExist', 'QuotaExceed.KeyPair'],
  createSecurityGroup: ['IncorrectVpcStatus', 'InvalidResourceGroup.NotFound'],
  createSnapshot: [
    'IdempotentParameterMismatch',
    'IncorrectDiskStatus',
    'IncorrectDiskStatus.CreatingSnapshot',
    'IncorrectDiskStatus.NeverAttached',
    'IncorrectInstanceStatus',
    'InvalidRetentionDays.Malformed',
    'QuotaExceed.Snapshot',
  ],
  createSnapshotGroup: [
    'DiskCategory.OperationNotSupported',
    'IncorrectDiskStatus',
    'IncorrectDiskStatus.CreatingSnapshot',
    'IncorrectDiskStatus.NeverAttached',
    'IncorrectInstanceStatus',
    'InvalidDiskId.NotFound',
    'InvalidInstance.NoDisk',
    'InvalidParameter.Description',
    'InvalidParameter.Name',
    'NumberExceed.TooManyDisks',
    'QuotaExceed.Snapshot',
    'ResourcesNotInSameZone',
  ],
  createVSwitch: [
    'IncorrectVpcStatus',
    'InvalidCidrBlock.Malformed',
    'InvalidCidrBlock.Overlapped',
  ],
  createVpc: ['InvalidCidrBlock.Malformed'],
  deleteAutoSnapshotPolicy: ['ParameterInvalid'],
  deleteDisk: ['DiskCreatingSnapshot', 'DiskStillAttached', 'IncorrectDiskStatus'],
  deleteImage: ['ImageUsingByInstance'],
  deleteInstance: ['IncorrectInstanceStatus', 'InvalidOperation.DeletionProtection'],
  deleteInstances: [
    'IdempotentParameterMismatch',
    'IncorrectInstanceStatus',
    'InvalidOperation.DeletionProtection',
  ],
  deleteSecurityGroup: ['DependencyViolation'],
  deleteSnapshot: ['SnapshotCreatedDisk', 'SnapshotCreatedImage'],
  deleteSnapshotGroup: ['SnapshotCreatedImage'],
  deleteVSwitch: ['DependencyViolation', 'IncorrectVSwitchStatus'],
  deleteVpc: ['DependencyViolation', 'IncorrectVpcStatus'],
  describeAutoSnapshotPolicyEx: ['ParameterInvalid'],
  describeAvailableResource: [
    'Invalid.DestinationResource',
    'Invalid.InstanceChargeType',
    'Invalid.Param',
    'Invalid.ResourceType',
    'InvalidParam.TypeAndCpuMem.Conflict',
  ],
  describeDisks: [
    'InvalidCategory.ValueNotSupported',
    'InvalidDiskIds.Malformed',
    'InvalidDiskType.ValueNotSupported',
    'InvalidStatus.ValueNotSupported',
  ],
  describeInstanceAttachmentAttributes: ['InvalidInstanceIds.Malformed'],
  describeInstanceRamRole: ['InvalidInstanceIds.Malformed'],
  describeInstances: ['InvalidInstanceIds.Malformed', 'InvalidStatus.NotFound'],
  describeSnapshotGroups: ['InvalidStatus.ValueNotSupported'],
  describeSnapshotLinks: ['InvalidDiskIds', 'InvalidSnapshotLinkIds'],
  describeSnapshots: [
    'InvalidFilterKey.NotFound',
    'InvalidSnapshotCategory.Malformed',
    'InvalidSnapshotIds.Malformed',
    'InvalidSnapshotType.NotFound',
    'InvalidSourceDiskType',
    'InvalidStatus.NotFound',
    'InvalidUsage',
  ],
  describeTags: ['InvalidResourceType.NotFound'],
  describeZones: ['Invalid.InstanceChargeType'],
  detachDisk: [
    'DependencyViolation',
    'DiskNotPortable',
    'IncorrectDiskStatus',
    'IncorrectInstanceStatus',
    'InvalidDisk.AlreadyDetached',
  ],
  detachKeyPair: [
    'IncorrectInstanceStatus',
    'InvalidInstanceId.NotFound',
    'InvalidInstanceIds.Malformed',
  ],
  importKeyPair: [
    'InvalidPublicKeyBody.Malformed',
    'InvalidResourceGroup.NotFound',
    'KeyPair.AlreadyExist',
    'QuotaExceed.KeyPair',
  ],
  joinResourceGroup: ['InvalidResourceGroup.NotFound', 'InvalidResourceType.NotFound'],
  joinSecurityGroup: [
    'IncorrectInstanceStatus',
    'InstanceSecurityGroupLimitExceeded',
    'InvalidInstanceId.AlreadyExists',
    'InvalidInstanceId.Mismatch',
  ],
  leaveSecurityGroup: [
    'IncorrectInstanceStatus',
    'InstanceLastSecurityGroup',
    'InstanceNotInSecurityGroup',
    'InvalidInstanceId.Mismatch',
  ],
  listTagResources: ['InvalidResourceType.NotFound'],
  modifyAutoSnapshotPolicyEx: ['ParameterInvalid'],
  modifyDiskAttribute: ['DiskNotPortable', 'NoAttributeToModify'],
  modifyDiskDefaultKMSKeyId: ['InvalidOperation.KMSKeyIdNotFound'],
  modifyDiskSpec: [
    'CategoryNotSupported',
    'IncorrectDiskStatus',
    'IncorrectDiskStatus.CreatingSnapshot',
    'InvalidDataDiskCategory.ValueNotSupported',
    'InvalidDataDiskSize.ValueNotSupported',
    'InvalidDiskCategory.ValueNotSupported',
    'InvalidSize.ValueNotSupported',
    'InvalidSystemDiskCategory.ValueNotSupported',
    'InvalidSystemDiskSize.ValueNotSupported',
  ],
  modifyImageAttribute: [
    'IncorrectImageStatus',
    'InvalidImageFamily.Malformed',
    'InvalidImageName.Duplicated',
    'InvalidStatus.ValueNotSupported',
  ],
  modifyInstanceAttribute: [
    'IncorrectInstanceStatus',
    'InvalidHostName.Malformed',
    'InvalidKeyPairName.NotFound',
    'InvalidUserData.Base64FormatInvalid',
    'InvalidUserData.SizeExceeded',
  ],
  modifySecurityGroupEgressRule: [
    'InvalidDestCidrIp.Malformed',
    'InvalidDestGroupId.Mismatch',
    'InvalidDestGroupId.NotFound',
    'InvalidIpPortRange.Malformed',
    'InvalidIpProtocol.ValueNotSupported',
    'InvalidNicType.ValueNotSupported',
    'InvalidPolicy.Malformed',
    'InvalidPriority.ValueNotSupported',
    'InvalidSecurityGroupRule.RuleNotExist',
    'InvalidSourceCidrIp.Malformed',
    'InvalidSourceGroup.NotFound',
    'InvalidSourceGroupId.Mismatch',
    'MissingParameter.Source',
    'OperationDenied',
  ],
  modifySecurityGroupPolicy: ['IdempotentParameterMismatch', 'InvalidInnerAccessPolicy.Malformed'],
  modifySecurityGroupRule: [
    'InvalidDestCidrIp.Malformed',
    'InvalidDestGroupId.Mismatch',
    'InvalidDestGroupId.NotFound',
    'InvalidIpPortRange.Malformed',
    'InvalidIpProtocol.ValueNotSupported',
    'InvalidNicType.ValueNotSupported',
    'InvalidPolicy.Malformed',
    'InvalidPriority.ValueNotSupported',
    'InvalidSecurityGroupRule.RuleNotExist',
    'InvalidSourceCidrIp.Malformed',
    'InvalidSourceGroup.NotFound',
    'InvalidSourceGroupId.Mismatch',
    'MissingParameter.Source',
    'OperationDenied',
  ],
  modifySnapshotAttribute: [
    'InvalidOperation.DecreaseRetentionDaysUnsupported',
    'InvalidRetentionDays.Malformed',
    'NoAttributeToModify',
  ],
  modifySnapshotGroup: ['InvalidParameter.Description', 'InvalidParameter.Name'],
  modifyVpcAttribute: ['InvalidCidrBlock.Malformed'],
  reInitDisk: [
    'DiskCreatingSnapshot',
    'IncorrectDiskStatus',
    'IncorrectInstanceStatus',
    'InvalidImageId.NotFound',
    'InvalidSourceSnapshot',
  ],
  rebootInstance: ['IncorrectInstanceStatus'],
  rebootInstances: ['DiskError', 'IncorrectInstanceStatus'],
  removeTags: ['InvalidResourceType.NotFound'],
  replaceSystemDisk: [
    'IdempotentParameterMismatch',
    'IncorrectImageStatus',
    'IncorrectInstanceStatus',
    'InstanceDiskLimitExceeded',
    'InvalidDataDiskCategory.ValueNotSupported',
    'InvalidDataDiskSize.ValueNotSupported',
    'InvalidDiskCategory.ValueNotSupported',
    'InvalidSize.ValueNotSupported',
    'InvalidSnapshotId.NotFound',
    'InvalidSnapshotId.NotReady',
    'InvalidSystemDiskCategory.ValueNotSupported',
    'InvalidSystemDiskSize.LessThanImageSize',
    'InvalidSystemDiskSize.ValueNotSupported',
  ],
  resetDisk: [
    'IncorrectDiskStatus',
    'IncorrectDiskStatus.CreatingSnapshot',
    'IncorrectInstanceStatus',
    'InvalidParameter.Mismatch',
    'InvalidSnapshotId.NotReady',
    'OperationDenied.UnsureConsistency',
  ],
  resetDisks: [
    'IncorrectDiskStatus',
    'IncorrectDiskStatus.CreatingSnapshot',
    'IncorrectInstanceStatus',
    'InvalidDiskId.NotFound',
    'InvalidParameter.Mismatch',
    'InvalidSnapshotId.NotFound',
    'InvalidSnapshotId.NotReady',
    'OperationDenied.UnsureConsistency',
  ],
  resizeDisk: [
    'IdempotentParameterMismatch',
    'IncorrectDiskStatus',
    'IncorrectDiskStatus.CreatingSnapshot',
    'IncorrectInstanceStatus',
    'InvalidDataDiskSize.ValueNotSupported',
    'InvalidSystemDiskSize.ValueNotSupported',
  ],
  revokeSecurityGroup: [
    'InvalidDestCidrIp.Malformed',
    'InvalidDestGroupId.Mismatch',
    'InvalidDestGroupId.NotFound',
    'InvalidIpPortRange.Malformed',
    'InvalidIpProtocol.ValueNotSupported',
    'InvalidNicType.ValueNotSupported',
    'InvalidPolicy.Malformed',
    'InvalidPriority.ValueNotSupported',
    'InvalidSourceCidrIp.Malformed',
    'InvalidSourceGroup.NotFound',
    'InvalidSourceGroupId.Mismatch',
    'MissingParameter.Source',
    'OperationDenied',
  ],
  revokeSecurityGroupEgress: [
    'InvalidDestCidrIp.Malformed',
    'InvalidDestGroupId.Mismatch',
    'InvalidDestGroupId.NotFound',
    'InvalidIpPortRange.Malformed',
    'InvalidIpProtocol.ValueNotSupported',
    'InvalidNicType.ValueNotSupported',
    'InvalidPolicy.Malformed',
    'InvalidPriority.ValueNotSupported',
    'InvalidSourceCidrIp.Malformed',
    'InvalidSourceGroup.NotFound',
    'InvalidSourceGroupId.Mismatch',
    'MissingParameter.Source',
    'OperationDenied',
  ],
  runInstances: LAUNCH_PENDING,
  startInstance: ['DiskError', 'IncorrectInstanceStatus'],
  startInstances: ['DiskError', 'IncorrectInstanceStatus'],
  stopInstance: ['IncorrectInstanceStatus'],
  stopInstances: ['DiskError', 'IncorrectInstanceStatus'],
  tagResources: ['InvalidResourceType.NotFound'],
  untagResources: ['InvalidResourceType.NotFound'],
};

/** A fresh world with the served world's options, for provocations that need another start. */
export function anotherWorld(): Ecs {
  return createEcs({ seed: 'matrix', timings: 'instant' });
}
