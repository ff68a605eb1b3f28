import { scheduleTask } from './schedule.js';
import type { Task, TasksState } from './types.js';

/**
 * Where an entity stands after entering the first status of a path.
 *
 * @internal
 */
export interface PathStep<S extends string> {
  readonly status: S;
  readonly plan: readonly S[];
  readonly pendingTask: number | null;
  readonly tasks: TasksState;
}

/**
 * Moves an entity into the first status of `path`. A transient status (one with a duration)
 * schedules the task that moves it on; a stable one ends the path.
 *
 * @param path - The statuses to pass through, e.g. `['Stopping', 'Stopped']`.
 * @param durationOf - Seconds a status lasts, or `undefined` for a stable status.
 * @param tasks - The scheduler.
 * @param nowMs - The current time.
 * @param task - The task that advances this entity.
 * @returns The entity's new status fields and the scheduler.
 * @internal
 */
export function beginPath<S extends string>(
  path: readonly S[],
  durationOf: (status: S) => number | undefined,
  tasks: TasksState,
  nowMs: number,
  task: Task,
): PathStep<S> {
  const [status, ...rest] = path;
  if (status === undefined)
    throw new Error('fake-ecs internal invariant broken: empty status path');
  const seconds = durationOf(status);
  if (seconds === undefined || rest.length === 0)
    return { status, plan: [], pendingTask: null, tasks };
  const scheduled = scheduleTask(tasks, nowMs, seconds, task);
  return { status, plan: rest, pendingTask: scheduled.seq, tasks: scheduled.tasks };
}
