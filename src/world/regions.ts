import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { WorldConfig } from './config.js';
import type { RegionSpec } from './region-spec.js';

/**
 * Finds a region of the world.
 *
 * @param world - The world.
 * @param regionId - The region asked for.
 * @returns The region, or `InvalidRegionId.NotFound`.
 * @internal
 */
export function requireRegion(
  world: WorldConfig,
  regionId: string,
): Result<RegionSpec, EcsError<'InvalidRegionId.NotFound'>> {
  const region = world.regions.find((r) => r.regionId === regionId);
  return region
    ? ok(region)
    : err(
        ecsError('InvalidRegionId.NotFound', `The specified RegionId ${regionId} does not exist.`),
      );
}

/**
 * Checks the region a request names where the region is optional (the resource's own region
 * applies when it is left out).
 *
 * @param world - The world.
 * @param regionId - The region asked for, if any.
 * @returns `null`, or `InvalidRegionId.NotFound`.
 * @internal
 */
export function requireRegionIfGiven(
  world: WorldConfig,
  regionId: string | undefined,
): Result<null, EcsError<'InvalidRegionId.NotFound'>> {
  if (regionId === undefined) return ok(null);
  const region = requireRegion(world, regionId);
  return region.ok ? ok(null) : region;
}

/**
 * Resolves a zone of a region, defaulting to the region's first zone.
 *
 * @param region - The region.
 * @param zoneId - The zone asked for, if any.
 * @returns The zone id, or `InvalidZoneId.NotFound`.
 * @internal
 */
export function requireZone(
  region: RegionSpec,
  zoneId: string | undefined,
): Result<string, EcsError<'InvalidZoneId.NotFound'>> {
  if (zoneId === undefined) return ok(region.zoneIds[0] ?? region.regionId);
  return region.zoneIds.includes(zoneId)
    ? ok(zoneId)
    : err(
        ecsError(
          'InvalidZoneId.NotFound',
          `The specified zone ${zoneId} does not exist in region ${region.regionId}.`,
        ),
      );
}
