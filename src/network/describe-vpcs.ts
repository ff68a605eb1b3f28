import type { Input, Operation } from '../operations/operation.js';
import { entityQuery } from '../shared/entity-query.js';
import { custom, fieldReader, fieldsOf, flag, text } from '../shared/fields.js';
import { pageNumberFields, pagingView, withPaging } from '../shared/paging.js';
import { ok } from '../shared/result.js';
import { requireRegion } from '../world/regions.js';
import type { Vpc } from './types.js';
import { type VpcView, vpcView } from './views.js';

/**
 * `DescribeVpcs` parameters.
 *
 * @example
 * ```ts
 * const request: DescribeVpcsRequest = { regionId: 'cn-hangzhou', isDefault: false, pageSize: 50 };
 * ```
 * @category Network
 */
export interface DescribeVpcsRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** One VPC id, or up to 20 separated by commas. */
  vpcId?: string | undefined;
  /** Only the default VPC (`true`) or only the others (`false`). */
  isDefault?: boolean | undefined;
  /** Page number, from 1. */
  pageNumber?: number | undefined;
  /** Page size, 1-50, default 10. */
  pageSize?: number | undefined;
}

/**
 * `DescribeVpcs` response body.
 *
 * @example
 * ```ts
 * body.vpcs.vpc.map((v) => v.status); //=> ['Available']
 * ```
 * @category Network
 */
export interface DescribeVpcsResponseBody {
  /** How many VPCs match. */
  totalCount: number;
  /** The page number served. */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** The VPCs. */
  vpcs: {
    /** The VPCs of this page, oldest first. */
    vpc: VpcView[];
  };
}

/** `VpcId`: up to 20 comma-separated ids. */
const vpcIds = custom<readonly string[] | undefined, string>((p, key) =>
  p.string(key)?.split(',').filter(Boolean).slice(0, 20),
);

const FIELDS = fieldsOf<DescribeVpcsRequest>()(() => ({
  regionId: text.required(),
  vpcId: vpcIds,
  isDefault: flag,
  ...pageNumberFields(50),
}));

const read = fieldReader(FIELDS, ({ vpcId, ...rest }) =>
  withPaging(10)({ ...rest, vpcIds: vpcId }),
);

type DescribeVpcsInput = Input<ReturnType<typeof read>>;

/**
 * `DescribeVpcs`: the VPCs of a region, the default one included.
 *
 * @internal
 */
export const describeVpcsOp: Operation<DescribeVpcsInput, DescribeVpcsResponseBody> = {
  action: 'DescribeVpcs',
  read,

  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const { isDefault } = input;
    const page = entityQuery(state.vpcs, {
      keys: [`region:${input.regionId}`],
      ids: input.vpcIds,
      where: isDefault === undefined ? undefined : (v: Vpc) => v.isDefault === isDefault,
      skip: input.paging.skip,
      limit: input.paging.pageSize,
    });
    const { nextToken: _none, ...paging } = pagingView(input.paging, page);
    return ok({
      state,
      response: { ...paging, vpcs: { vpc: page.items.map((v) => vpcView(state, v)) } },
    });
  },
};
