// The provocations by code, for the codes every operation that answers them answers the same way
// (a bad region, a bad tag, an unknown id, a malformed name...): fields merged over the
// operation's served request, or a call staged from it. test/contract/error-matrix.test.ts uses
// one where an operation has no provocation of its own (./error-provocations.ts).

import { requestContract } from '../../src/contract/contract.js';
import type { EcsErrorCode } from '../../src/index.js';
import { OPERATION_ROWS } from '../../src/operations/table.js';
import type { SdkOperationName } from '../../src/sdk/index.js';
import { probeReads } from '../../src/shared/params.js';
import { must } from '../fixtures/must.js';
import { aServedWorld } from '../fixtures/served-requests.js';
import { invoke, merged, type Provocation, type Served, served } from './provocation.js';

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
/** A region nobody has. */
export const UNKNOWN_REGION: Provocation = { regionId: 'mars-1' };

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
