import { scheduleTask } from '../tasks/schedule.js';
import type { TasksState } from '../tasks/types.js';

/**
 * The tasks a new snapshot needs: its completion after `durationMs`, and its release when its
 * retention (counted from creation) runs out.
 *
 * @internal
 */
export interface SnapshotSchedule {
  readonly tasks: TasksState;
  readonly completionTask: number;
  readonly expiryTask: number | null;
}

/**
 * Schedules a new snapshot's release `retentionDays` after `fromMs`, if it has a retention.
 *
 * @param tasks - The scheduler.
 * @param snapshotId - The snapshot.
 * @param fromMs - Its creation time, epoch ms (retention counts from creation).
 * @param retentionDays - Days to keep it, or `null` to keep it until deleted.
 * @returns The scheduler and the expiry task's sequence number (`null` without retention).
 * @internal
 */
export function scheduleExpiry(
  tasks: TasksState,
  snapshotId: string,
  fromMs: number,
  retentionDays: number | null,
): { tasks: TasksState; expiryTask: number | null } {
  if (retentionDays === null) return { tasks, expiryTask: null };
  const expiry = scheduleTask(tasks, fromMs, retentionDays * 86400, {
    kind: 'snapshot-expiry',
    id: snapshotId,
  });
  return { tasks: expiry.tasks, expiryTask: expiry.seq };
}

/**
 * Schedules a new snapshot's completion and, with a retention, its release.
 *
 * @param tasks - The scheduler.
 * @param snapshotId - The snapshot.
 * @param nowMs - Its creation time, epoch ms.
 * @param durationMs - How long its copy takes.
 * @param retentionDays - Days to keep it, or `null`.
 * @returns The scheduler and both tasks' sequence numbers.
 * @internal
 */
export function scheduleSnapshot(
  tasks: TasksState,
  snapshotId: string,
  nowMs: number,
  durationMs: number,
  retentionDays: number | null,
): SnapshotSchedule {
  const completion = scheduleTask(tasks, nowMs, durationMs / 1000, {
    kind: 'snapshot',
    id: snapshotId,
  });
  const expiry = scheduleExpiry(completion.tasks, snapshotId, nowMs, retentionDays);
  return { tasks: expiry.tasks, completionTask: completion.seq, expiryTask: expiry.expiryTask };
}
