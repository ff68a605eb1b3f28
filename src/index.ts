// The curated public surface of fake-ecs. Aggregate barrels list explicit names; this is the one
// place that decides what users can import.

export type { TaskApi } from './async-tasks/api.js';
export type {
  DescribeTaskAttributeRequest,
  DescribeTaskAttributeResponseBody,
  OperationProgressView,
  RelatedItemView,
} from './async-tasks/describe-task-attribute.js';
export type {
  DescribeTasksRequest,
  DescribeTasksResponseBody,
  TaskView,
} from './async-tasks/describe-tasks.js';
export type { AsyncTask, AsyncTaskStatus } from './async-tasks/types.js';
export type { BillingApi, EcsBilling } from './billing/api.js';
export type {
  BillingForecastRequest,
  BillingLine,
  BillingStatement,
  BillingStatementRequest,
  CapacityHour,
} from './billing/types.js';
export type {
  BlockMapChange,
  BlockMapJson,
  BlockVersion,
  BytesBlockVersion,
  FillBlockVersion,
  OverlayBlockVersion,
} from './blocks/index.js';
export { BlockMap, BlockMapBatch } from './blocks/index.js';
export type { CatalogueApi } from './catalogue/api.js';
export type {
  AvailableZoneView,
  DescribeAvailableResourceRequest,
  DescribeAvailableResourceResponseBody,
  SupportedResourceView,
} from './catalogue/describe-available-resource.js';
export type {
  DescribeInstanceTypeFamiliesRequest,
  DescribeInstanceTypeFamiliesResponseBody,
} from './catalogue/describe-instance-type-families.js';
export type {
  DescribeInstanceTypesRequest,
  DescribeInstanceTypesResponseBody,
} from './catalogue/describe-instance-types.js';
export type {
  DescribeRegionsRequest,
  DescribeRegionsResponseBody,
  RegionView,
} from './catalogue/describe-regions.js';
export type {
  DescribeZonesRequest,
  DescribeZonesResponseBody,
  ZoneView,
} from './catalogue/describe-zones.js';
export type { InstanceTypeView } from './catalogue/instance-type-view.js';
export type { DurationInput } from './clock/duration.js';
export type { InstantInput, Timestamp } from './clock/timestamp.js';
export type { DiskApi } from './disks/api.js';
export type { AttachDiskRequest, AttachDiskResponseBody } from './disks/attach-disk.js';
export {
  DISK_CATEGORIES,
  type DiskCategory,
  dataDiskSizeRange,
  isEssdSeries,
  PERFORMANCE_LEVELS,
  type PerformanceLevel,
  type SizeRange,
  systemDiskSizeRange,
} from './disks/categories.js';
export type { CreateDiskRequest, CreateDiskResponseBody } from './disks/create-disk.js';
export type { DeleteDiskRequest, DeleteDiskResponseBody } from './disks/delete-disk.js';
export type { DescribeDiskDefaultKMSKeyIdResponseBody } from './disks/describe-disk-default-kms-key-id.js';
export type { DescribeDiskEncryptionByDefaultStatusResponseBody } from './disks/describe-disk-encryption-by-default-status.js';
export type {
  DescribeDisksRequest,
  DescribeDisksResponseBody,
} from './disks/describe-disks-request.js';
export type { DetachDiskRequest, DetachDiskResponseBody } from './disks/detach-disk.js';
export type { DiskPerformance } from './disks/disk-performance.js';
export type { DiskPerformanceApi } from './disks/disk-performance-api.js';
export type { DiskSettings } from './disks/disk-settings.js';
export type { DiskEncryptionByDefaultRequest } from './disks/enable-disk-encryption-by-default.js';
export type { DiskEncryptionApi } from './disks/encryption-api.js';
export {
  DISK_OPERATIONS,
  DISK_STATUSES,
  DISK_TRANSITIONS,
  type DiskOperation,
} from './disks/lifecycle.js';
export type {
  ModifyDiskAttributeRequest,
  ModifyDiskAttributeResponseBody,
} from './disks/modify-disk-attribute.js';
export type { ModifyDiskDefaultKMSKeyIdRequest } from './disks/modify-disk-default-kms-key-id.js';
export type {
  ModifyDiskSpecRequest,
  ModifyDiskSpecResponseBody,
} from './disks/modify-disk-spec.js';
export type { DiskPerformanceSpec } from './disks/performance.js';
export type { ReInitDiskRequest, ReInitDiskResponseBody } from './disks/re-init-disk.js';
export type { ResetDiskRequest, ResetDiskResponseBody } from './disks/reset-disk.js';
export type {
  ResetDisksOperationProgress,
  ResetDisksRequest,
  ResetDisksRequestDisk,
  ResetDisksResponseBody,
} from './disks/reset-disks.js';
export type { ResizeDiskRequest, ResizeDiskResponseBody } from './disks/resize-disk.js';
export type { Disk, DiskEncryptionDefault, DiskId, DiskStatus } from './disks/types.js';
export type { DiskView } from './disks/views.js';
export { PARAMETER_COPY_LIMITS } from './events/bounded-copy.js';
export type {
  CallEvent,
  CallEventError,
  EcsEvent,
  EcsEventListener,
  EventOptions,
  TransitionEvent,
} from './events/types.js';
export type { EcsClock } from './facade/clock-controls.js';
export { createEcs, type Ecs } from './facade/create-ecs.js';
export type { FaultsJson } from './faults/fault-set.js';
export type {
  EcsFaults,
  FaultMatch,
  FaultRule,
  FaultRuleInput,
} from './faults/types.js';
export type { SnapshotGroupApi } from './groups/api.js';
export type {
  CreateSnapshotGroupRequest,
  CreateSnapshotGroupResponseBody,
} from './groups/create-snapshot-group-request.js';
export type {
  DeleteSnapshotGroupOperationProgress,
  DeleteSnapshotGroupRequest,
  DeleteSnapshotGroupResponseBody,
} from './groups/delete-snapshot-group.js';
export type {
  DescribeSnapshotGroupsRequest,
  DescribeSnapshotGroupsResponseBody,
} from './groups/describe-snapshot-groups-request.js';
export { resetDisksRequestForGroup } from './groups/group-reset-request.js';
export type { ModifySnapshotGroupRequest } from './groups/modify-snapshot-group.js';
export type { SnapshotGroup, SnapshotGroupStatus } from './groups/types.js';
export type {
  SnapshotGroupMemberView,
  SnapshotGroupTagView,
  SnapshotGroupView,
} from './groups/views.js';
export type {
  CreateImageRequest,
  CreateImageRequestDiskDeviceMapping,
  CreateImageResponseBody,
} from './images/create-image-request.js';
export type { DeleteImageRequest } from './images/delete-image.js';
export type {
  DescribeImageSupportInstanceTypesRequest,
  DescribeImageSupportInstanceTypesResponseBody,
  ImageSupportInstanceType,
} from './images/describe-image-support-instance-types.js';
export type {
  DescribeImagesRequest,
  DescribeImagesResponseBody,
} from './images/describe-images.js';
export type { ImageDiskDeviceMappingView, ImageView } from './images/image-views.js';
export type { ModifyImageAttributeRequest } from './images/modify-image-attribute.js';
export type { Image, ImageDiskMapping, ImageId, ImageStatus } from './images/types.js';
export type { EmptyResponseBody, InstanceApi } from './instances/api.js';
export type {
  BatchOptimization,
  BatchPowerResponseBody,
  InstanceResponse,
} from './instances/batch-power.js';
export type {
  CreateInstanceRequest,
  CreateInstanceResponseBody,
} from './instances/create-instance.js';
export type { DeleteInstanceRequest } from './instances/delete-instance.js';
export type { DeleteInstancesRequest } from './instances/delete-instances.js';
export type {
  DescribeInstanceAttributeRequest,
  DescribeInstanceAttributeResponseBody,
  IpAddresses,
} from './instances/describe-instance-attribute.js';
export type {
  DescribeInstanceAttachmentAttributesRequest,
  DescribeInstanceAttachmentAttributesResponseBody,
  DescribeInstanceMaintenanceAttributesRequest,
  DescribeInstanceMaintenanceAttributesResponseBody,
  DescribeInstanceRamRoleRequest,
  DescribeInstanceRamRoleResponseBody,
  MaintenanceAttribute,
} from './instances/describe-instance-extras.js';
export type {
  DescribeInstanceStatusRequest,
  DescribeInstanceStatusResponseBody,
} from './instances/describe-instance-status.js';
export type {
  DescribeInstancesRequest,
  DescribeInstancesResponseBody,
} from './instances/describe-instances.js';
export type {
  DescribeUserDataRequest,
  DescribeUserDataResponseBody,
} from './instances/describe-user-data.js';
export type { InstanceFleetApi } from './instances/fleet-api.js';
export {
  INSTANCE_OPERATIONS,
  INSTANCE_STATUSES,
  INSTANCE_TRANSITIONS,
  type InstanceOperation,
} from './instances/lifecycle.js';
export type { ModifyInstanceAttributeRequest } from './instances/modify-instance-attribute.js';
export type {
  RebootInstancesRequest,
  StartInstancesRequest,
  StopInstancesRequest,
} from './instances/power-instances.js';
export type { RebootInstanceRequest } from './instances/reboot-instance.js';
export type {
  ReplaceSystemDiskRequest,
  ReplaceSystemDiskRequestSystemDisk,
  ReplaceSystemDiskResponseBody,
} from './instances/replace-system-disk-request.js';
export type {
  RunInstancesRequest,
  RunInstancesRequestDataDisk,
  RunInstancesRequestSystemDisk,
  RunInstancesResponseBody,
} from './instances/run-instances-request.js';
export type { StartInstanceRequest } from './instances/start-instance.js';
export type { StopInstanceRequest } from './instances/stop-instance.js';
export type {
  Instance,
  InstanceId,
  InstanceStatus,
  ShownInstanceSettings,
} from './instances/types.js';
export type { InstanceView } from './instances/views.js';
export type { DiskIoApi } from './io/api.js';
export type { ReadDiskRequest } from './io/read-disk.js';
export type { DiskWrite, WriteDiskRequest } from './io/write-disk.js';
export type { KeyPairApi } from './keypairs/api.js';
export type {
  KeyPairBindingRequest,
  KeyPairBindingResponseBody,
  KeyPairBindingResult,
} from './keypairs/bind-key-pair.js';
export type {
  CreateKeyPairRequest,
  CreateKeyPairResponseBody,
} from './keypairs/create-key-pair.js';
export type { DeleteKeyPairsRequest } from './keypairs/delete-key-pairs.js';
export type {
  DescribeKeyPairsRequest,
  DescribeKeyPairsResponseBody,
  KeyPairView,
} from './keypairs/describe-key-pairs.js';
export type {
  ImportKeyPairRequest,
  ImportKeyPairResponseBody,
} from './keypairs/import-key-pair.js';
export type { KeyPair } from './keypairs/types.js';
export type { NetworkApi } from './network/api.js';
export type { AuthorizeSecurityGroupRequest } from './network/authorize-security-group.js';
export type { AuthorizeSecurityGroupEgressRequest } from './network/authorize-security-group-egress.js';
export type {
  CreateSecurityGroupRequest,
  CreateSecurityGroupResponseBody,
} from './network/create-security-group.js';
export type { CreateVpcRequest, CreateVpcResponseBody } from './network/create-vpc.js';
export type { CreateVSwitchRequest, CreateVSwitchResponseBody } from './network/create-vswitch.js';
export type { DeleteSecurityGroupRequest } from './network/delete-security-group.js';
export type { DeleteVpcRequest } from './network/delete-vpc.js';
export type { DeleteVSwitchRequest } from './network/delete-vswitch.js';
export type {
  DescribeNetworkInterfacesRequest,
  DescribeNetworkInterfacesResponseBody,
  NetworkInterfaceView,
} from './network/describe-network-interfaces.js';
export type {
  DescribeSecurityGroupAttributeRequest,
  DescribeSecurityGroupAttributeResponseBody,
} from './network/describe-security-group-attribute.js';
export type {
  DescribeSecurityGroupReferencesRequest,
  DescribeSecurityGroupReferencesResponseBody,
  ReferencingSecurityGroup,
} from './network/describe-security-group-references.js';
export type {
  DescribeSecurityGroupsRequest,
  DescribeSecurityGroupsResponseBody,
} from './network/describe-security-groups.js';
export type { DescribeVpcsRequest, DescribeVpcsResponseBody } from './network/describe-vpcs.js';
export type {
  DescribeVSwitchesRequest,
  DescribeVSwitchesResponseBody,
} from './network/describe-vswitches.js';
export type { SecurityGroupMembershipRequest } from './network/membership.js';
export type { ModifySecurityGroupAttributeRequest } from './network/modify-security-group-attribute.js';
export type { ModifySecurityGroupPolicyRequest } from './network/modify-security-group-policy.js';
export type { ModifySecurityGroupRuleRequest } from './network/modify-security-group-rule.js';
export type { ModifyVpcAttributeRequest } from './network/modify-vpc-attribute.js';
export type { ModifyVSwitchAttributeRequest } from './network/modify-vswitch-attribute.js';
export type { RevokeSecurityGroupRequest } from './network/revoke-security-group.js';
export type { RevokeSecurityGroupEgressRequest } from './network/revoke-security-group-egress.js';
export type { RuleDirection, SecurityGroupRuleRequest } from './network/security-group-rule.js';
export type { PermissionView, SecurityGroupView } from './network/security-group-views.js';
export type {
  InstanceNetwork,
  NetworkStatus,
  SecurityGroup,
  SecurityGroupRule,
  Vpc,
  VSwitch,
} from './network/types.js';
export type { VpcView, VSwitchView } from './network/views.js';
export type { WithRequestId } from './operations/operation.js';
export type { AutoSnapshotPolicyApi } from './policies/api.js';
export type { ApplyAutoSnapshotPolicyRequest } from './policies/apply-auto-snapshot-policy.js';
export type { CancelAutoSnapshotPolicyRequest } from './policies/cancel-auto-snapshot-policy.js';
export type {
  CreateAutoSnapshotPolicyRequest,
  CreateAutoSnapshotPolicyResponseBody,
} from './policies/create-auto-snapshot-policy.js';
export type { DeleteAutoSnapshotPolicyRequest } from './policies/delete-auto-snapshot-policy.js';
export type {
  DescribeAutoSnapshotPolicyExRequest,
  DescribeAutoSnapshotPolicyExResponseBody,
} from './policies/describe-auto-snapshot-policy-ex.js';
export type { ModifyAutoSnapshotPolicyExRequest } from './policies/modify-auto-snapshot-policy-ex.js';
export type { AutoSnapshotPolicy } from './policies/types.js';
export type { AutoSnapshotPolicyView } from './policies/views.js';
export type { SavedGraph } from './saved/graph-codec.js';
export type { EcsExport, SavedEngine } from './saved/types.js';
export {
  EcsError,
  type EcsErrorData,
  type EcsErrorOptions,
  isEcsError,
} from './shared/ecs-error.js';
export type { EntityTable } from './shared/entity-table.js';
export {
  type EcsErrorCode,
  ERROR_CATALOG,
  type ErrorCatalogEntry,
} from './shared/error-catalog.js';
export type { IdGeneratorState, IdPrefix } from './shared/ids.js';
export type { OperationProgress } from './shared/operation-progress.js';
export type { HashTable, OrderedIndex, TaskHeap } from './shared/persistent/index.js';
export { DEFAULT_RESOURCE_GROUP_ID } from './shared/resource-groups.js';
export type { Tag, TagInput, TagsView, TagView } from './shared/tags.js';
export type { SnapshotApi } from './snapshots/api.js';
export type { BlockAccessApi } from './snapshots/block-access/api.js';
export type {
  GetSnapshotBlockRequest,
  GetSnapshotBlockResponseBody,
} from './snapshots/block-access/get-snapshot-block.js';
export type {
  ChangedBlock,
  ListChangedBlocksRequest,
  ListChangedBlocksResponseBody,
} from './snapshots/block-access/list-changed-blocks.js';
export type {
  ListSnapshotBlocksRequest,
  ListSnapshotBlocksResponseBody,
  SnapshotBlock,
} from './snapshots/block-access/list-snapshot-blocks.js';
export type {
  CopySnapshotRequest,
  CopySnapshotResponseBody,
} from './snapshots/copy-snapshot-request.js';
export type {
  CreateSnapshotRequest,
  CreateSnapshotResponseBody,
} from './snapshots/create-snapshot-request.js';
export type { DeleteSnapshotRequest } from './snapshots/delete-snapshot.js';
export type {
  DescribeSnapshotLinksRequest,
  DescribeSnapshotLinksResponseBody,
} from './snapshots/describe-snapshot-links.js';
export type {
  DescribeSnapshotsRequest,
  DescribeSnapshotsResponseBody,
  SnapshotFilterInput,
} from './snapshots/describe-snapshots-request.js';
export type {
  DescribeSnapshotsUsageRequest,
  DescribeSnapshotsUsageResponseBody,
} from './snapshots/describe-snapshots-usage.js';
export type { ModifySnapshotAttributeRequest } from './snapshots/modify-snapshot-attribute.js';
export type {
  LineageGhost,
  Snapshot,
  SnapshotId,
  SnapshotLink,
  SnapshotStatus,
} from './snapshots/types.js';
export type { SnapshotLinkView, SnapshotView } from './snapshots/views.js';
export type { TransitionNote } from './state/context.js';
export type { EcsState, IdempotencyRecord, SnapshotUsage } from './state/ecs-state.js';
export type { AddTagsRequest } from './tags/add-remove-tags.js';
export type { TagApi } from './tags/api.js';
export type {
  DescribeTagsRequest,
  DescribeTagsResponseBody,
  ResourceTypeCount,
} from './tags/describe-tags.js';
export type { JoinResourceGroupRequest } from './tags/join-resource-group.js';
export type {
  ListTagResourcesRequest,
  ListTagResourcesResponseBody,
  TagResource,
} from './tags/list-tag-resources.js';
export type { TagResourcesRequest } from './tags/tag-resources.js';
export type { UntagResourcesRequest } from './tags/untag-resources.js';
export type { Task, TasksState } from './tasks/types.js';
export type { VolumeApi } from './volumes/api.js';
export type { CheckConsistencyRequest } from './volumes/check-consistency.js';
export type {
  CheckConsistencyResult,
  ConsistencyRange,
  ConsistencyVerdict,
  VolumeByteRange,
  VolumeVerdict,
} from './volumes/consistency-types.js';
export type {
  CreateVolumeRequest,
  CreateVolumeResponse,
  VolumePartitionSpec,
} from './volumes/create-volume-request.js';
export type {
  DescribeVolumesRequest,
  DescribeVolumesResponse,
  VolumeView,
} from './volumes/describe-volumes.js';
export type {
  Volume,
  VolumeCapture,
  VolumeCaptureMember,
  VolumeConsistency,
  VolumeExtent,
  VolumeKind,
} from './volumes/types.js';
export type { ReadVolumeRequest, WriteVolumeRequest } from './volumes/volume-io.js';
export {
  INSTANCE_TYPES,
  type InstanceTypeSpec,
  PUBLIC_IMAGES,
  type PublicImage,
} from './world/catalog.js';
export type {
  Catalogue,
  CatalogueOptions,
  InstanceTypeOption,
  ZoneOffer,
} from './world/catalogue.js';
export type { Prices, Quotas, WorldConfig } from './world/config.js';
export { DEFAULT_INSTANCE_TYPES, type InstanceTypeDetails } from './world/instance-types.js';
export {
  DEFAULT_PRICES,
  DEFAULT_QUOTAS,
  DEFAULT_REGIONS,
  type EcsOptions,
} from './world/options.js';
export type { RegionSpec } from './world/region-spec.js';
export { INSTANT_TIMINGS, REALISTIC_TIMINGS, type Timings } from './world/timings.js';
