import { apiTime } from '../clock/timestamp.js';
import { findDisk, putDiskSnapshotFields } from '../disks/store.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { failSnapshot, releaseSnapshot } from './release-snapshot.js';
import { findSnapshot, putSnapshot, snapshotCopy } from './store.js';

/**
 * The scheduler's handler for a snapshot's completion: `accomplished`, `100%`, usable, and its
 * disk free to take the next snapshot. A stale task (cancelled or failed snapshot) does nothing.
 *
 * @param state - The state, its clock at the task's time.
 * @param snapshotId - The snapshot.
 * @param taskSeq - The task's sequence number.
 * @param nowMs - The task's time.
 * @returns The next state.
 * @internal
 */
export function completeSnapshot(
  state: EcsState,
  snapshotId: string,
  taskSeq: number,
  nowMs: number,
): EcsState {
  const snapshot = findSnapshot(state, snapshotId);
  if (!snapshot || snapshot.completionTask !== taskSeq || snapshot.status !== 'progressing')
    return state;
  // Only primitives change in a stored (deep-frozen) snapshot: a shallow freeze is a deep one, and
  // storing it then walks none of its 35 fields.
  const done = snapshotCopy(snapshot);
  done.status = 'accomplished';
  done.completionTask = null;
  done.available = true;
  done.lastModifiedTime = apiTime(nowMs);
  Object.freeze(done);
  const disk = findDisk(state, snapshot.sourceDiskId);
  const disks =
    disk && disk.progressingSnapshotId === snapshotId
      ? putDiskSnapshotFields(state.disks, disk, { progressingSnapshotId: null })
      : state.disks;
  return commit(state, { snapshots: putSnapshot(state.snapshots, done), disks });
}

/**
 * The scheduler's handler for a snapshot's retention: it is released when its days have passed.
 *
 * @param state - The state.
 * @param snapshotId - The snapshot.
 * @param taskSeq - The task's sequence number.
 * @returns The next state.
 * @internal
 */
export function expireSnapshot(state: EcsState, snapshotId: string, taskSeq: number): EcsState {
  const snapshot = findSnapshot(state, snapshotId);
  if (!snapshot || snapshot.expiryTask !== taskSeq) return state;
  return releaseSnapshot(state, snapshot);
}

/**
 * The scheduler's handler for an injected failure (`ecs.faults.failNextSnapshot`): the snapshot
 * ends `failed` where its copy has got, as when its instance changes status during the copy.
 *
 * @param state - The state, its clock at the task's time.
 * @param snapshotId - The snapshot.
 * @param taskSeq - The task's sequence number (the snapshot waits for it instead of completion).
 * @returns The next state.
 * @internal
 */
export function failSnapshotMidway(state: EcsState, snapshotId: string, taskSeq: number): EcsState {
  const snapshot = findSnapshot(state, snapshotId);
  if (!snapshot || snapshot.completionTask !== taskSeq || snapshot.status !== 'progressing')
    return state;
  return failSnapshot(state, snapshot);
}
