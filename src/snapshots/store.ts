import { entityGet, entityPut, entityRemove } from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import type { Snapshot, SnapshotLink } from './types.js';

/**
 * The index keys of a snapshot: what `describeSnapshots` filters on, plus its lineage children
 * and the per-disk counts the quotas need.
 *
 * @param s - The snapshot.
 * @returns Its keys.
 * @internal
 */
export function snapshotIndexKeys(s: Snapshot): readonly string[] {
  const keys = [
    `region:${s.regionId}`,
    `disk:${s.sourceDiskId}`,
    `status:${s.status}`,
    `type:${s.snapshotType}`,
    `usage:${s.usage}`,
    `source-type:${s.sourceDiskType}`,
    `link:${s.snapshotLinkId}`,
  ];
  if (s.sourceInstanceId) keys.push(`instance:${s.sourceInstanceId}`);
  if (s.status !== 'failed') {
    // Live snapshots only: they count towards the quotas and form the lineage.
    // Copies live in another region: they do not count towards the source disk's quota.
    if (s.sourceSnapshotId === null) keys.push(`quota:${s.sourceDiskId}:${s.snapshotType}`);
    if (s.lineageParentId) keys.push(`child-of:${s.lineageParentId}`);
  }
  return keys;
}

/**
 * Looks a snapshot up by id.
 *
 * @param state - The state.
 * @param snapshotId - The id.
 * @returns The snapshot, or `undefined`.
 * @internal
 */
export function findSnapshot(state: EcsState, snapshotId: string): Snapshot | undefined {
  return entityGet(state.snapshots, snapshotId);
}

/**
 * Stores a snapshot (insert or update) with its indexes.
 *
 * @param table - The snapshots table.
 * @param s - The snapshot.
 * @returns The new table.
 * @internal
 */
export function putSnapshot(table: EcsState['snapshots'], s: Snapshot): EcsState['snapshots'] {
  return entityPut(table, s.snapshotId, s, snapshotIndexKeys);
}

/**
 * Removes a snapshot record.
 *
 * @param table - The snapshots table.
 * @param snapshotId - The id.
 * @returns The new table.
 * @internal
 */
export function removeSnapshot(
  table: EcsState['snapshots'],
  snapshotId: string,
): EcsState['snapshots'] {
  return entityRemove(table, snapshotId, snapshotIndexKeys);
}

/**
 * The index keys of a chain: region and disk.
 *
 * @param link - The chain.
 * @returns Its keys.
 * @internal
 */
export function linkIndexKeys(link: SnapshotLink): readonly string[] {
  return [`region:${link.regionId}`, `disk:${link.sourceDiskId}`];
}
