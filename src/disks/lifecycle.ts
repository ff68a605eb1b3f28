import { deepFreeze } from '../shared/deep-freeze.js';
import type { EcsError } from '../shared/ecs-error.js';
import { ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Timings } from '../world/timings.js';
import type { Disk, DiskStatus } from './types.js';

/**
 * Every disk status.
 *
 * @example
 * ```ts
 * DISK_STATUSES.includes('In_use'); //=> true
 * ```
 * @category Disks
 */
export const DISK_STATUSES: readonly DiskStatus[] = Object.freeze([
  'Creating',
  'Available',
  'Attaching',
  'In_use',
  'Detaching',
  'ReIniting',
]);

/**
 * The disk lifecycle as data: the statuses each status can move to. A disk leaves the world from
 * `Available` (DeleteDisk) or with its instance. `ReIniting` (ResetDisk, ReInitDisk) returns to
 * the status the disk had before.
 *
 * @example
 * ```ts
 * DISK_TRANSITIONS.Attaching; //=> ['In_use']
 * ```
 * @category Disks
 */
export const DISK_TRANSITIONS: Readonly<Record<DiskStatus, readonly DiskStatus[]>> = deepFreeze({
  Creating: Object.freeze(['Available', 'In_use']),
  Available: Object.freeze(['Attaching', 'ReIniting']),
  Attaching: Object.freeze(['In_use']),
  In_use: Object.freeze(['Detaching', 'ReIniting']),
  Detaching: Object.freeze(['Available']),
  ReIniting: Object.freeze(['In_use', 'Available']),
});

/**
 * Which disk statuses each operation accepts (anything else is `IncorrectDiskStatus`).
 *
 * @example
 * ```ts
 * DISK_OPERATIONS.AttachDisk; //=> ['Available']
 * ```
 * @category Disks
 */
export const DISK_OPERATIONS: Readonly<Record<DiskOperation, readonly DiskStatus[]>> = deepFreeze({
  AttachDisk: ['Available'],
  DetachDisk: ['In_use'],
  DeleteDisk: ['Available'],
  ResizeDisk: ['In_use', 'Available'],
  WriteDisk: ['In_use'],
  ResetDisk: ['In_use', 'Available'],
  ReInitDisk: ['In_use'],
});

/**
 * An operation named in {@link DISK_OPERATIONS}.
 *
 * @example
 * ```ts
 * const op: DiskOperation = 'DeleteDisk';
 * ```
 * @category Disks
 */
export type DiskOperation =
  | 'AttachDisk'
  | 'DetachDisk'
  | 'DeleteDisk'
  | 'ResizeDisk'
  | 'WriteDisk'
  | 'ResetDisk'
  | 'ReInitDisk';

/**
 * How long a disk stays in a transient status; `undefined` for stable ones.
 *
 * @param status - The status.
 * @param timings - The world's timings.
 * @returns Seconds, or `undefined`.
 * @internal
 */
export function diskStatusDuration(status: DiskStatus, timings: Timings): number | undefined {
  switch (status) {
    case 'Creating':
      return timings.diskCreate;
    case 'Attaching':
      return timings.diskAttach;
    case 'Detaching':
      return timings.diskDetach;
    case 'ReIniting':
      return timings.diskReInit;
    default:
      return undefined;
  }
}

/**
 * Refuses a disk whose status the operation does not accept.
 *
 * @param disk - The disk.
 * @param operation - The operation.
 * @returns The disk, or `IncorrectDiskStatus` naming the expected statuses.
 * @internal
 */
export function requireDiskStatus(
  disk: Disk,
  operation: DiskOperation,
): Result<Disk, EcsError<'IncorrectDiskStatus'>> {
  const allowed: readonly DiskStatus[] = DISK_OPERATIONS[operation];
  if (allowed.includes(disk.status)) return ok(disk);
  return err(
    ecsError(
      'IncorrectDiskStatus',
      `The current disk status does not support this operation: disk ${disk.diskId} is ${disk.status}; the expected disk status is ${allowed.join(' or ')}.`,
    ),
  );
}
