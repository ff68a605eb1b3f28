import type { Input } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, flag, jsonIds, list, oneOf, text } from '../shared/fields.js';
import { pagingFields, withPaging } from '../shared/paging.js';
import type { TagInput } from '../shared/tags.js';
import { OWNERSHIP_FIELDS } from '../tags/ownership-filter.js';
import type { SnapshotView } from './views.js';

/**
 * A `DescribeSnapshots` filter (the SDK's `DescribeSnapshotsRequestFilter`): `CreationStartTime`
 * or `CreationEndTime`, with a UTC time `yyyy-MM-ddTHH:mmZ`.
 *
 * @example
 * ```ts
 * const filter: SnapshotFilterInput = { key: 'CreationStartTime', value: '2026-01-01T00:00Z' };
 * ```
 * @category Snapshots
 */
export interface SnapshotFilterInput {
  /** `CreationStartTime` (created at or after) or `CreationEndTime` (created before). */
  key?: string | undefined;
  /** A UTC time, `yyyy-MM-ddTHH:mmZ`. */
  value?: string | undefined;
}

/**
 * `DescribeSnapshots` parameters (the SDK's `DescribeSnapshotsRequest` fields fake-ecs supports).
 * Filters are ANDed; results come newest first.
 *
 * @example
 * ```ts
 * const request: DescribeSnapshotsRequest = { regionId: 'cn-hangzhou', diskId: 'd-bp1s5fnvk4gn2tws0001', status: 'accomplished' };
 * ```
 * @category Snapshots
 */
export interface DescribeSnapshotsRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** Only snapshots of disks that were attached to this instance when they were taken. */
  instanceId?: string | undefined;
  /** Only snapshots of this disk. */
  diskId?: string | undefined;
  /** JSON array of up to 100 snapshot ids (`InvalidSnapshotIds.Malformed` otherwise). */
  snapshotIds?: string | undefined;
  /** Exact snapshot name. */
  snapshotName?: string | undefined;
  /** `progressing`, `accomplished`, `failed` or `all` (default). */
  status?: string | undefined;
  /** `auto`, `user` or `all` (default). */
  snapshotType?: string | undefined;
  /** `system` or `data`, in any case. */
  sourceDiskType?: string | undefined;
  /** `image`, `disk`, `image_disk` or `none`. */
  usage?: string | undefined;
  /** Only snapshots of this chain. */
  snapshotLinkId?: string | undefined;
  /** `Standard` (every fake-ecs snapshot), `Flash` or `archive` (none); any case. */
  category?: string | undefined;
  /** `true`: only encrypted snapshots (none in fake-ecs); `false`: no restriction. */
  encrypted?: boolean | undefined;
  /** Tags the snapshots must have (a tag without a value matches any value). */
  tag?: TagInput[] | undefined;
  /** Only snapshots of this resource group (`rg-...`; the default group holds every resource that joined none). */
  resourceGroupId?: string | undefined;
  /** Creation-time filters. */
  filter?: SnapshotFilterInput[] | undefined;
  /** Page number, from 1 (page-number paging). */
  pageNumber?: number | undefined;
  /** Page size, 1-100, default 10 (page-number paging). */
  pageSize?: number | undefined;
  /** Page size, 1-100, default 10 (token paging). */
  maxResults?: number | undefined;
  /** The `nextToken` of the previous page (token paging). */
  nextToken?: string | undefined;
  /** Validate only: a passing request fails with `DryRunOperation`. */
  dryRun?: boolean | undefined;
}

/**
 * `DescribeSnapshots` response body.
 *
 * @example
 * ```ts
 * const body = ecs.describeSnapshots({ regionId: 'cn-hangzhou', diskId });
 * body.snapshots.snapshot.map((s) => s.progress); //=> ['37%', '100%']
 * ```
 * @category Snapshots
 */
export interface DescribeSnapshotsResponseBody {
  /** How many snapshots match (in both paging styles). */
  totalCount: number;
  /** The page number served (1 in token paging). */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** Token for the next page; empty on the last page. */
  nextToken: string;
  /** The snapshots. */
  snapshots: {
    /** The snapshots of this page, newest first. */
    snapshot: SnapshotView[];
  };
}

const STATUSES = ['progressing', 'accomplished', 'failed', 'all'] as const;
const SNAPSHOT_TYPES = ['auto', 'user', 'all'] as const;
const USAGES = ['image', 'disk', 'image_disk', 'none'] as const;

const FILTER_FIELDS = { key: text.default(''), value: text.default('') };

const FIELDS = fieldsOf<DescribeSnapshotsRequest>()(() => ({
  regionId: text.required(),
  instanceId: text,
  diskId: text,
  snapshotIds: jsonIds(100, () =>
    ecsError(
      'InvalidSnapshotIds.Malformed',
      'The amount of specified specified snapshot Ids exceeds the limit: SnapshotIds must be a JSON array of at most 100 ids.',
    ),
  ),
  snapshotName: text,
  status: oneOf(STATUSES, () =>
    ecsError(
      'InvalidStatus.NotFound',
      `The specified Status is not found; use one of ${STATUSES.join(', ')}.`,
    ),
  ).default('all'),
  snapshotType: oneOf(SNAPSHOT_TYPES, () =>
    ecsError(
      'InvalidSnapshotType.NotFound',
      `The specified SnapshotType is not found; use one of ${SNAPSHOT_TYPES.join(', ')}.`,
    ),
  ).default('all'),
  sourceDiskType: text,
  usage: oneOf(USAGES, () =>
    ecsError('InvalidUsage', `The specifed Usage is not valid; use one of ${USAGES.join(', ')}.`),
  ),
  snapshotLinkId: text,
  category: text,
  encrypted: flag,
  ...OWNERSHIP_FIELDS,
  filter: list(FILTER_FIELDS, 100),
  ...pagingFields(100, { min: 1, max: 100 }),
  dryRun: flag,
}));

/** @internal */
export type DescribeSnapshotsInput = Input<ReturnType<typeof readDescribeSnapshots>>;

/**
 * Reads a `DescribeSnapshots` request. Case-insensitive enumerations (`sourceDiskType`,
 * `category`) and the creation-time filters are checked by the operation itself.
 *
 * @internal
 */
export const readDescribeSnapshots = fieldReader(FIELDS, withPaging(10));
