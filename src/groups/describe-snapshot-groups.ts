import type { Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { entityQuery } from '../shared/entity-query.js';
import { pagingView } from '../shared/paging.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { ownershipFilter } from '../tags/ownership-filter.js';
import { requireRegion } from '../world/regions.js';
import {
  type DescribeSnapshotGroupsInput,
  type DescribeSnapshotGroupsResponseBody,
  readDescribeSnapshotGroups,
} from './describe-snapshot-groups-request.js';
import { groupMembers, groupProgress } from './group-progress.js';
import type { SnapshotGroup } from './types.js';
import { snapshotGroupView } from './views.js';

const STATUSES: readonly string[] = ['progressing', 'accomplished', 'failed'];

function checkStatuses(statuses: readonly string[] | undefined): Result<void, EcsError> {
  const bad = statuses?.find((s) => !STATUSES.includes(s));
  if (bad === undefined) return ok(undefined);
  return err(
    ecsError(
      'InvalidStatus.ValueNotSupported',
      `The specified Status "${bad}" is not supported; use progressing, accomplished or failed.`,
    ),
  );
}

function filterOf(
  state: EcsState,
  input: DescribeSnapshotGroupsInput,
  ownedBy: ((g: SnapshotGroup) => boolean) | undefined,
  nowMs: number,
): ((g: SnapshotGroup) => boolean) | undefined {
  const checks: ((g: SnapshotGroup) => boolean)[] = [];
  const { name, status: statuses } = input;
  if (name !== undefined) checks.push((g) => g.name === name);
  if (ownedBy) checks.push(ownedBy);
  if (statuses !== undefined && statuses.length > 0) {
    // The status is read from the members on the clock, never stored: it cannot be indexed.
    checks.push((g) => statuses.includes(groupProgress(groupMembers(state, g), nowMs).status));
  }
  return checks.length === 0 ? undefined : (g) => checks.every((check) => check(g));
}

/**
 * `DescribeSnapshotGroups`: lists the snapshot-consistent groups of a region, newest first, with
 * each group's status, members' progress and the group's remaining time from the virtual clock.
 * Region and instance come from indexes; name, tags and status are checked per group.
 *
 * @example
 * ```ts
 * engine.call(describeSnapshotGroupsOp, { regionId: 'cn-hangzhou', status: ['progressing'] });
 * ```
 * @internal
 */
export const describeSnapshotGroupsOp: Operation<
  DescribeSnapshotGroupsInput,
  DescribeSnapshotGroupsResponseBody
> = {
  action: 'DescribeSnapshotGroups',
  read: readDescribeSnapshotGroups,
  run(state, input, ctx) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const statuses = checkStatuses(input.status);
    if (!statuses.ok) return statuses;
    const owned = ownershipFilter(input);
    if (!owned.ok) return owned;
    const keys = [`region:${input.regionId}`];
    if (input.instanceId !== undefined) keys.push(`instance:${input.instanceId}`);
    const { afterSeq, pageSize: limit } = input.paging;
    const page = entityQuery(state.snapshotGroups, {
      newestFirst: true,
      keys,
      ids: input.snapshotGroupId,
      where: filterOf(state, input, owned.value, ctx.nowMs),
      afterSeq,
      limit,
    });
    const snapshotGroup = page.items.map((g) => snapshotGroupView(state, g, ctx.nowMs));
    const { nextToken } = pagingView(input.paging, page);
    return ok({ state, response: { nextToken, snapshotGroups: { snapshotGroup } } });
  },
};
