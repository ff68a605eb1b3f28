import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, type RequestFields, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { requireRegion } from '../world/regions.js';
import { requireAsyncTask, taskTime } from './store.js';
import type { AsyncTask } from './types.js';

/**
 * `DescribeTaskAttribute` parameters (the SDK's `DescribeTaskAttributeRequest`).
 *
 * @example
 * ```ts
 * const request: DescribeTaskAttributeRequest = { regionId: 'cn-hangzhou', taskId: 't-bp1hvgwromzv32iq0001' };
 * ```
 * @category Tasks
 */
export interface DescribeTaskAttributeRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The task (required). */
  taskId?: string | undefined;
}

/**
 * Something a subtask worked on, e.g. `{ name: 'DiskId', value: 'd-...' }`.
 *
 * @example
 * ```ts
 * const item: RelatedItemView = { name: 'DiskId', value: 'd-bp1s5fnvk4gn2tws0001' };
 * ```
 * @category Tasks
 */
export interface RelatedItemView {
  /** What it is, e.g. `DiskId`. */
  name: string;
  /** Its value, e.g. the disk id. */
  value: string;
}

/**
 * One subtask's outcome in a task's `operationProgressSet`.
 *
 * @example
 * ```ts
 * const item: OperationProgressView = { operationStatus: 'Success', errorCode: '', errorMsg: '', relatedItemSet: { relatedItem: [{ name: 'DiskId', value: 'd-bp1s5fnvk4gn2tws0001' }] } };
 * ```
 * @category Tasks
 */
export interface OperationProgressView {
  /** `Success`, `Failed` or `Processing`. */
  operationStatus: string;
  /** The subtask's error code (empty on success). */
  errorCode: string;
  /** The subtask's error message (empty on success). */
  errorMsg: string;
  /** What the subtask worked on. */
  relatedItemSet: {
    /** The items. */
    relatedItem: RelatedItemView[];
  };
}

/**
 * `DescribeTaskAttribute` response body.
 *
 * @example
 * ```ts
 * ecs.describeTaskAttribute({ regionId: 'cn-hangzhou', taskId }).taskStatus; //=> 'Finished'
 * ```
 * @category Tasks
 */
export interface DescribeTaskAttributeResponseBody {
  /** The task id. */
  taskId: string;
  /** The region. */
  regionId: string;
  /** The operation that made it. */
  taskAction: string;
  /** Its status: `Processing`, `Finished` or `Failed`. */
  taskStatus: string;
  /** Its progress, e.g. `100%`. */
  taskProcess: string;
  /** `'true'` when `CancelTask` can cancel it. */
  supportCancel: string;
  /** When it was created, `yyyy-MM-ddTHH:mmZ`. */
  creationTime: string;
  /** When it ended, `yyyy-MM-ddTHH:mmZ` (empty while it runs). */
  finishedTime: string;
  /** How many subtasks it has. */
  totalCount: number;
  /** How many succeeded. */
  successCount: number;
  /** How many failed. */
  failedCount: number;
  /** Each subtask's outcome. */
  operationProgressSet: {
    /** The subtasks. */
    operationProgress: OperationProgressView[];
  };
}

const OUTCOME = { Finished: 'Success', Failed: 'Failed', Processing: 'Processing' } as const;

function attributeView(task: AsyncTask): DescribeTaskAttributeResponseBody {
  return {
    taskId: task.taskId,
    regionId: task.regionId,
    taskAction: task.taskAction,
    taskStatus: task.taskStatus,
    taskProcess: `${task.progress}%`,
    supportCancel: String(task.supportCancel),
    creationTime: taskTime(task.creationTime),
    finishedTime: taskTime(task.finishedTime),
    totalCount: 1,
    successCount: task.taskStatus === 'Finished' ? 1 : 0,
    failedCount: task.taskStatus === 'Failed' ? 1 : 0,
    operationProgressSet: {
      operationProgress: [
        {
          operationStatus: OUTCOME[task.taskStatus],
          errorCode: '',
          errorMsg: '',
          relatedItemSet: { relatedItem: [{ name: task.resourceKind, value: task.resourceId }] },
        },
      ],
    },
  };
}

const FIELDS = {
  regionId: text.required(),
  taskId: text.required(),
} satisfies RequestFields<DescribeTaskAttributeRequest>;

type DescribeTaskAttributeInput = InputOf<typeof FIELDS>;

/**
 * `DescribeTaskAttribute`: one task of the region, with its progress and its subtask.
 *
 * @internal
 */
export const describeTaskAttributeOp: Operation<
  DescribeTaskAttributeInput,
  DescribeTaskAttributeResponseBody
> = {
  action: 'DescribeTaskAttribute',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const task = requireAsyncTask(state, input.regionId, input.taskId);
    if (!task.ok) return task;
    return ok({ state, response: attributeView(task.value) });
  },
};
