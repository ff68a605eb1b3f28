/**
 * The disk categories fake-ecs models.
 *
 * @example
 * ```ts
 * const category: DiskCategory = 'cloud_essd';
 * ```
 * @category Disks
 */
export type DiskCategory =
  | 'cloud'
  | 'cloud_efficiency'
  | 'cloud_ssd'
  | 'cloud_essd'
  | 'cloud_auto'
  | 'cloud_essd_entry';

/**
 * ESSD performance levels.
 *
 * @example
 * ```ts
 * const level: PerformanceLevel = 'PL1';
 * ```
 * @category Disks
 */
export type PerformanceLevel = 'PL0' | 'PL1' | 'PL2' | 'PL3';

/**
 * Every modelled category.
 *
 * @example
 * ```ts
 * DISK_CATEGORIES.includes('cloud_ssd'); //=> true
 * ```
 * @category Disks
 */
export const DISK_CATEGORIES: readonly DiskCategory[] = Object.freeze([
  'cloud',
  'cloud_efficiency',
  'cloud_ssd',
  'cloud_essd',
  'cloud_auto',
  'cloud_essd_entry',
]);

/**
 * Every ESSD performance level.
 *
 * @example
 * ```ts
 * PERFORMANCE_LEVELS.length; //=> 4
 * ```
 * @category Disks
 */
export const PERFORMANCE_LEVELS: readonly PerformanceLevel[] = Object.freeze([
  'PL0',
  'PL1',
  'PL2',
  'PL3',
]);

/**
 * An inclusive size range in GiB.
 *
 * @example
 * ```ts
 * const range: SizeRange = { min: 20, max: 32768 };
 * ```
 * @category Disks
 */
export interface SizeRange {
  /** Smallest size, GiB. */
  readonly min: number;
  /** Largest size, GiB. */
  readonly max: number;
}

const ESSD_DATA_RANGES: Readonly<Record<PerformanceLevel, SizeRange>> = {
  PL0: { min: 1, max: 65536 },
  PL1: { min: 20, max: 65536 },
  PL2: { min: 461, max: 65536 },
  PL3: { min: 1261, max: 65536 },
};

const DATA_RANGES: Readonly<Record<Exclude<DiskCategory, 'cloud_essd'>, SizeRange>> = {
  cloud: { min: 5, max: 2000 },
  cloud_efficiency: { min: 20, max: 32768 },
  cloud_ssd: { min: 20, max: 32768 },
  cloud_auto: { min: 1, max: 65536 },
  cloud_essd_entry: { min: 10, max: 32768 },
};

/**
 * The size range of a data disk of a category (and ESSD performance level), per the CreateDisk
 * reference.
 *
 * @param category - The category.
 * @param level - The ESSD performance level (PL1 when omitted).
 * @returns The range in GiB.
 * @example
 * ```ts
 * dataDiskSizeRange('cloud_essd', 'PL2'); //=> { min: 461, max: 65536 }
 * ```
 * @category Disks
 */
export function dataDiskSizeRange(
  category: DiskCategory,
  level: PerformanceLevel | null = null,
): SizeRange {
  return category === 'cloud_essd' ? ESSD_DATA_RANGES[level ?? 'PL1'] : DATA_RANGES[category];
}

/**
 * The size range of a system disk of a category: 20-500 GiB for basic disks, 20-2048 GiB
 * otherwise (and never below the ESSD level's minimum).
 *
 * @param category - The category.
 * @param level - The ESSD performance level (PL1 when omitted).
 * @returns The range in GiB.
 * @example
 * ```ts
 * systemDiskSizeRange('cloud_essd'); //=> { min: 20, max: 2048 }
 * ```
 * @category Disks
 */
export function systemDiskSizeRange(
  category: DiskCategory,
  level: PerformanceLevel | null = null,
): SizeRange {
  if (category === 'cloud') return { min: 20, max: 500 };
  return { min: Math.max(20, dataDiskSizeRange(category, level).min), max: 2048 };
}

/**
 * Tells whether a category is of the ESSD series (ESSD, ESSD AutoPL, ESSD Entry).
 *
 * @param category - The category.
 * @returns `true` for the ESSD series.
 * @example
 * ```ts
 * isEssdSeries('cloud_auto'); //=> true
 * ```
 * @category Disks
 */
export function isEssdSeries(category: string): boolean {
  return category === 'cloud_essd' || category === 'cloud_auto' || category === 'cloud_essd_entry';
}
