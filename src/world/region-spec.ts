// A leaf module: the catalogue and the world configuration both name regions.

/**
 * A region of the virtual world and its zones.
 *
 * @example
 * ```ts
 * const region: RegionSpec = { regionId: 'cn-beijing', zoneIds: ['cn-beijing-h'] };
 * ```
 * @category World
 */
export interface RegionSpec {
  /** The region id, e.g. `cn-hangzhou`. */
  readonly regionId: string;
  /** The zone ids, e.g. `cn-hangzhou-h`. */
  readonly zoneIds: readonly string[];
}
