import { describe, expect, it } from 'vitest';
import { createEcs, type Ecs } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { aBillingWorld, fullDisks, snapshotAll } from './billing-world.js';

const REGION = 'cn-hangzhou';

/** The reference's worked example: 50 + 220 + 40 GiB of snapshots created at 10:20. */
function workedExample(): Ecs {
  const ecs = aBillingWorld('2026-01-01T10:00:00Z');
  const disks = fullDisks(ecs, [50, 220, 40]);
  ecs.clock.advanceTo('2026-01-01T10:20:00Z');
  snapshotAll(ecs, disks);
  return ecs;
}

function bill(ecs: Ecs, from: string, to: string, regionId = REGION) {
  return ecs.billing.statement({ regionId, from, to });
}

describe('billing.statement', () => {
  describe('when given the reference worked example (310 GiB created at 10:20)', () => {
    it('bills the part hour 10:20-11:00 as a whole hour: 305 GiB x 0.02 / 720 = USD 0.008472', () => {
      const ecs = workedExample();
      ecs.clock.advanceTo('2026-01-01T11:00:00Z');
      expect(bill(ecs, '2026-01-01T10:00:00Z', '2026-01-01T11:00:00Z')).toEqual({
        currency: 'USD',
        regionId: REGION,
        from: '2026-01-01T10:00:00Z',
        to: '2026-01-01T11:00:00Z',
        unitPrice: 0.02,
        lines: [{ hour: '2026-01-01T10:00:00Z', sizeGiB: 310, billableGiB: 305, amount: 0.008472 }],
        total: 0.008472,
      });
    });

    it('bills 13 hours as 13 lines of USD 0.008472, total USD 0.110136', () => {
      const ecs = workedExample();
      ecs.clock.advanceTo('2026-01-01T23:00:00Z');
      const statement = bill(ecs, '2026-01-01T10:00:00Z', '2026-01-01T23:00:00Z');
      expect(statement.lines).toHaveLength(13);
      expect(new Set(statement.lines.map((l) => l.amount))).toEqual(new Set([0.008472]));
      expect(statement.lines.at(-1)?.hour).toBe('2026-01-01T22:00:00Z');
      expect(statement.total).toBe(0.110136);
    });

    it('bills nothing before the snapshots existed', () => {
      const ecs = workedExample();
      const statement = bill(ecs, '2026-01-01T08:00:00Z', '2026-01-01T10:20:00Z');
      expect(statement.lines.map((l) => l.sizeGiB)).toEqual([0, 0, 310]);
      expect(statement.total).toBe(0.008472);
    });

    it('applies the configured price', () => {
      const ecs = aBillingWorld('2026-01-01T10:00:00Z', { prices: { snapshotStorage: 0.0173 } });
      snapshotAll(ecs, fullDisks(ecs, [100]));
      ecs.clock.advance('PT1H');
      const statement = bill(ecs, '2026-01-01T10:00:00Z', '2026-01-01T11:00:00Z');
      // 95 GiB x 0.0173 / 720 = 0.00228263...
      expect(statement).toMatchObject({ unitPrice: 0.0173, total: 0.002283 });
    });
  });

  describe('when the capacity changes within hours', () => {
    it('bills every hour a snapshot existed in, even for a second', () => {
      const ecs = aBillingWorld('2026-01-01T10:00:00Z');
      const [disk] = fullDisks(ecs, [20]);
      ecs.clock.advanceTo('2026-01-01T10:59:59Z');
      const [snapshotId] = snapshotAll(ecs, [disk as string]);
      ecs.clock.advanceTo('2026-01-01T11:00:01Z');
      ecs.deleteSnapshot({ snapshotId: snapshotId as string });
      ecs.clock.advanceTo('2026-01-01T13:00:00Z');
      const statement = bill(ecs, '2026-01-01T10:00:00Z', '2026-01-01T13:00:00Z');
      expect(statement.lines.map((l) => l.sizeGiB)).toEqual([20, 20, 0]);
      // 15 GiB x 0.02 / 720 = 0.000416666...
      expect(statement.lines.map((l) => l.amount)).toEqual([0.000417, 0.000417, 0]);
    });

    it('bills an hour at its peak capacity, not its end capacity', () => {
      const ecs = aBillingWorld('2026-01-01T10:00:00Z');
      const [small, big] = fullDisks(ecs, [20, 200]);
      snapshotAll(ecs, [small as string]);
      ecs.clock.advanceTo('2026-01-01T10:10:00Z');
      const [bigSnapshot] = snapshotAll(ecs, [big as string]);
      ecs.clock.advanceTo('2026-01-01T10:30:00Z');
      ecs.deleteSnapshot({ snapshotId: bigSnapshot as string });
      ecs.clock.advanceTo('2026-01-01T12:00:00Z');
      const statement = bill(ecs, '2026-01-01T10:00:00Z', '2026-01-01T12:00:00Z');
      expect(statement.lines.map((l) => l.sizeGiB)).toEqual([220, 20]);
    });

    it('does not bill the next hour for a snapshot released exactly on the hour', () => {
      const ecs = aBillingWorld('2026-01-01T10:00:00Z');
      const [snapshotId] = snapshotAll(ecs, fullDisks(ecs, [20]));
      ecs.clock.advanceTo('2026-01-01T12:00:00Z');
      ecs.deleteSnapshot({ snapshotId: snapshotId as string });
      ecs.clock.advanceTo('2026-01-01T13:30:00Z');
      const statement = bill(ecs, '2026-01-01T10:00:00Z', '2026-01-01T13:30:00Z');
      expect(statement.lines.map((l) => l.sizeGiB)).toEqual([20, 20, 0, 0]);
    });

    it('does not bill a capacity held for no time (created and deleted at the same instant)', () => {
      const ecs = aBillingWorld('2026-01-01T10:00:00Z');
      const disks = fullDisks(ecs, [20, 50]);
      ecs.clock.advanceTo('2026-01-01T10:30:00Z');
      snapshotAll(ecs, [disks[0] as string]);
      const [fleeting] = snapshotAll(ecs, [disks[1] as string]);
      ecs.deleteSnapshot({ snapshotId: fleeting as string });
      ecs.clock.advanceTo('2026-01-01T11:00:00Z');
      const [line] = bill(ecs, '2026-01-01T10:00:00Z', '2026-01-01T11:00:00Z').lines;
      expect(line?.sizeGiB).toBe(20);
    });

    it('bills incremental capacity: a second snapshot adds only the blocks written since', () => {
      const ecs = aBillingWorld('2026-01-01T10:00:00Z');
      const [disk] = fullDisks(ecs, [100]);
      snapshotAll(ecs, [disk as string]);
      ecs.clock.advanceTo('2026-01-01T11:00:00Z');
      ecs.writeDisk({ diskId: disk as string, offset: 0, length: 2 * 1024 ** 3, fill: 'day-2' });
      snapshotAll(ecs, [disk as string]);
      ecs.clock.advanceTo('2026-01-01T12:00:00Z');
      const statement = bill(ecs, '2026-01-01T10:00:00Z', '2026-01-01T12:00:00Z');
      expect(statement.lines.map((l) => l.sizeGiB)).toEqual([100, 102]);
      const usage = ecs.describeSnapshotsUsage({ regionId: REGION });
      expect(statement.lines.at(-1)?.sizeGiB).toBe(usage.snapshotSize / 1024 ** 3);
    });
  });

  describe('when the capacity is within the free allowance', () => {
    it('bills 0 for up to 5 GiB, and only the excess above it', () => {
      const ecs = aBillingWorld('2026-01-01T10:00:00Z');
      const [four, three] = fullDisks(ecs, [4, 3]);
      snapshotAll(ecs, [four as string]);
      ecs.clock.advanceTo('2026-01-01T11:00:00Z');
      snapshotAll(ecs, [three as string]);
      ecs.clock.advanceTo('2026-01-01T12:00:00Z');
      const statement = bill(ecs, '2026-01-01T10:00:00Z', '2026-01-01T12:00:00Z');
      expect(statement.lines.map((l) => [l.sizeGiB, l.billableGiB])).toEqual([
        [4, 0],
        [7, 2],
      ]);
      // 2 GiB x 0.02 / 720 = 0.0000555...
      expect(statement.lines.map((l) => l.amount)).toEqual([0, 0.000056]);
    });

    it('takes 5 GiB off every hour of a 31-day month and across the month boundary', () => {
      const ecs = aBillingWorld('2026-01-01T00:00:00Z');
      snapshotAll(ecs, fullDisks(ecs, [10]));
      ecs.clock.advanceTo('2026-02-02T00:00:00Z');
      const january = bill(ecs, '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z');
      expect(january.lines).toHaveLength(744);
      expect(new Set(january.lines.map((l) => l.billableGiB))).toEqual(new Set([5]));
      // 5 GiB x 0.02 / 720 = 0.000138888... -> 0.000139 an hour, 744 hours.
      expect(january.total).toBe(0.103416);
      // The month ends at 16:00 UTC in China time and at 24:00 UTC: neither changes the allowance.
      const boundary = bill(ecs, '2026-01-31T12:00:00Z', '2026-02-01T04:00:00Z');
      expect(new Set(boundary.lines.map((l) => l.billableGiB))).toEqual(new Set([5]));
      expect(boundary.total).toBe(16 * 0.000139);
    });
  });

  describe('when several regions hold snapshots', () => {
    it('bills each region for its own capacity only', () => {
      const ecs = aBillingWorld('2026-01-01T10:00:00Z');
      snapshotAll(ecs, fullDisks(ecs, [100]));
      snapshotAll(ecs, fullDisks(ecs, [30], 'cn-shanghai'));
      ecs.clock.advance('PT1H');
      const period = ['2026-01-01T10:00:00Z', '2026-01-01T11:00:00Z'] as const;
      expect(bill(ecs, ...period, 'cn-hangzhou').lines[0]?.sizeGiB).toBe(100);
      expect(bill(ecs, ...period, 'cn-shanghai').lines[0]?.sizeGiB).toBe(30);
    });

    it('bills a copied snapshot in its destination region', () => {
      const ecs = aBillingWorld('2026-01-01T10:00:00Z');
      const [snapshotId] = snapshotAll(ecs, fullDisks(ecs, [40]));
      ecs.copySnapshot({
        regionId: 'cn-hangzhou',
        snapshotId: snapshotId as string,
        destinationRegionId: 'cn-shanghai',
        destinationSnapshotName: 'copy',
        destinationSnapshotDescription: 'copy',
      });
      ecs.clock.settle();
      ecs.clock.advanceTo('2026-01-01T11:00:00Z');
      const shanghai = bill(ecs, '2026-01-01T10:00:00Z', '2026-01-01T11:00:00Z', 'cn-shanghai');
      expect(shanghai.lines[0]?.sizeGiB).toBe(40);
    });
  });

  describe('when asked for a period', () => {
    it('rounds from down and to up to whole hours', () => {
      const ecs = workedExample();
      ecs.clock.advanceTo('2026-01-01T12:00:00Z');
      const statement = bill(ecs, '2026-01-01T10:40:00+00:00', '2026-01-01T19:30:00+08:00');
      expect(statement).toMatchObject({ from: '2026-01-01T10:00:00Z', to: '2026-01-01T12:00:00Z' });
      expect(statement.lines).toHaveLength(2);
    });

    it('accepts Date objects', () => {
      const ecs = workedExample();
      ecs.clock.advanceTo('2026-01-01T11:00:00Z');
      const statement = ecs.billing.statement({
        regionId: REGION,
        from: new Date('2026-01-01T10:00:00Z'),
        to: new Date('2026-01-01T11:00:00Z'),
      });
      expect(statement.total).toBe(0.008472);
    });

    it('includes the current hour, billed at its capacity so far', () => {
      const ecs = workedExample();
      const statement = bill(ecs, '2026-01-01T10:00:00Z', ecs.clock.now());
      expect(statement.lines).toHaveLength(1);
      expect(statement.total).toBe(0.008472);
    });

    it('does not change the state', () => {
      const ecs = workedExample();
      const before = ecs.state;
      bill(ecs, '2026-01-01T00:00:00Z', ecs.clock.now());
      expect(ecs.state).toBe(before);
    });

    it('gives identical statements for identical worlds (determinism)', () => {
      const run = () => {
        const ecs = workedExample();
        ecs.clock.advance('P2D');
        return JSON.stringify([bill(ecs, '2026-01-01T00:00:00Z', ecs.clock.now()), ecs.state]);
      };
      expect(run()).toBe(run());
    });
  });

  describe('when the request is invalid', () => {
    const now = '2026-01-01T10:20:00Z';
    const cases: [string, unknown, Parameters<typeof expectRefused>[2]][] = [
      ['no regionId', { from: now, to: now }, 'MissingParameter'],
      ['no from', { regionId: REGION, to: now }, 'MissingParameter'],
      ['no to', { regionId: REGION, from: now }, 'MissingParameter'],
      [
        'a time without zone',
        { regionId: REGION, from: '2026-01-01T10:00:00', to: now },
        'InvalidParameter',
      ],
      ['a time that is not a string', { regionId: REGION, from: 5, to: now }, 'InvalidParameter'],
      [
        'from after to',
        { regionId: REGION, from: now, to: '2026-01-01T09:00:00Z' },
        'InvalidParameter',
      ],
      ['from equal to to', { regionId: REGION, from: now, to: now }, 'InvalidParameter'],
      [
        'to in the future',
        { regionId: REGION, from: now, to: '2026-01-01T10:20:01Z' },
        'InvalidParameter',
      ],
      [
        'more than 366 days',
        { regionId: REGION, from: '2024-12-31T00:00:00Z', to: now },
        'InvalidParameter',
      ],
      [
        'an unknown region',
        { regionId: 'us-east-1', from: '2026-01-01T10:00:00Z', to: now },
        'InvalidRegionId.NotFound',
      ],
      [
        'an unknown field',
        { regionId: REGION, from: '2026-01-01T10:00:00Z', to: now, currency: 'CNY' },
        'UnsupportedParameter',
      ],
      ['not an object', 'cn-hangzhou', 'InvalidParameter'],
    ];

    it.each(cases)('refuses %s, leaving the state identical', (_name, request, code) => {
      const ecs = workedExample();
      expectRefused(
        ecs,
        () => ecs.billing.statement(request as Parameters<Ecs['billing']['statement']>[0]),
        code,
      );
    });

    it('answers InvalidRegionId.NotFound with HTTP 404 and names the regions', () => {
      const ecs = createEcs({ seed: 1 });
      const error = expectRefused(
        ecs,
        () => bill(ecs, '2025-12-31T00:00:00Z', ecs.clock.now(), 'eu-west-1'),
        'InvalidRegionId.NotFound',
        404,
      );
      expect(error.message).toContain('cn-hangzhou, cn-shanghai');
    });

    it('says why a future end is refused', () => {
      const ecs = workedExample();
      const error = expectRefused(
        ecs,
        () => bill(ecs, '2026-01-01T10:00:00Z', '2026-01-02T00:00:00Z'),
        'InvalidParameter',
        400,
      );
      expect(error.message).toContain('billing.forecast');
    });
  });
});
