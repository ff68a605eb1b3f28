import type { EmptyResponseBody } from '../instances/api.js';
import type { WithRequestId } from '../operations/operation.js';
import type { CopySnapshotRequest, CopySnapshotResponseBody } from './copy-snapshot-request.js';
import type {
  CreateSnapshotRequest,
  CreateSnapshotResponseBody,
} from './create-snapshot-request.js';
import type { DeleteSnapshotRequest } from './delete-snapshot.js';
import type {
  DescribeSnapshotLinksRequest,
  DescribeSnapshotLinksResponseBody,
} from './describe-snapshot-links.js';
import type {
  DescribeSnapshotsRequest,
  DescribeSnapshotsResponseBody,
} from './describe-snapshots-request.js';
import type {
  DescribeSnapshotsUsageRequest,
  DescribeSnapshotsUsageResponseBody,
} from './describe-snapshots-usage.js';
import type { ModifySnapshotAttributeRequest } from './modify-snapshot-attribute.js';

/**
 * The ECS snapshot operations of the facade.
 *
 * @example
 * ```ts
 * const { snapshotId } = ecs.createSnapshot({ diskId, snapshotName: 'before-upgrade' });
 * ecs.clock.settle(); // progressing -> accomplished
 * ```
 * @category Snapshots
 */
export interface SnapshotApi {
  /**
   * Takes a snapshot of a disk. It holds the disk as it is now (later writes never reach it),
   * starts `progressing` at `0%` and is `accomplished` after start-up + bytes to copy / throughput:
   * a first snapshot copies every written block, later ones only blocks written since.
   *
   * @param request - The SDK's `CreateSnapshotRequest` fields.
   * @returns `{ requestId, snapshotId }`.
   * @throws EcsError `MissingParameter`, `InvalidDiskId.NotFound`, `InvalidSnapshotName.Malformed`,
   *   `InvalidDescription.Malformed`, `InvalidRetentionDays.Malformed`, tag errors,
   *   `IncorrectDiskStatus`, `IncorrectDiskStatus.NeverAttached`, `IncorrectDiskStatus.CreatingSnapshot`,
   *   `IncorrectInstanceStatus`, `QuotaExceed.Snapshot`, `IdempotentParameterMismatch`, `DryRunOperation`.
   * @example
   * ```ts
   * ecs.createSnapshot({ diskId, snapshotName: 'nightly', retentionDays: 7 }).snapshotId; //=> 's-bp...'
   * ```
   */
  createSnapshot(request: CreateSnapshotRequest): WithRequestId<CreateSnapshotResponseBody>;
  /**
   * Deletes a snapshot (a progressing one is cancelled). Only the block versions no other snapshot
   * holds are freed.
   *
   * @param request - `{ snapshotId, force? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidSnapshotId.NotFound`, `SnapshotCreatedImage`,
   *   `SnapshotCreatedDisk`.
   * @example
   * ```ts
   * ecs.deleteSnapshot({ snapshotId });
   * ```
   */
  deleteSnapshot(request: DeleteSnapshotRequest): EmptyResponseBody;
  /**
   * Lists the snapshots of a region, newest first, with `progress` (`"N%"`) and `remainTime`
   * (seconds) computed from the virtual clock. Filters are ANDed; both paging styles.
   *
   * @param request - The SDK's `DescribeSnapshotsRequest` fields.
   * @returns `{ requestId, totalCount, pageNumber, pageSize, nextToken, snapshots: { snapshot } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidSnapshotIds.Malformed`,
   *   `InvalidStatus.NotFound`, `InvalidSnapshotType.NotFound`, `InvalidSourceDiskType`,
   *   `InvalidUsage`, `InvalidSnapshotCategory.Malformed`, `InvalidFilterKey.NotFound`, tag errors,
   *   `DryRunOperation`.
   * @example
   * ```ts
   * ecs.describeSnapshots({ regionId: 'cn-hangzhou', diskId }).snapshots.snapshot[0]?.progress; //=> '37%'
   * ```
   */
  describeSnapshots(
    request: DescribeSnapshotsRequest,
  ): WithRequestId<DescribeSnapshotsResponseBody>;
  /**
   * Renames, re-describes or extends the retention of a snapshot (retention only grows, counted
   * from creation; its automatic release moves accordingly).
   *
   * @param request - `{ snapshotId, snapshotName?, description?, retentionDays? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `NoAttributeToModify`, `InvalidSnapshotName.Malformed`,
   *   `InvalidDescription.Malformed`, `InvalidRetentionDays.Malformed`,
   *   `InvalidSnapshotId.NotFound`, `InvalidOperation.DecreaseRetentionDaysUnsupported`.
   * @example
   * ```ts
   * ecs.modifySnapshotAttribute({ snapshotId, retentionDays: 30 });
   * ```
   */
  modifySnapshotAttribute(request: ModifySnapshotAttributeRequest): EmptyResponseBody;
  /**
   * Lists the snapshot chains of a region (one per disk with snapshots): live snapshot count and
   * the bytes they occupy together.
   *
   * @param request - The SDK's `DescribeSnapshotLinksRequest` fields.
   * @returns `{ requestId, totalCount, pageNumber, pageSize, nextToken, snapshotLinks: { snapshotLink } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidDiskIds`,
   *   `InvalidSnapshotLinkIds`.
   * @example
   * ```ts
   * ecs.describeSnapshotLinks({ regionId: 'cn-hangzhou', diskIds: JSON.stringify([diskId]) }).snapshotLinks.snapshotLink[0]?.totalSize; //=> 2097152
   * ```
   */
  describeSnapshotLinks(
    request: DescribeSnapshotLinksRequest,
  ): WithRequestId<DescribeSnapshotLinksResponseBody>;
  /**
   * How many snapshots a region holds and the bytes they occupy together.
   *
   * @param request - `{ regionId }`.
   * @returns `{ requestId, snapshotCount, snapshotSize }`.
   * @throws EcsError `MissingParameter`, `InvalidParam.RegionId`.
   * @example
   * ```ts
   * ecs.describeSnapshotsUsage({ regionId: 'cn-hangzhou' }).snapshotSize; //=> 1073741824
   * ```
   */
  describeSnapshotsUsage(
    request: DescribeSnapshotsUsageRequest,
  ): WithRequestId<DescribeSnapshotsUsageResponseBody>;
  /**
   * Copies an accomplished snapshot to another region. The copy is a new snapshot there,
   * `progressing` for `snapshotStartup` + the original's written bytes / `snapshotCopyThroughput`,
   * a full copy forming its own chain, with `sourceRegionId` and `sourceSnapshotId` naming the
   * original. It keeps the original's `sourceDiskId` but cannot roll that disk back.
   *
   * @param request - The SDK's `CopySnapshotRequest` fields.
   * @returns `{ requestId, snapshotId }`: the copy's id in the destination region.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`,
   *   `InvalidOperation.NotSupportCopyInSameRegion`, `InvalidSnapshotName.Malformed`,
   *   `InvalidDescription.Malformed`, `InvalidRetentionDays.Malformed`, tag errors,
   *   `InvalidSnapshotId.NotFound`, `InvalidSnapshotId.NotReady`, `IdempotentParameterMismatch`.
   * @example
   * ```ts
   * ecs.copySnapshot({
   *   regionId: 'cn-hangzhou', snapshotId, destinationRegionId: 'cn-shanghai',
   *   destinationSnapshotName: 'dr-copy', destinationSnapshotDescription: 'disaster recovery',
   * }).snapshotId; //=> 's-uf...'
   * ```
   */
  copySnapshot(request: CopySnapshotRequest): WithRequestId<CopySnapshotResponseBody>;
}
