import { requireDiskStatus } from '../disks/lifecycle.js';
import { findDisk } from '../disks/store.js';
import type { Disk } from '../disks/types.js';
import { instanceNotFound } from '../instances/errors.js';
import { requireInstanceStatus } from '../instances/lifecycle.js';
import { findInstance } from '../instances/store.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';

const GIB = 1024 ** 3;

/**
 * Checks the shape every guest I/O request shares (an object naming a disk), then finds the disk
 * the guest can reach.
 *
 * @param state - The state.
 * @param request - The caller's request.
 * @returns The disk, or the ECS error.
 * @internal
 */
export function requireGuestRequest(state: EcsState, request: unknown): Result<Disk, EcsError> {
  if (typeof request !== 'object' || request === null) {
    return err(ecsError('InvalidParameter', 'The request must be an object of parameters.'));
  }
  const { diskId } = request as { diskId?: unknown };
  if (typeof diskId !== 'string' || diskId === '') {
    return err(
      ecsError(
        'MissingParameter',
        'The input parameter DiskId that is mandatory for processing this request is not supplied.',
      ),
    );
  }
  return requireGuestDisk(state, diskId);
}

/**
 * Finds a disk the guest can do I/O on: it exists, is `In_use`, and its instance is `Running`
 * (the guest only runs then).
 *
 * @param state - The state.
 * @param diskId - The disk.
 * @returns The disk, or the ECS error that explains why the guest cannot reach it.
 * @internal
 */
export function requireGuestDisk(state: EcsState, diskId: string): Result<Disk, EcsError> {
  const disk = findDisk(state, diskId);
  if (!disk)
    return err(ecsError('InvalidDiskId.NotFound', `The specified disk ${diskId} does not exist.`));
  const attached = requireDiskStatus(disk, 'WriteDisk');
  if (!attached.ok) return attached;
  const instance = disk.instanceId ? findInstance(state, disk.instanceId) : undefined;
  if (!instance) return err(instanceNotFound(disk.instanceId ?? ''));
  const running = requireInstanceStatus(instance, 'WriteDisk');
  return running.ok ? ok(disk) : running;
}

/**
 * Checks that a byte range lies within the disk.
 *
 * @param disk - The disk.
 * @param offset - First byte.
 * @param length - Number of bytes.
 * @param index - The write's position in `writes`, for the message; none for a single write.
 * @returns Nothing, or `InvalidParameter` saying what is out of range.
 * @internal
 */
export function requireRange(
  disk: Disk,
  offset: unknown,
  length: unknown,
  index?: number,
): Result<void, EcsError> {
  // Labels are built only on failure: a batch validates 100,000 writes.
  const capacity = disk.size * GIB;
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) {
    return err(
      ecsError(
        'InvalidParameter',
        `The specified parameter ${writeLabel(index)}Offset is not valid: expected a whole number of bytes >= 0.`,
      ),
    );
  }
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
    return err(
      ecsError(
        'InvalidParameter',
        `The specified parameter ${writeLabel(index)}Length is not valid: expected a whole number of bytes >= 0.`,
      ),
    );
  }
  if (offset + length > capacity) {
    return err(
      ecsError(
        'InvalidParameter',
        `The specified range ${offset}+${length} of ${writeLabel(index) || 'the write'} ends beyond the ${disk.size} GiB disk ${disk.diskId}.`,
      ),
    );
  }
  return ok(undefined);
}

/**
 * The parameter path of a write in a `writes` list (`Writes.3.`), or `''` for a single write.
 *
 * @param index - The write's position, if it is in a list.
 * @returns The label.
 * @internal
 */
export function writeLabel(index: number | undefined): string {
  return index === undefined ? '' : `Writes.${index + 1}.`;
}
