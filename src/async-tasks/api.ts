import type { WithRequestId } from '../operations/operation.js';
import type {
  DescribeTaskAttributeRequest,
  DescribeTaskAttributeResponseBody,
} from './describe-task-attribute.js';
import type { DescribeTasksRequest, DescribeTasksResponseBody } from './describe-tasks.js';

/**
 * The task operations of the facade: the operations real ECS reports as asynchronous tasks
 * (`ModifyDiskSpec` in fake-ecs, which answers a `taskId`) are listed and described here.
 *
 * @example
 * ```ts
 * const { taskId } = ecs.modifyDiskSpec({ diskId, performanceLevel: 'PL2' });
 * ecs.describeTaskAttribute({ regionId: 'cn-hangzhou', taskId }).taskStatus; //=> 'Finished'
 * ```
 * @category Tasks
 */
export interface TaskApi {
  /**
   * Lists the region's tasks, oldest first.
   *
   * @param request - `{ regionId, taskIds?, taskAction?, taskStatus?, resourceIds?, startTime?, endTime?, taskGroupId?, pageNumber?, pageSize? }`.
   * @returns `{ requestId, regionId, totalCount, pageNumber, pageSize, taskSet: { task } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidParameter`.
   * @example
   * ```ts
   * ecs.describeTasks({ regionId: 'cn-hangzhou', taskAction: 'ModifyDiskSpec' }).taskSet.task;
   * ```
   */
  describeTasks(request: DescribeTasksRequest): WithRequestId<DescribeTasksResponseBody>;
  /**
   * Describes one task: status, progress and its subtask's outcome.
   *
   * @param request - `{ regionId, taskId }`.
   * @returns `{ requestId, taskId, taskAction, taskStatus, taskProcess, supportCancel, creationTime, finishedTime, totalCount, successCount, failedCount, operationProgressSet }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidTaskId.NotFound`.
   * @example
   * ```ts
   * ecs.describeTaskAttribute({ regionId: 'cn-hangzhou', taskId }).taskProcess; //=> '100%'
   * ```
   */
  describeTaskAttribute(
    request: DescribeTaskAttributeRequest,
  ): WithRequestId<DescribeTaskAttributeResponseBody>;
}
