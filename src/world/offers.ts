import { DISK_CATEGORIES } from '../disks/categories.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { type Catalogue, defaultCatalogue } from './catalogue.js';
import type { WorldConfig } from './config.js';
import type { InstanceTypeDetails } from './instance-types.js';

/**
 * The world's catalogue (worlds saved before catalogues existed get the default one).
 *
 * @param world - The world's configuration.
 * @returns The catalogue.
 * @internal
 */
export function catalogueOf(world: WorldConfig): Catalogue {
  return world.catalogue ?? defaultCatalogue(world.regions);
}

/**
 * What one zone sells.
 *
 * @internal
 */
export interface ZoneSales {
  /** Instance types, in catalogue order. */
  readonly instanceTypes: readonly InstanceTypeDetails[];
  /** Disk categories. */
  readonly diskCategories: readonly string[];
}

/**
 * The instance types and disk categories a zone sells.
 *
 * @param world - The world's configuration.
 * @param zoneId - The zone.
 * @returns Its offer.
 * @internal
 */
export function zoneSales(world: WorldConfig, zoneId: string): ZoneSales {
  const catalogue = catalogueOf(world);
  const offer = catalogue.zones[zoneId];
  const types = offer?.instanceTypes;
  return {
    instanceTypes: types
      ? catalogue.instanceTypes.filter((t) => types.includes(t.instanceTypeId))
      : catalogue.instanceTypes,
    diskCategories: offer?.diskCategories ?? DISK_CATEGORIES,
  };
}

/**
 * Finds an instance type of the catalogue.
 *
 * @param world - The world's configuration.
 * @param instanceTypeId - The type.
 * @returns Its details, or `undefined`.
 * @internal
 */
export function findInstanceType(
  world: WorldConfig,
  instanceTypeId: string,
): InstanceTypeDetails | undefined {
  return catalogueOf(world).instanceTypes.find((t) => t.instanceTypeId === instanceTypeId);
}

/**
 * Checks that a zone sells an instance type, as `RunInstances` does.
 *
 * @param world - The world's configuration.
 * @param zoneId - The zone.
 * @param instanceTypeId - The type asked for.
 * @returns The type, `InvalidInstanceType.ValueNotSupported` for a type the catalogue lacks, or
 *   `InvalidInstanceType.ZoneNotSupported` for one the zone does not sell.
 * @internal
 */
export function requireInstanceType(
  world: WorldConfig,
  zoneId: string,
  instanceTypeId: string,
): Result<InstanceTypeDetails, EcsError> {
  const type = findInstanceType(world, instanceTypeId);
  if (!type)
    return err(
      ecsError(
        'InvalidInstanceType.ValueNotSupported',
        `The specified InstanceType ${instanceTypeId} is not offered; DescribeInstanceTypes lists the types.`,
      ),
    );
  if (!zoneSales(world, zoneId).instanceTypes.includes(type))
    return err(
      ecsError(
        'InvalidInstanceType.ZoneNotSupported',
        `The specified zone ${zoneId} does not support the instance type ${instanceTypeId}; DescribeAvailableResource lists what each zone sells.`,
      ),
    );
  return ok(type);
}

/**
 * Checks that a zone sells a disk category, as `RunInstances` and `CreateDisk` do.
 *
 * @param world - The world's configuration.
 * @param zoneId - The zone.
 * @param category - The category.
 * @returns `CategoryNotSupported` when the zone does not sell it.
 * @internal
 */
export function requireZoneCategory(
  world: WorldConfig,
  zoneId: string,
  category: string,
): Result<true, EcsError> {
  return zoneSales(world, zoneId).diskCategories.includes(category)
    ? ok(true)
    : err(
        ecsError(
          'CategoryNotSupported',
          `The specified zone ${zoneId} does not offer the disk category ${category}.`,
        ),
      );
}
