import { scheduleTask } from '../tasks/schedule.js';
import type { TasksState } from '../tasks/types.js';
import { nextTimePoint, type PolicyTimes } from './schedule.js';

/**
 * Schedules a policy's next time point strictly after `nowMs`: one pending timer per policy, so a
 * simulated year costs one task per time point, never one per hour or minute. A timer left behind
 * by a rescheduling is stale (the policy keeps only the newest task's number) and does nothing.
 *
 * @param tasks - The scheduler.
 * @param policyId - The policy.
 * @param times - Its hours and weekdays.
 * @param nowMs - The current time, epoch ms.
 * @returns The scheduler, the timer's sequence number and its due time.
 * @internal
 */
export function schedulePolicyTimer(
  tasks: TasksState,
  policyId: string,
  times: PolicyTimes,
  nowMs: number,
): { tasks: TasksState; timerTask: number; nextRunMs: number } {
  const nextRunMs = nextTimePoint(times, nowMs);
  const scheduled = scheduleTask(tasks, nowMs, (nextRunMs - nowMs) / 1000, {
    kind: 'auto-snapshot-policy',
    id: policyId,
  });
  return { tasks: scheduled.tasks, timerTask: scheduled.seq, nextRunMs };
}
