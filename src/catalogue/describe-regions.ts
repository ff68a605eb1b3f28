import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, oneOf, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { regionLocalName } from './local-names.js';

/**
 * `DescribeRegions` parameters.
 *
 * @example
 * ```ts
 * const request: DescribeRegionsRequest = { acceptLanguage: 'en-US' };
 * ```
 * @category Catalogue
 */
export interface DescribeRegionsRequest {
  /** `zh-CN` (default), `en-US` or `ja`: the language of `localName`. */
  acceptLanguage?: string | undefined;
  /** `PrePaid` or `PostPaid` (default): every fake-ecs region sells both. */
  instanceChargeType?: string | undefined;
  /** `instance` (default), `disk`, `reservedinstance` or `scu`: every region has them all. */
  resourceType?: string | undefined;
  /** Sent by many clients; not needed. */
  regionId?: string | undefined;
}

/**
 * One region as `DescribeRegions` returns it.
 *
 * @example
 * ```ts
 * const region: RegionView = { regionId: 'cn-hangzhou', localName: 'China (Hangzhou)', regionEndpoint: 'ecs.cn-hangzhou.aliyuncs.com', status: 'available' };
 * ```
 * @category Catalogue
 */
export interface RegionView {
  /** The region id. */
  regionId: string;
  /** Its display name. */
  localName: string;
  /** Its endpoint. */
  regionEndpoint: string;
  /** `available`. */
  status: string;
}

/**
 * `DescribeRegions` response body.
 *
 * @example
 * ```ts
 * body.regions.region.map((r) => r.regionId); //=> ['cn-hangzhou', 'cn-shanghai']
 * ```
 * @category Catalogue
 */
export interface DescribeRegionsResponseBody {
  /** The regions. */
  regions: {
    /** The world's regions, in the order configured. */
    region: RegionView[];
  };
}

const FIELDS = fieldsOf<DescribeRegionsRequest>()(() => ({
  instanceChargeType: oneOf(['PrePaid', 'PostPaid'] as const).discard(),
  resourceType: oneOf(['instance', 'disk', 'reservedinstance', 'scu'] as const).discard(),
  regionId: text.discard(),
  acceptLanguage: oneOf(['zh-CN', 'en-US', 'ja'] as const).default('zh-CN'),
}));

type DescribeRegionsInput = InputOf<typeof FIELDS>;

/**
 * `DescribeRegions`: the world's regions.
 *
 * @internal
 */
export const describeRegionsOp: Operation<DescribeRegionsInput, DescribeRegionsResponseBody> = {
  action: 'DescribeRegions',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = state.world.regions.map(({ regionId }) => ({
      regionId,
      localName: regionLocalName(regionId, input.acceptLanguage),
      regionEndpoint: `ecs.${regionId}.aliyuncs.com`,
      status: 'available',
    }));
    return ok({ state, response: { regions: { region } } });
  },
};
