// Measured against the built package (`fake-ecs` resolves to dist/ here), which is what users run.
// Run: `npm run build && npx vitest bench --run test/bench/billing.bench.ts`.
//
// Bars (issue 6: the capacity history must stay cheap over a simulated year):
// - a snapshot created and deleted in a world with a year of hourly capacity changes (8,784 hour
//   records, the most a region can have in a year) costs at most 1.5x the same in a fresh world;
// - a statement of 366 days (8,784 lines) costs at most 10x building the same 8,784 line objects
//   from a plain array (the floor for any implementation that returns them);
// - a forecast of a year of a daily policy costs at most 1.5x actually advancing the clock a year
//   (the forecast computes the same capacity history, by chain arithmetic where the world allows).
import type { Ecs } from 'fake-ecs';
import { bench, describe } from 'vitest';
import { BLOCK, benchWorld, dataDisks, GIB, REGION } from './fixture.js';

/** One hour of the backup loop: a one-block write, a snapshot, the oldest released. */
function hourlyStep(ecs: Ecs, diskId: string, kept: string[]): void {
  ecs.clock.advance('PT1H');
  ecs.writeDisk({ diskId, offset: (kept.length % 64) * BLOCK, length: BLOCK, fill: 'change' });
  kept.push(ecs.createSnapshot({ diskId }).snapshotId);
  const oldest = kept.shift();
  if (oldest) ecs.deleteSnapshot({ snapshotId: oldest });
}

/** A world whose region changed capacity every hour for `hours` hours. */
function withHistory(hours: number) {
  const ecs = benchWorld();
  const [diskId = ''] = dataDisks(ecs, 1);
  ecs.writeDisk({ diskId, offset: 0, length: GIB, fill: 'base' });
  const kept = Array.from({ length: 24 }, () => ecs.createSnapshot({ diskId }).snapshotId);
  for (let h = 0; h < hours; h++) hourlyStep(ecs, diskId, kept);
  return { ecs, diskId, kept };
}

describe('one hour of snapshot churn, by the capacity history already recorded', () => {
  const fresh = withHistory(0);
  const year = withHistory(8784);
  const options = { iterations: 2000, time: 0, warmupIterations: 200 };
  bench('fresh world', () => hourlyStep(fresh.ecs, fresh.diskId, fresh.kept), options);
  bench(
    'after a year of hourly changes (8,784 records)',
    () => {
      hourlyStep(year.ecs, year.diskId, year.kept);
    },
    options,
  );
});

describe('a statement of 366 days (8,784 lines)', () => {
  const { ecs } = withHistory(8784);
  const to = ecs.clock.now();
  const from = new Date(Date.parse(to) - 8784 * 3_600_000).toISOString();
  const peaks = Array.from({ length: 8784 }, (_, i) => 24 + (i % 3));
  const options = { iterations: 200, time: 0, warmupIterations: 20 };
  bench(
    'baseline: 8,784 line objects from a plain array',
    () => {
      const start = Date.parse(from);
      let total = 0;
      const lines = peaks.map((blocks, i) => {
        const sizeGiB = (blocks * BLOCK) / GIB;
        const billableGiB = Math.max(0, sizeGiB - 5);
        const amount = Math.round((billableGiB * 0.02 * 1e6) / 720) / 1e6;
        total += amount;
        return {
          hour: new Date(start + i * 3_600_000).toISOString(),
          sizeGiB,
          billableGiB,
          amount,
        };
      });
      if (lines.length !== 8784 || total < 0) throw new Error('unexpected');
    },
    options,
  );
  bench(
    'ecs.billing.statement',
    () => {
      ecs.billing.statement({ regionId: REGION, from, to });
    },
    options,
  );
});

describe('a year of a daily policy on 10 disks with 7-day retention', () => {
  const setup = () => {
    const ecs = benchWorld();
    const disks = dataDisks(ecs, 10);
    for (const diskId of disks) ecs.writeDisk({ diskId, offset: 0, length: GIB, fill: 'base' });
    const { autoSnapshotPolicyId } = ecs.createAutoSnapshotPolicy({
      regionId: REGION,
      timePoints: '["0"]',
      repeatWeekdays: '["1","2","3","4","5","6","7"]',
      retentionDays: 7,
    });
    ecs.applyAutoSnapshotPolicy({
      regionId: REGION,
      autoSnapshotPolicyId,
      diskIds: JSON.stringify(disks),
    });
    return ecs;
  };
  const until = '2026-12-31T00:00:00Z';
  const options = { iterations: 5, time: 0, warmupIterations: 1 };
  bench(
    'baseline: advance the clock a year, then take the statement',
    () => {
      const ecs = setup();
      const from = ecs.clock.now();
      ecs.clock.advanceTo(until);
      ecs.billing.statement({ regionId: REGION, from, to: until });
    },
    options,
  );
  bench(
    'ecs.billing.forecast for the year (state untouched)',
    () => {
      setup().billing.forecast({ regionId: REGION, until });
    },
    options,
  );
});
