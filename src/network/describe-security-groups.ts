import type { Input, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { entityQuery } from '../shared/entity-query.js';
import { fieldReader, fieldsOf, flag, jsonIds, oneOf, text } from '../shared/fields.js';
import { pagingFields, pagingView, withPaging } from '../shared/paging.js';
import { ok } from '../shared/result.js';
import type { TagInput } from '../shared/tags.js';
import { describeScope } from '../tags/describe-scope.js';
import { OWNERSHIP_FIELDS } from '../tags/ownership-filter.js';
import { type SecurityGroupView, securityGroupView } from './security-group-views.js';
import type { SecurityGroup } from './types.js';

/**
 * `DescribeSecurityGroups` parameters. Filters are ANDed.
 *
 * @example
 * ```ts
 * const request: DescribeSecurityGroupsRequest = { regionId: 'cn-hangzhou', vpcId: 'vpc-bp1...' };
 * ```
 * @category Network
 */
export interface DescribeSecurityGroupsRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** Only this VPC's groups. */
  vpcId?: string | undefined;
  /** Only this group. */
  securityGroupId?: string | undefined;
  /** JSON array of up to 100 group ids. */
  securityGroupIds?: string | undefined;
  /** Exact name (or part of it with `fuzzyQuery`). */
  securityGroupName?: string | undefined;
  /** Match `securityGroupName` as a substring. */
  fuzzyQuery?: boolean | undefined;
  /** `normal` or `enterprise`. */
  securityGroupType?: string | undefined;
  /** `vpc` (every fake-ecs group) or `classic` (none). */
  networkType?: string | undefined;
  /** Resource group. */
  resourceGroupId?: string | undefined;
  /** Tags the groups must have. */
  tag?: TagInput[] | undefined;
  /** Accepted: `ecsCount` is always filled. */
  isQueryEcsCount?: boolean | undefined;
  /** Page number, from 1 (page-number paging). */
  pageNumber?: number | undefined;
  /** Page size, 1-50, default 10 (page-number paging). */
  pageSize?: number | undefined;
  /** Page size, 10-100 (token paging). */
  maxResults?: number | undefined;
  /** The previous page's token. */
  nextToken?: string | undefined;
  /** Validate only. */
  dryRun?: boolean | undefined;
  /** Whether to list only groups managed by a cloud service: accepted without effect. */
  serviceManaged?: boolean | undefined;
}

/**
 * `DescribeSecurityGroups` response body.
 *
 * @example
 * ```ts
 * body.securityGroups.securityGroup.map((g) => g.securityGroupName); //=> ['default']
 * ```
 * @category Network
 */
export interface DescribeSecurityGroupsResponseBody {
  /** The region. */
  regionId: string;
  /** How many groups match. */
  totalCount: number;
  /** The page number served. */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** Token of the next page; empty on the last. */
  nextToken: string;
  /** The groups. */
  securityGroups: {
    /** The groups of this page, oldest first. */
    securityGroup: SecurityGroupView[];
  };
}

const FIELDS = fieldsOf<DescribeSecurityGroupsRequest>()(() => ({
  isQueryEcsCount: flag.discard(),
  serviceManaged: flag.discard(),
  securityGroupId: text,
  securityGroupIds: jsonIds(100, () =>
    ecsError(
      'InvalidParameter',
      'The specified parameter SecurityGroupIds is not valid: expected a JSON array of at most 100 ids.',
    ),
  ),
  regionId: text.required(),
  vpcId: text,
  securityGroupName: text,
  fuzzyQuery: flag.default(false),
  securityGroupType: text,
  networkType: oneOf(['vpc', 'classic'] as const),
  ...OWNERSHIP_FIELDS,
  ...pagingFields(50, { min: 1, max: 100 }),
  dryRun: flag,
}));

// Both id filters: the one id, if the list has it too.
const read = fieldReader(FIELDS, ({ securityGroupId: one, securityGroupIds: many, ...rest }) =>
  withPaging(10)({
    ...rest,
    ids: one === undefined ? many : many && !many.includes(one) ? [] : [one],
  }),
);

type DescribeSecurityGroupsInput = Input<ReturnType<typeof read>>;

function matcher(
  input: DescribeSecurityGroupsInput,
  ownedBy: ((g: SecurityGroup) => boolean) | undefined,
): ((g: SecurityGroup) => boolean) | undefined {
  const { securityGroupName: name, securityGroupType: type, fuzzyQuery } = input;
  if (name === undefined && type === undefined && ownedBy === undefined) return undefined;
  return (g) =>
    (name === undefined ||
      (fuzzyQuery ? g.securityGroupName.includes(name) : g.securityGroupName === name)) &&
    (type === undefined || g.securityGroupType === type) &&
    (ownedBy === undefined || ownedBy(g));
}

/**
 * `DescribeSecurityGroups`: the security groups of a region, filtered and paged.
 *
 * @internal
 */
export const describeSecurityGroupsOp: Operation<
  DescribeSecurityGroupsInput,
  DescribeSecurityGroupsResponseBody
> = {
  action: 'DescribeSecurityGroups',
  read,

  run(state, input) {
    const scope = describeScope(state, input, { vpc: input.vpcId });
    if (!scope.ok) return scope;
    const { keys, ownedBy } = scope.value;
    const page =
      input.networkType === 'classic'
        ? { items: [], totalCount: 0, lastSeq: undefined, hasMore: false }
        : entityQuery(state.securityGroups, {
            keys,
            ids: input.ids,
            where: matcher(input, ownedBy),
            skip: input.paging.skip,
            afterSeq: input.paging.afterSeq,
            limit: input.paging.pageSize,
          });
    return ok({
      state,
      response: {
        regionId: input.regionId,
        ...pagingView(input.paging, page),
        securityGroups: { securityGroup: page.items.map((g) => securityGroupView(state, g)) },
      },
    });
  },
};
