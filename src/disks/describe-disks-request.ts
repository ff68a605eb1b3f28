import type { Input } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, flag, oneOf, raw, text } from '../shared/fields.js';
import { pagingFields, withPaging } from '../shared/paging.js';
import type { TagInput } from '../shared/tags.js';
import { OWNERSHIP_FIELDS } from '../tags/ownership-filter.js';
import { DISK_CATEGORIES } from './categories.js';
import { DISK_STATUSES } from './lifecycle.js';
import type { DiskView } from './views.js';

/**
 * `DescribeDisks` parameters (the SDK's `DescribeDisksRequest` fields fake-ecs supports). Filters
 * are ANDed; results come in creation order.
 *
 * @example
 * ```ts
 * const request: DescribeDisksRequest = {
 *   regionId: 'cn-hangzhou', diskIds: JSON.stringify(['d-bp1s5fnvk4gn2tws0001']), status: 'Available', maxResults: 50,
 * };
 * ```
 * @category Disks
 */
export interface DescribeDisksRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** Zone. */
  zoneId?: string | undefined;
  /** JSON array of up to 100 disk ids, e.g. `'["d-1","d-2"]'` (`InvalidDiskIds.Malformed` otherwise). */
  diskIds?: string | undefined;
  /** Only disks attached (or attaching, or detaching) to this instance. */
  instanceId?: string | undefined;
  /** `all` (default), `system` or `data`. */
  diskType?: string | undefined;
  /** `all` (default) or a disk category such as `cloud_essd`. */
  category?: string | undefined;
  /** `All` (default), `In_use`, `Available`, `Attaching`, `Detaching`, `Creating` or `ReIniting`. */
  status?: string | undefined;
  /** Only portable (`true`) or non-portable (`false`) disks. */
  portable?: boolean | undefined;
  /** Only disks with this `DeleteWithInstance` attribute. */
  deleteWithInstance?: boolean | undefined;
  /** Only disks with this `DeleteAutoSnapshot` attribute. */
  deleteAutoSnapshot?: boolean | undefined;
  /** Only disks with this `EnableAutoSnapshot` attribute. */
  enableAutoSnapshot?: boolean | undefined;
  /** Only disks this automatic snapshot policy applies to. */
  autoSnapshotPolicyId?: string | undefined;
  /** Exact disk name. */
  diskName?: string | undefined;
  /** Tags the disks must have (a tag without a value matches any value). */
  tag?: TagInput[] | undefined;
  /** Only disks of this resource group (`rg-...`; the default group holds every resource that joined none). */
  resourceGroupId?: string | undefined;
  /** Page number, from 1 (page-number paging). */
  pageNumber?: number | undefined;
  /** Page size, 1-100, default 10 (page-number paging). */
  pageSize?: number | undefined;
  /** Page size, 10-500 (token paging). */
  maxResults?: number | undefined;
  /** The `nextToken` of the previous page (token paging). */
  nextToken?: string | undefined;
  /** Validate only: a passing request fails with `DryRunOperation`. */
  dryRun?: boolean | undefined;
}

/**
 * `DescribeDisks` response body.
 *
 * @example
 * ```ts
 * const body = ecs.describeDisks({ regionId: 'cn-hangzhou', status: 'In_use' });
 * body.disks.disk.map((d) => d.device); //=> ['/dev/xvda', '/dev/xvdb']
 * ```
 * @category Disks
 */
export interface DescribeDisksResponseBody {
  /** How many disks match (in both paging styles). */
  totalCount: number;
  /** The page number served (1 in token paging). */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** Token for the next page; empty on the last page. */
  nextToken: string;
  /** The disks. */
  disks: {
    /** The disks of this page. */
    disk: DiskView[];
  };
}

/**
 * Categories real ECS knows but fake-ecs does not model: accepted as filters, they match nothing.
 *
 * @internal
 */
export const UNMODELLED_CATEGORIES: readonly string[] = Object.freeze([
  'cloud_regional_disk_auto',
  'elastic_ephemeral_disk_standard',
  'elastic_ephemeral_disk_premium',
  'local_ssd_pro',
  'local_hdd_pro',
  'ephemeral',
  'ephemeral_ssd',
]);

const CATEGORIES = ['all', ...DISK_CATEGORIES, ...UNMODELLED_CATEGORIES];

const FIELDS = fieldsOf<DescribeDisksRequest>()(() => ({
  regionId: text.required(),
  zoneId: text,
  diskIds: raw<string>(),
  instanceId: text,
  diskType: oneOf(['all', 'system', 'data'] as const, () =>
    ecsError(
      'InvalidDiskType.ValueNotSupported',
      'The specified DiskType is not supported; use all, system or data.',
    ),
  ).default('all'),
  category: oneOf(CATEGORIES, () =>
    ecsError(
      'InvalidCategory.ValueNotSupported',
      `The specified Category is not supported; use one of ${CATEGORIES.join(', ')}.`,
    ),
  ).default('all'),
  status: oneOf([...DISK_STATUSES, 'All' as const], () =>
    ecsError(
      'InvalidStatus.ValueNotSupported',
      `The specified Status is not supported; use one of ${DISK_STATUSES.join(', ')} or All.`,
    ),
  ).default('All'),
  portable: flag,
  deleteWithInstance: flag,
  deleteAutoSnapshot: flag,
  enableAutoSnapshot: flag,
  autoSnapshotPolicyId: text,
  diskName: text,
  ...OWNERSHIP_FIELDS,
  ...pagingFields(100, { min: 10, max: 500 }),
  dryRun: flag,
}));

/**
 * Reads a `DescribeDisks` request.
 *
 * @internal
 */
export const readDescribeDisks = fieldReader(FIELDS, withPaging(10));

/** @internal */
export type DescribeDisksInput = Input<ReturnType<typeof readDescribeDisks>>;
