import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, flag, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { releaseSnapshot } from './release-snapshot.js';
import { findSnapshot } from './store.js';

/**
 * `DeleteSnapshot` parameters.
 *
 * @example
 * ```ts
 * const request: DeleteSnapshotRequest = { snapshotId: 's-bp1c0doj0taqyzzl0001' };
 * ```
 * @category Snapshots
 */
export interface DeleteSnapshotRequest {
  /**
   * The snapshot (required). A progressing one is cancelled. An unknown id is ignored (the call
   * succeeds and changes nothing), as the current API reference says.
   */
  snapshotId?: string | undefined;
  /** Delete even when disks were created from it (they can then no longer be re-initialised). */
  force?: boolean | undefined;
}

const FIELDS = fieldsOf<DeleteSnapshotRequest>()(() => ({
  snapshotId: text.required(),
  force: flag.default(false),
}));

type DeleteSnapshotInput = InputOf<typeof FIELDS>;

/**
 * `DeleteSnapshot`: releases a snapshot. Only the block versions no other snapshot of the chain
 * holds are freed; later snapshots still restore everything they referenced. "If the specified
 * snapshot ID does not exist, the request is ignored" (current reference, which wins over the
 * older error table's `InvalidSnapshotId.NotFound`).
 *
 * @internal
 */
export const deleteSnapshotOp: Operation<DeleteSnapshotInput, Record<never, never>> = {
  action: 'DeleteSnapshot',
  read: fieldReader(FIELDS),
  run(state, input) {
    const snapshot = findSnapshot(state, input.snapshotId);
    if (!snapshot) return ok({ state, response: {} });
    if (snapshot.usage === 'image' || snapshot.usage === 'image_disk') {
      return err(
        ecsError(
          'SnapshotCreatedImage',
          `The snapshot ${snapshot.snapshotId} has been used to create user defined image(s); delete them first.`,
        ),
      );
    }
    if (snapshot.usage === 'disk' && !input.force) {
      return err(
        ecsError(
          'SnapshotCreatedDisk',
          `The snapshot ${snapshot.snapshotId} has been used to create disk(s); pass force to delete it anyway.`,
        ),
      );
    }
    return ok({ state: releaseSnapshot(state, snapshot), response: {} });
  },
};
