import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { dropEmptyChain } from '../snapshots/lineage.js';
import { releaseAutoSnapshots } from '../snapshots/release-auto-snapshots.js';
import { refreshUsage } from '../snapshots/usage.js';
import { commit } from '../state/commit.js';
import { requireNoSnapshotInProgress } from './errors.js';
import { requireDiskStatus } from './lifecycle.js';
import { findDisk, removeDisk } from './store.js';

/**
 * `DeleteDisk` parameters (the SDK's `DeleteDiskRequest`).
 *
 * @example
 * ```ts
 * const request: DeleteDiskRequest = { diskId: 'd-bp1s5fnvk4gn2tws0001' };
 * ```
 * @category Disks
 */
export interface DeleteDiskRequest {
  /**
   * The disk (required): it must be `Available`. An unknown id is ignored (the call succeeds and
   * changes nothing), as the current API reference says.
   */
  diskId?: string | undefined;
}

/**
 * `DeleteDisk` response body: only the request id.
 *
 * @example
 * ```ts
 * const body: WithRequestId<DeleteDiskResponseBody> = { requestId: '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E' };
 * ```
 * @category Disks
 */
export type DeleteDiskResponseBody = Record<never, never>;

const FIELDS = fieldsOf<DeleteDiskRequest>()(() => ({
  diskId: text.required(),
}));

/** @internal */
export type DeleteDiskInput = InputOf<typeof FIELDS>;

/**
 * `DeleteDisk`: releases an `Available` disk at once, with its automatic snapshots when its
 * `deleteAutoSnapshot` is set. An attached disk fails with `DiskStillAttached`; a disk in a
 * transient status with `IncorrectDiskStatus`. "If the disk with the specified ID does not exist,
 * the request is ignored" (current reference): an unknown id succeeds and changes nothing.
 *
 * @internal
 */
export const deleteDiskOp: Operation<DeleteDiskInput, DeleteDiskResponseBody> = {
  action: 'DeleteDisk',
  read: fieldReader(FIELDS),
  run(state, input) {
    const disk = findDisk(state, input.diskId);
    if (!disk) return ok({ state, response: {} });
    if (disk.status === 'In_use') {
      return err(
        ecsError(
          'DiskStillAttached',
          `The disk ${disk.diskId} is still attached to instance ${disk.instanceId ?? ''}.`,
        ),
      );
    }
    const status = requireDiskStatus(disk, 'DeleteDisk');
    if (!status.ok) return status;
    const idle = requireNoSnapshotInProgress(disk);
    if (!idle.ok) return idle;
    // Manual snapshots outlive the disk, automatic ones when it says so; its chain goes only when
    // no snapshot is left in it.
    const base = releaseAutoSnapshots(state, disk);
    const snapshotLinks = dropEmptyChain(base.snapshotLinks, disk, base.snapshots);
    const disks = removeDisk(base.disks, input.diskId);
    // The snapshot this disk was made from may be used by nothing now.
    const snapshots = refreshUsage({ ...base, disks }, [disk.sourceSnapshotId]);
    return ok({ state: commit(base, { disks, snapshotLinks, snapshots }), response: {} });
  },
};
