import { type EcsError, ecsError } from '../shared/ecs-error.js';

/**
 * `InvalidSnapshotId.NotFound` for an id.
 *
 * @param snapshotId - The unknown id.
 * @returns The error.
 * @internal
 */
export function snapshotNotFound(snapshotId: string): EcsError<'InvalidSnapshotId.NotFound'> {
  return ecsError(
    'InvalidSnapshotId.NotFound',
    `The specified snapshot ${snapshotId} is not found.`,
  );
}
