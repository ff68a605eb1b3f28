import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, flag, list, text } from '../shared/fields.js';
import { type OperationProgress, operationProgress } from '../shared/operation-progress.js';
import type { ParamReader } from '../shared/params.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { judgeRollback, type RolledDisk } from '../volumes/rollback-verdict.js';
import { requireRegion } from '../world/regions.js';
import { diskNotFound } from './errors.js';
import { checkRollback, replaceDiskContent } from './reset-disk-rules.js';

/**
 * One disk of a `ResetDisks` request (the SDK's `ResetDisksRequestDisk`).
 *
 * @example
 * ```ts
 * const item: ResetDisksRequestDisk = { diskId: 'd-j6cf7l0ewidb78lq****', snapshotId: 's-j6cdofbycydvg7ey****' };
 * ```
 * @category Disks
 */
export interface ResetDisksRequestDisk {
  /** The disk to roll back. */
  diskId?: string | undefined;
  /** The snapshot of that disk to roll back to. */
  snapshotId?: string | undefined;
}

/**
 * `ResetDisks` parameters (the SDK's `ResetDisksRequest`): roll back 1 to 10 disks of a region at
 * once, typically with the snapshots of one instance snapshot.
 *
 * @example
 * ```ts
 * const request: ResetDisksRequest = { regionId: 'cn-hangzhou', disk: [{ diskId, snapshotId }] };
 * ```
 * @category Disks
 */
export interface ResetDisksRequest {
  /** The region of the disks (required). */
  regionId?: string | undefined;
  /** The disks and their snapshots (required, 1-10, each disk once). */
  disk?: ResetDisksRequestDisk[] | undefined;
  /** Only check the request: a valid one fails with `DryRunOperation` and changes nothing. */
  dryRun?: boolean | undefined;
}

/**
 * The outcome for one disk of a `ResetDisks` call.
 *
 * @example
 * ```ts
 * const item: ResetDisksOperationProgress = {
 *   operationStatus: 'Success',
 *   relatedItemSet: { relatedItem: [{ name: 'DiskId', value: 'd-j6cf7l0ewidb78lq****' }] },
 * };
 * ```
 * @category Disks
 */
export type ResetDisksOperationProgress = OperationProgress;

/**
 * `ResetDisks` response body: one progress item per disk, in request order.
 *
 * @example
 * ```ts
 * body.operationProgressSet.operationProgress[0].operationStatus; //=> 'Success'
 * ```
 * @category Disks
 */
export interface ResetDisksResponseBody {
  /** Per-disk outcomes. */
  operationProgressSet: {
    /** One item per disk of the request. */
    operationProgress: ResetDisksOperationProgress[];
  };
}

const DISK_FIELDS = fieldsOf<ResetDisksRequestDisk>()(() => ({
  diskId: text.required(),
  snapshotId: text.required(),
}));

// The region and dry run are read before the disks, whose checks use their list.
const FIELDS = fieldsOf<ResetDisksRequest>()(() => ({
  regionId: text.required(),
  dryRun: flag,
  disk: list(DISK_FIELDS, 10).required(),
}));

/** @internal */
export type ResetDisksInput = Omit<InputOf<typeof FIELDS>, 'disk'> & {
  readonly disks: InputOf<typeof FIELDS>['disk'];
};

function checkDisks({ disk, ...values }: InputOf<typeof FIELDS>, p: ParamReader): ResetDisksInput {
  if (disk.length === 0) p.reject('disk', 'at least one disk is required');
  const seen = new Set<string>();
  for (const d of disk) {
    if (seen.has(d.diskId)) p.reject('disk', `disk ${d.diskId} is listed twice`);
    seen.add(d.diskId);
  }
  return { ...values, disks: disk };
}

/**
 * `ResetDisks`: rolls back several disks in one call, atomically. Every disk is checked as
 * `ResetDisk` checks it (and must be in the request's region); the first refused disk refuses the
 * whole call with its code and nothing changes. Otherwise every disk is rolled back and reported
 * `Success`.
 *
 * @internal
 */
export const resetDisksOp: Operation<ResetDisksInput, ResetDisksResponseBody> = {
  action: 'ResetDisks',
  read: fieldReader(FIELDS, checkDisks),
  run(state, input, ctx) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    let next: EcsState = state;
    const rolled: RolledDisk[] = [];
    for (const item of input.disks) {
      const checked = checkRollback(state, item.diskId, item.snapshotId);
      if (!checked.ok) return checked;
      const { disk, snapshot } = checked.value;
      if (disk.regionId !== input.regionId) return err(diskNotFound(item.diskId));
      next = replaceDiskContent(next, disk, snapshot.content, snapshot.snapshotId, ctx);
      rolled.push({ diskId: disk.diskId, snapshot });
    }
    const judged = judgeRollback(state, rolled);
    if (!judged.ok) return judged;
    const { volumes, notes } = judged.value;
    // All or none: every disk is reported Success (a refused disk refused the call above).
    const progress = input.disks.map((item) => operationProgress('DiskId', item.diskId));
    return ok({
      state: commit(state, { disks: next.disks, tasks: next.tasks, volumes }),
      response: { operationProgressSet: { operationProgress: progress } },
      notes,
    });
  },
};
