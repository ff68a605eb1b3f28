import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISK_CATEGORIES, PERFORMANCE_LEVELS } from '../../src/disks/categories.js';
import { baselinePerformance } from '../../src/disks/performance.js';

describe('baselinePerformance', () => {
  describe('at known points', () => {
    it.each<[string, string | null, number, number, number]>([
      // ESSD PL1: min{1800 + 50 × GiB, 50000}, min{120 + 0.5 × GiB, 350}.
      ['cloud_essd', 'PL1', 20, 2800, 130],
      ['cloud_essd', 'PL1', 100, 6800, 170],
      ['cloud_essd', 'PL1', 459, 24_750, 349],
      ['cloud_essd', 'PL1', 460, 24_800, 350],
      ['cloud_essd', 'PL1', 963, 49_950, 350],
      ['cloud_essd', 'PL1', 964, 50_000, 350],
      ['cloud_essd', 'PL1', 65_536, 50_000, 350],
      // ESSD PL0: min{1800 + 12 × GiB, 10000}, min{100 + 0.25 × GiB, 180}.
      ['cloud_essd', 'PL0', 1, 1812, 100],
      ['cloud_essd', 'PL0', 40, 2280, 110],
      ['cloud_essd', 'PL0', 319, 5628, 179],
      ['cloud_essd', 'PL0', 684, 10_000, 180],
      // ESSD PL2: caps 100000 and 750.
      ['cloud_essd', 'PL2', 461, 24_850, 350],
      ['cloud_essd', 'PL2', 1260, 64_800, 750],
      ['cloud_essd', 'PL2', 1964, 100_000, 750],
      // ESSD PL3: caps 1000000 and 4000.
      ['cloud_essd', 'PL3', 1261, 64_850, 750],
      ['cloud_essd', 'PL3', 7760, 389_800, 4000],
      ['cloud_essd', 'PL3', 19_964, 1_000_000, 4000],
      // Ultra disk: min{1800 + 8 × GiB, 5000}, min{100 + 0.15 × GiB, 140}.
      ['cloud_efficiency', null, 20, 1960, 103],
      ['cloud_efficiency', null, 40, 2120, 106],
      ['cloud_efficiency', null, 267, 3936, 140],
      ['cloud_efficiency', null, 400, 5000, 140],
      // Standard SSD: min{1800 + 30 × GiB, 25000}, min{120 + 0.5 × GiB, 300}.
      ['cloud_ssd', null, 100, 4800, 170],
      ['cloud_ssd', null, 360, 12_600, 300],
      ['cloud_ssd', null, 774, 25_000, 300],
      // ESSD AutoPL baseline: PL1's line, but never below 3000 IOPS and 125 MB/s.
      ['cloud_auto', null, 1, 3000, 125],
      ['cloud_auto', null, 24, 3000, 132],
      ['cloud_auto', null, 100, 6800, 170],
      ['cloud_auto', null, 964, 50_000, 350],
      // ESSD Entry: min{1800 + 8 × GiB, 6000}, min{100 + 0.15 × GiB, 150}.
      ['cloud_essd_entry', null, 10, 1880, 101],
      ['cloud_essd_entry', null, 334, 4472, 150],
      ['cloud_essd_entry', null, 525, 6000, 150],
      // Basic disk: a flat 300 IOPS and 30 MB/s.
      ['cloud', null, 5, 300, 30],
      ['cloud', null, 2000, 300, 30],
    ])('%s %s at %i GiB gives %i IOPS and %i MB/s', (category, level, size, iops, throughput) => {
      expect(baselinePerformance(category, level, size)).toEqual({
        iops,
        throughputMBps: throughput,
      });
    });
  });

  it('treats an ESSD without a performance level as PL1', () => {
    expect(baselinePerformance('cloud_essd', null, 100)).toEqual(
      baselinePerformance('cloud_essd', 'PL1', 100),
    );
  });

  it('ignores the performance level outside cloud_essd', () => {
    expect(baselinePerformance('cloud_ssd', 'PL3', 100)).toEqual(
      baselinePerformance('cloud_ssd', null, 100),
    );
  });

  it('rounds fractional MB/s down', () => {
    // 100 + 0.15 × 25 = 103.75.
    expect(baselinePerformance('cloud_efficiency', null, 25).throughputMBps).toBe(103);
  });

  it('returns whole numbers, never decreasing as the disk grows', () => {
    const aCase = fc.oneof(
      fc.record({
        category: fc.constantFrom(...DISK_CATEGORIES.filter((c) => c !== 'cloud_essd')),
        level: fc.constant(null),
      }),
      fc.record({
        category: fc.constant('cloud_essd'),
        level: fc.constantFrom<string | null>(null, ...PERFORMANCE_LEVELS),
      }),
    );
    const aSize = fc.integer({ min: 1, max: 65_536 });
    fc.assert(
      fc.property(aCase, aSize, aSize, ({ category, level }, x, y) => {
        const small = baselinePerformance(category, level, Math.min(x, y));
        const large = baselinePerformance(category, level, Math.max(x, y));
        expect(Number.isInteger(small.iops) && Number.isInteger(small.throughputMBps)).toBe(true);
        expect(small.iops).toBeLessThanOrEqual(large.iops);
        expect(small.throughputMBps).toBeLessThanOrEqual(large.throughputMBps);
      }),
      { numRuns: 500 },
    );
  });

  describe('when misused', () => {
    it('throws RangeError for an unknown category', () => {
      expect(() => baselinePerformance('cloud_magic', null, 100)).toThrow(
        new RangeError('Unknown disk category: cloud_magic.'),
      );
      expect(() => baselinePerformance('toString', null, 100)).toThrow(RangeError);
    });

    it('throws RangeError for an unknown ESSD performance level', () => {
      expect(() => baselinePerformance('cloud_essd', 'PL4', 100)).toThrow(
        new RangeError('Unknown ESSD performance level: PL4.'),
      );
    });

    it('throws RangeError for a negative or NaN size', () => {
      expect(() => baselinePerformance('cloud_ssd', null, -1)).toThrow(RangeError);
      expect(() => baselinePerformance('cloud_ssd', null, Number.NaN)).toThrow(RangeError);
    });
  });
});
