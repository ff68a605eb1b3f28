import type { BlockMap, BlockVersion } from '../blocks/index.js';
import { requireInstanceStatus } from '../instances/lifecycle.js';
import { findInstance } from '../instances/store.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { findSnapshot } from '../snapshots/store.js';
import type { Snapshot } from '../snapshots/types.js';
import type { TransitionContext } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import { enterDiskPath } from './enter-status.js';
import { requireDisk } from './errors.js';
import { type DiskOperation, requireDiskStatus } from './lifecycle.js';
import { putDisk } from './store.js';
import type { Disk } from './types.js';

/**
 * Finds a disk whose content an operation may replace: it exists, its status accepts the
 * operation, its instance (if any) is `Stopped`.
 *
 * @param state - The state.
 * @param diskId - The disk.
 * @param operation - `ResetDisk` or `ReInitDisk`.
 * @returns The disk, or the ECS error that says why not.
 * @internal
 */
export function requireStoppedDisk(
  state: EcsState,
  diskId: string,
  operation: DiskOperation & ('ResetDisk' | 'ReInitDisk'),
): Result<Disk, EcsError> {
  const disk = requireDisk(state, diskId);
  if (!disk.ok) return disk;
  const status = requireDiskStatus(disk.value, operation);
  if (!status.ok) return status;
  const instance = disk.value.instanceId ? findInstance(state, disk.value.instanceId) : undefined;
  if (instance) {
    const stopped = requireInstanceStatus(instance, operation);
    if (!stopped.ok) return stopped;
  }
  return disk;
}

function requireSnapshotOfDisk(
  state: EcsState,
  disk: Disk,
  snapshotId: string,
): Result<Snapshot, EcsError> {
  const snapshot = findSnapshot(state, snapshotId);
  if (!snapshot) {
    return err(
      ecsError(
        'InvalidSnapshotId.NotFound',
        `The specified SnapshotId ${snapshotId} does not exist.`,
      ),
    );
  }
  // A copy in another region keeps its original's sourceDiskId, yet is not of this disk; nor is a
  // snapshot of a system disk that was replaced (its sourceDiskId is the old disk's id).
  if (snapshot.sourceDiskId !== disk.diskId || snapshot.regionId !== disk.regionId) {
    return err(
      ecsError(
        'InvalidParameter.Mismatch',
        `The specified snapshot is not created from the specified disk: ${snapshotId} was taken from ${snapshot.sourceDiskId}, not ${disk.diskId}.`,
      ),
    );
  }
  if (snapshot.status !== 'accomplished') {
    return err(
      ecsError(
        'InvalidSnapshotId.NotReady',
        `The specified snapshot has not completed yet: ${snapshotId} is ${snapshot.status}.`,
      ),
    );
  }
  return ok(snapshot);
}

/**
 * Checks one rollback: the disk may be rolled back (`In_use` or `Available`, its instance
 * `Stopped`), the snapshot exists, was taken from this very disk and is accomplished, and no
 * snapshot of the disk is in progress.
 *
 * @param state - The state.
 * @param diskId - The disk.
 * @param snapshotId - The snapshot to roll back to.
 * @returns The disk and the snapshot, or the ECS error that says why not.
 * @internal
 */
export function checkRollback(
  state: EcsState,
  diskId: string,
  snapshotId: string,
): Result<{ disk: Disk; snapshot: Snapshot }, EcsError> {
  const disk = requireStoppedDisk(state, diskId, 'ResetDisk');
  if (!disk.ok) return disk;
  const snapshot = requireSnapshotOfDisk(state, disk.value, snapshotId);
  if (!snapshot.ok) return snapshot;
  if (disk.value.progressingSnapshotId) {
    return err(
      ecsError(
        'IncorrectDiskStatus.CreatingSnapshot',
        `A previous snapshot creation is in process: ${disk.value.progressingSnapshotId} of disk ${diskId}.`,
      ),
    );
  }
  return ok({ disk: disk.value, snapshot: snapshot.value });
}

/**
 * Replaces a disk's content at once and puts it through `ReIniting` (for `timings.diskReInit`)
 * back to the status it had. The content is taken by reference: O(1) in the disk's size.
 *
 * @param state - The state.
 * @param disk - The disk (already checked).
 * @param content - Its new blocks.
 * @param lineageSnapshotId - The parent of its next snapshot.
 * @param ctx - The time.
 * @returns The next state.
 * @internal
 */
export function replaceDiskContent(
  state: EcsState,
  disk: Disk,
  content: BlockMap<BlockVersion>,
  lineageSnapshotId: string | null,
  ctx: TransitionContext,
): EcsState {
  const contentChanges = disk.contentChanges + 1;
  const replaced: Disk = { ...disk, content, lineageSnapshotId, contentChanges };
  const moved = enterDiskPath(replaced, ['ReIniting', disk.status], state.tasks, state.world, ctx);
  return { ...state, disks: putDisk(state.disks, moved.disk), tasks: moved.tasks };
}
