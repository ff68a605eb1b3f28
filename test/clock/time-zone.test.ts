import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anInstance, aWorld, instanceIn } from '../fixtures/world.js';

// Node applies a change of process.env.TZ at once; the first test proves it did, so the others
// cannot pass vacuously in UTC.
describe('the clock in a process whose time zone is America/Los_Angeles', () => {
  const TZ = 'TZ';
  const saved = process.env[TZ];
  beforeAll(() => {
    process.env[TZ] = 'America/Los_Angeles';
  });
  afterAll(() => {
    if (saved === undefined) Reflect.deleteProperty(process.env, TZ);
    else process.env[TZ] = saved;
  });

  it('really runs in Los Angeles time', () => {
    expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(480);
  });

  describe('when advancing by calendar units', () => {
    it("turns '2026-01-31T00:00:00Z' + P1M into '2026-02-28T00:00:00Z'", () => {
      expect(aWorld({ now: '2026-01-31T00:00:00Z' }).clock.advance('P1M')).toBe(
        '2026-02-28T00:00:00Z',
      );
    });

    it('keeps a day 24 hours across the US daylight saving change of 2026-03-08', () => {
      const ecs = aWorld({ now: '2026-03-07T12:00:00Z' });
      expect(ecs.clock.advance({ days: 1 })).toBe('2026-03-08T12:00:00Z');
      expect(ecs.clock.advance('P1D')).toBe('2026-03-09T12:00:00Z');
    });

    it('starts the month at midnight UTC, not local midnight', () => {
      const ecs = aWorld({ now: '2026-01-31T23:30:00Z' });
      expect(ecs.clock.advance('P1M')).toBe('2026-02-28T23:30:00Z');
    });
  });

  describe('when reading and setting times', () => {
    it('reports and stores UTC', () => {
      const ecs = aWorld({ now: '2026-06-01T00:00:00Z' });
      expect(ecs.clock.now()).toBe('2026-06-01T00:00:00Z');
      expect(ecs.clock.advanceTo('2026-06-01T01:00:00-07:00')).toBe('2026-06-01T08:00:00Z');
      expect(ecs.state.clock.now).toBe('2026-06-01T08:00:00.000Z');
    });

    it('stamps entities in UTC', () => {
      const ecs = aWorld({ now: '2026-06-01T00:00:00Z' });
      const id = anInstance(ecs);
      ecs.clock.settle();
      expect(instanceIn(ecs, id)).toMatchObject({
        creationTime: '2026-06-01T00:00:00Z',
        startTime: '2026-06-01T00:00:30Z',
      });
    });
  });
});
