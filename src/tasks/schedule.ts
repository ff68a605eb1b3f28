import { emptyTaskHeap, taskHeapPush } from '../shared/persistent/index.js';
import type { Task, TasksState } from './types.js';

/**
 * The empty scheduler.
 *
 * @returns No tasks.
 * @internal
 */
export function emptyTasks(): TasksState {
  return { heap: emptyTaskHeap<Task>(), nextSeq: 1 };
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
  return { tasks: { heap: taskHeapPush(tasks.heap, due, seq, task), nextSeq: seq + 1 }, seq };
}
