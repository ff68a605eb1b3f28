import { emptyTaskHeap, taskHeapPush } from '../shared/persistent/index.js';
import { isOperation, type Task, type TasksState } from './types.js';

/**
 * The empty scheduler.
 *
 * @returns No tasks.
 * @internal
 */
export function emptyTasks(): TasksState {
  return { heap: emptyTaskHeap<Task>(), nextSeq: 1, operations: 0 };
}

/**
 * Schedules a task `seconds` after `nowMs`.
 *
 * @param tasks - The scheduler.
 * @param nowMs - The current time, epoch ms.
 * @param seconds - The delay.
 * @param task - What to do.
 * @returns The new scheduler and the task's sequence number (the entity keeps it as `pendingTask`).
 * @internal
 */
export function scheduleTask(
  tasks: TasksState,
  nowMs: number,
  seconds: number,
  task: Task,
): { tasks: TasksState; seq: number } {
  const seq = tasks.nextSeq;
  const due = nowMs + Math.round(seconds * 1000);
  const heap = taskHeapPush(tasks.heap, due, seq, task);
  const operations = tasks.operations + (isOperation(task) ? 1 : 0);
  // Frozen as made (the heap is frozen): committing it walks none of its fields.
  return { tasks: Object.freeze({ heap, nextSeq: seq + 1, operations }), seq };
}
