import type { DiskCategory, PerformanceLevel } from './categories.js';

/**
 * The baseline performance of one cloud disk: what it sustains without bursting or provisioned
 * extras.
 *
 * @example
 * ```ts
 * const spec: DiskPerformanceSpec = { iops: 6800, throughputMBps: 170 };
 * ```
 * @category Disks
 */
export interface DiskPerformanceSpec {
  /** Random read/write operations per second. */
  readonly iops: number;
  /** Throughput in MB/s. */
  readonly throughputMBps: number;
}

/**
 * `min{max, max{floor, base + slope × GiB}}` with the slope in hundredths per GiB, so that a
 * rate such as 0.15 MB/s per GiB stays exact in integer arithmetic before rounding down.
 */
interface Line {
  readonly base: number;
  readonly centiPerGiB: number;
  readonly max: number;
  readonly floor: number;
}

interface Model {
  readonly iops: Line;
  readonly throughput: Line;
}

const line = (base: number, centiPerGiB: number, max: number, floor = 0): Line => ({
  base,
  centiPerGiB,
  max,
  floor,
});

// ESSD: https://www.alibabacloud.com/help/en/elastic-compute-service/latest/essds
// ("Formula for calculating the IOPS per disk", PL3 to PL0).
const ESSD: Readonly<Record<PerformanceLevel, Model>> = {
  PL0: { iops: line(1800, 1200, 10_000), throughput: line(100, 25, 180) },
  PL1: { iops: line(1800, 5000, 50_000), throughput: line(120, 50, 350) },
  PL2: { iops: line(1800, 5000, 100_000), throughput: line(120, 50, 750) },
  PL3: { iops: line(1800, 5000, 1_000_000), throughput: line(120, 50, 4000) },
};

const OTHERS: Readonly<Record<Exclude<DiskCategory, 'cloud_essd'>, Model>> = {
  // Basic disks publish no formula, only "several hundred" IOPS and 30-40 MB/s
  // (https://www.alibabacloud.com/help/en/elastic-compute-service/latest/block-storage-overview-disks);
  // the twin pins the low end so results stay deterministic.
  cloud: { iops: line(300, 0, 300), throughput: line(30, 0, 30) },
  // Ultra disk and standard SSD caps (5,000 and 25,000 IOPS) are on the overview page above. Their
  // slopes and throughput lines, and ESSD Entry's row, follow the "Block storage performance"
  // table (https://www.alibabacloud.com/help/en/ecs/user-guide/block-storage-performance), which
  // was not checked line by line: recheck these three rows against it when touching them.
  cloud_efficiency: { iops: line(1800, 800, 5000), throughput: line(100, 15, 140) },
  cloud_ssd: { iops: line(1800, 3000, 25_000), throughput: line(120, 50, 300) },
  // The AutoPL baseline is PL1's line with a floor, so even a 1 GiB disk gets 3,000 IOPS:
  // https://alibabacloud.com/help/en/ecs/user-guide/essd-autopl-disks
  cloud_auto: { iops: line(1800, 5000, 50_000, 3000), throughput: line(120, 50, 350, 125) },
  cloud_essd_entry: { iops: line(1800, 800, 6000), throughput: line(100, 15, 150) },
};

function evaluate(l: Line, sizeGiB: number): number {
  const linear = Math.floor((l.base * 100 + l.centiPerGiB * sizeGiB) / 100);
  return Math.min(l.max, Math.max(l.floor, linear));
}

function isLevel(level: string): level is PerformanceLevel {
  return level === 'PL0' || level === 'PL1' || level === 'PL2' || level === 'PL3';
}

function isOtherCategory(category: string): category is keyof typeof OTHERS {
  return Object.hasOwn(OTHERS, category);
}

function modelOf(category: string, performanceLevel: string | null): Model {
  if (category === 'cloud_essd') {
    const level = performanceLevel ?? 'PL1';
    if (!isLevel(level)) throw new RangeError(`Unknown ESSD performance level: ${level}.`);
    return ESSD[level];
  }
  if (!isOtherCategory(category)) throw new RangeError(`Unknown disk category: ${category}.`);
  return OTHERS[category];
}

/**
 * Computes the baseline IOPS and throughput of a cloud disk from Alibaba Cloud's published
 * per-category formulas, rounded down and capped at the category's maximum.
 *
 * Burst and provisioned performance (ESSD AutoPL) are not included. The performance level only
 * matters for `cloud_essd`, where it defaults to PL1 as CreateDisk does.
 *
 * @param category - The disk category, such as `cloud_essd` or `cloud_efficiency`.
 * @param performanceLevel - The ESSD performance level (`PL0`-`PL3`), or `null`.
 * @param sizeGiB - The disk size in GiB.
 * @returns Whole-number IOPS and MB/s.
 * @throws RangeError when the category or ESSD level is unknown, or the size is negative.
 * @example
 * ```ts
 * baselinePerformance('cloud_essd', 'PL1', 100); //=> { iops: 6800, throughputMBps: 170 }
 * baselinePerformance('cloud_efficiency', null, 40); //=> { iops: 2120, throughputMBps: 106 }
 * ```
 * @category Disks
 */
export function baselinePerformance(
  category: string,
  performanceLevel: string | null,
  sizeGiB: number,
): DiskPerformanceSpec {
  if (!(sizeGiB >= 0)) throw new RangeError(`Disk size must be a non-negative number of GiB.`);
  const model = modelOf(category, performanceLevel);
  return {
    iops: evaluate(model.iops, sizeGiB),
    throughputMBps: evaluate(model.throughput, sizeGiB),
  };
}
