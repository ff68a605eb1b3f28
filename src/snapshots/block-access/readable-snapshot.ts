import { type EcsError, ecsError } from '../../shared/ecs-error.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { EcsState } from '../../state/ecs-state.js';
import { snapshotNotFound } from '../errors.js';
import { findSnapshot } from '../store.js';
import type { Snapshot } from '../types.js';

/**
 * The snapshot whose blocks a block-access call reads: it must exist, must not have failed (a
 * failed snapshot holds no blocks), and must be usable (`available`: ESSD-series snapshots from
 * creation, others once accomplished).
 *
 * @param state - The state.
 * @param snapshotId - The id from the request.
 * @param parameter - The wire name of the parameter, for messages.
 * @returns The snapshot, or `InvalidSnapshotId.NotFound` / `InvalidSnapshotId.NotReady`.
 * @internal
 */
export function requireReadableSnapshot(
  state: EcsState,
  snapshotId: string,
  parameter = 'SnapshotId',
): Result<Snapshot, EcsError> {
  const snapshot = findSnapshot(state, snapshotId);
  if (!snapshot) return err(snapshotNotFound(snapshotId));
  if (snapshot.status === 'failed') {
    return err(
      ecsError(
        'InvalidSnapshotId.NotReady',
        `The snapshot ${snapshotId} (${parameter}) failed and holds no blocks.`,
      ),
    );
  }
  if (!snapshot.available) {
    return err(
      ecsError(
        'InvalidSnapshotId.NotReady',
        `The specified snapshot ${snapshotId} (${parameter}) has not completed yet: its blocks can be read once it is accomplished (ESSD-series snapshots as soon as they are available).`,
      ),
    );
  }
  return ok(snapshot);
}
