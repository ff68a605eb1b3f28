import type {
  CreateImageRequest,
  CreateImageResponseBody,
} from '../images/create-image-request.js';
import type { DeleteImageRequest } from '../images/delete-image.js';
import type {
  DescribeImagesRequest,
  DescribeImagesResponseBody,
} from '../images/describe-images.js';
import type { ModifyImageAttributeRequest } from '../images/modify-image-attribute.js';
import type { WithRequestId } from '../operations/operation.js';
import type { DeleteInstanceRequest } from './delete-instance.js';
import type {
  DescribeInstanceStatusRequest,
  DescribeInstanceStatusResponseBody,
} from './describe-instance-status.js';
import type {
  DescribeInstancesRequest,
  DescribeInstancesResponseBody,
} from './describe-instances.js';
import type { RebootInstanceRequest } from './reboot-instance.js';
import type {
  ReplaceSystemDiskRequest,
  ReplaceSystemDiskResponseBody,
} from './replace-system-disk-request.js';
import type { RunInstancesRequest, RunInstancesResponseBody } from './run-instances-request.js';
import type { StartInstanceRequest } from './start-instance.js';
import type { StopInstanceRequest } from './stop-instance.js';

/**
 * A response body with nothing but its request id.
 *
 * @example
 * ```ts
 * const body: EmptyResponseBody = ecs.startInstance({ instanceId }); //=> { requestId: '...' }
 * ```
 * @category World
 */
export type EmptyResponseBody = WithRequestId<Record<never, never>>;

/**
 * The ECS instance and image operations of the facade.
 *
 * @example
 * ```ts
 * const { instanceIdSets } = ecs.runInstances({ regionId: 'cn-hangzhou', imageId, instanceType: 'ecs.g7.large' });
 * ```
 * @category Instances
 */
export interface InstanceApi {
  /**
   * Creates 1-100 instances from a public or custom image with their system and data disks (data
   * disks empty or from a snapshot); each goes `Pending` -> `Starting` -> `Running`.
   *
   * @param request - The SDK's `RunInstancesRequest` fields (subset).
   * @returns `{ requestId, instanceIdSets: { instanceIdSet } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidZoneId.NotFound`,
   *   `InvalidImageId.NotFound`, `IncorrectImageStatus`, `InvalidSnapshotId.NotFound`,
   *   `InvalidSnapshotId.NotReady`, `InvalidInstanceType.ValueNotSupported`, `InvalidInstanceName.Malformed`,
   *   `InvalidSystemDiskCategory.ValueNotSupported`, `InvalidSystemDiskSize.*`, `InvalidDataDisk*`,
   *   `InstanceDiskLimitExceeded`, tag errors, `IdempotentParameterMismatch`, `DryRunOperation`.
   * @example
   * ```ts
   * ecs.runInstances({ regionId: 'cn-hangzhou', imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd', instanceType: 'ecs.g7.large' });
   * ```
   */
  runInstances(request: RunInstancesRequest): WithRequestId<RunInstancesResponseBody>;
  /**
   * Starts a `Stopped` instance: `Starting`, then `Running`.
   *
   * @param request - `{ instanceId }`.
   * @returns `{ requestId }`.
   * @throws EcsError `InvalidInstanceId.NotFound`, `IncorrectInstanceStatus`, `DryRunOperation`.
   * @example
   * ```ts
   * ecs.startInstance({ instanceId });
   * ```
   */
  startInstance(request: StartInstanceRequest): EmptyResponseBody;
  /**
   * Stops a `Running` instance: `Stopping`, then `Stopped`.
   *
   * @param request - `{ instanceId, forceStop? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `InvalidInstanceId.NotFound`, `IncorrectInstanceStatus`, `DryRunOperation`.
   * @example
   * ```ts
   * ecs.stopInstance({ instanceId });
   * ```
   */
  stopInstance(request: StopInstanceRequest): EmptyResponseBody;
  /**
   * Reboots a `Running` instance: `Stopping`, `Starting`, then `Running`.
   *
   * @param request - `{ instanceId }`.
   * @returns `{ requestId }`.
   * @throws EcsError `InvalidInstanceId.NotFound`, `IncorrectInstanceStatus`, `DryRunOperation`.
   * @example
   * ```ts
   * ecs.rebootInstance({ instanceId });
   * ```
   */
  rebootInstance(request: RebootInstanceRequest): EmptyResponseBody;
  /**
   * Releases a `Stopped` instance (or a `Running` one with `force`); disks with
   * `deleteWithInstance` go with it, the others become `Available`.
   *
   * @param request - `{ instanceId, force? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `InvalidInstanceId.NotFound`, `IncorrectInstanceStatus`, `DryRunOperation`.
   * @example
   * ```ts
   * ecs.deleteInstance({ instanceId, force: true });
   * ```
   */
  deleteInstance(request: DeleteInstanceRequest): EmptyResponseBody;
  /**
   * Lists instances of a region, filtered and paged (page numbers or tokens).
   *
   * @param request - Region, filters, paging.
   * @returns `{ requestId, totalCount, pageNumber, pageSize, nextToken, instances: { instance } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidStatus.NotFound`, `InvalidParameter`.
   * @example
   * ```ts
   * ecs.describeInstances({ regionId: 'cn-hangzhou', status: 'Running' }).instances.instance;
   * ```
   */
  describeInstances(
    request: DescribeInstancesRequest,
  ): WithRequestId<DescribeInstancesResponseBody>;
  /**
   * The status of every instance of a region.
   *
   * @param request - Region, ids, paging.
   * @returns `{ requestId, totalCount, pageNumber, pageSize, instanceStatuses: { instanceStatus } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidParameter`.
   * @example
   * ```ts
   * ecs.describeInstanceStatus({ regionId: 'cn-hangzhou' }).instanceStatuses.instanceStatus;
   * ```
   */
  describeInstanceStatus(
    request: DescribeInstanceStatusRequest,
  ): WithRequestId<DescribeInstanceStatusResponseBody>;
  /**
   * The public image catalogue (`imageOwnerAlias: 'system'`) and the region's custom images
   * (`'self'`); both when the alias is unset. Only `Available` images unless `status` says otherwise.
   *
   * @param request - Region, filters (`imageId`, `imageName`, `OSType`, `architecture`, `status`,
   *   `snapshotId`) and paging.
   * @returns `{ requestId, regionId, totalCount, pageNumber, pageSize, images: { image } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidParameter`.
   * @example
   * ```ts
   * ecs.describeImages({ regionId: 'cn-hangzhou', imageOwnerAlias: 'self' }).images.image;
   * ```
   */
  describeImages(request: DescribeImagesRequest): WithRequestId<DescribeImagesResponseBody>;
  /**
   * Creates a custom image from snapshots: `Creating` for `timings.imageCreate`, then
   * `Available`. Its snapshots' usage becomes `image` and they cannot be deleted while it exists.
   *
   * @param request - `{ regionId, snapshotId | diskDeviceMapping, imageName?, description?, ... }`.
   * @returns `{ requestId, imageId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidSnapshotId.NotFound`,
   *   `InvalidSnapshotId.NotReady`, `OperationDenied`, `InvalidSize.ValueNotSupported`,
   *   `InvalidDevice.InUse`, `InvalidImageName.Malformed`, `InvalidImageName.Duplicated`,
   *   `InvalidDescription.Malformed`, tag errors, `DryRunOperation`.
   * @example
   * ```ts
   * const { imageId } = ecs.createImage({ regionId: 'cn-hangzhou', snapshotId, imageName: 'web-v1' });
   * ```
   */
  createImage(request: CreateImageRequest): WithRequestId<CreateImageResponseBody>;
  /**
   * Deletes a custom image; its snapshots can then be deleted.
   *
   * @param request - `{ regionId, imageId, force? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidImageId.NotFound`,
   *   `ImageUsingByInstance` (instances run from it and `force` is not set), `DryRunOperation`.
   * @example
   * ```ts
   * ecs.deleteImage({ regionId: 'cn-hangzhou', imageId, force: true });
   * ```
   */
  deleteImage(request: DeleteImageRequest): EmptyResponseBody;
  /**
   * Renames, describes, deprecates or restores a custom image, or puts it in an image family. A
   * `Deprecated` image still creates instances; `describeImages` lists it only when asked for
   * `Deprecated` or `ALL`.
   *
   * @param request - `{ regionId, imageId, imageName?, description?, status?, imageFamily? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidImageId.NotFound`
   *   (unknown, another region's, or a public image), `InvalidImageName.Malformed`,
   *   `InvalidImageName.Duplicated`, `InvalidDescription.Malformed`,
   *   `InvalidImageFamily.Malformed`, `InvalidStatus.ValueNotSupported`, `IncorrectImageStatus`
   *   (a status change of an image still `Creating`), `DryRunOperation`.
   * @example
   * ```ts
   * ecs.modifyImageAttribute({ regionId: 'cn-hangzhou', imageId, status: 'Deprecated' });
   * ```
   */
  modifyImageAttribute(request: ModifyImageAttributeRequest): EmptyResponseBody;
  /**
   * Changes the operating system of a `Stopped` instance: a new system disk (new id) from a
   * public or custom image; the old one is released, its snapshots stay.
   *
   * @param request - `{ instanceId, imageId, systemDisk?: { size } }`.
   * @returns `{ requestId, diskId }` (the new system disk).
   * @throws EcsError `MissingParameter`, `InvalidInstanceId.NotFound`, `IncorrectInstanceStatus`,
   *   `InvalidImageId.NotFound`, `IncorrectImageStatus`, `InvalidSystemDiskSize.*`.
   * @example
   * ```ts
   * const { diskId } = ecs.replaceSystemDisk({ instanceId, imageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd' });
   * ```
   */
  replaceSystemDisk(
    request: ReplaceSystemDiskRequest,
  ): WithRequestId<ReplaceSystemDiskResponseBody>;
}
