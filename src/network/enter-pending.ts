import { beginPath } from '../tasks/begin-path.js';
import type { TasksState } from '../tasks/types.js';
import type { NetworkStatus } from './types.js';

/**
 * Moves a VPC or vSwitch into `Pending`, scheduling the task that makes it `Available`.
 *
 * @param tasks - The scheduler.
 * @param nowMs - The current time.
 * @param seconds - How long `Pending` lasts (0 or absent: `Available` at once).
 * @param task - The task that ends it.
 * @returns The status fields and the scheduler.
 * @internal
 */
export function enterPending(
  tasks: TasksState,
  nowMs: number,
  seconds: number | undefined,
  task: { kind: 'vpc' | 'vswitch'; id: string },
): { status: NetworkStatus; pendingTask: number | null; tasks: TasksState } {
  const step = beginPath<NetworkStatus>(
    ['Pending', 'Available'],
    (s) => (s === 'Pending' && seconds !== undefined && seconds > 0 ? seconds : undefined),
    tasks,
    nowMs,
    task,
  );
  // A zero duration is stable at once: skip `Pending` altogether.
  return step.pendingTask === null
    ? { status: 'Available', pendingTask: null, tasks: step.tasks }
    : { status: step.status, pendingTask: step.pendingTask, tasks: step.tasks };
}
