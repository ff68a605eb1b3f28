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
