import { millisOf } from '../clock/timestamp.js';
import { findSnapshot, putSnapshot } from '../snapshots/store.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { scheduleTask } from '../tasks/schedule.js';

/**
 * Dooms a progressing snapshot: a `snapshot-fail` task halfway through its copy takes over from
 * its completion (the snapshot now waits for that task, so the completion task goes stale), and
 * marks it `failed` through the same path as an instance change during a snapshot. Until then its
 * progress grows as usual.
 *
 * @param state - The state.
 * @param snapshotId - A progressing snapshot.
 * @returns The state with the failure scheduled.
 * @internal
 */
export function scheduleSnapshotFailure(state: EcsState, snapshotId: string): EcsState {
  const snapshot = findSnapshot(state, snapshotId);
  if (snapshot?.status !== 'progressing') return state;
  const nowMs = millisOf(state.clock.now);
  const midMs = snapshot.startedMs + Math.floor((snapshot.completesMs - snapshot.startedMs) / 2);
  const scheduled = scheduleTask(state.tasks, nowMs, Math.max(midMs - nowMs, 0) / 1000, {
    kind: 'snapshot-fail',
    id: snapshotId,
  });
  return commit(state, {
    tasks: scheduled.tasks,
    snapshots: putSnapshot(state.snapshots, { ...snapshot, completionTask: scheduled.seq }),
  });
}
