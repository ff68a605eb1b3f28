import type { Input } from '../operations/operation.js';
import { fieldReader, fieldsOf, flag, ids, int, refused, text } from '../shared/fields.js';
import { pageToken, pagingOf } from '../shared/paging.js';
import type { TagInput } from '../shared/tags.js';
import { OWNERSHIP_FIELDS } from '../tags/ownership-filter.js';
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

// The operation pages by token only: page numbers are not among its parameters.
const FIELDS = fieldsOf<DescribeSnapshotGroupsRequest & { pageNumber?: never; pageSize?: never }>()(
  () => ({
    regionId: text.required(),
    instanceId: text,
    snapshotGroupId: ids(10),
    status: ids(3),
    name: text,
    ...OWNERSHIP_FIELDS,
    pageNumber: refused('use MaxResults and NextToken'),
    pageSize: refused('use MaxResults and NextToken'),
    maxResults: int({ min: 1, max: 100 }),
    nextToken: pageToken,
    dryRun: flag,
  }),
);

/**
 * Reads a `DescribeSnapshotGroups` request.
 *
 * @example
 * ```ts
 * readParams({ regionId: 'cn-hangzhou', status: ['failed'] }, readDescribeSnapshotGroups);
 * ```
 * @internal
 */
export const readDescribeSnapshotGroups = fieldReader(FIELDS, (values) => ({
  ...values,
  paging: pagingOf({ ...values, pageNumber: 1 }, 10),
}));

/** @internal */
export type DescribeSnapshotGroupsInput = Input<ReturnType<typeof readDescribeSnapshotGroups>>;
