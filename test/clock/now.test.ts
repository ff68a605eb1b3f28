import { describe, expect, it } from 'vitest';
import { aWorld } from '../fixtures/world.js';

const API_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe('clock.now', () => {
  describe('when the world is new', () => {
    it("returns the start time as 'yyyy-MM-ddTHH:mm:ssZ'", () => {
      expect(aWorld().clock.now()).toBe('2026-01-01T00:00:00Z');
    });

    it('returns the given start time in UTC, whatever its offset', () => {
      expect(aWorld({ now: '2026-03-01T08:00:00+08:00' }).clock.now()).toBe('2026-03-01T00:00:00Z');
      expect(aWorld({ now: new Date(Date.UTC(2027, 5, 15, 12, 30, 45)) }).clock.now()).toBe(
        '2027-06-15T12:30:45Z',
      );
    });
  });

  describe('when the clock is between seconds', () => {
    it('drops the milliseconds while the state keeps them', () => {
      const ecs = aWorld();
      ecs.clock.advance(1500);
      expect(ecs.clock.now()).toMatch(API_TIME);
      expect(ecs.clock.now()).toBe('2026-01-01T00:00:01Z');
      expect(ecs.state.clock.now).toBe('2026-01-01T00:00:01.500Z');
    });
  });

  describe('when the wall clock moves', () => {
    it('does not move', async () => {
      const ecs = aWorld();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(ecs.clock.now()).toBe('2026-01-01T00:00:00Z');
    });
  });
});
