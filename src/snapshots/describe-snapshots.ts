import { millisOf, parseInstant } from '../clock/timestamp.js';
import type { Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import type { EntityPage } from '../shared/entity-query.js';
import { entityQuery } from '../shared/entity-query.js';
import { entityGet, entityWalkByKey } from '../shared/entity-table.js';
import { pagingView } from '../shared/paging.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { ownershipFilter } from '../tags/ownership-filter.js';
import { requireRegion } from '../world/regions.js';
import {
  type DescribeSnapshotsInput,
  type DescribeSnapshotsResponseBody,
  readDescribeSnapshots,
} from './describe-snapshots-request.js';
import type { Snapshot } from './types.js';
import { snapshotView } from './views.js';

/** What the request's case-insensitive and structured filters resolve to. */
interface Resolved {
  readonly sourceDiskType: string | undefined;
  /** `false` when a filter can match no fake-ecs snapshot (`Flash`, `encrypted: true`). */
  readonly possible: boolean;
  readonly fromMs: number | undefined;
  readonly beforeMs: number | undefined;
  readonly owned: ((s: Snapshot) => boolean) | undefined;
}

function resolveTimes(
  filter: DescribeSnapshotsInput['filter'],
): Result<{ fromMs: number | undefined; beforeMs: number | undefined }, EcsError> {
  let fromMs: number | undefined;
  let beforeMs: number | undefined;
  for (const [i, f] of (filter ?? []).entries()) {
    if (f.key !== 'CreationStartTime' && f.key !== 'CreationEndTime') {
      return err(
        ecsError(
          'InvalidFilterKey.NotFound',
          `The specified filter key "${f.key}" is not found; use CreationStartTime or CreationEndTime.`,
        ),
      );
    }
    const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/.test(f.value) ? parseInstant(f.value) : undefined;
    if (ms === undefined) {
      return err(
        ecsError(
          'InvalidParameter',
          `The specified parameter Filter.${i + 1}.Value is not valid: expected a UTC time yyyy-MM-ddTHH:mmZ.`,
        ),
      );
    }
    if (f.key === 'CreationStartTime') fromMs = ms;
    else beforeMs = ms;
  }
  return ok({ fromMs, beforeMs });
}

function resolve(input: DescribeSnapshotsInput): Result<Resolved, EcsError> {
  const sourceDiskType = input.sourceDiskType?.toLowerCase();
  if (sourceDiskType !== undefined && sourceDiskType !== 'system' && sourceDiskType !== 'data') {
    return err(
      ecsError(
        'InvalidSourceDiskType',
        'The specified SourceDiskType is not valid; use system or data.',
      ),
    );
  }
  const category = input.category?.toLowerCase();
  if (category !== undefined && !['standard', 'flash', 'archive'].includes(category)) {
    return err(
      ecsError(
        'InvalidSnapshotCategory.Malformed',
        'The specified Category is not valid; use Standard, Flash or archive.',
      ),
    );
  }
  const times = resolveTimes(input.filter);
  if (!times.ok) return times;
  const owned = ownershipFilter(input);
  if (!owned.ok) return owned;
  const possible = (category === undefined || category === 'standard') && input.encrypted !== true;
  return ok({ sourceDiskType, possible, ...times.value, owned: owned.value });
}

/**
 * The index keys of the filters. The region's key only when no other filter has one: under a
 * disk, chain or instance nearly every row is of the region, and checking its field (see
 * `residualFilter`) is cheaper than a lookup in the region's index per row. A chain is one
 * disk's: its filter reads the rows of its disk (`chainDiskId`), the chain's id is checked on them.
 */
function indexKeys(input: DescribeSnapshotsInput, chainDiskId: string | undefined): string[] {
  const keys: string[] = [];
  if (input.diskId !== undefined) keys.push(`disk:${input.diskId}`);
  if (chainDiskId !== undefined && chainDiskId !== input.diskId) keys.push(`disk:${chainDiskId}`);
  if (input.instanceId !== undefined) keys.push(`instance:${input.instanceId}`);
  // Only the keys snapshotIndexKeys makes; residualFilter checks the unindexed values.
  if (input.status === 'progressing' || input.status === 'failed')
    keys.push(`status:${input.status}`);
  if (input.usage !== undefined && input.usage !== 'none') keys.push(`usage:${input.usage}`);
  return keys.length > 0 ? keys : [`region:${input.regionId}`];
}

/** More chains than this under one disk: its snapshots' regions are checked row by row. */
const CHAINS_CHECKED = 8;

/**
 * Whether every snapshot of the disk filtered on is in the region asked for. A snapshot of a disk
 * is in one of the disk's chains (its own, or the chain of a copy, in the copy's region), and a
 * disk has few: when all of them are in the region, the rows need no region check, and a page
 * filtered by disk alone costs O(log n + page) instead of a walk of the disk's snapshots.
 */
function diskInRegion(state: EcsState, input: DescribeSnapshotsInput): boolean {
  if (input.diskId === undefined) return false;
  let chains = 0;
  for (const id of entityWalkByKey(state.snapshotLinks, `disk:${input.diskId}`)) {
    if (++chains > CHAINS_CHECKED) return false;
    if (entityGet(state.snapshotLinks, id)?.regionId !== input.regionId) return false;
  }
  return true;
}

function residualFilter(
  input: DescribeSnapshotsInput,
  r: Resolved,
  regionChecked: boolean,
): ((s: Snapshot) => boolean) | undefined {
  const checks: ((s: Snapshot) => boolean)[] = [];
  const { regionId, snapshotName, status, snapshotType, usage, snapshotLinkId } = input;
  if (!regionChecked) checks.push((s) => s.regionId === regionId);
  if (snapshotLinkId !== undefined) checks.push((s) => s.snapshotLinkId === snapshotLinkId);
  const { sourceDiskType } = r;
  if (status === 'accomplished') checks.push((s) => s.status === status);
  if (snapshotType !== 'all') checks.push((s) => s.snapshotType === snapshotType);
  if (usage === 'none') checks.push((s) => s.usage === usage);
  if (sourceDiskType !== undefined) checks.push((s) => s.sourceDiskType === sourceDiskType);
  if (snapshotName !== undefined) checks.push((s) => s.snapshotName === snapshotName);
  if (r.owned) checks.push(r.owned);
  const { fromMs, beforeMs } = r;
  if (fromMs !== undefined) checks.push((s) => millisOf(s.creationTime) >= fromMs);
  if (beforeMs !== undefined) checks.push((s) => millisOf(s.creationTime) < beforeMs);
  return checks.length === 0 ? undefined : (s) => checks.every((check) => check(s));
}

const NOTHING: EntityPage<Snapshot> = {
  items: [],
  totalCount: 0,
  lastSeq: undefined,
  hasMore: false,
};

/**
 * `DescribeSnapshots`: lists the snapshots of a region, newest first, with every documented
 * filter and both paging styles. Index keys answer region, disk, instance, chain and the
 * selective statuses and usages, so a page costs O(log n + page) for index-only filters; type,
 * source disk type, `accomplished` and usage `none` are checked on the rows of those keys.
 *
 * @internal
 */
export const describeSnapshotsOp: Operation<DescribeSnapshotsInput, DescribeSnapshotsResponseBody> =
  {
    action: 'DescribeSnapshots',
    read: readDescribeSnapshots,
    run(state, input, ctx) {
      const region = requireRegion(state.world, input.regionId);
      if (!region.ok) return region;
      const resolved = resolve(input);
      if (!resolved.ok) return resolved;
      const { skip, afterSeq, pageSize: limit } = input.paging;
      // A chain that is not stored is shown by no snapshot (it is dropped only once none shows it).
      const chain =
        input.snapshotLinkId === undefined
          ? undefined
          : entityGet(state.snapshotLinks, input.snapshotLinkId);
      const keys = indexKeys(input, chain?.sourceDiskId);
      const regionChecked = keys.includes(`region:${input.regionId}`) || diskInRegion(state, input);
      const page =
        resolved.value.possible && (input.snapshotLinkId === undefined || chain !== undefined)
          ? entityQuery(state.snapshots, {
              newestFirst: true,
              keys,
              ids: input.snapshotIds,
              where: residualFilter(input, resolved.value, regionChecked),
              skip,
              afterSeq,
              limit,
            })
          : NOTHING;
      const snapshot = page.items.map((s) => snapshotView(state, s, ctx.nowMs));
      return ok({
        state,
        response: { ...pagingView(input.paging, page), snapshots: { snapshot } },
      });
    },
  };
