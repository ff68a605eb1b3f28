import type { WithRequestId } from '../operations/operation.js';
import type { AttachDiskRequest, AttachDiskResponseBody } from './attach-disk.js';
import type { CreateDiskRequest, CreateDiskResponseBody } from './create-disk.js';
import type { DeleteDiskRequest, DeleteDiskResponseBody } from './delete-disk.js';
import type { DescribeDisksRequest, DescribeDisksResponseBody } from './describe-disks-request.js';
import type { DetachDiskRequest, DetachDiskResponseBody } from './detach-disk.js';
import type {
  ModifyDiskAttributeRequest,
  ModifyDiskAttributeResponseBody,
} from './modify-disk-attribute.js';
import type { ModifyDiskSpecRequest, ModifyDiskSpecResponseBody } from './modify-disk-spec.js';
import type { ReInitDiskRequest, ReInitDiskResponseBody } from './re-init-disk.js';
import type { ResetDiskRequest, ResetDiskResponseBody } from './reset-disk.js';
import type { ResetDisksRequest, ResetDisksResponseBody } from './reset-disks.js';
import type { ResizeDiskRequest, ResizeDiskResponseBody } from './resize-disk.js';

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
   *   `IdempotentParameterMismatch`, `DryRunOperation`, `InvalidSnapshotId.NotFound`,
   *   `InvalidSnapshotId.NotReady`, `InvalidDiskSize.TooSmall` (from a snapshot).
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
   * Changes a disk's category or ESSD performance level, at once (as the reference says): status,
   * size and data stay; the size must be in the new category's and level's range.
   *
   * @param request - `{ diskId, diskCategory?, performanceLevel? }`.
   * @returns `{ requestId, taskId, orderId }`.
   * @throws EcsError `MissingParameter`, `InvalidDiskId.NotFound`, `IncorrectDiskStatus`,
   *   `IncorrectDiskStatus.CreatingSnapshot`, `InvalidDiskCategory.ValueNotSupported`,
   *   `InvalidParameter` (a level for a non-ESSD disk, or an unknown level),
   *   `InvalidSize.ValueNotSupported` (the size does not allow the level), `CategoryNotSupported`
   *   (the zone does not sell it), `DryRunOperation`.
   * @example
   * ```ts
   * ecs.modifyDiskSpec({ diskId, performanceLevel: 'PL2' });
   * ```
   */
  modifyDiskSpec(request: ModifyDiskSpecRequest): WithRequestId<ModifyDiskSpecResponseBody>;

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

  /**
   * Rolls a disk back to one of its own snapshots. The disk takes the snapshot's content at once
   * (everything written after the snapshot is gone), is `ReIniting` for `timings.diskReInit`
   * seconds, then returns to `In_use` or `Available`. Later snapshots of the disk are kept and can
   * themselves be rolled back to. A refused rollback changes nothing.
   *
   * @param request - The disk and the snapshot.
   * @returns Only the request id.
   * @throws EcsError `MissingParameter`, `InvalidDiskId.NotFound`, `IncorrectDiskStatus`,
   *   `IncorrectInstanceStatus` (the instance must be `Stopped`), `InvalidSnapshotId.NotFound`,
   *   `InvalidParameter.Mismatch` (a snapshot of another disk, of a replaced system disk, or a
   *   copy), `InvalidSnapshotId.NotReady` (progressing or failed),
   *   `IncorrectDiskStatus.CreatingSnapshot`, `DryRunOperation`.
   * @example
   * ```ts
   * ecs.stopInstance({ instanceId });
   * ecs.clock.settle();
   * ecs.resetDisk({ diskId, snapshotId });
   * ecs.clock.settle(); // ReIniting -> In_use
   * ```
   */
  resetDisk(request: ResetDiskRequest): WithRequestId<ResetDiskResponseBody>;

  /**
   * Rolls back 1 to 10 disks of a region in one call, atomically: the first disk `ResetDisk`
   * would refuse refuses the whole call with that code; otherwise every disk is rolled back and
   * reported `Success`.
   *
   * @param request - The region and the disks with their snapshots.
   * @returns One progress item per disk.
   * @throws EcsError every code of `resetDisk`, `InvalidRegionId.NotFound`, `InvalidParameter`
   *   (no disk, more than 10, a disk twice).
   * @example
   * ```ts
   * const body = ecs.resetDisks({ regionId: 'cn-hangzhou', disk: [{ diskId, snapshotId }] });
   * body.operationProgressSet.operationProgress[0].operationStatus; //=> 'Success'
   * ```
   */
  resetDisks(request: ResetDisksRequest): WithRequestId<ResetDisksResponseBody>;

  /**
   * Re-initialises a disk to how it was created: a system disk to its image, a data disk to
   * empty or to the snapshot it was created from. `ReIniting` for `timings.diskReInit` seconds,
   * then `In_use`; its next snapshot is a full one.
   *
   * @param request - The disk.
   * @returns Only the request id.
   * @throws EcsError `MissingParameter`, `InvalidDiskId.NotFound`, `IncorrectDiskStatus`
   *   (only `In_use`), `IncorrectInstanceStatus` (the instance must be `Stopped`),
   *   `DiskCreatingSnapshot`, `InvalidSourceSnapshot` (the source snapshot was deleted),
   *   `InvalidImageId.NotFound` (the custom image was deleted), `UnsupportedParameter`
   *   (`autoStartInstance: true`).
   * @example
   * ```ts
   * ecs.reInitDisk({ diskId: systemDiskId });
   * ecs.clock.settle(); // ReIniting -> In_use, the image's data again
   * ```
   */
  reInitDisk(request: ReInitDiskRequest): WithRequestId<ReInitDiskResponseBody>;
}
