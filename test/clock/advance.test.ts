import { describe, expect, it } from 'vitest';
import type { DurationInput } from '../../src/index.js';
import { aRunningInstance, aWorld, dataDiskOf, GIB, REGION } from '../fixtures/world.js';

describe('clock.advance', () => {
  describe('when given an ISO 8601 duration', () => {
    it.each<[string, string]>([
      ['PT10M', '2026-01-01T00:10:00Z'],
      ['PT1H30M15S', '2026-01-01T01:30:15Z'],
      ['P1DT2H', '2026-01-02T02:00:00Z'],
      ['P2W', '2026-01-15T00:00:00Z'],
      ['P1Y', '2027-01-01T00:00:00Z'],
      ['PT0.5S', '2026-01-01T00:00:00Z'],
      ['PT0S', '2026-01-01T00:00:00Z'],
    ])('moves %s and returns the new time', (by, expected) => {
      const ecs = aWorld();
      expect(ecs.clock.advance(by)).toBe(expected);
      expect(ecs.clock.now()).toBe(expected);
    });
  });

  describe('when given milliseconds', () => {
    it('moves that many milliseconds', () => {
      const ecs = aWorld();
      expect(ecs.clock.advance(90_000)).toBe('2026-01-01T00:01:30Z');
      ecs.clock.advance(250);
      expect(ecs.state.clock.now).toBe('2026-01-01T00:01:30.250Z');
    });
  });

  describe('when given a date-fns Duration', () => {
    it('moves by its parts', () => {
      const ecs = aWorld();
      expect(ecs.clock.advance({ hours: 2 })).toBe('2026-01-01T02:00:00Z');
      expect(ecs.clock.advance({ days: 1, minutes: 5 })).toBe('2026-01-02T02:05:00Z');
    });
  });

  describe('when moving by calendar months', () => {
    it('counts months in UTC: 31 January + P1M is 28 February', () => {
      const ecs = aWorld({ now: '2026-01-31T00:00:00Z' });
      expect(ecs.clock.advance('P1M')).toBe('2026-02-28T00:00:00Z');
    });

    it('crosses the end of a month near midnight UTC without a time-zone shift', () => {
      const ecs = aWorld({ now: '2026-01-31T23:30:00Z' });
      expect(ecs.clock.advance({ months: 1 })).toBe('2026-02-28T23:30:00Z');
      expect(ecs.clock.advance('P1M')).toBe('2026-03-28T23:30:00Z');
    });

    it('ignores daylight saving time: a day is always 24 hours in UTC', () => {
      const ecs = aWorld({ now: '2026-03-07T12:00:00Z' });
      expect(ecs.clock.advance('P1D')).toBe('2026-03-08T12:00:00Z');
      expect(ecs.clock.advance('P1D')).toBe('2026-03-09T12:00:00Z');
      expect(ecs.clock.advance('PT24H')).toBe('2026-03-10T12:00:00Z');
    });
  });

  describe('when the duration is invalid', () => {
    it.each<[string, unknown]>([
      ['a negative number', -1],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['a word', 'ten minutes'],
      ['a bare P', 'P'],
      ['a dangling T', 'P1DT'],
      ['a negative ISO duration', '-PT1M'],
      ['minutes without T', 'P10X'],
      ['an unknown Duration key', { fortnights: 1 }],
      ['a negative Duration part', { hours: -1 }],
      ['null', null],
      ['an array', [1]],
    ])('throws RangeError for %s and does not move', (_what, by) => {
      const ecs = aWorld();
      const before = ecs.state;
      expect(() => ecs.clock.advance(by as DurationInput)).toThrow(RangeError);
      expect(() => ecs.clock.advance(by as DurationInput)).toThrow(/clock\.advance/);
      expect(ecs.state).toBe(before);
    });
  });

  describe('when the target is past the last time the clock can show', () => {
    it.each<[string, DurationInput]>([
      ['1e20 ms, with a weekly policy', 1e20],
      ['8,000 years', 'P8000Y'],
      ['a Duration no Date can hold', { years: 1e10 }],
    ])('refuses %s at once, before anything runs', (_what, by) => {
      const ecs = aWorld();
      ecs.createAutoSnapshotPolicy({
        regionId: REGION,
        timePoints: '["1"]',
        repeatWeekdays: '["1"]',
        retentionDays: 1,
      });
      const before = ecs.state;
      expect(() => ecs.clock.advance(by)).toThrow(
        /clock\.advance: cannot move the clock to .*, past 9999-12-31T23:59:59\.999Z/,
      );
      expect(ecs.state).toBe(before);
    });

    it('reaches 9999-12-31T23:59:59.999Z exactly, and not a millisecond more', () => {
      const ecs = aWorld({ now: '9999-12-31T00:00:00Z' });
      expect(ecs.clock.advanceTo('9999-12-31T23:59:59.999Z')).toBe('9999-12-31T23:59:59Z');
      expect(() => ecs.clock.advance(1)).toThrow(RangeError);
      expect(ecs.clock.advance(0)).toBe('9999-12-31T23:59:59Z');
    });

    it('refuses a start time past it (or before year 0000)', () => {
      expect(() => aWorld({ now: '9999-12-31T23:00:00-05:00' })).toThrow(/years 0000 to 9999/);
      expect(() => aWorld({ now: '0000-01-01T00:00:00+01:00' })).toThrow(/years 0000 to 9999/);
    });
  });
});

describe('clock.settle', () => {
  it('refuses to wait for an operation that would end past the last time the clock can show', () => {
    // 40 GiB at one byte a second: about 1,361 years from year 9000.
    const ecs = aWorld({ now: '9000-01-01T00:00:00Z', timings: { snapshotThroughput: 1 } });
    const id = aRunningInstance(ecs, { dataDisk: [{ size: 40 }] });
    const diskId = dataDiskOf(ecs, id).diskId;
    ecs.writeDisk({ diskId, writes: [{ offset: 0, length: 40 * GIB, fill: 'x' }] });
    ecs.createSnapshot({ diskId });
    expect(() => ecs.clock.settle()).toThrow(/clock\.settle: cannot move the clock to \+010/);
    expect(Date.parse(ecs.clock.now())).toBeLessThan(Date.parse('9000-01-02T00:00:00Z'));
  });
});
