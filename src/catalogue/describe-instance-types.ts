import type { CommonInput, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
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

interface DescribeInstanceTypesInput extends CommonInput {
  readonly match: (t: InstanceTypeDetails) => boolean;
  readonly maxResults: number;
  readonly nextToken: string | undefined;
}

const TOKEN = /^fe[0-9a-z]{8}$/;

function oneOrMany(one: string | undefined, many: readonly string[] | undefined) {
  const all = [...(one === undefined ? [] : [one]), ...(many ?? [])];
  return all.length === 0 ? undefined : all;
}

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
  read: (p) => {
    p.string('regionId');
    const ids = p.stringList('instanceTypes', 10);
    const families = oneOrMany(
      p.string('instanceTypeFamily'),
      p.stringList('instanceTypeFamilies', 10),
    );
    const arches = oneOrMany(p.string('cpuArchitecture'), p.stringList('cpuArchitectures', 10));
    const categories = oneOrMany(
      p.string('instanceCategory'),
      p.stringList('instanceCategories', 10),
    );
    const level = p.string('instanceFamilyLevel');
    const minCpu = p.int('minimumCpuCoreCount', { min: 0 }) ?? 0;
    const maxCpu = p.int('maximumCpuCoreCount', { min: 0 }) ?? Number.POSITIVE_INFINITY;
    const minMem = Number(p.passThrough('minimumMemorySize') ?? 0);
    const maxMem = Number(p.passThrough('maximumMemorySize') ?? Number.POSITIVE_INFINITY);
    if (Number.isNaN(minMem)) p.reject('minimumMemorySize', 'expected a number of GiB');
    if (Number.isNaN(maxMem)) p.reject('maximumMemorySize', 'expected a number of GiB');
    const minEni = p.int('minimumEniQuantity', { min: 0 }) ?? 0;
    const minDisks = p.int('minimumDiskQuantity', { min: 0 }) ?? 0;
    return {
      match: (t) =>
        (ids === undefined || ids.includes(t.instanceTypeId)) &&
        (families === undefined || families.includes(t.instanceTypeFamily)) &&
        (arches === undefined || arches.includes(t.cpuArchitecture)) &&
        (categories === undefined || categories.includes(t.instanceCategory)) &&
        (level === undefined || level === instanceTypeView(t).instanceFamilyLevel) &&
        t.cpuCoreCount >= minCpu &&
        t.cpuCoreCount <= maxCpu &&
        t.memorySize >= minMem &&
        t.memorySize <= maxMem &&
        t.eniQuantity >= minEni &&
        t.diskQuantity >= minDisks,
      maxResults: p.int('maxResults', { min: 1, max: 1600 }) ?? 1600,
      nextToken: p.string('nextToken') || undefined,
    };
  },
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
