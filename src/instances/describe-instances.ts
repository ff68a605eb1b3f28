import type { Input, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { entityQuery } from '../shared/entity-query.js';
import { fieldReader, fieldsOf, flag, oneOf, text } from '../shared/fields.js';
import { pagingFields, pagingView, withPaging } from '../shared/paging.js';
import { ok } from '../shared/result.js';
import type { TagInput } from '../shared/tags.js';
import { wildcardMatcher } from '../shared/wildcard.js';
import { describeScope } from '../tags/describe-scope.js';
import { OWNERSHIP_FIELDS } from '../tags/ownership-filter.js';
import { instanceIdList } from './instance-id-list.js';
import { INSTANCE_STATUSES } from './lifecycle.js';
import type { Instance } from './types.js';
import { type InstanceView, instanceView } from './views.js';

/**
 * `DescribeInstances` parameters. Filters are ANDed.
 *
 * @example
 * ```ts
 * const request: DescribeInstancesRequest = { regionId: 'cn-hangzhou', status: 'Running', maxResults: 50 };
 * ```
 * @category Instances
 */
export interface DescribeInstancesRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** JSON array of up to 100 instance ids, e.g. `'["i-1","i-2"]'`. */
  instanceIds?: string | undefined;
  /** `Pending`, `Starting`, `Running`, `Stopping` or `Stopped`. */
  status?: string | undefined;
  /** Zone. */
  zoneId?: string | undefined;
  /** The instance name; `*` matches any run of characters (fuzzy search), e.g. `web-*`. */
  instanceName?: string | undefined;
  /** Only instances in this VPC. */
  vpcId?: string | undefined;
  /** Only instances in this vSwitch. */
  vSwitchId?: string | undefined;
  /** Only instances in this security group. */
  securityGroupId?: string | undefined;
  /** Tags the instances must have. */
  tag?: TagInput[] | undefined;
  /** Only instances of this resource group (`rg-...`; the default group holds every resource that joined none). */
  resourceGroupId?: string | undefined;
  /** Page number, from 1 (page-number paging). */
  pageNumber?: number | undefined;
  /** Page size, 1-100, default 10 (page-number paging). */
  pageSize?: number | undefined;
  /** Page size, 1-100, default 10 (token paging). */
  maxResults?: number | undefined;
  /** The token of the previous page (token paging). */
  nextToken?: string | undefined;
  /** Validate only. */
  dryRun?: boolean | undefined;
}

/**
 * `DescribeInstances` response body.
 *
 * @example
 * ```ts
 * body.instances.instance.map((i) => i.status); //=> ['Running']
 * ```
 * @category Instances
 */
export interface DescribeInstancesResponseBody {
  /** How many instances match. */
  totalCount: number;
  /** The page number served. */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** Token for the next page; empty on the last page. */
  nextToken: string;
  /** The instances. */
  instances: {
    /** The instances of this page. */
    instance: InstanceView[];
  };
}

const FIELDS = fieldsOf<DescribeInstancesRequest>()(() => ({
  regionId: text.required(),
  instanceIds: instanceIdList,
  status: oneOf(INSTANCE_STATUSES, () =>
    ecsError(
      'InvalidStatus.NotFound',
      `The specified Status is not found; use one of ${INSTANCE_STATUSES.join(', ')}.`,
    ),
  ),
  zoneId: text,
  instanceName: text,
  vpcId: text,
  vSwitchId: text,
  securityGroupId: text,
  ...OWNERSHIP_FIELDS,
  ...pagingFields(100, { min: 1, max: 100 }),
  dryRun: flag,
}));

const read = fieldReader(FIELDS, withPaging(10));

type DescribeInstancesInput = Input<ReturnType<typeof read>>;

/**
 * `DescribeInstances`: lists instances of a region with filters and both paging styles.
 *
 * @internal
 */
export const describeInstancesOp: Operation<DescribeInstancesInput, DescribeInstancesResponseBody> =
  {
    action: 'DescribeInstances',
    read,

    run(state, input) {
      const scope = describeScope(state, input, {
        zone: input.zoneId,
        status: input.status,
        vpc: input.vpcId,
        vswitch: input.vSwitchId,
        sg: input.securityGroupId,
      });
      if (!scope.ok) return scope;
      const { keys, ownedBy } = scope.value;
      const nameMatches =
        input.instanceName === undefined ? undefined : wildcardMatcher(input.instanceName);
      const where =
        nameMatches !== undefined || ownedBy !== undefined
          ? (i: Instance) =>
              (nameMatches === undefined || nameMatches(i.instanceName)) &&
              (ownedBy === undefined || ownedBy(i))
          : undefined;
      const { skip, afterSeq, pageSize: limit } = input.paging;
      const page = entityQuery(state.instances, {
        keys,
        ids: input.instanceIds,
        where,
        skip,
        afterSeq,
        limit,
      });
      return ok({
        state,
        response: {
          ...pagingView(input.paging, page),
          instances: { instance: page.items.map(instanceView) },
        },
      });
    },
  };
