import type { Timestamp } from '../clock/timestamp.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { entityGet, entityPut } from '../shared/entity-table.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import type { AsyncTask } from './types.js';

/**
 * The index keys of a task: its region.
 *
 * @param task - The task.
 * @returns Its keys.
 * @internal
 */
export function asyncTaskIndexKeys(task: AsyncTask): readonly string[] {
  return [`region:${task.regionId}`];
}

/**
 * Records an operation that real ECS reports as a task and fake-ecs completes at once: a
 * `Finished` task created and ended now, at 100%, that cannot be cancelled.
 *
 * @param table - The tasks.
 * @param task - Its id, region, operation and resource.
 * @param now - The time of the call.
 * @returns The new table.
 * @internal
 */
export function recordFinishedTask(
  table: EcsState['asyncTasks'],
  task: Pick<AsyncTask, 'taskId' | 'regionId' | 'taskAction' | 'resourceId' | 'resourceKind'>,
  now: Timestamp,
): EcsState['asyncTasks'] {
  const record: AsyncTask = {
    ...task,
    seq: table.nextSeq,
    taskStatus: 'Finished',
    creationTime: now,
    finishedTime: now,
    progress: 100,
    supportCancel: false,
  };
  return entityPut(table, task.taskId, record, asyncTaskIndexKeys);
}

/**
 * Looks a task up in a region.
 *
 * @param state - The state.
 * @param regionId - The region asked.
 * @param taskId - The id.
 * @returns The task, or `InvalidTaskId.NotFound` (also for a task of another region).
 * @internal
 */
export function requireAsyncTask(
  state: EcsState,
  regionId: string,
  taskId: string,
): Result<AsyncTask, EcsError<'InvalidTaskId.NotFound'>> {
  const task = entityGet(state.asyncTasks, taskId);
  if (task && task.regionId === regionId) return ok(task);
  return err(
    ecsError(
      'InvalidTaskId.NotFound',
      `The specified TaskId ${taskId} does not exist in ${regionId}.`,
    ),
  );
}

/**
 * A task time as the reference's examples write it: `yyyy-MM-ddTHH:mmZ` (empty when absent).
 *
 * @param time - The time.
 * @returns The text.
 * @internal
 */
export function taskTime(time: Timestamp | undefined): string {
  return time === undefined ? '' : `${time.slice(0, 16)}Z`;
}
