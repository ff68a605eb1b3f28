import type { EmptyResponseBody } from '../instances/api.js';
import type { WithRequestId } from '../operations/operation.js';
import type { ApplyAutoSnapshotPolicyRequest } from './apply-auto-snapshot-policy.js';
import type { CancelAutoSnapshotPolicyRequest } from './cancel-auto-snapshot-policy.js';
import type {
  CreateAutoSnapshotPolicyRequest,
  CreateAutoSnapshotPolicyResponseBody,
} from './create-auto-snapshot-policy.js';
import type { DeleteAutoSnapshotPolicyRequest } from './delete-auto-snapshot-policy.js';
import type {
  DescribeAutoSnapshotPolicyExRequest,
  DescribeAutoSnapshotPolicyExResponseBody,
} from './describe-auto-snapshot-policy-ex.js';
import type { ModifyAutoSnapshotPolicyExRequest } from './modify-auto-snapshot-policy-ex.js';

/**
 * The ECS automatic snapshot policy operations of the facade. A policy fires at its time points
 * (UTC+8 hours on its weekdays) as the virtual clock passes them: each disk it applies to takes an
 * automatic snapshot `auto_yyyyMMdd_N`, kept for the policy's retention.
 *
 * @example
 * ```ts
 * const { autoSnapshotPolicyId } = ecs.createAutoSnapshotPolicy({
 *   regionId: 'cn-hangzhou', timePoints: '["2"]', repeatWeekdays: '["1","2","3","4","5","6","7"]', retentionDays: 7,
 * });
 * ecs.applyAutoSnapshotPolicy({ regionId: 'cn-hangzhou', autoSnapshotPolicyId, diskIds: JSON.stringify([diskId]) });
 * ecs.clock.advance('P1D'); // one automatic snapshot of the disk
 * ```
 * @category Automatic snapshot policies
 */
export interface AutoSnapshotPolicyApi {
  /**
   * Creates a policy; its first time point is the first one after now.
   *
   * @param request - The SDK's `CreateAutoSnapshotPolicyRequest` fields.
   * @returns `{ requestId, autoSnapshotPolicyId }`.
   * @throws EcsError `MissingParameter`, `ParameterInvalid` (403: region, `TimePoints`,
   *   `RepeatWeekdays`, `RetentionDays`, `AutoSnapshotPolicyName`), tag errors,
   *   `AutoSnapshotPolicy.QuotaExceed`, `UnsupportedParameter`.
   * @example
   * ```ts
   * ecs.createAutoSnapshotPolicy({ regionId: 'cn-hangzhou', timePoints: '["0","12"]', repeatWeekdays: '["1"]', retentionDays: -1 }).autoSnapshotPolicyId; //=> 'sp-bp...'
   * ```
   */
  createAutoSnapshotPolicy(
    request: CreateAutoSnapshotPolicyRequest,
  ): WithRequestId<CreateAutoSnapshotPolicyResponseBody>;
  /**
   * Applies a policy to disks of its region, replacing the policy a disk had.
   *
   * @param request - `{ regionId, autoSnapshotPolicyId, diskIds }` (`diskIds` a JSON array).
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `ParameterInvalid` (403: region, `DiskIds`; 404: no such
   *   policy), `InvalidDiskId.NotFound`.
   * @example
   * ```ts
   * ecs.applyAutoSnapshotPolicy({ regionId: 'cn-hangzhou', autoSnapshotPolicyId, diskIds: JSON.stringify([diskId]) });
   * ```
   */
  applyAutoSnapshotPolicy(request: ApplyAutoSnapshotPolicyRequest): EmptyResponseBody;
  /**
   * Stops a policy applying to disks (their automatic snapshots stay).
   *
   * @param request - `{ regionId, diskIds, autoSnapshotPolicyId? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `ParameterInvalid` (403: region, `DiskIds`; 404: no such
   *   policy), `InvalidDiskId.NotFound`.
   * @example
   * ```ts
   * ecs.cancelAutoSnapshotPolicy({ regionId: 'cn-hangzhou', diskIds: JSON.stringify([diskId]) });
   * ```
   */
  cancelAutoSnapshotPolicy(request: CancelAutoSnapshotPolicyRequest): EmptyResponseBody;
  /**
   * Deletes a policy: it stops applying to its disks; its automatic snapshots stay.
   *
   * @param request - `{ regionId, autoSnapshotPolicyId }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `ParameterInvalid` (403: region; 404: no such policy).
   * @example
   * ```ts
   * ecs.deleteAutoSnapshotPolicy({ regionId: 'cn-hangzhou', autoSnapshotPolicyId });
   * ```
   */
  deleteAutoSnapshotPolicy(request: DeleteAutoSnapshotPolicyRequest): EmptyResponseBody;
  /**
   * Changes a policy with immediate effect: new hours or weekdays move its next time point; a new
   * retention applies to automatic snapshots taken from now on.
   *
   * @param request - `{ regionId, autoSnapshotPolicyId, autoSnapshotPolicyName?, timePoints?, repeatWeekdays?, retentionDays? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `ParameterInvalid` (403: region and attributes; 404: no
   *   such policy), `UnsupportedParameter`.
   * @example
   * ```ts
   * ecs.modifyAutoSnapshotPolicyEx({ regionId: 'cn-hangzhou', autoSnapshotPolicyId, retentionDays: 30 });
   * ```
   */
  modifyAutoSnapshotPolicyEx(request: ModifyAutoSnapshotPolicyExRequest): EmptyResponseBody;
  /**
   * Lists a region's policies in creation order, each with `diskNums`, the disks it applies to.
   *
   * @param request - The SDK's `DescribeAutoSnapshotPolicyExRequest` fields.
   * @returns `{ requestId, totalCount, pageNumber, pageSize, autoSnapshotPolicies: { autoSnapshotPolicy } }`.
   * @throws EcsError `MissingParameter`, `ParameterInvalid` (403: region), `InvalidParameter`
   *   (paging), tag errors.
   * @example
   * ```ts
   * ecs.describeAutoSnapshotPolicyEx({ regionId: 'cn-hangzhou', autoSnapshotPolicyId }).autoSnapshotPolicies.autoSnapshotPolicy[0]?.diskNums; //=> 1
   * ```
   */
  describeAutoSnapshotPolicyEx(
    request: DescribeAutoSnapshotPolicyExRequest,
  ): WithRequestId<DescribeAutoSnapshotPolicyExResponseBody>;
}
