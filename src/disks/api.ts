import type { Engine, WithRequestId } from '../facade/engine.js';
import {
  type AttachDiskRequest,
  type AttachDiskResponseBody,
  attachDiskOp,
} from './attach-disk.js';
import {
  type CreateDiskRequest,
  type CreateDiskResponseBody,
  createDiskOp,
} from './create-disk.js';
import {
  type DeleteDiskRequest,
  type DeleteDiskResponseBody,
  deleteDiskOp,
} from './delete-disk.js';
import { describeDisksOp } from './describe-disks.js';
import type { DescribeDisksRequest, DescribeDisksResponseBody } from './describe-disks-request.js';
import {
  type DetachDiskRequest,
  type DetachDiskResponseBody,
  detachDiskOp,
} from './detach-disk.js';
import {
  type ModifyDiskAttributeRequest,
  type ModifyDiskAttributeResponseBody,
  modifyDiskAttributeOp,
} from './modify-disk-attribute.js';
import {
  type ResizeDiskRequest,
  type ResizeDiskResponseBody,
  resizeDiskOp,
} from './resize-disk.js';

/**
 * The cloud-disk operations of the ECS API, named and shaped like the official SDK's client
 * methods. Every method returns the response body with its `requestId`, or throws an `EcsError`
 * carrying the real ECS code; a refused call changes nothing.
 *
 * @example
 * ```ts
 * const ecs = createEcs();
 * const { diskId } = ecs.createDisk({ regionId: 'cn-hangzhou', zoneId: 'cn-hangzhou-h', diskCategory: 'cloud_essd', size: 100 });
 * ecs.clock.settle();
 * ecs.describeDisks({ regionId: 'cn-hangzhou', diskIds: JSON.stringify([diskId]) }).disks.disk[0].status; //=> 'Available'
 * ```
 * @category Disks
 */
export interface DiskApi {
  /**
   * Creates a pay-as-you-go data disk: `Creating` for `timings.diskCreate` seconds, then `Available`.
   *
   * @param request - Region, zone, size, category and the optional name, description and tags.
   * @returns The new disk's id.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidZoneId.NotFound`,
   *   `InvalidDiskCategory.ValueNotSupported`, `InvalidSize.ValueNotSupported`, `InvalidParameter`,
   *   `InvalidDiskName.Malformed`, `InvalidDescription.Malformed`, tag errors,
   *   `IdempotentParameterMismatch`, `DryRunOperation`, `UnsupportedParameter` (e.g. `snapshotId`).
   * @example
   * ```ts
   * ecs.createDisk({ regionId: 'cn-hangzhou', zoneId: 'cn-hangzhou-h', size: 40, clientToken: 'once' });
   * //=> { diskId: 'd-bp...', requestId: '...' }
   * ```
   */
  createDisk(request: CreateDiskRequest): WithRequestId<CreateDiskResponseBody>;

  /**
   * Attaches an `Available` data disk to an instance of its zone: `Attaching` for
   * `timings.diskAttach` seconds, then `In_use` on the next free device (`/dev/xvdb`, ...).
   *
   * @param request - The instance and the disk.
   * @returns Only the request id.
   * @throws EcsError `InvalidDiskId.NotFound`, `InvalidInstanceId.NotFound`, `InvalidDisk.InUse`,
   *   `IncorrectDiskStatus`, `DiskTypeViolation` (a detached system disk), `ResourcesNotInSameZone`,
   *   `IncorrectInstanceStatus` (400), `InstanceDiskLimitExceeded`, `UnsupportedParameter`.
   * @example
   * ```ts
   * ecs.attachDisk({ instanceId, diskId });
   * ecs.clock.advance('PT5S'); // Attaching -> In_use
   * ```
   */
  attachDisk(request: AttachDiskRequest): WithRequestId<AttachDiskResponseBody>;

  /**
   * Detaches an `In_use` disk from its instance: `Detaching` for `timings.diskDetach` seconds,
   * then `Available`. The system disk detaches only while the instance is `Stopped`.
   *
   * @param request - The instance and the disk.
   * @returns Only the request id.
   * @throws EcsError `InvalidDiskId.NotFound`, `InvalidInstanceId.NotFound`, `InvalidDisk.AlreadyDetached`,
   *   `DependencyViolation`, `IncorrectDiskStatus`, `DiskNotPortable`, `IncorrectInstanceStatus`.
   * @example
   * ```ts
   * ecs.detachDisk({ instanceId, diskId });
   * ecs.clock.settle(); // Detaching -> Available
   * ```
   */
  detachDisk(request: DetachDiskRequest): WithRequestId<DetachDiskResponseBody>;

  /**
   * Releases an `Available` disk.
   *
   * @param request - The disk.
   * @returns Only the request id.
   * @throws EcsError `InvalidDiskId.NotFound` (404, also for an id that never existed),
   *   `DiskStillAttached`, `IncorrectDiskStatus`.
   * @example
   * ```ts
   * ecs.deleteDisk({ diskId });
   * ```
   */
  deleteDisk(request: DeleteDiskRequest): WithRequestId<DeleteDiskResponseBody>;

  /**
   * Grows a disk (`Available`, or `In_use` on a `Running` or `Stopped` instance). The new size
   * shows at once; on real ECS an offline resize reaches the guest after a restart.
   *
   * @param request - The disk, its new size and the resize type.
   * @returns Only the request id.
   * @throws EcsError `InvalidDiskId.NotFound`, `IncorrectDiskStatus`, `IncorrectInstanceStatus`,
   *   `InvalidDataDiskSize.ValueNotSupported`, `InvalidSystemDiskSize.ValueNotSupported`,
   *   `IdempotentParameterMismatch`.
   * @example
   * ```ts
   * ecs.resizeDisk({ diskId, newSize: 200, type: 'online' });
   * ```
   */
  resizeDisk(request: ResizeDiskRequest): WithRequestId<ResizeDiskResponseBody>;

  /**
   * Changes the name, description and release flags of one disk or of up to 100 disks.
   *
   * @param request - The disk(s) and the attributes to change.
   * @returns Only the request id.
   * @throws EcsError `MissingParameter`, `InvalidParameter`, `NoAttributeToModify`,
   *   `InvalidDiskName.Malformed`, `InvalidDescription.Malformed`, `InvalidDiskId.NotFound`,
   *   `InvalidRegionId.NotFound`, `DiskNotPortable`.
   * @example
   * ```ts
   * ecs.modifyDiskAttribute({ diskId, diskName: 'logs', deleteWithInstance: true });
   * ```
   */
  modifyDiskAttribute(
    request: ModifyDiskAttributeRequest,
  ): WithRequestId<ModifyDiskAttributeResponseBody>;

  /**
   * Lists the disks of a region with filters and both paging styles.
   *
   * @param request - Region, filters and paging.
   * @returns One page of disks, the total count and the next page's token.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidDiskIds.Malformed`,
   *   `InvalidDiskType.ValueNotSupported`, `InvalidCategory.ValueNotSupported`,
   *   `InvalidStatus.ValueNotSupported`, `InvalidParameter`, tag errors, `DryRunOperation`.
   * @example
   * ```ts
   * const page = ecs.describeDisks({ regionId: 'cn-hangzhou', instanceId, maxResults: 10 });
   * page.disks.disk.map((d) => d.device); //=> ['/dev/xvda', '/dev/xvdb']
   * ```
   */
  describeDisks(request: DescribeDisksRequest): WithRequestId<DescribeDisksResponseBody>;
}

/**
 * The disk operations bound to an engine.
 *
 * @param engine - The facade's engine.
 * @returns The {@link DiskApi} methods.
 * @internal
 */
export function diskApi(engine: Engine): DiskApi {
  return {
    createDisk: (request) => engine.call(createDiskOp, request),
    attachDisk: (request) => engine.call(attachDiskOp, request),
    detachDisk: (request) => engine.call(detachDiskOp, request),
    deleteDisk: (request) => engine.call(deleteDiskOp, request),
    resizeDisk: (request) => engine.call(resizeDiskOp, request),
    modifyDiskAttribute: (request) => engine.call(modifyDiskAttributeOp, request),
    describeDisks: (request) => engine.call(describeDisksOp, request),
  };
}
