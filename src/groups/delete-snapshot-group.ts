import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, flag, text } from '../shared/fields.js';
import { type OperationProgress, operationProgress } from '../shared/operation-progress.js';
import { err, ok } from '../shared/result.js';
import { releaseSnapshot } from '../snapshots/release-snapshot.js';
import { putSnapshot } from '../snapshots/store.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegion } from '../world/regions.js';
import { snapshotGroupNotFound } from './group-fields.js';
import { groupMembers } from './group-progress.js';
import { findSnapshotGroup, removeSnapshotGroup } from './store.js';

/**
 * `DeleteSnapshotGroup` parameters (the SDK's `DeleteSnapshotGroupRequest`).
 *
 * @example
 * ```ts
 * const request: DeleteSnapshotGroupRequest = { regionId: 'cn-hangzhou', snapshotGroupId: 'ssg-j6c9lpuyxo2uxxny****' };
 * ```
 * @category Snapshot groups
 */
export interface DeleteSnapshotGroupRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The group (required). */
  snapshotGroupId?: string | undefined;
  /** Validate only (fake-ecs accepts it here although the SDK's model lacks the field). */
  dryRun?: boolean | undefined;
}

/**
 * The outcome for one member snapshot of a `DeleteSnapshotGroup` call.
 *
 * @example
 * ```ts
 * const item: DeleteSnapshotGroupOperationProgress = {
 *   operationStatus: 'Success',
 *   relatedItemSet: { relatedItem: [{ name: 'SnapshotId', value: 's-j6c9lpuyxo2uxxnx****' }] },
 * };
 * ```
 * @category Snapshot groups
 */
export type DeleteSnapshotGroupOperationProgress = OperationProgress;

/**
 * `DeleteSnapshotGroup` response body: one progress item per member snapshot.
 *
 * @example
 * ```ts
 * body.operationProgressSet.operationProgress.map((p) => p.operationStatus); //=> ['Success', 'Failed']
 * ```
 * @category Snapshot groups
 */
export interface DeleteSnapshotGroupResponseBody {
  /** Per-member outcomes. */
  operationProgressSet: {
    /** One item per member still listed when the group was deleted, in selection order. */
    operationProgress: DeleteSnapshotGroupOperationProgress[];
  };
}

const FIELDS = fieldsOf<DeleteSnapshotGroupRequest>()(() => ({
  regionId: text.required(),
  snapshotGroupId: text.required(),
  dryRun: flag,
}));

type DeleteSnapshotGroupInput = InputOf<typeof FIELDS>;

/**
 * `DeleteSnapshotGroup`: deletes a group and releases its members (a progressing one is
 * cancelled), except members a custom image uses: they are kept, leave the group, and are reported
 * with `SnapshotCreatedImage`. The group goes in every case.
 *
 * @example
 * ```ts
 * engine.call(deleteSnapshotGroupOp, { regionId: 'cn-hangzhou', snapshotGroupId });
 * ```
 * @internal
 */
export const deleteSnapshotGroupOp: Operation<
  DeleteSnapshotGroupInput,
  DeleteSnapshotGroupResponseBody
> = {
  action: 'DeleteSnapshotGroup',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const group = findSnapshotGroup(state, input.snapshotGroupId, input.regionId);
    if (!group) return err(snapshotGroupNotFound(input.snapshotGroupId));
    let next: EcsState = state;
    const progress: DeleteSnapshotGroupOperationProgress[] = [];
    for (const member of groupMembers(state, group)) {
      if (member.usage === 'image' || member.usage === 'image_disk') {
        const error = ecsError(
          'SnapshotCreatedImage',
          `The snapshot ${member.snapshotId} has been used to create user defined image(s); it is kept.`,
        );
        next = commit(next, {
          snapshots: putSnapshot(next.snapshots, { ...member, snapshotGroupId: null }),
        });
        progress.push(operationProgress('SnapshotId', member.snapshotId, error));
      } else {
        next = releaseSnapshot(next, member);
        progress.push(operationProgress('SnapshotId', member.snapshotId));
      }
    }
    next = commit(next, {
      snapshotGroups: removeSnapshotGroup(next.snapshotGroups, group.snapshotGroupId),
    });
    return ok({ state: next, response: { operationProgressSet: { operationProgress: progress } } });
  },
};
