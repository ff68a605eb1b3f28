import type { Operation } from '../operations/operation.js';
import type { EcsError } from '../shared/ecs-error.js';
import { IdAllocator } from '../shared/ids.js';
import { RESOURCE_GROUP_STORED } from '../shared/resource-groups.js';
import { ok, type Result } from '../shared/result.js';
import { type TagInput, validateTags } from '../shared/tags.js';
import { takeSnapshot } from '../snapshots/create-snapshot.js';
import { commit } from '../state/commit.js';
import type { Transition, TransitionContext } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegion } from '../world/regions.js';
import {
  type CreateSnapshotGroupInput,
  type CreateSnapshotGroupResponseBody,
  readCreateSnapshotGroup,
} from './create-snapshot-group-request.js';
import { validateGroupFields } from './group-fields.js';
import { selectGroupDisks } from './select-group-disks.js';
import { putSnapshotGroup } from './store.js';
import type { SnapshotGroup } from './types.js';

function run(
  state: EcsState,
  input: CreateSnapshotGroupInput,
  ctx: TransitionContext,
): Result<Transition<CreateSnapshotGroupResponseBody>, EcsError> {
  const region = requireRegion(state.world, input.regionId);
  if (!region.ok) return region;
  const fields = validateGroupFields(input);
  if (!fields.ok) return fields;
  const tags = validateTags(input.tag as TagInput[] | undefined);
  if (!tags.ok) return tags;
  const selection = selectGroupDisks(state, input);
  if (!selection.ok) return selection;
  const ids = new IdAllocator(state.ids);
  const snapshotGroupId = ids.next('ssg-', input.regionId);
  // Every member captures its disk in this one transition, at ctx.now: no write can come between.
  let next = commit(state, { ids: ids.position() });
  const snapshotIds: string[] = [];
  for (const disk of selection.value.disks) {
    const taken = takeSnapshot(
      next,
      {
        disk,
        snapshotType: 'user',
        snapshotName: '',
        description: '',
        retentionDays: null,
        tags: [],
        snapshotGroupId,
      },
      ctx,
    );
    next = taken.state;
    snapshotIds.push(taken.snapshotId);
  }
  const group: SnapshotGroup = {
    seq: next.snapshotGroups.nextSeq,
    snapshotGroupId,
    regionId: input.regionId,
    name: input.name ?? '',
    description: input.description ?? '',
    instanceId: selection.value.instanceId,
    creationTime: ctx.now,
    snapshotIds,
    tags: tags.value,
    ...(input.resourceGroupId === undefined ? {} : { resourceGroupId: input.resourceGroupId }),
  };
  return ok({
    state: commit(next, { snapshotGroups: putSnapshotGroup(next.snapshotGroups, group) }),
    response: { snapshotGroupId },
  });
}

/**
 * `CreateSnapshotGroup`: one snapshot per selected disk, every one capturing its disk at the same
 * instant, each `progressing` for its own copy time; the group records them.
 *
 * @example
 * ```ts
 * engine.call(createSnapshotGroupOp, { regionId: 'cn-hangzhou', instanceId });
 * ```
 * @internal
 */
export const createSnapshotGroupOp: Operation<
  CreateSnapshotGroupInput,
  CreateSnapshotGroupResponseBody
> = {
  action: 'CreateSnapshotGroup',
  stores: RESOURCE_GROUP_STORED,
  read: readCreateSnapshotGroup,
  run,
};
