import { disksOfInstance, putDisk, removeDisk } from '../disks/store.js';
import type { InputOf, Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { entityRemove } from '../shared/entity-table.js';
import { fieldReader, fieldsOf, flag, text } from '../shared/fields.js';
import { err, ok, type Result } from '../shared/result.js';
import { guardInstanceChange } from '../snapshots/instance-change-guard.js';
import { dropEmptyChain } from '../snapshots/lineage.js';
import { releaseAutoSnapshots } from '../snapshots/release-auto-snapshots.js';
import { refreshUsage } from '../snapshots/usage.js';
import { commit } from '../state/commit.js';
import type { TransitionContext } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import { instanceNotFound } from './errors.js';
import { requireInstanceStatus } from './lifecycle.js';
import { findInstance, instanceIndexKeys } from './store.js';

/**
 * `DeleteInstance` parameters.
 *
 * @example
 * ```ts
 * const request: DeleteInstanceRequest = { instanceId: 'i-bp67acfmxazb4p0001', force: true };
 * ```
 * @category Instances
 */
export interface DeleteInstanceRequest {
  /** The instance (required); it must be `Stopped`, or `Running` with `force`. */
  instanceId?: string | undefined;
  /** Release a `Running` instance too. */
  force?: boolean | undefined;
  /** Accepted for compatibility (a forced release stops the instance first anyway). */
  forceStop?: boolean | undefined;
  /** Validate only. */
  dryRun?: boolean | undefined;
}

const FIELDS = fieldsOf<DeleteInstanceRequest>()(() => ({
  forceStop: flag.discard(),
  instanceId: text.required(),
  force: flag.default(false),
  dryRun: flag,
}));

type DeleteInstanceInput = InputOf<typeof FIELDS>;

/**
 * `DeleteInstance`: releases the instance. Disks with `deleteWithInstance` go with it; the others
 * are detached and stay `Available` (and keep having been attached). An instance with deletion
 * protection is refused with `InvalidOperation.DeletionProtection` (403).
 *
 * @internal
 */
export const deleteInstanceOp: Operation<DeleteInstanceInput, Record<never, never>> = {
  action: 'DeleteInstance',
  read: fieldReader(FIELDS),
  run(state, input, ctx) {
    const released = releaseInstance(state, input.instanceId, input.force, ctx);
    return released.ok ? ok({ state: released.value, response: {} }) : released;
  },
};

/**
 * Releases one instance (`DeleteInstance`, and each instance of `DeleteInstances`): it must exist,
 * have deletion protection off, be `Stopped` (or `Running` with `force`), and no status change may
 * be refused by a snapshot in progress. Disks with `deleteWithInstance` go with it; the others are
 * detached and stay `Available`.
 *
 * @param state - The state.
 * @param instanceId - The instance.
 * @param force - Release a `Running` instance too.
 * @param ctx - The time.
 * @returns The state without the instance, or the refusal.
 * @internal
 */
export function releaseInstance(
  state: EcsState,
  instanceId: string,
  force: boolean,
  ctx: TransitionContext,
): Result<EcsState, EcsError> {
  const instance = findInstance(state, instanceId);
  if (!instance) return err(instanceNotFound(instanceId));
  if (instance.deletionProtection)
    return err(
      ecsError(
        'InvalidOperation.DeletionProtection',
        `The instance ${instanceId} cannot be released: deletion protection is enabled; turn it off with ModifyInstanceAttribute first.`,
      ),
    );
  const allowed = requireInstanceStatus(instance, force ? 'ForceDeleteInstance' : 'DeleteInstance');
  if (!allowed.ok) return allowed;
  const guarded = guardInstanceChange(state, instance.instanceId, 'released');
  if (!guarded.ok) return guarded;
  let from = guarded.value;
  for (const disk of disksOfInstance(from, instance.instanceId))
    if (disk.deleteWithInstance) from = releaseAutoSnapshots(from, disk);
  let { disks, snapshotLinks } = from;
  for (const disk of disksOfInstance(from, instance.instanceId)) {
    if (disk.deleteWithInstance)
      snapshotLinks = dropEmptyChain(snapshotLinks, disk, from.snapshots);
    disks = disk.deleteWithInstance
      ? removeDisk(disks, disk.diskId)
      : putDisk(disks, {
          ...disk,
          status: 'Available',
          plan: [],
          pendingTask: null,
          instanceId: null,
          device: null,
          detachedTime: ctx.now,
        });
  }
  const instances = entityRemove(from.instances, instance.instanceId, instanceIndexKeys);
  const released = disksOfInstance(from, instance.instanceId).filter((d) => d.deleteWithInstance);
  const snapshots = refreshUsage(
    { ...from, disks },
    released.map((d) => d.sourceSnapshotId),
  );
  return ok(commit(from, { instances, disks, snapshotLinks, snapshots }));
}
