import type { Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { entityQuery } from '../shared/entity-query.js';
import { parseJsonIds } from '../shared/json-ids.js';
import { pagingView } from '../shared/paging.js';
import { err, ok } from '../shared/result.js';
import { ownershipFilter } from '../tags/ownership-filter.js';
import type { RegionSpec } from '../world/region-spec.js';
import { requireRegion } from '../world/regions.js';
import {
  type DescribeDisksInput,
  type DescribeDisksResponseBody,
  readDescribeDisks,
} from './describe-disks-request.js';
import type { Disk } from './types.js';
import { diskView } from './views.js';

const MAX_DISK_IDS = 100;

/** The index keys that answer the request's filters: one ordered index per key. */
function indexKeys(input: DescribeDisksInput, region: RegionSpec): string[] {
  const zoneInRegion = input.zoneId !== undefined && region.zoneIds.includes(input.zoneId);
  const keys = zoneInRegion ? [`zone:${input.zoneId}`] : [`region:${input.regionId}`];
  if (input.zoneId !== undefined && !zoneInRegion) keys.push(`zone:${input.zoneId}`);
  if (input.instanceId !== undefined) keys.push(`instance:${input.instanceId}`);
  if (input.status !== 'All') keys.push(`status:${input.status}`);
  if (input.category !== 'all') keys.push(`category:${input.category}`);
  if (input.diskType !== 'all') keys.push(`type:${input.diskType}`);
  if (input.autoSnapshotPolicyId !== undefined) keys.push(`policy:${input.autoSnapshotPolicyId}`);
  return keys;
}

/** The filters no index answers, as one predicate; `undefined` when there are none. */
function residualFilter(
  input: DescribeDisksInput,
  owned: ((disk: Disk) => boolean) | undefined,
): ((disk: Disk) => boolean) | undefined {
  const checks: ((disk: Disk) => boolean)[] = [];
  const { portable, deleteWithInstance, deleteAutoSnapshot, enableAutoSnapshot, diskName } = input;
  if (portable !== undefined) checks.push((d) => d.portable === portable);
  if (deleteWithInstance !== undefined)
    checks.push((d) => d.deleteWithInstance === deleteWithInstance);
  if (deleteAutoSnapshot !== undefined)
    checks.push((d) => d.deleteAutoSnapshot === deleteAutoSnapshot);
  if (enableAutoSnapshot !== undefined)
    checks.push((d) => d.enableAutoSnapshot === enableAutoSnapshot);
  if (diskName !== undefined) checks.push((d) => d.diskName === diskName);
  if (owned) checks.push(owned);
  return checks.length === 0 ? undefined : (d) => checks.every((check) => check(d));
}

/**
 * `DescribeDisks`: lists the disks of a region with every documented filter fake-ecs models and
 * both paging styles. Index keys answer region, zone, instance, status, category, type and policy, so one
 * page costs O(log n + page) however many disks the world holds.
 *
 * @internal
 */
export const describeDisksOp: Operation<DescribeDisksInput, DescribeDisksResponseBody> = {
  action: 'DescribeDisks',
  read: readDescribeDisks,
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const ids = parseJsonIds(input.diskIds, MAX_DISK_IDS);
    if (ids === null) {
      const why = `expected a JSON array of at most ${MAX_DISK_IDS} disk ids`;
      return err(
        ecsError(
          'InvalidDiskIds.Malformed',
          `The specified parameter DiskIds is not valid: ${why}.`,
        ),
      );
    }
    const owned = ownershipFilter(input);
    if (!owned.ok) return owned;
    const { skip, afterSeq, pageSize: limit } = input.paging;
    const page = entityQuery(state.disks, {
      keys: indexKeys(input, region.value),
      ids,
      where: residualFilter(input, owned.value),
      skip,
      afterSeq,
      limit,
    });
    return ok({
      state,
      response: { ...pagingView(input.paging, page), disks: { disk: page.items.map(diskView) } },
    });
  },
};
