import type { Input, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { entityQuery } from '../shared/entity-query.js';
import { fieldReader, fieldsOf, flag, text } from '../shared/fields.js';
import { pageNumberFields, pagingView, withPaging } from '../shared/paging.js';
import { err, ok } from '../shared/result.js';
import { requireRegion } from '../world/regions.js';
import { findVpc, findVSwitch } from './store.js';
import type { VSwitch } from './types.js';
import { type VSwitchView, vSwitchView } from './views.js';

/**
 * `DescribeVSwitches` parameters. Filters are ANDed.
 *
 * @example
 * ```ts
 * const request: DescribeVSwitchesRequest = { regionId: 'cn-hangzhou', zoneId: 'cn-hangzhou-h', isDefault: true };
 * ```
 * @category Network
 */
export interface DescribeVSwitchesRequest {
  /** Region (required unless `vpcId` or `vSwitchId` names it). */
  regionId?: string | undefined;
  /** Only this VPC's vSwitches. */
  vpcId?: string | undefined;
  /** Only this zone's. */
  zoneId?: string | undefined;
  /** Only this vSwitch. */
  vSwitchId?: string | undefined;
  /** Only default vSwitches (`true`) or only the others (`false`). */
  isDefault?: boolean | undefined;
  /** Page number, from 1. */
  pageNumber?: number | undefined;
  /** Page size, 1-50, default 10. */
  pageSize?: number | undefined;
}

/**
 * `DescribeVSwitches` response body.
 *
 * @example
 * ```ts
 * body.vSwitches.vSwitch.map((v) => v.cidrBlock); //=> ['172.16.0.0/20']
 * ```
 * @category Network
 */
export interface DescribeVSwitchesResponseBody {
  /** How many vSwitches match. */
  totalCount: number;
  /** The page number served. */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** The vSwitches. */
  vSwitches: {
    /** The vSwitches of this page, oldest first. */
    vSwitch: VSwitchView[];
  };
}

const FIELDS = fieldsOf<DescribeVSwitchesRequest>()(() => ({
  regionId: text,
  vpcId: text,
  zoneId: text,
  vSwitchId: text,
  isDefault: flag,
  ...pageNumberFields(50),
}));

const read = fieldReader(FIELDS, withPaging(10));

type DescribeVSwitchesInput = Input<ReturnType<typeof read>>;

/**
 * `DescribeVSwitches`: the vSwitches of a region, each zone's default one included.
 *
 * @internal
 */
export const describeVSwitchesOp: Operation<DescribeVSwitchesInput, DescribeVSwitchesResponseBody> =
  {
    action: 'DescribeVSwitches',
    read,

    run(state, input) {
      // Older clients (aliyungo) name the VPC or vSwitch and no region: theirs is the region.
      const named = input.vpcId !== undefined || input.vSwitchId !== undefined;
      const regionId =
        input.regionId ??
        (input.vpcId ? findVpc(state, input.vpcId)?.regionId : undefined) ??
        (input.vSwitchId ? findVSwitch(state, input.vSwitchId)?.regionId : undefined) ??
        (named ? state.world.regions[0]?.regionId : undefined);
      if (regionId === undefined)
        return err(
          ecsError(
            'MissingParameter',
            'The input parameter RegionId that is mandatory for processing this request is not supplied.',
          ),
        );
      const region = requireRegion(state.world, regionId);
      if (!region.ok) return region;
      const keys = [`region:${regionId}`];
      if (input.vpcId) keys.push(`vpc:${input.vpcId}`);
      if (input.zoneId) keys.push(`zone:${input.zoneId}`);
      const { isDefault } = input;
      const page = entityQuery(state.vSwitches, {
        keys,
        ids: input.vSwitchId ? [input.vSwitchId] : undefined,
        where: isDefault === undefined ? undefined : (v: VSwitch) => v.isDefault === isDefault,
        skip: input.paging.skip,
        limit: input.paging.pageSize,
      });
      const { nextToken: _none, ...paging } = pagingView(input.paging, page);
      return ok({
        state,
        response: {
          ...paging,
          vSwitches: { vSwitch: page.items.map((v) => vSwitchView(state, v)) },
        },
      });
    },
  };
