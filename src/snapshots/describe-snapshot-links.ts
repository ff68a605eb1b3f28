import { disksOfInstance } from '../disks/store.js';
import type { Input, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { entityQuery } from '../shared/entity-query.js';
import { entityIdsByKey } from '../shared/entity-table.js';
import { fieldReader, fieldsOf, jsonIds, text } from '../shared/fields.js';
import { pagingFields, pagingView, withPaging } from '../shared/paging.js';
import { ok } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegion } from '../world/regions.js';
import { type SnapshotLinkView, snapshotLinkView } from './views.js';

/**
 * `DescribeSnapshotLinks` parameters (the SDK's `DescribeSnapshotLinksRequest`). Filters are
 * ANDed; an explicitly empty id list matches nothing; results come newest chain first.
 *
 * @example
 * ```ts
 * const request: DescribeSnapshotLinksRequest = { regionId: 'cn-hangzhou', diskIds: JSON.stringify(['d-bp1s5fnvk4gn2tws0001']) };
 * ```
 * @category Snapshots
 */
export interface DescribeSnapshotLinksRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** JSON array of up to 100 disk ids (`InvalidDiskIds` otherwise). */
  diskIds?: string | undefined;
  /** JSON array of up to 100 chain ids (`InvalidSnapshotLinkIds` otherwise). */
  snapshotLinkIds?: string | undefined;
  /** Only the chains of the disks now attached to this instance. */
  instanceId?: string | undefined;
  /** Page number, from 1 (page-number paging). */
  pageNumber?: number | undefined;
  /** Page size, 1-100, default 10 (page-number paging). */
  pageSize?: number | undefined;
  /** Page size, 1-100, default 10 (token paging). */
  maxResults?: number | undefined;
  /** The `nextToken` of the previous page (token paging). */
  nextToken?: string | undefined;
}

/**
 * `DescribeSnapshotLinks` response body.
 *
 * @example
 * ```ts
 * const body = ecs.describeSnapshotLinks({ regionId: 'cn-hangzhou' });
 * body.snapshotLinks.snapshotLink[0]?.totalCount; //=> 3
 * ```
 * @category Snapshots
 */
export interface DescribeSnapshotLinksResponseBody {
  /** How many chains match. */
  totalCount: number;
  /** The page number served (1 in token paging). */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** Token for the next page; empty on the last page. */
  nextToken: string;
  /** The chains. */
  snapshotLinks: {
    /** The chains of this page. */
    snapshotLink: SnapshotLinkView[];
  };
}

/** A JSON id list (an explicit `[]` stays an empty list: it matches nothing). */
function idList(code: 'InvalidDiskIds' | 'InvalidSnapshotLinkIds', wire: string) {
  return jsonIds(100, () =>
    ecsError(code, `The specified ${wire} is not valid: expected a JSON array of at most 100 ids.`),
  );
}

const FIELDS = fieldsOf<DescribeSnapshotLinksRequest>()(() => ({
  regionId: text.required(),
  diskIds: idList('InvalidDiskIds', 'DiskIds'),
  snapshotLinkIds: idList('InvalidSnapshotLinkIds', 'SnapshotLinkIds'),
  instanceId: text,
  ...pagingFields(100, { min: 1, max: 100 }),
}));

const read = fieldReader(FIELDS, withPaging(10));

type DescribeSnapshotLinksInput = Input<ReturnType<typeof read>>;

function intersect(a: readonly string[] | undefined, b: readonly string[]): readonly string[] {
  if (a === undefined) return b;
  const keep = new Set(b);
  return a.filter((id) => keep.has(id));
}

/** The chain ids the id filters allow, or `undefined` when none was given. */
function candidateIds(state: EcsState, input: DescribeSnapshotLinksInput) {
  let ids = input.snapshotLinkIds;
  if (input.diskIds !== undefined) {
    const ofDisks = input.diskIds.flatMap((d) => entityIdsByKey(state.snapshotLinks, `disk:${d}`));
    ids = intersect(ids, ofDisks);
  }
  if (input.instanceId !== undefined) {
    const ofInstance = disksOfInstance(state, input.instanceId).flatMap((d) =>
      d.snapshotLinkId ? [d.snapshotLinkId] : [],
    );
    ids = intersect(ids, ofInstance);
  }
  return ids;
}

/**
 * `DescribeSnapshotLinks`: the snapshot chains of a region (one per disk that has snapshots), with
 * their live snapshot count and the bytes they occupy together, exact at every moment.
 *
 * @internal
 */
export const describeSnapshotLinksOp: Operation<
  DescribeSnapshotLinksInput,
  DescribeSnapshotLinksResponseBody
> = {
  action: 'DescribeSnapshotLinks',
  read,
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const { skip, afterSeq, pageSize: limit } = input.paging;
    const page = entityQuery(state.snapshotLinks, {
      newestFirst: true,
      keys: [`region:${input.regionId}`],
      ids: candidateIds(state, input),
      skip,
      afterSeq,
      limit,
    });
    const snapshotLink = page.items.map((link) => snapshotLinkView(state, link));
    return ok({
      state,
      response: { ...pagingView(input.paging, page), snapshotLinks: { snapshotLink } },
    });
  },
};
