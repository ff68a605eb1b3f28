import { describe, expect, it } from 'vitest';
import {
  createEcs,
  DEFAULT_QUOTAS,
  DEFAULT_REGIONS,
  type EcsOptions,
  REALISTIC_TIMINGS,
} from '../../src/index.js';
import { aRunRequest } from '../fixtures/world.js';

/** Calls createEcs with options that may be invalid for the type system too. */
function create(options: unknown) {
  return () => createEcs(options as EcsOptions);
}

describe('createEcs', () => {
  describe('when no options are given', () => {
    it('uses the default regions, start time, block size, timings and quotas', () => {
      const world = createEcs().state.world;
      expect(world.regions).toEqual([
        { regionId: 'cn-hangzhou', zoneIds: ['cn-hangzhou-h', 'cn-hangzhou-i', 'cn-hangzhou-j'] },
        { regionId: 'cn-shanghai', zoneIds: ['cn-shanghai-e', 'cn-shanghai-f'] },
      ]);
      expect(world.regions).toEqual(DEFAULT_REGIONS);
      expect(world.blockSize).toBe(524288);
      expect(world.timings).toEqual(REALISTIC_TIMINGS);
      expect(world.quotas).toEqual({
        dataDisksPerInstance: 64,
        manualSnapshotsPerDisk: 256,
        autoSnapshotsPerDisk: 1000,
        autoSnapshotPoliciesPerRegion: 100,
      });
      expect(DEFAULT_QUOTAS.dataDisksPerInstance).toBe(64);
      expect(createEcs().clock.now()).toBe('2026-01-01T00:00:00Z');
      expect(world.strictConsistency).toBe(false);
    });

    it('behaves as seed 0', () => {
      const a = createEcs().runInstances(aRunRequest());
      const b = createEcs({ seed: 0 }).runInstances(aRunRequest());
      expect(b).toEqual(a);
    });

    it('accepts an empty object and explicit undefined values', () => {
      expect(createEcs({}).clock.now()).toBe('2026-01-01T00:00:00Z');
      expect(
        createEcs({ seed: undefined, now: undefined, blockSize: undefined }).state.world.blockSize,
      ).toBe(524288);
    });
  });

  describe('when valid options are given', () => {
    it('uses custom regions', () => {
      const ecs = createEcs({
        regions: [{ regionId: 'cn-beijing', zoneIds: ['cn-beijing-h', 'cn-beijing-k'] }],
      });
      const id = ecs.runInstances(aRunRequest({ regionId: 'cn-beijing', zoneId: 'cn-beijing-k' }))
        .instanceIdSets.instanceIdSet[0];
      expect(id).toMatch(/^i-2z[0-9a-z]{18}$/);
      expect(() => ecs.runInstances(aRunRequest())).toThrow(/InvalidRegionId\.NotFound/);
    });

    it('copies the regions, so changing the given array later changes nothing', () => {
      const zoneIds = ['x-1a'];
      const ecs = createEcs({ regions: [{ regionId: 'x-1', zoneIds }] });
      zoneIds.push('x-1b');
      expect(ecs.state.world.regions[0]?.zoneIds).toEqual(['x-1a']);
    });

    it.each([512, 4096, 1 << 20, 16 * 1024 * 1024])('accepts block size %i', (blockSize) => {
      expect(createEcs({ blockSize }).state.world.blockSize).toBe(blockSize);
    });

    it('keeps strictConsistency', () => {
      expect(createEcs({ strictConsistency: true }).state.world.strictConsistency).toBe(true);
    });

    it('accepts quotas overrides', () => {
      expect(createEcs({ quotas: { dataDisksPerInstance: 3 } }).state.world.quotas).toEqual({
        dataDisksPerInstance: 3,
        manualSnapshotsPerDisk: 256,
        autoSnapshotsPerDisk: 1000,
        autoSnapshotPoliciesPerRegion: 100,
      });
    });

    it('prices snapshot storage at USD 0.02 per GiB-month unless overridden', () => {
      expect(createEcs().state.world.prices).toEqual({ snapshotStorage: 0.02 });
      expect(createEcs({ prices: { snapshotStorage: 0 } }).state.world.prices).toEqual({
        snapshotStorage: 0,
      });
    });
  });

  describe('when an option is invalid', () => {
    it.each<[string, unknown, ErrorConstructor, RegExp]>([
      ['options that are not an object', 'seed', TypeError, /options must be an object/],
      ['an unknown option', { speed: 1 }, TypeError, /unknown option "speed"/],
      [
        'strictConsistency that is not a boolean',
        { strictConsistency: 'yes' },
        TypeError,
        /"strictConsistency" must be true or false/,
      ],
      ['a seed that is an object', { seed: {} }, TypeError, /"seed"/],
      ['a seed that is NaN', { seed: Number.NaN }, RangeError, /"seed"/],
      ['a seed that is Infinity', { seed: Number.POSITIVE_INFINITY }, RangeError, /"seed"/],
      ['now without a zone', { now: '2026-01-01T00:00:00' }, RangeError, /"now"/],
      ['now that is garbage', { now: 'soon' }, RangeError, /"now"/],
      ['now that is an invalid Date', { now: new Date(Number.NaN) }, RangeError, /"now"/],
      ['now that is a number', { now: 0 }, RangeError, /"now"/],
      ['prices that are not an object', { prices: 0.02 }, TypeError, /option "prices" must be/],
      [
        'an unknown price',
        { prices: { archive: 1 } },
        TypeError,
        /"prices" has no entry "archive"/,
      ],
      [
        'a price that is a string',
        { prices: { snapshotStorage: '0.02' } },
        TypeError,
        /"prices.snapshotStorage"/,
      ],
      [
        'a negative price',
        { prices: { snapshotStorage: -1 } },
        RangeError,
        /"prices.snapshotStorage"/,
      ],
      [
        'a NaN price',
        { prices: { snapshotStorage: Number.NaN } },
        RangeError,
        /"prices.snapshotStorage"/,
      ],
      ['regions that are empty', { regions: [] }, TypeError, /"regions"/],
      ['regions that are not an array', { regions: 'cn-hangzhou' }, TypeError, /"regions"/],
      [
        'a region without zones',
        { regions: [{ regionId: 'cn-x', zoneIds: [] }] },
        TypeError,
        /"regions"/,
      ],
      [
        'a region with an uppercase id',
        { regions: [{ regionId: 'CN-X', zoneIds: ['a'] }] },
        TypeError,
        /"regions"/,
      ],
      [
        'a region with an empty zone id',
        { regions: [{ regionId: 'cn-x', zoneIds: [''] }] },
        TypeError,
        /"regions"/,
      ],
      [
        'a region listed twice',
        {
          regions: [
            { regionId: 'cn-x', zoneIds: ['a'] },
            { regionId: 'cn-x', zoneIds: ['b'] },
          ],
        },
        RangeError,
        /"regions" names "cn-x" twice/,
      ],
      [
        'a zone listed twice',
        { regions: [{ regionId: 'cn-x', zoneIds: ['a', 'a'] }] },
        RangeError,
        /"regions" names "a" twice/,
      ],
      ['timings that are an unknown mode', { timings: 'fast' }, TypeError, /"timings"/],
      [
        'timings with an unknown entry',
        { timings: { snapshotCreate: 1 } },
        TypeError,
        /"timings" has no entry "snapshotCreate"/,
      ],
      [
        'a negative timing',
        { timings: { instanceStart: -1 } },
        RangeError,
        /"timings\.instanceStart"/,
      ],
      [
        'a timing that is not a number',
        { timings: { instanceStart: '5' } },
        RangeError,
        /"timings\.instanceStart"/,
      ],
      [
        'an infinite timing',
        { timings: { diskCreate: Number.POSITIVE_INFINITY } },
        RangeError,
        /"timings\.diskCreate"/,
      ],
      ['a block size that is not a power of two', { blockSize: 1000 }, RangeError, /"blockSize"/],
      ['a block size that is too small', { blockSize: 256 }, RangeError, /"blockSize"/],
      [
        'a block size that is too large',
        { blockSize: 32 * 1024 * 1024 },
        RangeError,
        /"blockSize"/,
      ],
      ['a fractional block size', { blockSize: 1024.5 }, RangeError, /"blockSize"/],
      ['a block size that is a string', { blockSize: '4096' }, TypeError, /"blockSize"/],
      ['quotas that are not an object', { quotas: 5 }, TypeError, /"quotas"/],
      ['quotas that are null', { quotas: null }, TypeError, /"quotas"/],
      [
        'a quota with an unknown entry',
        { quotas: { snapshots: 5 } },
        TypeError,
        /"quotas" has no entry "snapshots"/,
      ],
      [
        'a quota of 0',
        { quotas: { dataDisksPerInstance: 0 } },
        RangeError,
        /"quotas\.dataDisksPerInstance"/,
      ],
      [
        'a fractional quota',
        { quotas: { dataDisksPerInstance: 2.5 } },
        RangeError,
        /"quotas\.dataDisksPerInstance"/,
      ],
    ])('throws for %s, naming the option', (_what, options, kind, message) => {
      const attempt = create(options);
      expect(attempt).toThrow(kind);
      expect(attempt).toThrow(message);
      expect(attempt).toThrow(/^createEcs: /);
    });

    it('throws a TypeError for null options', () => {
      expect(create(null)).toThrow(TypeError);
    });
  });
});
