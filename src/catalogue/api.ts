import type {
  DescribeImageSupportInstanceTypesRequest,
  DescribeImageSupportInstanceTypesResponseBody,
} from '../images/describe-image-support-instance-types.js';
import type { WithRequestId } from '../operations/operation.js';
import type {
  DescribeAvailableResourceRequest,
  DescribeAvailableResourceResponseBody,
} from './describe-available-resource.js';
import type {
  DescribeInstanceTypeFamiliesRequest,
  DescribeInstanceTypeFamiliesResponseBody,
} from './describe-instance-type-families.js';
import type {
  DescribeInstanceTypesRequest,
  DescribeInstanceTypesResponseBody,
} from './describe-instance-types.js';
import type { DescribeRegionsRequest, DescribeRegionsResponseBody } from './describe-regions.js';
import type { DescribeZonesRequest, DescribeZonesResponseBody } from './describe-zones.js';

/**
 * The regions, zones and instance types of the world (its catalogue, `createEcs({ catalogue })`).
 *
 * @example
 * ```ts
 * ecs.describeZones({ regionId: 'cn-hangzhou' }).zones.zone.map((z) => z.zoneId);
 * ```
 * @category Catalogue
 */
export interface CatalogueApi {
  /**
   * The world's regions.
   *
   * @param request - `{ acceptLanguage? }`.
   * @returns `{ requestId, regions: { region } }`.
   * @throws EcsError `InvalidParameter`.
   * @example
   * ```ts
   * ecs.describeRegions({}).regions.region.map((r) => r.regionId); //=> ['cn-hangzhou', 'cn-shanghai']
   * ```
   */
  describeRegions(request: DescribeRegionsRequest): WithRequestId<DescribeRegionsResponseBody>;
  /**
   * The zones of a region and what each sells (instance types, disk categories).
   *
   * @param request - `{ regionId, verbose?, acceptLanguage? }`.
   * @returns `{ requestId, zones: { zone } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `Invalid.InstanceChargeType`.
   * @example
   * ```ts
   * ecs.describeZones({ regionId: 'cn-hangzhou' }).zones.zone[0].availableDiskCategories.diskCategories;
   * ```
   */
  describeZones(request: DescribeZonesRequest): WithRequestId<DescribeZonesResponseBody>;
  /**
   * What each zone of a region sells: zones, instance types, system or data disk categories (with
   * their size ranges), narrowed by instance type, vCPUs and memory or disk category.
   *
   * @param request - `{ regionId, destinationResource, zoneId?, instanceType?, cores?, memory?, ... }`.
   * @returns `{ requestId, availableZones: { availableZone } }`.
   * @throws EcsError `MissingParameter`, `Invalid.RegionId`, `Invalid.Param`,
   *   `Invalid.DestinationResource`, `Invalid.ResourceType`, `Invalid.InstanceChargeType`,
   *   `InvalidParam.TypeAndCpuMem.Conflict`.
   * @example
   * ```ts
   * ecs.describeAvailableResource({ regionId: 'cn-hangzhou', destinationResource: 'Zone', instanceType: 'ecs.g8y.large' });
   * ```
   */
  describeAvailableResource(
    request: DescribeAvailableResourceRequest,
  ): WithRequestId<DescribeAvailableResourceResponseBody>;
  /**
   * The instance types of the catalogue, filtered, paged by `nextToken`.
   *
   * @param request - Filters (`instanceTypes`, `instanceTypeFamily`, `cpuArchitecture`, vCPU and
   *   memory bounds...) and `maxResults`/`nextToken`.
   * @returns `{ requestId, nextToken, instanceTypes: { instanceType } }`.
   * @throws EcsError `InvalidParameter`.
   * @example
   * ```ts
   * ecs.describeInstanceTypes({ instanceTypeFamily: 'ecs.g7' }).instanceTypes.instanceType.length; //=> 5
   * ```
   */
  describeInstanceTypes(
    request: DescribeInstanceTypesRequest,
  ): WithRequestId<DescribeInstanceTypesResponseBody>;
  /**
   * The instance type families of the catalogue and their generations.
   *
   * @param request - `{ regionId, generation? }`.
   * @returns `{ requestId, instanceTypeFamilies: { instanceTypeFamily } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`.
   * @example
   * ```ts
   * ecs.describeInstanceTypeFamilies({ regionId: 'cn-hangzhou', generation: 'ecs-6' });
   * ```
   */
  describeInstanceTypeFamilies(
    request: DescribeInstanceTypeFamiliesRequest,
  ): WithRequestId<DescribeInstanceTypeFamiliesResponseBody>;
  /**
   * The instance types of a region an image runs on: those sold in the region's zones with the
   * image's CPU architecture, in catalogue order.
   *
   * @param request - `{ regionId, imageId }` (or `filter: [{ key: 'imageId', value }]`).
   * @returns `{ requestId, regionId, imageId, instanceTypes: { instanceType } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidImageId.NotFound`.
   * @example
   * ```ts
   * ecs.describeImageSupportInstanceTypes({ regionId: 'cn-hangzhou', imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd' }).instanceTypes.instanceType;
   * ```
   */
  describeImageSupportInstanceTypes(
    request: DescribeImageSupportInstanceTypesRequest,
  ): WithRequestId<DescribeImageSupportInstanceTypesResponseBody>;
}
