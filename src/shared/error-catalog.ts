/**
 * One entry of the error catalogue: the HTTP status real ECS answers with, its message, and the
 * operations where the documented status differs from the usual one.
 *
 * @example
 * ```ts
 * const entry: ErrorCatalogEntry = { httpStatus: 404, message: 'The specified disk does not exist.' };
 * ```
 * @category Errors
 */
export interface ErrorCatalogEntry {
  /** The HTTP status code real ECS returns for this code. */
  readonly httpStatus: number;
  /** The default message, copied from the ECS API reference. */
  readonly message: string;
  /** Per-operation statuses where the reference documents a different one (e.g. `AttachDisk: 400`). */
  readonly statusByAction?: Readonly<Record<string, number>>;
}

/** The catalogue's data; `as const` so the codes form the {@link EcsErrorCode} union. */
const CATALOG = {
  // Common
  MissingParameter: {
    httpStatus: 400,
    message: 'The input parameter that is mandatory for processing this request is not supplied.',
  },
  InvalidParameter: { httpStatus: 400, message: 'The specified parameter is invalid.' },
  DryRunOperation: {
    httpStatus: 400,
    message: 'Request validation has been passed with DryRun flag set.',
  },
  IdempotentParameterMismatch: { httpStatus: 403, message: 'The specified clientToken is used.' },
  'InvalidClientToken.Malformed': {
    httpStatus: 403,
    message:
      'The specified clientToken is improperly formatted. It must contain only ASCII characters and must not exceed 64 characters in length.',
  },
  'InvalidRegionId.NotFound': {
    httpStatus: 404,
    message: 'The specified RegionId does not exist.',
  },
  'InvalidZoneId.NotFound': { httpStatus: 404, message: 'The specified zone does not exist.' },
  NoAttributeToModify: {
    httpStatus: 400,
    message: 'No attribute to be modified in this request.',
  },
  InternalError: {
    httpStatus: 500,
    message: 'The request processing has failed due to some unknown error.',
  },
  // Throttling, service faults and account quotas: real ECS answers them to any call; fake-ecs
  // only when a fault rule (`ecs.faults.add`) says so.
  Throttling: { httpStatus: 403, message: 'Request was denied due to user flow control.' },
  'Throttling.User': { httpStatus: 400, message: 'Request was denied due to user flow control.' },
  ServiceUnavailable: {
    httpStatus: 503,
    message: 'The request has failed due to a temporary failure of the server.',
  },
  'QuotaExceed.ConcurrentSnapshotQuota': {
    httpStatus: 403,
    message:
      'The number of snapshots being created for the disk has exceeded the concurrent quota.',
  },
  'InvalidAccountStatus.SnapshotServiceUnavailable': {
    httpStatus: 403,
    message: 'Snapshot service has not been opened yet.',
  },
  UnsupportedParameter: {
    httpStatus: 400,
    message: 'The specified parameter is not supported by fake-ecs.',
  },
  // Tags
  'InvalidTagKey.Malformed': { httpStatus: 400, message: 'The specified Tag.n.Key is invalid.' },
  'InvalidTagValue.Malformed': {
    httpStatus: 400,
    message: 'The specified Tag.n.Value is invalid.',
  },
  'Duplicate.TagKey': { httpStatus: 400, message: 'The Tag.N.Key contain duplicate key.' },
  InvalidTagCount: {
    httpStatus: 400,
    message: 'The specified tags are beyond the permitted range.',
  },
  // Instances and images
  'InvalidInstanceId.NotFound': {
    httpStatus: 404,
    message: 'The specified InstanceId does not exist.',
  },
  IncorrectInstanceStatus: {
    httpStatus: 403,
    message: 'The current status of the resource does not support this operation.',
    statusByAction: { AttachDisk: 400, CreateSnapshot: 400 },
  },
  'InvalidImageId.NotFound': { httpStatus: 404, message: 'The specified ImageId does not exist.' },
  'InvalidInstanceType.ValueNotSupported': {
    httpStatus: 400,
    message: 'The specified InstanceType beyond the permitted range.',
  },
  'InvalidInstanceName.Malformed': {
    httpStatus: 400,
    message: 'The specified parameter InstanceName is not valid.',
  },
  'InvalidSystemDiskCategory.ValueNotSupported': {
    httpStatus: 400,
    message: 'The specified parameter SystemDisk.Category is not valid.',
  },
  // 404, as every error table that lists it documents (RunInstances, CreateInstance,
  // ReplaceSystemDisk), odd as that status is for a bad size.
  'InvalidSystemDiskSize.LessThanImageSize': {
    httpStatus: 404,
    message: 'The specified parameter SystemDisk.Size is less than the image size.',
  },
  'InvalidSystemDiskSize.ValueNotSupported': {
    httpStatus: 400,
    message: 'The specified parameter SystemDisk.Size is invalid.',
  },
  'InvalidDataDiskCategory.ValueNotSupported': {
    httpStatus: 400,
    message: 'The specified parameter DataDisk.n.Category is not valid.',
  },
  'InvalidDataDiskSize.ValueNotSupported': {
    httpStatus: 400,
    message:
      'The specified DataDisk.n.Size beyond the permitted range, or the capacity of snapshot exceeds the size limit of the specified disk category.',
  },
  InstanceDiskLimitExceeded: {
    httpStatus: 403,
    message: 'The amount of the disk on instance in question reach its limits.',
  },
  'InvalidStatus.NotFound': { httpStatus: 404, message: 'The specified Status is not found.' },
  'InvalidInstanceIds.Malformed': {
    httpStatus: 400,
    message: 'The specified parameter InstanceIds is not valid.',
  },
  // Disks
  'InvalidDiskId.NotFound': { httpStatus: 404, message: 'The specified disk does not exist.' },
  IncorrectDiskStatus: {
    httpStatus: 403,
    message: 'The current disk status does not support this operation.',
  },
  // StartInstance's code for a disk of the instance in an abnormal status (e.g. still ReIniting).
  DiskError: { httpStatus: 403, message: 'Incorrect Disk Status' },
  'InvalidDiskCategory.ValueNotSupported': {
    httpStatus: 400,
    message: 'The specified disk category is not supported.',
  },
  'InvalidSize.ValueNotSupported': {
    httpStatus: 400,
    message: 'The specified parameter Size is not valid.',
  },
  'InvalidDiskName.Malformed': {
    httpStatus: 400,
    message: 'The specified disk name is wrongly formed.',
  },
  'InvalidDescription.Malformed': {
    httpStatus: 400,
    message: 'The specified description is wrongly formed.',
    statusByAction: { CreateSnapshot: 404, ModifySnapshotAttribute: 404 },
  },
  'InvalidDisk.InUse': { httpStatus: 404, message: 'The specified disk has been occupied.' },
  ResourcesNotInSameZone: {
    httpStatus: 403,
    message: 'The specified instance and disk are not in the same zone.',
  },
  DependencyViolation: {
    httpStatus: 403,
    message: 'The specified disk has not been attached on the specified instance.',
    statusByAction: { DeleteVSwitch: 400 },
  },
  'DependencyViolation.VSwitch': {
    httpStatus: 400,
    message: 'Specified object has dependent resources.',
  },
  'DependencyViolation.SecurityGroup': {
    httpStatus: 400,
    message: 'Specified object has dependent resources SecurityGroup.',
  },
  'InvalidDisk.AlreadyDetached': {
    httpStatus: 404,
    message: 'The specified disk has been detached.',
  },
  DiskStillAttached: { httpStatus: 403, message: 'The disk is still attached to the disk.' },
  'InvalidDiskIds.Malformed': {
    httpStatus: 403,
    message: 'The specified parameter DiskIds is not valid.',
  },
  'InvalidDiskType.ValueNotSupported': {
    httpStatus: 400,
    message: 'The specified disk type is not supported.',
  },
  'InvalidCategory.ValueNotSupported': {
    httpStatus: 400,
    message: 'The specified disk category is not supported.',
  },
  'InvalidStatus.ValueNotSupported': {
    httpStatus: 400,
    message: 'The specified disk status is not supported.',
    statusByAction: { DescribeSnapshotGroups: 403 },
  },
  DiskNotPortable: { httpStatus: 403, message: 'The specified disk is not a portable disk.' },
  DiskTypeViolation: {
    httpStatus: 403,
    message: 'The specified disk is a system disk and cannot support the operation.',
  },
  // Snapshots
  'InvalidSnapshotId.NotFound': {
    httpStatus: 404,
    message: 'The specified snapshot is not found.',
  },
  'InvalidSnapshotName.Malformed': {
    httpStatus: 400,
    message: 'The specified SnapshotName is wrongly formed.',
  },
  'InvalidRetentionDays.Malformed': {
    httpStatus: 400,
    message: 'The specified RetentionDays is not valid.',
  },
  'InvalidOperation.DecreaseRetentionDaysUnsupported': {
    httpStatus: 400,
    message:
      'The requested operation to decrease retention days for the snapshot is not supported.',
  },
  'IncorrectDiskStatus.CreatingSnapshot': {
    httpStatus: 403,
    message: 'A previous snapshot creation is in process.',
    statusByAction: { DeleteSnapshot: 400 },
  },
  'IncorrectDiskStatus.NeverAttached': {
    httpStatus: 403,
    message: 'The specified disk has never been attached to any instance.',
  },
  'QuotaExceed.Snapshot': { httpStatus: 403, message: 'The snapshot quota exceeds.' },
  DiskCreatingSnapshot: {
    httpStatus: 403,
    message: 'The operation is denied due to a snapshot of the specified disk is being created.',
  },
  SnapshotCreatedImage: {
    httpStatus: 403,
    message: 'The snapshot has been used to create user defined image(s).',
  },
  SnapshotCreatedDisk: {
    httpStatus: 403,
    message: 'The snapshot has been used to create disk(s).',
  },
  UnrelatedSnapshots: {
    httpStatus: 400,
    message: 'The specified snapshots are not of one disk lineage and cannot be compared.',
  },
  'InvalidSnapshotIds.Malformed': {
    httpStatus: 403,
    message: 'The amount of specified specified snapshot Ids exceeds the limit.',
  },
  'InvalidSnapshotType.NotFound': {
    httpStatus: 404,
    message: 'The specified SnapshotType is not found.',
  },
  InvalidSourceDiskType: { httpStatus: 404, message: 'The specified SourceDiskType is not valid.' },
  InvalidUsage: { httpStatus: 404, message: 'The specifed Usage is not valid' },
  'InvalidFilterKey.NotFound': {
    httpStatus: 404,
    message: 'The specified filter key is not found.',
  },
  'InvalidSnapshotCategory.Malformed': {
    httpStatus: 403,
    message: 'The specified Category is not valid.',
  },
  InvalidSnapshotLinkIds: {
    httpStatus: 400,
    message: 'The specified SnapshotLinkIds is not valid.',
  },
  InvalidDiskIds: { httpStatus: 400, message: 'The specified DiskIds is not valid.' },
  'InvalidParam.RegionId': { httpStatus: 403, message: 'The specified region is not exist.' },
  'InvalidSnapshotId.NotReady': {
    httpStatus: 403,
    message: 'The specified snapshot has not completed yet.',
  },
  // Custom images
  OperationDenied: {
    httpStatus: 403,
    message: 'The specified snapshot is not from system disk.',
    statusByAction: { CreateImage: 400, AuthorizeSecurityGroup: 400, RevokeSecurityGroup: 400 },
  },
  'InvalidImageName.Malformed': {
    httpStatus: 400,
    message: 'The specified ImageName is wrongly formed.',
  },
  'InvalidImageFamily.Malformed': {
    httpStatus: 400,
    message: 'The specified ImageFamily is wrongly formed.',
  },
  'InvalidImageName.Duplicated': {
    httpStatus: 400,
    message: 'The specified image name is already in use.',
  },
  'InvalidDevice.InUse': {
    httpStatus: 403,
    message: 'The specified device has been occupied.',
    statusByAction: { CreateImage: 400 },
  },
  IncorrectImageStatus: { httpStatus: 400, message: 'The image is not available.' },
  ImageUsingByInstance: {
    httpStatus: 403,
    message: 'The specified image has been used to create instances.',
  },
  // Disks from snapshots, snapshot copies
  'InvalidDiskSize.TooSmall': {
    httpStatus: 403,
    message: 'Specified disk size is less than the size of snapshot.',
  },
  'InvalidOperation.NotSupportCopyInSameRegion': {
    httpStatus: 403,
    message:
      'Copying snapshot in the same region is not supported. Please specify a different DestinationRegionId and try again.',
  },
  // Rollback and re-initialisation
  'InvalidParameter.Mismatch': {
    httpStatus: 403,
    message: 'The specified snapshot is not created from the specified disk.',
    statusByAction: { RunInstances: 400, CreateInstance: 400 },
  },
  InvalidSourceSnapshot: {
    httpStatus: 403,
    message: 'The snapshot which is used to create the specified disk has been deleted.',
  },
  // Snapshot-consistent groups
  'InvalidParameter.Name': { httpStatus: 400, message: 'The specified Name is invalid.' },
  'InvalidParameter.Description': {
    httpStatus: 400,
    message: 'The specified Description is invalid.',
  },
  'InvalidSnapshotGroup.NotFound': {
    httpStatus: 404,
    message: 'The SnapshotGroupId provided does not exist in our records.',
  },
  'InvalidInstance.NoDisk': {
    httpStatus: 403,
    message: 'The specified instance has no disk to create a snapshot-consistent group for.',
  },
  'NumberExceed.TooManyDisks': {
    httpStatus: 403,
    message: 'The number of specified disks exceeds the limit.',
  },
  'DiskCategory.OperationNotSupported': {
    httpStatus: 400,
    message: 'The operation is not supported for the category of the specified disk.',
    statusByAction: { CreateSnapshotGroup: 403 },
  },
  // Automatic snapshot policies
  ParameterInvalid: {
    httpStatus: 403,
    message: 'The specified parameter is invalid.',
  },
  'OperationDenied.TooManyAutoSnapshotPolicies': {
    httpStatus: 403,
    message: 'The disk has more than one automatic snapshot policy; specify the policy to cancel.',
  },
  'AutoSnapshotPolicy.QuotaExceed': {
    httpStatus: 403,
    message: 'The maximum number of automatic snapshot policy has been reached.',
  },
  // The catalogue: regions, zones, instance types
  'Invalid.RegionId': { httpStatus: 404, message: 'The specified RegionId does not exist.' },
  'Invalid.Param': {
    httpStatus: 400,
    message:
      'The input parameter DestinationResource that is mandatory for processing this request is not supplied.',
  },
  'Invalid.DestinationResource': {
    httpStatus: 404,
    message: 'The specified DestinationResource is not valid.',
  },
  'Invalid.ResourceType': {
    httpStatus: 404,
    message: 'The ResourceType provided does not exist in our records.',
  },
  'Invalid.InstanceChargeType': {
    httpStatus: 400,
    message: 'The specified InstanceChargeType is not valid.',
  },
  'InvalidParam.TypeAndCpuMem.Conflict': {
    httpStatus: 403,
    message: "The specified 'InstanceType' and 'Cores','Memory' are not blank at the same time.",
  },
  'InvalidInstanceType.ZoneNotSupported': {
    httpStatus: 403,
    message: 'The specified zone does not support this instancetype.',
  },
  CategoryNotSupported: {
    httpStatus: 403,
    message: 'The specified zone does not offer the specified disk category.',
  },
  // Networking: VPCs, vSwitches, security groups
  'InvalidVpcId.NotFound': { httpStatus: 404, message: 'Specified VPC does not exist.' },
  'InvalidVSwitchId.NotFound': {
    httpStatus: 404,
    message: 'Specified virtual switch does not exist.',
  },
  'InvalidCidrBlock.Malformed': { httpStatus: 400, message: 'Specified CIDR block is not valid.' },
  'InvalidCidrBlock.Overlapped': {
    httpStatus: 400,
    message: 'Specified CIDR block overlapped with other subnet.',
  },
  'InvalidVpcName.Malformed': { httpStatus: 400, message: 'Specified VPC name is not valid.' },
  'InvalidVSwitchName.Malformed': {
    httpStatus: 400,
    message: 'Specified virtual switch name is not valid.',
  },
  IncorrectVpcStatus: {
    httpStatus: 400,
    message: 'Current VPC status does not support this operation.',
  },
  IncorrectVSwitchStatus: {
    httpStatus: 400,
    message: 'The current status of virtual switch does not support this operation.',
  },
  'QuotaExceeded.PrivateIpAddress': {
    httpStatus: 400,
    message: "Don't have enough private IPs in this switch",
  },
  InvalidPrivateIpAddress: {
    httpStatus: 400,
    message: 'Specified private IP address is not in the CIDR block of virtual switch.',
  },
  'InvalidPrivateIpAddress.Malformed': {
    httpStatus: 400,
    message: 'Specified private IP address is malformed.',
  },
  'InvalidPrivateIpAddress.Duplicated': {
    httpStatus: 400,
    message: 'Specified private IP address is duplicated.',
  },
  'InvalidSecurityGroupId.NotFound': {
    httpStatus: 404,
    message: 'The specified SecurityGroupId does not exist.',
  },
  'InvalidSecurityGroup.NotInDefaultVpc': {
    httpStatus: 400,
    message: 'The specified security group is not in the default VPC.',
  },
  'InvalidSecurityGroupName.Malformed': {
    httpStatus: 400,
    message: 'The specified parameter SecurityGroupName is not valid.',
  },
  'InvalidIpProtocol.ValueNotSupported': {
    httpStatus: 400,
    message:
      'The parameter IpProtocol must be specified with case insensitive TCP, UDP, ICMP, GRE or All.',
  },
  'InvalidIpPortRange.Malformed': {
    httpStatus: 400,
    message: 'The specified parameter PortRange is not valid.',
  },
  'InvalidSourceCidrIp.Malformed': {
    httpStatus: 400,
    message: 'The specified parameter "SourceCidrIp" is not valid.',
  },
  'InvalidDestCidrIp.Malformed': {
    httpStatus: 400,
    message: 'The specified parameter DestCidrIp is not valid.',
  },
  'MissingParameter.Source': {
    httpStatus: 400,
    message: 'Either SourceCidrIp or SourceGroupId must be specified.',
  },
  'InvalidPolicy.Malformed': {
    httpStatus: 400,
    message: 'The specified parameter "Policy" is not valid.',
  },
  'InvalidPriority.ValueNotSupported': {
    httpStatus: 400,
    message: 'The parameter Priority is invalid.',
  },
  'InvalidNicType.ValueNotSupported': {
    httpStatus: 400,
    message: 'The specified NicType does not exist.',
  },
  'InvalidSourceGroup.NotFound': {
    httpStatus: 400,
    message: 'Specified source security group does not exist.',
  },
  'InvalidSourceGroupId.Mismatch': {
    httpStatus: 400,
    message: 'Specified security group and source group are not in the same VPC.',
  },
  'InvalidParameter.RegionIdNotExists': {
    httpStatus: 403,
    message: 'The specified region does not exists.',
  },
  'InvalidOperation.KMSKeyIdNotFound': {
    httpStatus: 403,
    message: 'The specified KMSKeyId not found.',
  },
  'InvalidSecurityGroupRule.RuleNotExist': {
    httpStatus: 404,
    message: 'The specified security group rule does not exist.',
  },
  'InvalidDestGroupId.NotFound': {
    httpStatus: 404,
    message: 'The specified destination security group does not exist.',
  },
  'InvalidDestGroupId.Mismatch': {
    httpStatus: 400,
    message: 'Specified security group and destination group are not in the same VPC.',
  },
  AuthorizationLimitExceed: {
    httpStatus: 403,
    message: 'The limit of authorization records in the security group reaches.',
  },
  'InvalidInnerAccessPolicy.Malformed': {
    httpStatus: 400,
    message: 'The specified parameter InnerAccessPolicy is not valid.',
  },
  InstanceSecurityGroupLimitExceeded: {
    httpStatus: 400,
    message: 'Exceeding the allowed amount of security groups that an instance can be in.',
  },
  'InvalidInstanceId.Mismatch': {
    httpStatus: 400,
    message: 'Specified instance and security group are not in the same VPC.',
  },
  'InvalidInstanceId.AlreadyExists': {
    httpStatus: 403,
    message: 'The specified instance already exists in the specified security group.',
  },
  InstanceLastSecurityGroup: {
    httpStatus: 403,
    message: 'The specified security group is the last security group for the instance.',
  },
  InstanceNotInSecurityGroup: { httpStatus: 403, message: 'The instance not in the group.' },
  // Instances as programs drive them: settings, batches, deletion protection
  'InvalidUserData.Base64FormatInvalid': {
    httpStatus: 400,
    message: 'The specified parameter UserData must be base64 encoded.',
  },
  'InvalidUserData.SizeExceeded': {
    httpStatus: 400,
    message: 'The specified parameter UserData exceeds the size.',
  },
  'InvalidHostName.Malformed': {
    httpStatus: 400,
    message: 'The specified parameter HostName is not valid.',
  },
  'InvalidOperation.DeletionProtection': {
    httpStatus: 403,
    message: 'The instance cannot be released: deletion protection is enabled.',
  },
  // Key pairs
  'InvalidKeyPairName.Malformed': {
    httpStatus: 400,
    message: 'Specified Key Pair name is not valid.',
  },
  'KeyPair.AlreadyExist': { httpStatus: 400, message: 'The key pair already exist.' },
  'QuotaExceed.KeyPair': { httpStatus: 403, message: 'The key pair quota exceeds.' },
  'InvalidPublicKeyBody.Malformed': {
    httpStatus: 400,
    message: 'The PublicKeyBody format is not supported.',
  },
  'InvalidTaskId.NotFound': {
    httpStatus: 404,
    message: 'The specified TaskId does not exist.',
  },
  'InvalidKeyPairName.NotFound': {
    httpStatus: 404,
    message: 'The specified KeyPairName does not exist in our records.',
  },
  // Tags and resource groups
  'InvalidResourceType.NotFound': {
    httpStatus: 400,
    message: 'The specified ResourceType is not valid.',
  },
  'InvalidResourceId.NotFound': {
    httpStatus: 404,
    message: 'The specified ResourceIds are not found in our records.',
  },
  'InvalidResourceGroup.NotFound': {
    httpStatus: 404,
    message: 'The ResourceGroup provided does not exist in our records.',
  },
  // The HTTP endpoint (fake-ecs/server): the API gateway's own codes, answered before any operation
  'InvalidAccessKeyId.NotFound': { httpStatus: 404, message: 'Specified access key is not found.' },
  SignatureDoesNotMatch: {
    httpStatus: 400,
    message: 'Specified signature is not matched with our calculation.',
  },
  IncompleteSignature: {
    httpStatus: 400,
    message: 'The request signature does not conform to Aliyun standards.',
  },
  InvalidSignatureMethod: {
    httpStatus: 400,
    message: 'Specified signature method is not supported.',
  },
  IllegalTimestamp: {
    httpStatus: 400,
    message:
      'The input parameter "Timestamp" that is mandatory for processing this request is not supplied.',
  },
  SignatureNonceUsed: {
    httpStatus: 400,
    message: 'Specified signature nonce was used already.',
  },
  'InvalidAction.NotFound': {
    httpStatus: 404,
    message: 'Specified api is not found, please check your url and method.',
  },
  'NotImplemented.FakeEcs': {
    httpStatus: 501,
    message:
      'The operation is part of the ECS API but fake-ecs does not model it (docs/fidelity.md).',
  },
  InvalidVersion: { httpStatus: 400, message: 'Specified parameter Version is not valid.' },
  UnsupportedHTTPMethod: {
    httpStatus: 405,
    message: 'This http method is not supported.',
  },
  'Request.TooLarge': {
    httpStatus: 413,
    message: 'The request is larger than the endpoint accepts.',
  },
  // fake-ecs's own (guest volumes: real ECS does not know them)
  'InvalidVolumeId.NotFound': {
    httpStatus: 404,
    message: 'The specified volume does not exist (fake-ecs guest volume).',
  },
  'OperationDenied.UnsureConsistency': {
    httpStatus: 403,
    message:
      'The rollback would leave a guest volume with content of different instants (fake-ecs strictConsistency).',
  },
} as const satisfies Record<string, ErrorCatalogEntry>;

/**
 * Every error code fake-ecs can return, with the HTTP status and message copied from the ECS API
 * reference (`docs/errors.md` lists them). `UnsupportedParameter`, `InvalidVolumeId.NotFound` and
 * `OperationDenied.UnsureConsistency` are fake-ecs's own: a parameter the twin does not model
 * fails loudly instead of being silently ignored; the last two are for guest volumes.
 *
 * @example
 * ```ts
 * ERROR_CATALOG['InvalidDiskId.NotFound'].httpStatus; //=> 404
 * ```
 * @category Errors
 */
export const ERROR_CATALOG: Readonly<Record<EcsErrorCode, ErrorCatalogEntry>> = CATALOG;

/**
 * Every error code in the catalogue.
 *
 * @example
 * ```ts
 * const code: EcsErrorCode = 'IncorrectDiskStatus';
 * ```
 * @category Errors
 */
export type EcsErrorCode = keyof typeof CATALOG;
