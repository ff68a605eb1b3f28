import { diskNotFound } from '../disks/errors.js';
import { findDisk } from '../disks/store.js';
import type { Disk } from '../disks/types.js';
import { findInstance } from '../instances/store.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { manualSnapshotCount } from './store.js';

const TRANSIENT_INSTANCE = ['Pending', 'Starting', 'Stopping'];

/**
 * Finds a disk a snapshot can be taken of: `In_use` on a Running or Stopped instance, or
 * `Available` but attached at some time; no snapshot of it in progress; under the manual quota.
 *
 * @param state - The state.
 * @param diskId - The disk.
 * @param snapshotType - Which quota applies.
 * @returns The disk, or the ECS error that says why not.
 * @internal
 */
export function requireSnapshottableDisk(
  state: EcsState,
  diskId: string,
  snapshotType: 'user' | 'auto',
): Result<Disk, EcsError> {
  const disk = findDisk(state, diskId);
  if (!disk) return err(diskNotFound(diskId));
  if (disk.status === 'In_use') {
    const instance = disk.instanceId ? findInstance(state, disk.instanceId) : undefined;
    if (instance && TRANSIENT_INSTANCE.includes(instance.status)) {
      return err(
        ecsError(
          'IncorrectInstanceStatus',
          `The current status of the resource does not support this operation: instance ${instance.instanceId} of disk ${diskId} is ${instance.status}; expected Running or Stopped.`,
        ),
      );
    }
  } else if (disk.status === 'Available') {
    if (!disk.everAttached)
      return err(
        ecsError(
          'IncorrectDiskStatus.NeverAttached',
          `The specified disk ${diskId} has never been attached to any instance.`,
        ),
      );
  } else {
    return err(
      ecsError(
        'IncorrectDiskStatus',
        `The current disk status does not support this operation: disk ${diskId} is ${disk.status}; expected In_use or Available.`,
      ),
    );
  }
  if (disk.progressingSnapshotId) {
    return err(
      ecsError(
        'IncorrectDiskStatus.CreatingSnapshot',
        `A previous snapshot creation is in process: ${disk.progressingSnapshotId} of disk ${diskId}.`,
      ),
    );
  }
  if (snapshotType === 'user') {
    const limit = state.world.quotas.manualSnapshotsPerDisk;
    if (manualSnapshotCount(state, disk) >= limit) {
      return err(
        ecsError(
          'QuotaExceed.Snapshot',
          `The snapshot quota exceeds: disk ${diskId} already has ${limit} manual snapshots.`,
        ),
      );
    }
  }
  return ok(disk);
}
