import { type DiskCategory, dataDiskSizeRange, systemDiskSizeRange } from '../disks/categories.js';
import type { Input, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { custom, fieldReader, fieldsOf, int, oneOf, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import type { WorldConfig } from '../world/config.js';
import type { InstanceTypeDetails } from '../world/instance-types.js';
import { zoneSales } from '../world/offers.js';

/**
 * `DescribeAvailableResource` parameters.
 *
 * @example
 * ```ts
 * const request: DescribeAvailableResourceRequest = { regionId: 'cn-hangzhou', destinationResource: 'InstanceType', zoneId: 'cn-hangzhou-i' };
 * ```
 * @category Catalogue
 */
export interface DescribeAvailableResourceRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /**
   * What to list (required): `Zone`, `IoOptimized`, `InstanceType`, `Network`, `SystemDisk` or
   * `DataDisk`.
   */
  destinationResource?: string | undefined;
  /** Only this zone. */
  zoneId?: string | undefined;
  /** Zones (and disks) that go with this instance type. */
  instanceType?: string | undefined;
  /** Instance types with this many vCPUs (not with `instanceType`). */
  cores?: number | undefined;
  /** Instance types with this much memory, GiB (not with `instanceType`). */
  memory?: number | undefined;
  /** Zones that sell this system disk category. */
  systemDiskCategory?: string | undefined;
  /** Zones that sell this data disk category. */
  dataDiskCategory?: string | undefined;
  /** `PrePaid` or `PostPaid` (default). */
  instanceChargeType?: string | undefined;
  /** `instance` (default), `disk`, `reservedinstance` or `ddh`. */
  resourceType?: string | undefined;
  /** `optimized` (default) or `none`. */
  ioOptimized?: string | undefined;
  /** `vpc` (every fake-ecs zone) or `classic` (none). */
  networkCategory?: string | undefined;
  /** `NoSpot` (default), `SpotWithPriceLimit` or `SpotAsPriceGo`. */
  spotStrategy?: string | undefined;
  /** Accepted. */
  spotDuration?: number | undefined;
  /** `Region` or `Zone`. */
  scope?: string | undefined;
  /** A dedicated host: accepted without effect (fake-ecs has no dedicated hosts). */
  dedicatedHostId?: string | undefined;
}

/**
 * One resource value of a zone.
 *
 * @example
 * ```ts
 * const value: SupportedResourceView = { value: 'cloud_essd', status: 'Available', statusCategory: 'WithStock', min: 20, max: 2048, unit: 'GiB' };
 * ```
 * @category Catalogue
 */
export interface SupportedResourceView {
  /** The type, category or zone. */
  value: string;
  /** `Available`. */
  status: string;
  /** `WithStock`. */
  statusCategory: string;
  /** Disks: the smallest size (0 for the other resources). */
  min: number;
  /** Disks: the largest size (0 for the other resources). */
  max: number;
  /** Disks: `GiB` (empty for the other resources). */
  unit: string;
}

/**
 * One zone of the answer.
 *
 * @example
 * ```ts
 * const zone: AvailableZoneView = body.availableZones.availableZone[0];
 * ```
 * @category Catalogue
 */
export interface AvailableZoneView {
  /** The region. */
  regionId: string;
  /** The zone. */
  zoneId: string;
  /** `Available`. */
  status: string;
  /** `WithStock`. */
  statusCategory: string;
  /** The resources asked for. */
  availableResources: {
    /** Available resource. */
    availableResource: {
      /** The `destinationResource`. */
      type: string;
      /** Its values. */
      supportedResources: {
        /** Supported resource. */
        supportedResource: SupportedResourceView[];
      };
    }[];
  };
}

/**
 * `DescribeAvailableResource` response body.
 *
 * @example
 * ```ts
 * body.availableZones.availableZone.map((z) => z.zoneId); //=> ['cn-hangzhou-i', 'cn-hangzhou-j']
 * ```
 * @category Catalogue
 */
export interface DescribeAvailableResourceResponseBody {
  /** The zones that have what was asked for. */
  availableZones: {
    /** Available zone. */
    availableZone: AvailableZoneView[];
  };
}

const DESTINATIONS = [
  'Zone',
  'IoOptimized',
  'InstanceType',
  'Network',
  'SystemDisk',
  'DataDisk',
] as const;

/** Memory in GiB, a fraction allowed (`0.5`): read as a number, not an integer. */
const gib = custom<number | undefined, number>((p, key) => {
  const raw = p.passThrough(key);
  const memory = raw === undefined || raw === '' ? undefined : Number(raw);
  if (memory !== undefined && !(memory > 0)) p.reject(key, 'expected a number of GiB > 0');
  return memory;
});

const FIELDS = fieldsOf<DescribeAvailableResourceRequest>()(() => ({
  instanceChargeType: oneOf(['PrePaid', 'PostPaid'] as const, () =>
    ecsError('Invalid.InstanceChargeType'),
  ).discard(),
  resourceType: oneOf(['instance', 'disk', 'reservedinstance', 'ddh'] as const, () =>
    ecsError('Invalid.ResourceType'),
  ).discard(),
  ioOptimized: oneOf(['optimized', 'none'] as const),
  networkCategory: oneOf(['vpc', 'classic'] as const),
  spotStrategy: oneOf(['NoSpot', 'SpotWithPriceLimit', 'SpotAsPriceGo'] as const).discard(),
  spotDuration: int({ min: 0, max: 6 }).discard(),
  scope: oneOf(['Region', 'Zone'] as const).discard(),
  dedicatedHostId: text.discard(),
  memory: gib,
  regionId: text.required(),
  destinationResource: text,
  zoneId: text,
  instanceType: text,
  cores: int({ min: 1 }),
  systemDiskCategory: text,
  dataDiskCategory: text,
}));

const read = fieldReader(
  FIELDS,
  ({ ioOptimized, networkCategory, destinationResource, ...rest }) => ({
    ...rest,
    destination: destinationResource,
    none: ioOptimized === 'none' || networkCategory === 'classic',
  }),
);

type DescribeAvailableResourceInput = Input<ReturnType<typeof read>>;

const IN_STOCK = { status: 'Available', statusCategory: 'WithStock' } as const;
/** What real ECS leaves at zero for a resource without a size range (everything but disks). */
const NO_RANGE = { ...IN_STOCK, min: 0, max: 0, unit: '' } as const;

function typesOf(input: DescribeAvailableResourceInput, types: readonly InstanceTypeDetails[]) {
  return types.filter(
    (t) =>
      (input.instanceType === undefined || t.instanceTypeId === input.instanceType) &&
      (input.cores === undefined || t.cpuCoreCount === input.cores) &&
      (input.memory === undefined || t.memorySize === input.memory),
  );
}

function valuesOf(
  destination: (typeof DESTINATIONS)[number],
  zoneId: string,
  types: readonly InstanceTypeDetails[],
  categories: readonly string[],
): SupportedResourceView[] {
  switch (destination) {
    case 'Zone':
      return [{ value: zoneId, ...NO_RANGE }];
    case 'IoOptimized':
      return [{ value: 'optimized', ...NO_RANGE }];
    case 'Network':
      return [{ value: 'vpc', ...NO_RANGE }];
    case 'InstanceType':
      return types.map((t) => ({ value: t.instanceTypeId, ...NO_RANGE }));
    case 'SystemDisk':
    case 'DataDisk':
      return categories.map((c) => {
        const range =
          destination === 'SystemDisk'
            ? systemDiskSizeRange(c as DiskCategory)
            : dataDiskSizeRange(c as DiskCategory);
        return { value: c, ...IN_STOCK, min: range.min, max: range.max, unit: 'GiB' };
      });
  }
}

/** One zone's entry, or `undefined` when it has nothing that matches. */
function zoneEntry(
  world: WorldConfig,
  input: DescribeAvailableResourceInput,
  destination: (typeof DESTINATIONS)[number],
  zoneId: string,
): AvailableZoneView | undefined {
  const sales = zoneSales(world, zoneId);
  const types = typesOf(input, sales.instanceTypes);
  const filtersTypes =
    input.instanceType !== undefined || input.cores !== undefined || input.memory !== undefined;
  if (filtersTypes && types.length === 0) return undefined;
  const wanted = [input.systemDiskCategory, input.dataDiskCategory].filter(
    (c): c is string => c !== undefined,
  );
  if (!wanted.every((c) => sales.diskCategories.includes(c))) return undefined;
  const only =
    destination === 'SystemDisk'
      ? input.systemDiskCategory
      : destination === 'DataDisk'
        ? input.dataDiskCategory
        : undefined;
  const categories = sales.diskCategories.filter((c) => only === undefined || c === only);
  const values = valuesOf(destination, zoneId, types, categories);
  if (values.length === 0) return undefined;
  return {
    regionId: world.regions.find((r) => r.zoneIds.includes(zoneId))?.regionId ?? '',
    zoneId,
    ...IN_STOCK,
    availableResources: {
      availableResource: [{ type: destination, supportedResources: { supportedResource: values } }],
    },
  };
}

/**
 * `DescribeAvailableResource`: what each zone of a region sells, narrowed by instance type,
 * vCPUs and memory, or disk categories; zones with nothing matching are left out.
 *
 * @internal
 */
export const describeAvailableResourceOp: Operation<
  DescribeAvailableResourceInput,
  DescribeAvailableResourceResponseBody
> = {
  action: 'DescribeAvailableResource',
  read,

  run(state, input) {
    const region = state.world.regions.find((r) => r.regionId === input.regionId);
    if (!region)
      return err(
        ecsError('Invalid.RegionId', `The specified RegionId ${input.regionId} does not exist.`),
      );
    if (input.destination === undefined || input.destination === '')
      return err(ecsError('Invalid.Param'));
    const destination = DESTINATIONS.find((d) => d === input.destination);
    if (!destination)
      return err(
        ecsError(
          'Invalid.DestinationResource',
          `The specified DestinationResource ${input.destination} is not valid; use one of ${DESTINATIONS.join(', ')}.`,
        ),
      );
    if (
      input.instanceType !== undefined &&
      (input.cores !== undefined || input.memory !== undefined)
    )
      return err(ecsError('InvalidParam.TypeAndCpuMem.Conflict'));
    const availableZone = region.zoneIds
      .filter((zoneId) => !input.none && (input.zoneId === undefined || input.zoneId === zoneId))
      .map((zoneId) => zoneEntry(state.world, input, destination, zoneId))
      .filter((zone): zone is AvailableZoneView => zone !== undefined);
    return ok({ state, response: { availableZones: { availableZone } } });
  },
};
