import type { EmptyResponseBody } from '../instances/api.js';
import type { WithRequestId } from '../operations/operation.js';
import type {
  CreateSnapshotGroupRequest,
  CreateSnapshotGroupResponseBody,
} from './create-snapshot-group-request.js';
import type {
  DeleteSnapshotGroupRequest,
  DeleteSnapshotGroupResponseBody,
} from './delete-snapshot-group.js';
import type {
  DescribeSnapshotGroupsRequest,
  DescribeSnapshotGroupsResponseBody,
} from './describe-snapshot-groups-request.js';
import type { ModifySnapshotGroupRequest } from './modify-snapshot-group.js';

/**
 * The ECS snapshot-consistent group operations of the facade ("instance snapshots").
 *
 * @example
 * ```ts
 * const { snapshotGroupId } = ecs.createSnapshotGroup({ regionId: 'cn-hangzhou', instanceId, name: 'before-upgrade' });
 * ecs.describeSnapshotGroups({ regionId: 'cn-hangzhou', snapshotGroupId: [snapshotGroupId] });
 * ```
 * @category Snapshot groups
 */
export interface SnapshotGroupApi {
  /**
   * Takes one snapshot per selected disk, every one capturing its disk at the same instant (writes
   * after the call reach none of them). Each member is an ordinary manual snapshot with
   * `snapshotGroupId` set, `progressing` for its own copy time.
   *
   * @param request - The SDK's `CreateSnapshotGroupRequest` fields.
   * @returns `{ requestId, snapshotGroupId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidParameter`,
   *   `InvalidParameter.Name`, `InvalidParameter.Description`, tag errors,
   *   `InvalidInstanceId.NotFound`, `InvalidDiskId.NotFound`, `InvalidInstance.NoDisk`,
   *   `NumberExceed.TooManyDisks`, `DiskCategory.OperationNotSupported`, `IncorrectDiskStatus`,
   *   `IncorrectDiskStatus.NeverAttached`, `IncorrectDiskStatus.CreatingSnapshot`,
   *   `IncorrectInstanceStatus`, `QuotaExceed.Snapshot`, `ResourcesNotInSameZone`,
   *   `IdempotentParameterMismatch`, `DryRunOperation`.
   * @example
   * ```ts
   * ecs.createSnapshotGroup({ regionId: 'cn-hangzhou', instanceId }).snapshotGroupId; //=> 'ssg-bp...'
   * ```
   */
  createSnapshotGroup(
    request: CreateSnapshotGroupRequest,
  ): WithRequestId<CreateSnapshotGroupResponseBody>;
  /**
   * Lists the groups of a region, newest first: each group's status, each member's `progress`
   * and `available`, and (fake-ecs extra fields) the group's `progress` and `remainTime`.
   *
   * @param request - The SDK's `DescribeSnapshotGroupsRequest` fields.
   * @returns `{ requestId, nextToken, snapshotGroups: { snapshotGroup } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidParameter`,
   *   `InvalidStatus.ValueNotSupported` (403), tag errors, `DryRunOperation`.
   * @example
   * ```ts
   * ecs.describeSnapshotGroups({ regionId: 'cn-hangzhou', instanceId }).snapshotGroups.snapshotGroup[0]?.remainTime; //=> 90
   * ```
   */
  describeSnapshotGroups(
    request: DescribeSnapshotGroupsRequest,
  ): WithRequestId<DescribeSnapshotGroupsResponseBody>;
  /**
   * Deletes a group and releases its members, except those a custom image uses: they are kept and
   * reported with `SnapshotCreatedImage`.
   *
   * @param request - `{ regionId, snapshotGroupId }`.
   * @returns `{ requestId, operationProgressSet: { operationProgress } }`, one item per member.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`,
   *   `InvalidSnapshotGroup.NotFound`, `DryRunOperation`.
   * @example
   * ```ts
   * ecs.deleteSnapshotGroup({ regionId: 'cn-hangzhou', snapshotGroupId }).operationProgressSet.operationProgress[0]?.operationStatus; //=> 'Success'
   * ```
   */
  deleteSnapshotGroup(
    request: DeleteSnapshotGroupRequest,
  ): WithRequestId<DeleteSnapshotGroupResponseBody>;
  /**
   * Renames or re-describes a group.
   *
   * @param request - `{ regionId, snapshotGroupId, name?, description? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidParameter.Name`,
   *   `InvalidParameter.Description`, `InvalidSnapshotGroup.NotFound`, `DryRunOperation`.
   * @example
   * ```ts
   * ecs.modifySnapshotGroup({ regionId: 'cn-hangzhou', snapshotGroupId, name: 'nightly' });
   * ```
   */
  modifySnapshotGroup(request: ModifySnapshotGroupRequest): EmptyResponseBody;
}
