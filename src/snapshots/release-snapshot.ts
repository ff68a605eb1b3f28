import { apiTime, millisOf } from '../clock/timestamp.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { dropOrphanChain, leaveLineage } from './lineage.js';
import { putSnapshot, removeSnapshot } from './store.js';
import type { Snapshot } from './types.js';

/**
 * Releases a snapshot (deleted, expired, or cancelled while progressing): it leaves the lineage,
 * freeing only the blocks no other snapshot holds, and its record goes.
 *
 * @param state - The state.
 * @param snapshot - The snapshot.
 * @returns The next state.
 * @internal
 */
export function releaseSnapshot(state: EcsState, snapshot: Snapshot): EcsState {
  if (snapshot.status === 'failed') {
    // Out of the lineage already; its chain may have been kept only because it showed its id.
    const snapshots = removeSnapshot(state.snapshots, snapshot.snapshotId);
    const snapshotLinks = dropOrphanChain({ ...state, snapshots }, snapshot.snapshotLinkId);
    return commit(state, { snapshots, snapshotLinks });
  }
  const left = leaveLineage(state, snapshot);
  return commit(state, left);
}

/**
 * Marks a progressing snapshot `failed`: it leaves the lineage (it holds no data) but stays
 * listed, as real ECS lists failed snapshots.
 *
 * @param state - The state.
 * @param snapshot - A progressing snapshot.
 * @returns The next state.
 * @internal
 */
export function failSnapshot(state: EcsState, snapshot: Snapshot): EcsState {
  const left = leaveLineage(state, snapshot);
  const failed: Snapshot = {
    ...snapshot,
    status: 'failed',
    completionTask: null,
    available: false,
    ownBlocks: 0,
    lineageParentId: null,
    // The moment of failure: progress stays where the copy stopped.
    lastModifiedTime: apiTime(millisOf(state.clock.now)),
  };
  return commit(state, { ...left, snapshots: putSnapshot(left.snapshots, failed) });
}
