import { recordFinishedTask } from '../async-tasks/store.js';
import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { accepted, fieldReader, fieldsOf, flag, text } from '../shared/fields.js';
import { IdAllocator } from '../shared/ids.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { requireZoneCategory } from '../world/offers.js';
import { requireDisk } from './errors.js';
import { resolveDiskSpec } from './resolve-disk-spec.js';
import { putDisk } from './store.js';
import type { Disk } from './types.js';

/**
 * `ModifyDiskSpec` parameters.
 *
 * @example
 * ```ts
 * const request: ModifyDiskSpecRequest = { diskId: 'd-bp67acfmxazb4p0001', performanceLevel: 'PL2' };
 * ```
 * @category Disks
 */
export interface ModifyDiskSpecRequest {
  /** The disk (required): `Available` or `In_use`, no snapshot in progress. */
  diskId?: string | undefined;
  /** The new category (`cloud_essd`, `cloud_auto`, `cloud_ssd`, `cloud_essd_entry`, `cloud_efficiency`); default: unchanged. */
  diskCategory?: string | undefined;
  /** The new ESSD performance level `PL0`-`PL3` (ESSD only; the size must allow it). */
  performanceLevel?: string | undefined;
  /** Accepted without effect (no AutoPL provisioned performance is modelled). */
  provisionedIops?: number | undefined;
  /** Validate only: a passing request fails with `DryRunOperation`. */
  dryRun?: boolean | undefined;
}

/**
 * `ModifyDiskSpec` response body.
 *
 * @example
 * ```ts
 * const body: ModifyDiskSpecResponseBody = { taskId: 't-bp67acfmxazb4p0001', orderId: '' };
 * ```
 * @category Disks
 */
export interface ModifyDiskSpecResponseBody {
  /** The id real ECS gives the change's task (the change is already done in fake-ecs). */
  taskId: string;
  /** The order of a subscription disk's change: always empty (disks are pay-as-you-go). */
  orderId: string;
}

const FIELDS = fieldsOf<ModifyDiskSpecRequest>()(() => ({
  diskId: text.required(),
  diskCategory: text,
  performanceLevel: text,
  provisionedIops: accepted<number>(),
  dryRun: flag,
}));

type ModifyDiskSpecInput = InputOf<typeof FIELDS>;

/**
 * `ModifyDiskSpec`: changes a disk's category or ESSD performance level. As the reference says,
 * the change takes effect immediately (status and size unchanged, data kept); the size must be
 * in the new category's and level's range, and the zone must sell the category.
 *
 * @internal
 */
export const modifyDiskSpecOp: Operation<ModifyDiskSpecInput, ModifyDiskSpecResponseBody> = {
  action: 'ModifyDiskSpec',
  read: fieldReader(FIELDS),
  run(state, input, ctx) {
    const found = requireDisk(state, input.diskId);
    if (!found.ok) return found;
    const disk = found.value;
    if (disk.status !== 'Available' && disk.status !== 'In_use')
      return err(
        ecsError(
          'IncorrectDiskStatus',
          `The disk ${disk.diskId} is ${disk.status}: its spec changes only while Available or In_use.`,
        ),
      );
    if (disk.progressingSnapshotId)
      return err(
        ecsError(
          'IncorrectDiskStatus.CreatingSnapshot',
          `A snapshot of ${disk.diskId} is in progress (${disk.progressingSnapshotId}): change the spec after it completes.`,
        ),
      );
    const category = input.diskCategory ?? disk.category;
    // Changing to ESSD without a level gives PL1; keeping ESSD keeps the current level.
    const level =
      input.performanceLevel ??
      (category === disk.category ? (disk.performanceLevel ?? undefined) : undefined);
    const spec = resolveDiskSpec(
      'CreateDisk',
      { category, performanceLevel: level, size: disk.size },
      { category: disk.category as never, size: disk.size },
    );
    if (!spec.ok) return spec;
    const sold = requireZoneCategory(state.world, disk.zoneId, spec.value.category);
    if (!sold.ok) return sold;
    const ids = new IdAllocator(state.ids);
    const taskId = ids.next('t-', disk.regionId);
    const changed: Disk = {
      ...disk,
      category: spec.value.category,
      performanceLevel: spec.value.performanceLevel,
    };
    return ok({
      state: commit(state, {
        disks: putDisk(state.disks, changed),
        ids: ids.position(),
        asyncTasks: recordFinishedTask(
          state.asyncTasks,
          {
            taskId,
            regionId: disk.regionId,
            taskAction: 'ModifyDiskSpec',
            resourceId: disk.diskId,
            resourceKind: 'DiskId',
          },
          ctx.now,
        ),
      }),
      response: { taskId, orderId: '' },
    });
  },
};
