import type { TaskHeap } from '../shared/persistent/index.js';

/**
 * A scheduled step of an asynchronous operation: when it is due, the named entity moves to the
 * next status of its plan. An entity accepts only the task it is waiting for (its `pendingTask`),
 * so a task made stale by a later call (a forced stop, a deletion) does nothing.
 *
 * @example
 * ```ts
 * const task: Task = { kind: 'disk', id: 'd-bp1s5fnvk4gn2tws0001' };
 * ```
 * @category World
 */
export interface Task {
  /**
   * What it does: advance an instance, a disk or an image, complete a snapshot, release an expired
   * one, fire an automatic snapshot policy's time point, fail a snapshot halfway (an injected
   * fault), or make a VPC or vSwitch `Available`.
   */
  readonly kind:
    | 'instance'
    | 'disk'
    | 'image'
    | 'snapshot'
    | 'snapshot-expiry'
    | 'auto-snapshot-policy'
    | 'snapshot-fail'
    | 'vpc'
    | 'vswitch';
  /** The entity id. */
  readonly id: string;
}

/**
 * The scheduler's state: due tasks ordered by time, then creation order.
 *
 * @example
 * ```ts
 * ecs.state.tasks.nextSeq; // how many tasks were ever scheduled, plus one
 * ```
 * @category World
 */
export interface TasksState {
  /** Pending tasks by (due time in epoch ms, sequence number). */
  readonly heap: TaskHeap<Task>;
  /** How many of them end an operation in progress (not timers such as retention). */
  readonly operations: number;
  /** The sequence number of the next task. */
  readonly nextSeq: number;
}

/**
 * Whether a task ends an operation in progress (a status change, a snapshot's copy, an image's
 * creation) rather than firing a timer (a retention that runs out days later, a policy's next time
 * point). `clock.settle()` waits for operations only.
 *
 * @param task - The task.
 * @returns `true` for operations.
 * @internal
 */
export function isOperation(task: Task): boolean {
  return task.kind !== 'snapshot-expiry' && task.kind !== 'auto-snapshot-policy';
}
