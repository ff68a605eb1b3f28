import { entityCountByKey } from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import { findSnapshot, putSnapshot } from './store.js';
import type { Snapshot } from './types.js';

/**
 * What a snapshot is used by, from the live disks and custom images made from it: `disk`,
 * `image`, `image_disk` or `none`.
 *
 * @param state - The state (disks and images already updated).
 * @param snapshotId - The snapshot.
 * @returns Its usage.
 * @internal
 */
export function usageOf(state: EcsState, snapshotId: string): Snapshot['usage'] {
  const byDisks = entityCountByKey(state.disks, `snapshot:${snapshotId}`) > 0;
  const byImages = entityCountByKey(state.images, `snapshot:${snapshotId}`) > 0;
  if (byDisks && byImages) return 'image_disk';
  if (byImages) return 'image';
  return byDisks ? 'disk' : 'none';
}

/**
 * Brings snapshots' `usage` up to date after disks or images made from them came or went. Call it
 * with the snapshot ids a transition touched; unknown (deleted) ids are skipped.
 *
 * @param state - The state, disks and images already updated.
 * @param snapshotIds - The snapshots whose users changed.
 * @returns The snapshots table.
 * @internal
 */
export function refreshUsage(
  state: EcsState,
  snapshotIds: Iterable<string | null>,
): EcsState['snapshots'] {
  let snapshots = state.snapshots;
  for (const id of new Set(snapshotIds)) {
    const snapshot = id ? findSnapshot(state, id) : undefined;
    if (!snapshot) continue;
    const usage = usageOf(state, snapshot.snapshotId);
    if (usage !== snapshot.usage) snapshots = putSnapshot(snapshots, { ...snapshot, usage });
  }
  return snapshots;
}
