import type { Input, Operation } from '../operations/operation.js';
import { entityQuery } from '../shared/entity-query.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { pageNumberFields, pagingView, withPaging } from '../shared/paging.js';
import { ok } from '../shared/result.js';
import type { TagInput } from '../shared/tags.js';
import { OWNERSHIP_FIELDS, ownershipFilter } from '../tags/ownership-filter.js';
import { requirePolicyRegion } from './errors.js';
import { type AutoSnapshotPolicyView, policyView } from './views.js';

/**
 * `DescribeAutoSnapshotPolicyEx` parameters (the SDK's `DescribeAutoSnapshotPolicyExRequest`
 * fields fake-ecs supports). Filters are ANDed; policies come in creation order.
 *
 * @example
 * ```ts
 * const request: DescribeAutoSnapshotPolicyExRequest = { regionId: 'cn-hangzhou', pageSize: 50 };
 * ```
 * @category Automatic snapshot policies
 */
export interface DescribeAutoSnapshotPolicyExRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** Only this policy. */
  autoSnapshotPolicyId?: string | undefined;
  /** Only policies with this exact name. */
  autoSnapshotPolicyName?: string | undefined;
  /** Tags the policies must have (a tag without a value matches any value). */
  tag?: TagInput[] | undefined;
  /** Only policies of this resource group (`rg-...`; the default group holds every resource that joined none). */
  resourceGroupId?: string | undefined;
  /** Page number, from 1. */
  pageNumber?: number | undefined;
  /** Page size, 1-100, default 10. */
  pageSize?: number | undefined;
}

/**
 * `DescribeAutoSnapshotPolicyEx` response body.
 *
 * @example
 * ```ts
 * ecs.describeAutoSnapshotPolicyEx({ regionId: 'cn-hangzhou' }).autoSnapshotPolicies.autoSnapshotPolicy[0]?.diskNums; //=> 2
 * ```
 * @category Automatic snapshot policies
 */
export interface DescribeAutoSnapshotPolicyExResponseBody {
  /** How many policies match. */
  totalCount: number;
  /** The page number served. */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** The policies. */
  autoSnapshotPolicies: {
    /** The policies of this page. */
    autoSnapshotPolicy: AutoSnapshotPolicyView[];
  };
}

const FIELDS = fieldsOf<DescribeAutoSnapshotPolicyExRequest>()(() => ({
  regionId: text.required(),
  autoSnapshotPolicyId: text,
  autoSnapshotPolicyName: text,
  ...OWNERSHIP_FIELDS,
  ...pageNumberFields(100),
}));

const read = fieldReader(FIELDS, withPaging(10));

type DescribePoliciesInput = Input<ReturnType<typeof read>>;

/**
 * `DescribeAutoSnapshotPolicyEx`: lists a region's policies with their disk counts.
 *
 * @internal
 */
export const describeAutoSnapshotPolicyExOp: Operation<
  DescribePoliciesInput,
  DescribeAutoSnapshotPolicyExResponseBody
> = {
  action: 'DescribeAutoSnapshotPolicyEx',
  read,
  run(state, input) {
    const region = requirePolicyRegion(state, input.regionId);
    if (!region.ok) return region;
    const owned = ownershipFilter(input);
    if (!owned.ok) return owned;
    const ownedBy = owned.value;
    const { autoSnapshotPolicyName: name } = input;
    const page = entityQuery(state.autoSnapshotPolicies, {
      keys: [`region:${input.regionId}`],
      ids: input.autoSnapshotPolicyId === undefined ? undefined : [input.autoSnapshotPolicyId],
      where:
        name === undefined && ownedBy === undefined
          ? undefined
          : (policy) =>
              (name === undefined || policy.autoSnapshotPolicyName === name) &&
              (ownedBy === undefined || ownedBy(policy)),
      skip: input.paging.skip,
      limit: input.paging.pageSize,
    });
    const { totalCount, pageNumber, pageSize } = pagingView(input.paging, page);
    return ok({
      state,
      response: {
        totalCount,
        pageNumber,
        pageSize,
        autoSnapshotPolicies: {
          autoSnapshotPolicy: page.items.map((policy) => policyView(state, policy)),
        },
      },
    });
  },
};
