import type { Disk } from '../disks/types.js';
import { entityIdsByKey } from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import { releaseSnapshot } from './release-snapshot.js';
import { findSnapshot } from './store.js';

/**
 * When a disk is released: its automatic snapshots go with it if its `deleteAutoSnapshot` is set
 * (manual snapshots always stay). One that an image or a disk was made from is kept, as a manual
 * deletion would need it to be.
 *
 * @param state - The state, the disk still in it.
 * @param disk - The disk being released.
 * @returns The state without those snapshots (the same state when there is nothing to release).
 * @internal
 */
export function releaseAutoSnapshots(state: EcsState, disk: Disk): EcsState {
  if (!disk.deleteAutoSnapshot) return state;
  let current = state;
  for (const id of entityIdsByKey(state.snapshots, `quota:${disk.diskId}:auto`)) {
    const snapshot = findSnapshot(current, id);
    if (snapshot && snapshot.usage === 'none') current = releaseSnapshot(current, snapshot);
  }
  return current;
}
