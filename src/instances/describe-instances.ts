import type { CommonInput, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { entityQuery } from '../shared/entity-query.js';
import { type Paging, pagingView, readPaging } from '../shared/paging.js';
import { ok } from '../shared/result.js';
import type { TagInput } from '../shared/tags.js';
import { wildcardMatcher } from '../shared/wildcard.js';
import { describeScope } from '../tags/describe-scope.js';
import { readOwnership } from '../tags/ownership-filter.js';
import { INSTANCE_STATUSES } from './lifecycle.js';
import type { Instance, InstanceStatus } from './types.js';
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

interface DescribeInstancesInput extends CommonInput {
  readonly regionId: string;
  readonly instanceIds: readonly string[] | undefined;
  readonly status: InstanceStatus | undefined;
  readonly zoneId: string | undefined;
  readonly instanceName: string | undefined;
  readonly vpcId: string | undefined;
  readonly vSwitchId: string | undefined;
  readonly securityGroupId: string | undefined;
  readonly tag: unknown;
  readonly resourceGroupId: string | undefined;
  readonly paging: Paging;
}

/**
 * `DescribeInstances`: lists instances of a region with filters and both paging styles.
 *
 * @internal
 */
export const describeInstancesOp: Operation<DescribeInstancesInput, DescribeInstancesResponseBody> =
  {
    action: 'DescribeInstances',
    read: (p) => ({
      regionId: p.required('regionId', p.string('regionId')),
      instanceIds: p.jsonIds('instanceIds', 100, () =>
        ecsError(
          'InvalidInstanceIds.Malformed',
          'The specified parameter InstanceIds is not valid: expected a JSON array of at most 100 instance ids.',
        ),
      ),
      status: p.oneOf('status', INSTANCE_STATUSES, () =>
        ecsError(
          'InvalidStatus.NotFound',
          `The specified Status is not found; use one of ${INSTANCE_STATUSES.join(', ')}.`,
        ),
      ),
      zoneId: p.string('zoneId'),
      instanceName: p.string('instanceName'),
      vpcId: p.string('vpcId'),
      vSwitchId: p.string('vSwitchId'),
      securityGroupId: p.string('securityGroupId'),
      ...readOwnership(p),
      paging: readPaging(p, {
        maxPageSize: 100,
        maxResults: { min: 1, max: 100 },
        defaultSize: 10,
      }),
      dryRun: p.bool('dryRun'),
    }),
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
