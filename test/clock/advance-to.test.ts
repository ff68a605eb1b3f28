import { describe, expect, it } from 'vitest';
import { anInstance, aWorld, statusOf } from '../fixtures/world.js';

describe('clock.advanceTo', () => {
  describe('when given a later ISO time', () => {
    it('moves there and returns it', () => {
      const ecs = aWorld();
      expect(ecs.clock.advanceTo('2026-01-01T05:00:00Z')).toBe('2026-01-01T05:00:00Z');
      expect(ecs.clock.advanceTo('2026-01-02T00:00:00+08:00')).toBe('2026-01-01T16:00:00Z');
    });

    it('completes the tasks that fall due on the way', () => {
      const ecs = aWorld();
      const id = anInstance(ecs);
      ecs.clock.advanceTo('2026-01-01T00:00:30Z');
      expect(statusOf(ecs, id)).toBe('Running');
    });
  });

  describe('when given a Date', () => {
    it('accepts it', () => {
      const ecs = aWorld();
      expect(ecs.clock.advanceTo(new Date(Date.UTC(2026, 0, 1, 0, 0, 42)))).toBe(
        '2026-01-01T00:00:42Z',
      );
    });
  });

  describe('when given the current time', () => {
    it('stays put', () => {
      const ecs = aWorld();
      expect(ecs.clock.advanceTo('2026-01-01T00:00:00Z')).toBe('2026-01-01T00:00:00Z');
    });
  });

  describe('when given an earlier time', () => {
    it('throws RangeError refusing to go back, and does not move', () => {
      const ecs = aWorld();
      ecs.clock.advance('PT1H');
      const before = ecs.state;
      expect(() => ecs.clock.advanceTo('2026-01-01T00:30:00Z')).toThrow(RangeError);
      expect(() => ecs.clock.advanceTo(new Date(Date.UTC(2025, 11, 31)))).toThrow(
        /refusing to go back/,
      );
      expect(() => ecs.clock.advanceTo('2026-01-01T00:59:59.999Z')).toThrow(RangeError);
      expect(ecs.state).toBe(before);
    });
  });

  describe('when the time is invalid', () => {
    it.each<[string, unknown]>([
      ['a time without a zone', '2026-01-02T00:00:00'],
      ['a date only', '2026-01-02'],
      ['garbage', 'tomorrow'],
      ['an impossible date', '2026-02-30T00:00:00Z'],
      ['an invalid Date', new Date(Number.NaN)],
      ['a number', 1_800_000_000_000],
    ])('throws RangeError for %s', (_what, time) => {
      const ecs = aWorld();
      expect(() => ecs.clock.advanceTo(time as string)).toThrow(RangeError);
      expect(ecs.clock.now()).toBe('2026-01-01T00:00:00Z');
    });
  });
});
