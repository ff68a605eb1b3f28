// Issue 6's proof: one week of a daily policy with 7-day retention on a disk written every day.
// Seven automatic snapshots at steady state, incremental sizes, a bill that grows then flattens,
// a forecast that matches what then happens, and a deleted policy that takes no more snapshots
// while the manual one stays.
import { describe, expect, it } from 'vitest';
import type { BillingStatement, Ecs } from '../../src/index.js';
import { aBillingWorld, fullDisks } from '../billing/billing-world.js';
import { GIB, REGION } from '../fixtures/world.js';

const START = '2026-01-01T16:00:00Z'; // 00:00 on 2 January in China time: the policy's time point
const TWO_WEEKS_ON = '2026-01-15T16:00:00Z';

/** 16:00 UTC (00:00 UTC+8) on day `d` of January. */
const timePoint = (d: number) => `2026-01-${String(d).padStart(2, '0')}T16:00:00Z`;

/** A 20 GiB disk with 10 GiB written, under a daily policy (00:00 UTC+8, 7-day retention). */
function aDiskUnderDailyPolicy() {
  const ecs = aBillingWorld('2026-01-01T00:00:00Z');
  const [diskId = ''] = fullDisks(ecs, [10]);
  const { autoSnapshotPolicyId } = ecs.createAutoSnapshotPolicy({
    regionId: REGION,
    autoSnapshotPolicyName: 'daily',
    timePoints: '["0"]',
    repeatWeekdays: '["1","2","3","4","5","6","7"]',
    retentionDays: 7,
  });
  ecs.applyAutoSnapshotPolicy({
    regionId: REGION,
    autoSnapshotPolicyId,
    diskIds: JSON.stringify([diskId]),
  });
  ecs.clock.advanceTo(START); // the first automatic snapshot: the full 10 GiB
  return { ecs, diskId, autoSnapshotPolicyId };
}

/** Each day the guest rewrites the same 1 GiB, a few hours before the next time point. */
function liveDays(ecs: Ecs, diskId: string, days: number[]) {
  for (const d of days) {
    ecs.clock.advanceTo(`2026-01-${String(d).padStart(2, '0')}T12:00:00Z`);
    ecs.writeDisk({ diskId, offset: 0, length: GIB, fill: `day-${d}` });
    ecs.clock.advanceTo(timePoint(d));
  }
}

function snapshotsOf(ecs: Ecs, diskId: string, snapshotType: 'auto' | 'user') {
  return ecs.describeSnapshots({ regionId: REGION, diskId, snapshotType, pageSize: 100 }).snapshots
    .snapshot;
}

/** The capacity billed in each day (24 lines) of a statement that starts at a time point. */
function dailySizes(statement: BillingStatement): number[][] {
  const days: number[][] = [];
  for (let i = 0; i < statement.lines.length; i += 24)
    days.push([...new Set(statement.lines.slice(i, i + 24).map((l) => l.sizeGiB))]);
  return days;
}

describe('a week of a daily automatic snapshot policy with 7-day retention', () => {
  const days = Array.from({ length: 14 }, (_, i) => i + 2); // 2 to 15 January

  it('keeps 7 incremental snapshots at steady state, and the bill grows then flattens', () => {
    const { ecs, diskId } = aDiskUnderDailyPolicy();
    liveDays(ecs, diskId, days);
    const autos = snapshotsOf(ecs, diskId, 'auto');
    expect(autos).toHaveLength(7);
    // The newest six each hold only the day's 1 GiB; the oldest holds the rest of the disk.
    const link = ecs.describeSnapshotLinks({ regionId: REGION, diskIds: JSON.stringify([diskId]) })
      .snapshotLinks.snapshotLink[0];
    expect(link?.totalSize).toBe(16 * GIB);
    const bill = ecs.billing.statement({ regionId: REGION, from: START, to: TWO_WEEKS_ON });
    // Day 1: the full snapshot; each day adds 1 GiB until retention releases the oldest.
    expect(dailySizes(bill)).toEqual([
      [10],
      [11],
      [12],
      [13],
      [14],
      [15],
      [16],
      [16],
      [16],
      [16],
      [16],
      [16],
      [16],
      [16],
    ]);
    const dailyTotals = Array.from({ length: 14 }, (_, d) =>
      bill.lines.slice(d * 24, d * 24 + 24).reduce((sum, l) => sum + l.amount, 0),
    );
    expect(dailyTotals[6]).toBeGreaterThan(dailyTotals[0] ?? 0);
    expect(dailyTotals.slice(6).every((t) => t.toFixed(6) === dailyTotals[6]?.toFixed(6))).toBe(
      true,
    );
    // (16 - 5) GiB x 0.02 / 720 = 0.000305555... an hour.
    expect(bill.lines.at(-1)?.amount).toBe(0.000306);
  });

  it('forecasts the two weeks exactly, given the daily change rate', () => {
    const { ecs, diskId } = aDiskUnderDailyPolicy();
    const before = ecs.state;
    // 1 GiB of the 10 GiB written is rewritten every day.
    const forecast = ecs.billing.forecast({
      regionId: REGION,
      until: TWO_WEEKS_ON,
      dailyChangeRate: 0.1,
    });
    expect(ecs.state).toBe(before);
    liveDays(ecs, diskId, days);
    expect(ecs.billing.statement({ regionId: REGION, from: START, to: TWO_WEEKS_ON })).toEqual(
      forecast,
    );
  });

  it('forecasts flat capacity without assumed writes (the default)', () => {
    const { ecs } = aDiskUnderDailyPolicy();
    const forecast = ecs.billing.forecast({ regionId: REGION, until: TWO_WEEKS_ON });
    // Unchanged content: each new automatic snapshot holds nothing of its own.
    expect(new Set(forecast.lines.map((l) => l.sizeGiB))).toEqual(new Set([10]));
  });

  it('takes no more automatic snapshots once the policy is deleted; the manual one remains', () => {
    const { ecs, diskId, autoSnapshotPolicyId } = aDiskUnderDailyPolicy();
    liveDays(ecs, diskId, days.slice(0, 7));
    ecs.writeDisk({ diskId, offset: 0, length: GIB, fill: 'manual' });
    const { snapshotId: manual } = ecs.createSnapshot({ diskId, snapshotName: 'keep' });
    ecs.deleteAutoSnapshotPolicy({ regionId: REGION, autoSnapshotPolicyId });
    const deletedAt = ecs.clock.now();
    ecs.clock.advanceTo('2026-01-31T00:00:00Z');
    const autos = snapshotsOf(ecs, diskId, 'auto');
    expect(autos.every((s) => s.creationTime <= deletedAt)).toBe(true);
    expect(snapshotsOf(ecs, diskId, 'user').map((s) => s.snapshotId)).toEqual([manual]);
    // Once the automatic snapshots expired, only the manual snapshot's full content is billed.
    expect(autos).toHaveLength(0);
    const bill = ecs.billing.statement({
      regionId: REGION,
      from: '2026-01-30T00:00:00Z',
      to: ecs.clock.now(),
    });
    expect(new Set(bill.lines.map((l) => l.sizeGiB))).toEqual(new Set([10]));
    expect(ecs.describeSnapshotsUsage({ regionId: REGION }).snapshotSize).toBe(10 * GIB);
  });
});
