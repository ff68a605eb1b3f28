import { findDisk } from '../disks/store.js';
import { entityWalkByKey } from '../shared/entity-table.js';
import { hashTableValues } from '../shared/persistent/index.js';
import { findSnapshot } from '../snapshots/store.js';
import type { EcsState } from '../state/ecs-state.js';
import { policyDisksKey } from './store.js';

/**
 * The automatic snapshots in progress on the disks under a policy: what `clock.settle()` leaves
 * running when a time point it crosses starts them (otherwise policies whose snapshots overlap
 * would hold it forever). A disk has at most one snapshot in progress, so this costs one look-up
 * per disk under a policy, however many snapshots the world holds.
 *
 * @param state - The state.
 * @returns Their ids, policy by policy, disks in creation order.
 * @internal
 */
export function autoSnapshotsInProgress(state: EcsState): string[] {
  const ids: string[] = [];
  for (const policy of hashTableValues(state.autoSnapshotPolicies.rows)) {
    for (const diskId of entityWalkByKey(
      state.disks,
      policyDisksKey(policy.autoSnapshotPolicyId),
    )) {
      const snapshotId = findDisk(state, diskId)?.progressingSnapshotId;
      const snapshot = snapshotId ? findSnapshot(state, snapshotId) : undefined;
      if (snapshot?.snapshotType === 'auto' && snapshot.completionTask !== null)
        ids.push(snapshot.snapshotId);
    }
  }
  return ids;
}
