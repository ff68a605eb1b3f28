import type { Input, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { custom, fieldReader, fieldsOf, ids, int, text } from '../shared/fields.js';
import { encodeNextToken } from '../shared/paging.js';
import { err, ok } from '../shared/result.js';
import type { InstanceTypeDetails } from '../world/instance-types.js';
import { catalogueOf } from '../world/offers.js';
import { type InstanceTypeView, instanceTypeView } from './instance-type-view.js';

/**
 * `DescribeInstanceTypes` parameters. Filters are ANDed; paged by `nextToken`.
 *
 * @example
 * ```ts
 * const request: DescribeInstanceTypesRequest = { instanceTypeFamily: 'ecs.g7', maxResults: 10 };
 * ```
 * @category Catalogue
 */
export interface DescribeInstanceTypesRequest {
  /** Up to 10 types. */
  instanceTypes?: string[] | undefined;
  /** One family, e.g. `ecs.g7`. */
  instanceTypeFamily?: string | undefined;
  /** Several families. */
  instanceTypeFamilies?: string[] | undefined;
  /** `X86` or `ARM`. */
  cpuArchitecture?: string | undefined;
  /** Several architectures. */
  cpuArchitectures?: string[] | undefined;
  /** `General-purpose`, `Compute-optimized`, `Memory-optimized` or `Shared`. */
  instanceCategory?: string | undefined;
  /** Several categories. */
  instanceCategories?: string[] | undefined;
  /** `EnterpriseLevel` or `CreditEntryLevel`. */
  instanceFamilyLevel?: string | undefined;
  /** Fewest vCPUs. */
  minimumCpuCoreCount?: number | undefined;
  /** Most vCPUs. */
  maximumCpuCoreCount?: number | undefined;
  /** Least memory, GiB. */
  minimumMemorySize?: number | undefined;
  /** Most memory, GiB. */
  maximumMemorySize?: number | undefined;
  /** Fewest network interfaces. */
  minimumEniQuantity?: number | undefined;
  /** Fewest disks. */
  minimumDiskQuantity?: number | undefined;
  /** Page size, 1-1600, default 1600. */
  maxResults?: number | undefined;
  /** The previous page's token. */
  nextToken?: string | undefined;
  /** Sent by many clients; not needed. */
  regionId?: string | undefined;
}

/**
 * `DescribeInstanceTypes` response body.
 *
 * @example
 * ```ts
 * body.instanceTypes.instanceType.map((t) => t.instanceTypeId); //=> ['ecs.g7.large', ...]
 * ```
 * @category Catalogue
 */
export interface DescribeInstanceTypesResponseBody {
  /** Token of the next page; empty on the last. */
  nextToken: string;
  /** The types. */
  instanceTypes: {
    /** Instance type. */
    instanceType: InstanceTypeView[];
  };
}

const TOKEN = /^fe[0-9a-z]{8}$/;

function oneOrMany(one: string | undefined, many: readonly string[] | undefined) {
  const all = [...(one === undefined ? [] : [one]), ...(many ?? [])];
  return all.length === 0 ? undefined : all;
}

/** A number of GiB, a fraction allowed (`0.5`); `fallback` when absent. */
function gib(fallback: number) {
  return custom<number, number>((p, key) => {
    const value = Number(p.passThrough(key) ?? fallback);
    if (Number.isNaN(value)) p.reject(key, 'expected a number of GiB');
    return value;
  });
}

const FIELDS = fieldsOf<DescribeInstanceTypesRequest>()(() => ({
  regionId: text.discard(),
  instanceTypes: ids(10),
  instanceTypeFamily: text,
  instanceTypeFamilies: ids(10),
  cpuArchitecture: text,
  cpuArchitectures: ids(10),
  instanceCategory: text,
  instanceCategories: ids(10),
  instanceFamilyLevel: text,
  minimumCpuCoreCount: int({ min: 0 }).default(0),
  maximumCpuCoreCount: int({ min: 0 }).default(Number.POSITIVE_INFINITY),
  minimumMemorySize: gib(0),
  maximumMemorySize: gib(Number.POSITIVE_INFINITY),
  minimumEniQuantity: int({ min: 0 }).default(0),
  minimumDiskQuantity: int({ min: 0 }).default(0),
  maxResults: int({ min: 1, max: 1600 }).default(1600),
  nextToken: text,
}));

const read = fieldReader(FIELDS, (f) => {
  const typeIds = f.instanceTypes;
  const families = oneOrMany(f.instanceTypeFamily, f.instanceTypeFamilies);
  const arches = oneOrMany(f.cpuArchitecture, f.cpuArchitectures);
  const categories = oneOrMany(f.instanceCategory, f.instanceCategories);
  const level = f.instanceFamilyLevel;
  const match = (t: InstanceTypeDetails): boolean =>
    (typeIds === undefined || typeIds.includes(t.instanceTypeId)) &&
    (families === undefined || families.includes(t.instanceTypeFamily)) &&
    (arches === undefined || arches.includes(t.cpuArchitecture)) &&
    (categories === undefined || categories.includes(t.instanceCategory)) &&
    (level === undefined || level === instanceTypeView(t).instanceFamilyLevel) &&
    t.cpuCoreCount >= f.minimumCpuCoreCount &&
    t.cpuCoreCount <= f.maximumCpuCoreCount &&
    t.memorySize >= f.minimumMemorySize &&
    t.memorySize <= f.maximumMemorySize &&
    t.eniQuantity >= f.minimumEniQuantity &&
    t.diskQuantity >= f.minimumDiskQuantity;
  return { match, maxResults: f.maxResults, nextToken: f.nextToken || undefined };
});

type DescribeInstanceTypesInput = Input<ReturnType<typeof read>>;

/**
 * `DescribeInstanceTypes`: the world's catalogue of instance types.
 *
 * @internal
 */
export const describeInstanceTypesOp: Operation<
  DescribeInstanceTypesInput,
  DescribeInstanceTypesResponseBody
> = {
  action: 'DescribeInstanceTypes',
  read,

  run(state, input) {
    if (input.nextToken !== undefined && !TOKEN.test(input.nextToken))
      return err(
        ecsError(
          'InvalidParameter',
          'The specified parameter NextToken is not valid: not a token this endpoint issued.',
        ),
      );
    // The token is the catalogue position of the last type served (1-based).
    const after = input.nextToken === undefined ? 0 : Number.parseInt(input.nextToken.slice(2), 36);
    const types = catalogueOf(state.world).instanceTypes;
    const page: InstanceTypeView[] = [];
    let last = after;
    let more = false;
    for (let i = after; i < types.length; i++) {
      const type = types[i] as InstanceTypeDetails;
      if (!input.match(type)) continue;
      if (page.length === input.maxResults) {
        more = true;
        break;
      }
      page.push(instanceTypeView(type));
      last = i + 1;
    }
    return ok({
      state,
      response: {
        nextToken: more ? encodeNextToken(last) : '',
        instanceTypes: { instanceType: page },
      },
    });
  },
};
