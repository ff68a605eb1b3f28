import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, flag, oneOf, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { zoneSales } from '../world/offers.js';
import { requireRegion } from '../world/regions.js';
import { zoneLocalName } from './local-names.js';

/**
 * `DescribeZones` parameters.
 *
 * @example
 * ```ts
 * const request: DescribeZonesRequest = { regionId: 'cn-hangzhou', verbose: true };
 * ```
 * @category Catalogue
 */
export interface DescribeZonesRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** `zh-CN` (default), `en-US` or `ja`. */
  acceptLanguage?: string | undefined;
  /** `PrePaid` or `PostPaid` (default). */
  instanceChargeType?: string | undefined;
  /** `NoSpot` (default), `SpotWithPriceLimit` or `SpotAsPriceGo`. */
  spotStrategy?: string | undefined;
  /** List what each zone sells (default `true`); `false` gives the zones' names only. */
  verbose?: boolean | undefined;
}

/**
 * One zone as `DescribeZones` returns it.
 *
 * @example
 * ```ts
 * const zone: ZoneView = ecs.describeZones({ regionId: 'cn-hangzhou' }).zones.zone[0];
 * zone.availableInstanceTypes.instanceTypes.includes('ecs.g7.large'); //=> true
 * ```
 * @category Catalogue
 */
export interface ZoneView {
  /** The zone id. */
  zoneId: string;
  /** Its display name. */
  localName: string;
  /** `AvailabilityZone`. */
  zoneType: string;
  /** What can be created there. */
  availableResourceCreation: {
    /** Resource types. */
    resourceTypes: string[];
  };
  /** Instance types sold. */
  availableInstanceTypes: {
    /** Instance types. */
    instanceTypes: string[];
  };
  /** Disk categories sold. */
  availableDiskCategories: {
    /** Disk categories. */
    diskCategories: string[];
  };
  /** Volume categories (none). */
  availableVolumeCategories: {
    /** Volume categories. */
    volumeCategories: string[];
  };
  /** Dedicated host types (none). */
  availableDedicatedHostTypes: {
    /** Dedicated host type. */
    dedicatedHostType: string[];
  };
  /** Dedicated host generations (none). */
  dedicatedHostGenerations: {
    /** Dedicated host generation. */
    dedicatedHostGeneration: string[];
  };
  /** The same, grouped as one resource set. */
  availableResources: {
    /** Resources info. */
    resourcesInfo: {
      /** Io optimized. */
      ioOptimized: boolean;
      /** System disk categories. */
      systemDiskCategories: {
        /** Supported system disk category. */
        supportedSystemDiskCategory: string[];
      };
      /** Data disk categories. */
      dataDiskCategories: {
        /** Supported data disk category. */
        supportedDataDiskCategory: string[];
      };
      /** Network types. */
      networkTypes: {
        /** Supported network category. */
        supportedNetworkCategory: string[];
      };
      /** Instance types. */
      instanceTypes: {
        /** Supported instance type. */
        supportedInstanceType: string[];
      };
      /** Instance type families. */
      instanceTypeFamilies: {
        /** Supported instance type family. */
        supportedInstanceTypeFamily: string[];
      };
      /** Instance generations. */
      instanceGenerations: {
        /** Supported instance generation. */
        supportedInstanceGeneration: string[];
      };
    }[];
  };
}

/**
 * `DescribeZones` response body.
 *
 * @example
 * ```ts
 * body.zones.zone.map((z) => z.zoneId); //=> ['cn-hangzhou-h', 'cn-hangzhou-i', 'cn-hangzhou-j']
 * ```
 * @category Catalogue
 */
export interface DescribeZonesResponseBody {
  /** The zones. */
  zones: {
    /** The region's zones, in the order configured. */
    zone: ZoneView[];
  };
}

const unique = (values: readonly string[]): string[] => [...new Set(values)];

const FIELDS = fieldsOf<DescribeZonesRequest>()(() => ({
  instanceChargeType: oneOf(['PrePaid', 'PostPaid'] as const, () =>
    ecsError('Invalid.InstanceChargeType'),
  ).discard(),
  spotStrategy: oneOf(['NoSpot', 'SpotWithPriceLimit', 'SpotAsPriceGo'] as const).discard(),
  regionId: text.required(),
  acceptLanguage: oneOf(['zh-CN', 'en-US', 'ja'] as const).default('zh-CN'),
  verbose: flag.default(true),
}));

type DescribeZonesInput = InputOf<typeof FIELDS>;

/**
 * `DescribeZones`: the zones of a region and, verbosely, the instance types and disk categories
 * each one sells (from the world's catalogue).
 *
 * @internal
 */
export const describeZonesOp: Operation<DescribeZonesInput, DescribeZonesResponseBody> = {
  action: 'DescribeZones',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const zone = region.value.zoneIds.map((zoneId): ZoneView => {
      const sales = zoneSales(state.world, zoneId);
      const types = input.verbose ? sales.instanceTypes : [];
      const categories = input.verbose ? [...sales.diskCategories] : [];
      const typeIds = types.map((t) => t.instanceTypeId);
      return {
        zoneId,
        localName: zoneLocalName(input.regionId, zoneId, input.acceptLanguage),
        zoneType: 'AvailabilityZone',
        availableResourceCreation: {
          resourceTypes: input.verbose ? ['VSwitch', 'IoOptimized', 'Instance', 'Disk'] : [],
        },
        availableInstanceTypes: { instanceTypes: typeIds },
        availableDiskCategories: { diskCategories: categories },
        availableVolumeCategories: { volumeCategories: [] },
        availableDedicatedHostTypes: { dedicatedHostType: [] },
        dedicatedHostGenerations: { dedicatedHostGeneration: [] },
        availableResources: {
          resourcesInfo: input.verbose
            ? [
                {
                  ioOptimized: true,
                  systemDiskCategories: { supportedSystemDiskCategory: categories },
                  dataDiskCategories: { supportedDataDiskCategory: categories },
                  networkTypes: { supportedNetworkCategory: ['vpc'] },
                  instanceTypes: { supportedInstanceType: typeIds },
                  instanceTypeFamilies: {
                    supportedInstanceTypeFamily: unique(types.map((t) => t.instanceTypeFamily)),
                  },
                  instanceGenerations: {
                    supportedInstanceGeneration: unique(types.map((t) => t.generation)),
                  },
                },
              ]
            : [],
        },
      };
    });
    return ok({ state, response: { zones: { zone } } });
  },
};
