import { scheduleTask } from '../tasks/schedule.js';
import type { TasksState } from '../tasks/types.js';
import type { Timings } from '../world/timings.js';

/**
 * How long a snapshot stays `progressing`: the fixed startup, then the bytes it copies at the
 * throughput of its kind (a disk's snapshot, or a cross-region copy).
 *
 * @param timings - The world's timings.
 * @param copiedBytes - The bytes the snapshot copies.
 * @param bytesPerSecond - The throughput of that copy.
 * @returns Milliseconds, rounded.
 * @internal
 */
export function snapshotCopyMs(
  timings: Timings,
  copiedBytes: number,
  bytesPerSecond: number,
): number {
  return Math.round((timings.snapshotStartup + copiedBytes / bytesPerSecond) * 1000);
}

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
