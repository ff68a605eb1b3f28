import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, flag, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { judgeRollback } from '../volumes/rollback-verdict.js';
import { checkRollback, replaceDiskContent } from './reset-disk-rules.js';

/**
 * `ResetDisk` parameters (the SDK's `ResetDiskRequest`): roll one disk back to one of its own
 * snapshots.
 *
 * @example
 * ```ts
 * const request: ResetDiskRequest = { diskId: 'd-bp199lyny9b30001', snapshotId: 's-bp199lyny9b30001' };
 * ```
 * @category Disks
 */
export interface ResetDiskRequest {
  /** The disk to roll back (required): `In_use` on a `Stopped` instance, or `Available`. */
  diskId?: string | undefined;
  /** The snapshot to roll back to (required): an accomplished snapshot taken from that disk. */
  snapshotId?: string | undefined;
  /** Only check the request: a valid one fails with `DryRunOperation` and changes nothing. */
  dryRun?: boolean | undefined;
}

/**
 * `ResetDisk` response body: only the request id.
 *
 * @example
 * ```ts
 * const body: WithRequestId<ResetDiskResponseBody> = { requestId: 'F3CD6886-D8D0-4FEE-B93E-1B73239673DE' };
 * ```
 * @category Disks
 */
export type ResetDiskResponseBody = Record<never, never>;

const FIELDS = fieldsOf<ResetDiskRequest>()(() => ({
  diskId: text.required(),
  snapshotId: text.required(),
  dryRun: flag,
}));

/** @internal */
export type ResetDiskInput = InputOf<typeof FIELDS>;

/**
 * `ResetDisk`: the disk takes the snapshot's content at once (by reference, O(1)), goes
 * `ReIniting` for `timings.diskReInit` seconds and returns to its status; the snapshot becomes
 * the parent of the disk's next snapshot. Later snapshots of the disk are kept.
 *
 * @internal
 */
export const resetDiskOp: Operation<ResetDiskInput, ResetDiskResponseBody> = {
  action: 'ResetDisk',
  read: fieldReader(FIELDS),
  run(state, input, ctx) {
    const checked = checkRollback(state, input.diskId, input.snapshotId);
    if (!checked.ok) return checked;
    const { disk, snapshot } = checked.value;
    const judged = judgeRollback(state, [{ diskId: disk.diskId, snapshot }]);
    if (!judged.ok) return judged;
    const next = replaceDiskContent(state, disk, snapshot.content, snapshot.snapshotId, ctx);
    const { volumes, notes } = judged.value;
    return ok({
      state: commit(state, { disks: next.disks, tasks: next.tasks, volumes }),
      response: {},
      notes,
    });
  },
};
