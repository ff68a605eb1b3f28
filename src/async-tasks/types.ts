import type { Timestamp } from '../clock/timestamp.js';

/**
 * The statuses `DescribeTasks` can select: the only ones real ECS lets a query ask for.
 *
 * @example
 * ```ts
 * const status: AsyncTaskStatus = 'Finished';
 * ```
 * @category Tasks
 */
export type AsyncTaskStatus = 'Processing' | 'Finished' | 'Failed';

/**
 * An asynchronous operation as real ECS reports it (`TaskId` `t-...`), for `DescribeTasks` and
 * `DescribeTaskAttribute`. Kept after its resource is gone, as real ECS keeps its task history.
 *
 * @example
 * ```ts
 * ecs.state.asyncTasks.rows; // tasks by id
 * ```
 * @category Tasks
 */
export interface AsyncTask {
  /** Creation order. */
  readonly seq: number;
  /** Its id, `t-...`. */
  readonly taskId: string;
  /** The region. */
  readonly regionId: string;
  /** The operation that made it, e.g. `ModifyDiskSpec`. */
  readonly taskAction: string;
  /** Its status. */
  readonly taskStatus: AsyncTaskStatus;
  /** The resource it works on (a disk id for `ModifyDiskSpec`). */
  readonly resourceId: string;
  /** The wire name of {@link AsyncTask.resourceId} in the task's related items, e.g. `DiskId`. */
  readonly resourceKind: string;
  /** When it was created. */
  readonly creationTime: Timestamp;
  /** When it ended; absent while `Processing`. */
  readonly finishedTime?: Timestamp | undefined;
  /** Progress, 0-100. */
  readonly progress: number;
  /** Whether `CancelTask` can cancel it. */
  readonly supportCancel: boolean;
}
