import { millisOf, parseInstant } from '../clock/timestamp.js';
import type { Input, Operation } from '../operations/operation.js';
import { entityQuery } from '../shared/entity-query.js';
import { custom, fieldReader, fieldsOf, ids, text } from '../shared/fields.js';
import { pageNumberFields, pagingView, withPaging } from '../shared/paging.js';
import { ok } from '../shared/result.js';
import { requireRegion } from '../world/regions.js';
import { taskTime } from './store.js';
import type { AsyncTask, AsyncTaskStatus } from './types.js';

/**
 * `DescribeTasks` parameters (the SDK's `DescribeTasksRequest`).
 *
 * @example
 * ```ts
 * const request: DescribeTasksRequest = { regionId: 'cn-hangzhou', taskAction: 'ModifyDiskSpec' };
 * ```
 * @category Tasks
 */
export interface DescribeTasksRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** Up to 100 task ids, separated by commas. */
  taskIds?: string | undefined;
  /** The operation that made the tasks, e.g. `ModifyDiskSpec`. */
  taskAction?: string | undefined;
  /** `Finished`, `Processing` or `Failed`; any other value selects every status. */
  taskStatus?: string | undefined;
  /** Up to 100 ids of the resources the tasks work on. */
  resourceIds?: string[] | undefined;
  /** Tasks created at or after this time (ISO 8601, UTC). */
  startTime?: string | undefined;
  /** Tasks created at or before this time (ISO 8601, UTC). */
  endTime?: string | undefined;
  /** A task group: fake-ecs makes no task groups, so it selects nothing. */
  taskGroupId?: string | undefined;
  /** Page number, from 1. */
  pageNumber?: number | undefined;
  /** Page size, 1-100 (default 10). */
  pageSize?: number | undefined;
}

/**
 * One task as `DescribeTasks` lists it.
 *
 * @example
 * ```ts
 * const view: TaskView = { taskId: 't-bp1hvgwromzv32iq0001', taskAction: 'ModifyDiskSpec', taskStatus: 'Finished', resourceId: 'd-bp1s5fnvk4gn2tws0001', supportCancel: 'false', creationTime: '2026-01-01T00:00Z', finishedTime: '2026-01-01T00:00Z' };
 * ```
 * @category Tasks
 */
export interface TaskView {
  /** The task id. */
  taskId: string;
  /** The operation that made it. */
  taskAction: string;
  /** Its status. */
  taskStatus: string;
  /** The resource it works on. */
  resourceId: string;
  /** `'true'` when `CancelTask` can cancel it. */
  supportCancel: string;
  /** When it was created, `yyyy-MM-ddTHH:mmZ`. */
  creationTime: string;
  /** When it ended, `yyyy-MM-ddTHH:mmZ` (empty while it runs). */
  finishedTime: string;
}

/**
 * `DescribeTasks` response body.
 *
 * @example
 * ```ts
 * const body: DescribeTasksResponseBody = { regionId: 'cn-hangzhou', totalCount: 0, pageNumber: 1, pageSize: 10, taskSet: { task: [] } };
 * ```
 * @category Tasks
 */
export interface DescribeTasksResponseBody {
  /** The region. */
  regionId: string;
  /** How many match. */
  totalCount: number;
  /** The page number. */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** The tasks of this page. */
  taskSet: {
    /** The tasks. */
    task: TaskView[];
  };
}

const QUERYABLE: readonly string[] = [
  'Finished',
  'Processing',
  'Failed',
] satisfies AsyncTaskStatus[];

/** A UTC time `yyyy-MM-ddTHH:mm:ssZ`, read as epoch ms (empty: none). */
const instant = custom<number | undefined, string>((p, key) => {
  const text = p.string(key);
  if (text === undefined || text === '') return undefined;
  const ms = parseInstant(text);
  return ms ?? p.reject(key, 'expected a UTC time yyyy-MM-ddTHH:mm:ssZ');
});

/** `TaskIds`: up to 100 comma-separated ids (empty: none). */
const taskIdList = custom<readonly string[] | undefined, string>((p, key) => {
  const text = p.string(key);
  if (text === undefined || text === '') return undefined;
  const ids = text.split(',').map((id) => id.trim());
  return ids.length > 100 ? p.reject(key, 'at most 100 task ids') : ids;
});

const FIELDS = fieldsOf<DescribeTasksRequest>()(() => ({
  regionId: text.required(),
  taskIds: taskIdList,
  taskAction: text,
  taskStatus: text,
  resourceIds: ids(100),
  startTime: instant,
  endTime: instant,
  taskGroupId: text,
  ...pageNumberFields(100),
}));

const read = fieldReader(FIELDS, ({ startTime, endTime, ...rest }) =>
  withPaging(10)({ ...rest, startMs: startTime, endMs: endTime }),
);

type DescribeTasksInput = Input<ReturnType<typeof read>>;

/**
 * One task as `DescribeTasks` lists it.
 *
 * @param task - The task.
 * @returns Its view.
 * @internal
 */
export function taskView(task: AsyncTask): TaskView {
  return {
    taskId: task.taskId,
    taskAction: task.taskAction,
    taskStatus: task.taskStatus,
    resourceId: task.resourceId,
    supportCancel: String(task.supportCancel),
    creationTime: taskTime(task.creationTime),
    finishedTime: taskTime(task.finishedTime),
  };
}

function matcher(input: DescribeTasksInput): (task: AsyncTask) => boolean {
  const status =
    input.taskStatus !== undefined && QUERYABLE.includes(input.taskStatus)
      ? input.taskStatus
      : undefined;
  const { taskAction, resourceIds, startMs, endMs } = input;
  return (task) => {
    const created = millisOf(task.creationTime);
    return (
      (taskAction === undefined || taskAction === '' || task.taskAction === taskAction) &&
      (status === undefined || task.taskStatus === status) &&
      (resourceIds === undefined || resourceIds.includes(task.resourceId)) &&
      (startMs === undefined || created >= startMs) &&
      (endMs === undefined || created <= endMs)
    );
  };
}

/**
 * `DescribeTasks`: the region's tasks (operations real ECS runs as tasks), filtered by id,
 * operation, status, resource and creation time, oldest first, paged.
 *
 * @internal
 */
export const describeTasksOp: Operation<DescribeTasksInput, DescribeTasksResponseBody> = {
  action: 'DescribeTasks',
  read,

  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const selectsNothing =
      (input.taskGroupId !== undefined && input.taskGroupId !== '') || input.taskIds?.length === 0;
    const page = entityQuery(state.asyncTasks, {
      keys: [`region:${input.regionId}`],
      ids: input.taskIds,
      where: selectsNothing ? () => false : matcher(input),
      skip: input.paging.skip,
      limit: input.paging.pageSize,
    });
    const { totalCount, pageNumber, pageSize } = pagingView(input.paging, page);
    return ok({
      state,
      response: {
        regionId: input.regionId,
        totalCount,
        pageNumber,
        pageSize,
        taskSet: { task: page.items.map(taskView) },
      },
    });
  },
};
