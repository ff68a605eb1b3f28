import { describe, expect, it } from 'vitest';
import type { Ecs } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { aBillingWorld, fullDisks } from './billing-world.js';

const REGION = 'cn-hangzhou';

/** Three snapshots kept for 1, 2 and no days, taken at 10:20 on 1 January. */
function retainedSnapshots(overrides: Parameters<typeof aBillingWorld>[1] = {}): Ecs {
  const ecs = aBillingWorld('2026-01-01T10:00:00Z', overrides);
  const [a, b, c] = fullDisks(ecs, [50, 220, 40]);
  ecs.clock.advanceTo('2026-01-01T10:20:00Z');
  ecs.createSnapshot({ diskId: a as string, retentionDays: 1 });
  ecs.createSnapshot({ diskId: b as string, retentionDays: 2 });
  ecs.createSnapshot({ diskId: c as string });
  return ecs;
}

describe('billing.forecast', () => {
  describe('when snapshots expire before until', () => {
    it('bills them until their retention releases them', () => {
      const ecs = retainedSnapshots();
      const forecast = ecs.billing.forecast({ regionId: REGION, until: '2026-01-04T00:00:00Z' });
      expect(forecast.from).toBe('2026-01-01T10:00:00Z');
      expect(forecast.to).toBe('2026-01-04T00:00:00Z');
      const sizeAt = (hour: string) => forecast.lines.find((l) => l.hour === hour)?.sizeGiB;
      expect(sizeAt('2026-01-01T10:00:00Z')).toBe(310);
      // Released at 10:20 a day later: that hour still bills them, the next does not.
      expect(sizeAt('2026-01-02T10:00:00Z')).toBe(310);
      expect(sizeAt('2026-01-02T11:00:00Z')).toBe(260);
      expect(sizeAt('2026-01-03T10:00:00Z')).toBe(260);
      expect(sizeAt('2026-01-03T11:00:00Z')).toBe(40);
      expect(forecast.lines.at(-1)?.sizeGiB).toBe(40);
    });

    it('leaves ecs.state the very same object', () => {
      const ecs = retainedSnapshots();
      const before = ecs.state;
      const json = JSON.stringify(before);
      ecs.billing.forecast({ regionId: REGION, until: '2026-01-10T00:00:00Z' });
      expect(ecs.state).toBe(before);
      expect(JSON.stringify(ecs.state)).toBe(json);
      expect(ecs.clock.now()).toBe('2026-01-01T10:20:00Z');
    });

    it('records no event: nothing happened in the world', () => {
      const ecs = retainedSnapshots();
      const events = ecs.events.length;
      ecs.billing.forecast({ regionId: REGION, until: '2026-01-10T00:00:00Z' });
      expect(ecs.events.length).toBe(events);
      ecs.clock.advanceTo('2026-01-10T00:00:00Z');
      // The same period lived: the two expiries are transitions.
      expect(ecs.events.length).toBeGreaterThan(events);
    });

    it('equals the statement once the clock has reached until', () => {
      const ecs = retainedSnapshots();
      const until = '2026-01-04T05:30:00Z';
      const forecast = ecs.billing.forecast({ regionId: REGION, until });
      ecs.clock.advanceTo(until);
      const statement = ecs.billing.statement({
        regionId: REGION,
        from: '2026-01-01T10:20:00Z',
        to: until,
      });
      expect(forecast).toEqual(statement);
      expect(forecast.total).toBeGreaterThan(0);
    });
  });

  describe('when snapshots are still in progress (realistic timings)', () => {
    it('equals the statement once the clock has reached until', () => {
      const ecs = retainedSnapshots({ timings: 'realistic' });
      expect(ecs.describeSnapshots({ regionId: REGION }).snapshots.snapshot[0]?.status).toBe(
        'progressing',
      );
      const until = '2026-01-05T00:00:00Z';
      const forecast = ecs.billing.forecast({ regionId: REGION, until });
      ecs.clock.advanceTo(until);
      expect(ecs.billing.statement({ regionId: REGION, from: forecast.from, to: until })).toEqual(
        forecast,
      );
    });
  });

  describe('when the world has no snapshots in the region', () => {
    it('forecasts zero for every hour', () => {
      const ecs = retainedSnapshots();
      const forecast = ecs.billing.forecast({
        regionId: 'cn-shanghai',
        until: '2026-01-02T00:00:00Z',
      });
      expect(forecast.lines).toHaveLength(14);
      expect(forecast.total).toBe(0);
    });
  });

  it('is deterministic', () => {
    const run = () =>
      JSON.stringify(
        retainedSnapshots().billing.forecast({ regionId: REGION, until: '2026-01-05T00:00:00Z' }),
      );
    expect(run()).toBe(run());
  });

  describe('when the request is invalid', () => {
    const cases: [string, unknown, Parameters<typeof expectRefused>[2]][] = [
      ['no regionId', { until: '2026-01-02T00:00:00Z' }, 'MissingParameter'],
      ['no until', { regionId: REGION }, 'MissingParameter'],
      ['a malformed until', { regionId: REGION, until: 'tomorrow' }, 'InvalidParameter'],
      ['until now', { regionId: REGION, until: '2026-01-01T10:20:00Z' }, 'InvalidParameter'],
      [
        'until in the past',
        { regionId: REGION, until: '2026-01-01T09:00:00Z' },
        'InvalidParameter',
      ],
      [
        'more than 366 days',
        { regionId: REGION, until: '2027-01-03T00:00:00Z' },
        'InvalidParameter',
      ],
      [
        'a change rate above 1',
        { regionId: REGION, until: '2026-01-02T00:00:00Z', dailyChangeRate: 1.5 },
        'InvalidParameter',
      ],
      [
        'a negative change rate',
        { regionId: REGION, until: '2026-01-02T00:00:00Z', dailyChangeRate: -0.1 },
        'InvalidParameter',
      ],
      [
        'a change rate that is a string',
        { regionId: REGION, until: '2026-01-02T00:00:00Z', dailyChangeRate: '0.1' },
        'InvalidParameter',
      ],
      [
        'an unknown region',
        { regionId: 'eu-west-1', until: '2026-01-02T00:00:00Z' },
        'InvalidRegionId.NotFound',
      ],
      [
        'an unknown field',
        { regionId: REGION, until: '2026-01-02T00:00:00Z', from: '2026-01-01T00:00:00Z' },
        'UnsupportedParameter',
      ],
    ];

    it.each(cases)('refuses %s, leaving the state identical', (_name, request, code) => {
      const ecs = retainedSnapshots();
      expectRefused(
        ecs,
        () => ecs.billing.forecast(request as Parameters<Ecs['billing']['forecast']>[0]),
        code,
      );
    });

    it('points to billing.statement for the past', () => {
      const ecs = retainedSnapshots();
      const error = expectRefused(
        ecs,
        () => ecs.billing.forecast({ regionId: REGION, until: '2026-01-01T00:00:00Z' }),
        'InvalidParameter',
        400,
      );
      expect(error.message).toContain('billing.statement');
    });
  });
});
