import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { findDisk } from './store.js';
import type { Disk } from './types.js';

/**
 * `InvalidDiskId.NotFound` for an id.
 *
 * @param diskId - The unknown id.
 * @returns The error.
 * @internal
 */
export function diskNotFound(diskId: string): EcsError<'InvalidDiskId.NotFound'> {
  return ecsError('InvalidDiskId.NotFound', `The specified disk ${diskId} does not exist.`);
}

/**
 * Looks a disk up by id, or refuses with `InvalidDiskId.NotFound`.
 *
 * @param state - The state.
 * @param diskId - The id.
 * @returns The disk, or the error.
 * @internal
 */
export function requireDisk(
  state: EcsState,
  diskId: string,
): Result<Disk, EcsError<'InvalidDiskId.NotFound'>> {
  const disk = findDisk(state, diskId);
  return disk ? ok(disk) : err(diskNotFound(diskId));
}

/**
 * Refuses an operation that would pull a disk's content from under a snapshot still copying it
 * (DeleteDisk, ReInitDisk) with `DiskCreatingSnapshot`, naming the snapshot.
 *
 * @param disk - The disk.
 * @returns Nothing, or the error.
 * @internal
 */
export function requireNoSnapshotInProgress(disk: Disk): Result<void, EcsError> {
  if (!disk.progressingSnapshotId) return ok(undefined);
  return err(
    ecsError(
      'DiskCreatingSnapshot',
      `The operation is denied due to a snapshot of the specified disk is being created: ${disk.progressingSnapshotId}.`,
    ),
  );
}
