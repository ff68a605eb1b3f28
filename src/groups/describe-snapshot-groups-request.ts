import type { CommonInput } from '../operations/operation.js';
import { type Paging, readPaging } from '../shared/paging.js';
import type { ParamReader } from '../shared/params.js';
import type { TagInput } from '../shared/tags.js';
import { readOwnership } from '../tags/ownership-filter.js';
import type { SnapshotGroupView } from './views.js';

/**
 * `DescribeSnapshotGroups` parameters (the SDK's `DescribeSnapshotGroupsRequest` fields fake-ecs
 * supports). Filters are ANDed; groups come newest first.
 *
 * @example
 * ```ts
 * const request: DescribeSnapshotGroupsRequest = { regionId: 'cn-hangzhou', instanceId: 'i-bp67acfmxazb4p****', status: ['progressing'] };
 * ```
 * @category Snapshot groups
 */
export interface DescribeSnapshotGroupsRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** Only groups of this instance. */
  instanceId?: string | undefined;
  /** Only these groups (`SnapshotGroupId.N`, 1-10). */
  snapshotGroupId?: string[] | undefined;
  /** Only groups in these statuses (`Status.N`, 1-3): `progressing`, `accomplished`, `failed`. */
  status?: string[] | undefined;
  /** Exact group name. */
  name?: string | undefined;
  /** Tags the groups must have (a tag without a value matches any value). */
  tag?: TagInput[] | undefined;
  /** Only groups of this resource group (`rg-...`; the default group holds every resource that joined none). */
  resourceGroupId?: string | undefined;
  /** Page size, 1-100, default 10. */
  maxResults?: number | undefined;
  /** The `nextToken` of the previous page. */
  nextToken?: string | undefined;
  /** Validate only: a passing request fails with `DryRunOperation`. */
  dryRun?: boolean | undefined;
}

/**
 * `DescribeSnapshotGroups` response body.
 *
 * @example
 * ```ts
 * const body = ecs.describeSnapshotGroups({ regionId: 'cn-hangzhou' });
 * body.snapshotGroups.snapshotGroup.map((g) => g.status); //=> ['progressing']
 * ```
 * @category Snapshot groups
 */
export interface DescribeSnapshotGroupsResponseBody {
  /** Token for the next page; empty on the last page. */
  nextToken: string;
  /** The groups. */
  snapshotGroups: {
    /** The groups of this page, newest first. */
    snapshotGroup: SnapshotGroupView[];
  };
}

/** @internal */
export interface DescribeSnapshotGroupsInput extends CommonInput {
  readonly regionId: string;
  readonly instanceId: string | undefined;
  readonly snapshotGroupIds: readonly string[] | undefined;
  readonly statuses: readonly string[] | undefined;
  readonly name: string | undefined;
  readonly tag: unknown;
  readonly resourceGroupId: string | undefined;
  readonly paging: Paging;
}

function readTokenPaging(p: ParamReader): Paging {
  // The operation pages by token only: page numbers are not among its parameters.
  for (const key of ['pageNumber', 'pageSize']) {
    if (p.passThrough(key) !== undefined) p.reject(key, 'use MaxResults and NextToken');
  }
  return readPaging(p, { maxPageSize: 100, maxResults: { min: 1, max: 100 }, defaultSize: 10 });
}

/**
 * Reads a `DescribeSnapshotGroups` request.
 *
 * @param p - The reader.
 * @returns The typed input.
 * @example
 * ```ts
 * readParams({ regionId: 'cn-hangzhou', status: ['failed'] }, readDescribeSnapshotGroups);
 * ```
 * @internal
 */
export function readDescribeSnapshotGroups(p: ParamReader): DescribeSnapshotGroupsInput {
  return {
    regionId: p.required('regionId', p.string('regionId')),
    instanceId: p.string('instanceId'),
    snapshotGroupIds: p.stringList('snapshotGroupId', 10),
    statuses: p.stringList('status', 3),
    name: p.string('name'),
    ...readOwnership(p),
    paging: readTokenPaging(p),
    dryRun: p.bool('dryRun'),
  };
}
