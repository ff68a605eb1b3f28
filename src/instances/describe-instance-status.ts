import type { Input, Operation } from '../operations/operation.js';
import { entityQuery } from '../shared/entity-query.js';
import { fieldReader, fieldsOf, ids, text } from '../shared/fields.js';
import { pageNumberFields, pagingView, withPaging } from '../shared/paging.js';
import { ok } from '../shared/result.js';
import { requireRegion } from '../world/regions.js';

/**
 * `DescribeInstanceStatus` parameters.
 *
 * @example
 * ```ts
 * const request: DescribeInstanceStatusRequest = { regionId: 'cn-hangzhou', instanceId: ['i-bp67acfmxazb4p0001'] };
 * ```
 * @category Instances
 */
export interface DescribeInstanceStatusRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** Up to 100 instance ids. */
  instanceId?: string[] | undefined;
  /** Zone. */
  zoneId?: string | undefined;
  /** Page number, from 1. */
  pageNumber?: number | undefined;
  /** Page size, 1-50, default 10. */
  pageSize?: number | undefined;
}

/**
 * `DescribeInstanceStatus` response body.
 *
 * @example
 * ```ts
 * body.instanceStatuses.instanceStatus[0]; //=> { instanceId: 'i-...', status: 'Running' }
 * ```
 * @category Instances
 */
export interface DescribeInstanceStatusResponseBody {
  /** How many instances match. */
  totalCount: number;
  /** The page number served. */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** Each instance's status. */
  instanceStatuses: {
    /** One entry per instance of this page. */
    instanceStatus: {
      /** The instance. */
      instanceId: string;
      /** Its status. */
      status: string;
    }[];
  };
}

const FIELDS = fieldsOf<DescribeInstanceStatusRequest>()(() => ({
  regionId: text.required(),
  instanceId: ids(100),
  zoneId: text,
  ...pageNumberFields(50),
}));

const read = fieldReader(FIELDS, withPaging(10));

type DescribeInstanceStatusInput = Input<ReturnType<typeof read>>;

/**
 * `DescribeInstanceStatus`: the status of every instance of a region, paged.
 *
 * @internal
 */
export const describeInstanceStatusOp: Operation<
  DescribeInstanceStatusInput,
  DescribeInstanceStatusResponseBody
> = {
  action: 'DescribeInstanceStatus',
  read,
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const keys = [`region:${input.regionId}`, ...(input.zoneId ? [`zone:${input.zoneId}`] : [])];
    const page = entityQuery(state.instances, {
      keys,
      ids: input.instanceId,
      skip: input.paging.skip,
      limit: input.paging.pageSize,
    });
    const { nextToken: _unused, ...paging } = pagingView(input.paging, page);
    const instanceStatus = page.items.map((i) => ({ instanceId: i.instanceId, status: i.status }));
    return ok({ state, response: { ...paging, instanceStatuses: { instanceStatus } } });
  },
};
