import { disksOfInstance } from '../disks/store.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { failSnapshot } from './release-snapshot.js';
import { findSnapshot } from './store.js';

/**
 * The rule "do not change the instance status during snapshot creation". With the world's default
 * (`'fail-snapshot'`, the current CreateSnapshot remarks) the change goes ahead and the snapshots
 * in progress on the instance's disks fail; with `'refuse'` (the seed's older reading) it is
 * refused with `IncorrectInstanceStatus` and the snapshots go on.
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
