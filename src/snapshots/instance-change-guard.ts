import { disksOfInstance } from '../disks/store.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { failSnapshot } from './release-snapshot.js';
import { findSnapshot } from './store.js';

/**
 * The seed's rule "you cannot modify the instance status during snapshot creation". With the
 * world's default (`'refuse'`) a status change of an instance whose disk has a snapshot in
 * progress is refused; with `'fail-snapshot'` it goes ahead and those snapshots fail.
 *
 * @param state - The state.
 * @param instanceId - The instance about to change status.
 * @param change - What is about to happen, for the message (e.g. `stopped`).
 * @returns The state to continue from (snapshots failed, if so configured), or the refusal.
 * @internal
 */
export function guardInstanceChange(
  state: EcsState,
  instanceId: string,
  change: string,
): Result<EcsState, EcsError> {
  const busy = disksOfInstance(state, instanceId).flatMap((d) => {
    const snapshot = d.progressingSnapshotId
      ? findSnapshot(state, d.progressingSnapshotId)
      : undefined;
    return snapshot ? [snapshot] : [];
  });
  if (busy.length === 0) return ok(state);
  if (state.world.instanceChangeDuringSnapshot === 'refuse') {
    const which = busy.map((s) => `${s.snapshotId} of disk ${s.sourceDiskId}`).join(', ');
    return err(
      ecsError(
        'IncorrectInstanceStatus',
        `The current status of the resource does not support this operation: instance ${instanceId} cannot be ${change} while snapshot ${which} is being created.`,
      ),
    );
  }
  return ok(busy.reduce(failSnapshot, state));
}
