import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { catalogueOf } from '../world/offers.js';
import { requireRegion } from '../world/regions.js';

/**
 * `DescribeInstanceTypeFamilies` parameters.
 *
 * @example
 * ```ts
 * const request: DescribeInstanceTypeFamiliesRequest = { regionId: 'cn-hangzhou', generation: 'ecs-6' };
 * ```
 * @category Catalogue
 */
export interface DescribeInstanceTypeFamiliesRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** Only this generation, e.g. `ecs-6`. */
  generation?: string | undefined;
}

/**
 * `DescribeInstanceTypeFamilies` response body.
 *
 * @example
 * ```ts
 * body.instanceTypeFamilies.instanceTypeFamily[0]; //=> { instanceTypeFamilyId: 'ecs.t6', generation: 'ecs-5' }
 * ```
 * @category Catalogue
 */
export interface DescribeInstanceTypeFamiliesResponseBody {
  /** The families. */
  instanceTypeFamilies: {
    /** Each family once, in catalogue order. */
    instanceTypeFamily: {
      /** Instance type family id. */
      instanceTypeFamilyId: string;
      /** Generation. */
      generation: string;
    }[];
  };
}

const FIELDS = fieldsOf<DescribeInstanceTypeFamiliesRequest>()(() => ({
  regionId: text.required(),
  generation: text,
}));

type DescribeInstanceTypeFamiliesInput = InputOf<typeof FIELDS>;

/**
 * `DescribeInstanceTypeFamilies`: the families of the world's catalogue and their generations.
 *
 * @internal
 */
export const describeInstanceTypeFamiliesOp: Operation<
  DescribeInstanceTypeFamiliesInput,
  DescribeInstanceTypeFamiliesResponseBody
> = {
  action: 'DescribeInstanceTypeFamilies',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const seen = new Map<string, string>();
    for (const t of catalogueOf(state.world).instanceTypes) {
      if (input.generation !== undefined && t.generation !== input.generation) continue;
      if (!seen.has(t.instanceTypeFamily)) seen.set(t.instanceTypeFamily, t.generation);
    }
    const instanceTypeFamily = [...seen].map(([instanceTypeFamilyId, generation]) => ({
      instanceTypeFamilyId,
      generation,
    }));
    return ok({ state, response: { instanceTypeFamilies: { instanceTypeFamily } } });
  },
};
