import { DISK_CATEGORIES } from '../disks/categories.js';
import { DEFAULT_INSTANCE_TYPES, type InstanceTypeDetails } from './instance-types.js';
import type { RegionSpec } from './region-spec.js';

/**
 * What one zone sells, when it sells less than the whole catalogue.
 *
 * @example
 * ```ts
 * const offer: ZoneOffer = { instanceTypes: ['ecs.g7.large'], diskCategories: ['cloud_essd'] };
 * ```
 * @category Catalogue
 */
export interface ZoneOffer {
  /** The instance types the zone offers. Default: every type of the catalogue. */
  readonly instanceTypes?: readonly string[] | undefined;
  /** The disk categories the zone offers. Default: every modelled category. */
  readonly diskCategories?: readonly string[] | undefined;
}

/**
 * An instance type given in the `catalogue` option: its id, vCPUs and memory; the other details
 * default from its family (or from g7's figures).
 *
 * @example
 * ```ts
 * const type: InstanceTypeOption = { instanceTypeId: 'ecs.g9.large', cpuCoreCount: 2, memorySize: 8 };
 * ```
 * @category Catalogue
 */
export type InstanceTypeOption = Pick<
  InstanceTypeDetails,
  'instanceTypeId' | 'cpuCoreCount' | 'memorySize'
> &
  Partial<InstanceTypeDetails>;

/**
 * The `catalogue` option of `createEcs`: which instance types exist and what each zone sells.
 *
 * @example
 * ```ts
 * const ecs = createEcs({ catalogue: { zones: { 'cn-hangzhou-h': { instanceTypes: ['ecs.g7.large'] } } } });
 * ```
 * @category Catalogue
 */
export interface CatalogueOptions {
  /** The instance types (replaces the default list). */
  readonly instanceTypes?: readonly InstanceTypeOption[] | undefined;
  /** Per zone id: what it sells (zones not named sell everything). */
  readonly zones?: Readonly<Record<string, ZoneOffer>> | undefined;
}

/**
 * The resolved catalogue a world keeps in `state.world.catalogue`.
 *
 * @example
 * ```ts
 * ecs.state.world.catalogue.instanceTypes.length; //=> 44
 * ```
 * @category Catalogue
 */
export interface Catalogue {
  /** Every instance type, in catalogue order. */
  readonly instanceTypes: readonly InstanceTypeDetails[];
  /** Zones that sell less than everything. */
  readonly zones: Readonly<Record<string, ZoneOffer>>;
}

/** The zones that, by default, do not sell the ARM family (as real zones differ in stock). */
const ZONES_WITHOUT_ARM = ['cn-hangzhou-h', 'cn-shanghai-e'];

/**
 * The default catalogue for a set of regions: every type everywhere, except the ARM g8y family in
 * cn-hangzhou-h and cn-shanghai-e (when those zones exist).
 *
 * @param regions - The world's regions.
 * @returns The catalogue.
 * @internal
 */
export function defaultCatalogue(regions: readonly RegionSpec[]): Catalogue {
  const zones: Record<string, ZoneOffer> = {};
  const x86 = DEFAULT_INSTANCE_TYPES.filter((t) => t.cpuArchitecture === 'X86').map(
    (t) => t.instanceTypeId,
  );
  for (const region of regions) {
    for (const zoneId of region.zoneIds) {
      if (ZONES_WITHOUT_ARM.includes(zoneId)) zones[zoneId] = { instanceTypes: x86 };
    }
  }
  return { instanceTypes: DEFAULT_INSTANCE_TYPES, zones };
}

function fail(message: string, kind: 'type' | 'range' = 'type'): never {
  throw kind === 'type'
    ? new TypeError(`createEcs: ${message}`)
    : new RangeError(`createEcs: ${message}`);
}

function resolveType(option: unknown, i: number): InstanceTypeDetails {
  const t = option as Partial<InstanceTypeDetails> | null;
  const id = t?.instanceTypeId;
  if (typeof id !== 'string' || !/^ecs\.[a-z0-9-]+\.[a-z0-9-]+$/.test(id))
    fail(
      `option "catalogue.instanceTypes[${i}].instanceTypeId" must look like "ecs.<family>.<size>".`,
    );
  for (const key of ['cpuCoreCount', 'memorySize'] as const) {
    const value = t?.[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
      fail(`option "catalogue.instanceTypes[${i}].${key}" must be a number > 0.`, 'range');
  }
  const family = id.slice(0, id.lastIndexOf('.'));
  const base =
    DEFAULT_INSTANCE_TYPES.find((d) => d.instanceTypeFamily === family) ??
    DEFAULT_INSTANCE_TYPES.find((d) => d.instanceTypeId === 'ecs.g7.large');
  return Object.freeze({ ...base, instanceTypeFamily: family, ...t } as InstanceTypeDetails);
}

function resolveOffer(zoneId: string, offer: ZoneOffer, typeIds: ReadonlySet<string>): ZoneOffer {
  const { instanceTypes, diskCategories } = offer;
  const unknownType = instanceTypes?.find((id) => !typeIds.has(id));
  if (unknownType !== undefined)
    fail(
      `option "catalogue.zones.${zoneId}" offers "${unknownType}", which the catalogue lacks.`,
      'range',
    );
  const unknownCategory = diskCategories?.find(
    (c) => !(DISK_CATEGORIES as readonly string[]).includes(c),
  );
  if (unknownCategory !== undefined)
    fail(
      `option "catalogue.zones.${zoneId}" offers the disk category "${unknownCategory}"; known: ${DISK_CATEGORIES.join(', ')}.`,
      'range',
    );
  return {
    ...(instanceTypes ? { instanceTypes: [...instanceTypes] } : {}),
    ...(diskCategories ? { diskCategories: [...diskCategories] } : {}),
  };
}

function resolveZones(
  zones: unknown,
  regions: readonly RegionSpec[],
  typeIds: ReadonlySet<string>,
): Record<string, ZoneOffer> {
  if (typeof zones !== 'object' || zones === null || Array.isArray(zones))
    fail('option "catalogue.zones" must be an object keyed by zone id.');
  const known = new Set(regions.flatMap((r) => r.zoneIds));
  const resolved: Record<string, ZoneOffer> = {};
  for (const [zoneId, offer] of Object.entries(zones)) {
    if (!known.has(zoneId))
      fail(`option "catalogue.zones" names "${zoneId}", which is no zone of the world.`, 'range');
    resolved[zoneId] = resolveOffer(zoneId, (offer ?? {}) as ZoneOffer, typeIds);
  }
  return resolved;
}

/**
 * Validates the `catalogue` option.
 *
 * @param option - The user's option.
 * @param regions - The resolved regions.
 * @returns The catalogue.
 * @internal
 */
export function resolveCatalogue(option: unknown, regions: readonly RegionSpec[]): Catalogue {
  if (option === undefined) return defaultCatalogue(regions);
  if (typeof option !== 'object' || option === null || Array.isArray(option))
    fail('option "catalogue" must be an object such as { instanceTypes, zones }.');
  const { instanceTypes, zones } = option as CatalogueOptions;
  if (instanceTypes !== undefined && (!Array.isArray(instanceTypes) || instanceTypes.length === 0))
    fail('option "catalogue.instanceTypes" must be a non-empty array.');
  const types = instanceTypes ? instanceTypes.map(resolveType) : DEFAULT_INSTANCE_TYPES;
  const ids = new Set(types.map((t) => t.instanceTypeId));
  if (ids.size !== types.length)
    fail('option "catalogue.instanceTypes" names a type twice.', 'range');
  return {
    instanceTypes: types,
    zones:
      zones === undefined
        ? instanceTypes
          ? {}
          : defaultCatalogue(regions).zones
        : resolveZones(zones, regions, ids),
  };
}
