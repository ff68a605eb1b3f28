// The forecast's fast path (per-disk chain arithmetic, src/billing/chain-forecast.ts) against the
// scheduler run forward on the state: the same capacity history, hour by hour, on worlds made to
// exercise what the arithmetic must get right (partial and growing disks, quota releases,
// retention of manual snapshots, snapshots in use, copies slower than the policy, two policies on
// one disk, a stopped instance), and the scheduler wherever the world is not one it models.
import { describe, expect, it } from 'vitest';
import { chainForecast } from '../../src/billing/chain-forecast.js';
import { forecastHistory } from '../../src/billing/forecast.js';
import { billHistory } from '../../src/billing/statement.js';
import { millisOf } from '../../src/clock/timestamp.js';
import type { Ecs, EcsOptions } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { GIB } from '../fixtures/world.js';
import { aBillingWorld, fullDisks } from './billing-world.js';

const REGION = 'cn-hangzhou';
const START = '2026-01-01T10:00:00Z';
const EVERY_DAY = '["1","2","3","4","5","6","7"]';

function policyOn(ecs: Ecs, diskIds: readonly string[], timePoints: string, retentionDays: number) {
  const { autoSnapshotPolicyId } = ecs.createAutoSnapshotPolicy({
    regionId: REGION,
    timePoints,
    repeatWeekdays: EVERY_DAY,
    retentionDays,
  });
  ecs.applyAutoSnapshotPolicy({
    regionId: REGION,
    autoSnapshotPolicyId,
    diskIds: JSON.stringify(diskIds),
  });
  return autoSnapshotPolicyId;
}

/** Both paths' statements for the forecast until `until`, and whether the fast path applied. */
function bothWays(ecs: Ecs, until: string, rate: number) {
  const state = ecs.state;
  const untilMs = millisOf(until as never);
  const nowMs = millisOf(state.clock.now);
  const bill = (by: 'chains' | 'scheduler') => {
    const capacityHistory = forecastHistory(state, REGION, untilMs, rate, by);
    return billHistory({ ...state, capacityHistory }, REGION, nowMs, untilMs);
  };
  return {
    modelled: chainForecast(state, REGION, untilMs, rate) !== undefined,
    chains: bill('chains'),
    scheduler: bill('scheduler'),
  };
}

function expectSameForecast(ecs: Ecs, until: string, rates: readonly number[]) {
  for (const rate of rates) {
    const { modelled, chains, scheduler } = bothWays(ecs, until, rate);
    expect(modelled).toBe(true);
    expect(chains).toEqual(scheduler);
    expect(chains.total).toBeGreaterThan(0);
  }
}

/** Disks written in full and in part, under a daily policy kept 3 days. */
function aSmallFleet(options: EcsOptions = {}) {
  const ecs = aBillingWorld(START, options);
  const disks = fullDisks(ecs, [40, 20, 0]);
  const partial = must(disks[2], 'disk');
  // A quarter of the third disk's 20 GiB written, at its end: assumed writes then grow it.
  ecs.writeDisk({ diskId: partial, offset: 15 * GIB, length: 5 * GIB, fill: 'tail' });
  policyOn(ecs, disks, '["2"]', 3);
  return { ecs, disks };
}

describe('chainForecast (the forecast fast path)', () => {
  describe('for a fleet under a daily policy', () => {
    it('gives the capacity history the scheduler gives, whatever the daily change', () => {
      const { ecs } = aSmallFleet();
      expectSameForecast(ecs, '2026-01-20T07:30:00Z', [0, 0.02, 0.3, 1]);
    });
  });

  describe('when the automatic snapshot quota is reached', () => {
    it('releases the oldest automatic snapshot not in use, as the scheduler does', () => {
      const { ecs, disks } = aSmallFleet({ quotas: { autoSnapshotsPerDisk: 2 } });
      ecs.clock.advanceTo('2026-01-03T00:00:00Z');
      // The oldest automatic snapshot of the first disk is in use: it is never released for room.
      // The automatic snapshots of the first disk are in use: none can be released for room, so
      // it takes no more; those of the second disk: only the newest, so the oldest goes.
      const autos = (diskId: string | undefined) =>
        ecs.describeSnapshots({ regionId: REGION, diskId, snapshotType: 'auto' }).snapshots
          .snapshot;
      const inUse = [...autos(disks[0]), ...autos(disks[1]).slice(0, 1)];
      expect(inUse).toHaveLength(3);
      for (const { snapshotId } of inUse)
        ecs.createDisk({ regionId: REGION, zoneId: 'cn-hangzhou-h', snapshotId });
      expectSameForecast(ecs, '2026-01-12T00:00:00Z', [0, 0.1]);
    });
  });

  describe('when manual snapshots with retention sit on the chains', () => {
    it('releases them between automatic ones as the scheduler does', () => {
      const { ecs, disks } = aSmallFleet();
      ecs.clock.advanceTo('2026-01-02T12:00:00Z');
      for (const [i, diskId] of disks.entries()) {
        ecs.writeDisk({ diskId, offset: i * GIB, length: GIB, fill: `manual-${i}` });
        ecs.createSnapshot({ diskId, retentionDays: 1 + i });
      }
      // A disk under no policy: its manual snapshots expire oldest first, the newest last.
      const [alone = ''] = fullDisks(ecs, [30]);
      for (const days of [1, 2, 3]) {
        ecs.writeDisk({ diskId: alone, offset: days * GIB, length: days * GIB, fill: `w-${days}` });
        ecs.createSnapshot({ diskId: alone, retentionDays: days });
      }
      expectSameForecast(ecs, '2026-01-09T00:00:00Z', [0, 0.05]);
    });
  });

  describe('when a copy takes longer than the time between time points (realistic timings)', () => {
    it('skips the time points that find a copy in progress, as the scheduler does', () => {
      const ecs = aBillingWorld(START, { timings: 'realistic' });
      const disks = fullDisks(ecs, [400, 30]);
      const hourly = JSON.stringify(Array.from({ length: 24 }, (_, h) => String(h)));
      policyOn(ecs, disks, hourly, 1);
      // One copy is still in progress when the forecast starts.
      ecs.createSnapshot({ diskId: must(disks[0], 'disk') });
      // A copy of 32 TiB takes days: its snapshot expires (kept a day) before the copy ends.
      const [huge = ''] = fullDisks(ecs, [32768]);
      policyOn(ecs, [huge], '["4"]', 1);
      expectSameForecast(ecs, '2026-01-06T00:00:00Z', [0, 0.2]);
    });
  });

  describe('when a disk is under two policies and another is on a stopped instance', () => {
    it('takes and writes what the scheduler does', () => {
      const { ecs, disks } = aSmallFleet();
      policyOn(ecs, [must(disks[0], 'disk')], '["5","17"]', 2);
      const extra = fullDisks(ecs, [25]);
      const instanceId = must(
        ecs.describeDisks({ regionId: REGION, diskIds: JSON.stringify(extra) }).disks.disk[0]
          ?.instanceId,
        'instance',
      );
      ecs.stopInstance({ instanceId });
      ecs.clock.settle();
      policyOn(ecs, extra, '["3"]', 4);
      expectSameForecast(ecs, '2026-01-10T00:00:00Z', [0, 0.1]);
    });
  });

  describe('when a rollback branched a chain', () => {
    it('leaves the forecast to the scheduler', () => {
      const { ecs, disks } = aSmallFleet();
      const diskId = must(disks[0], 'disk');
      const { snapshotId } = ecs.createSnapshot({ diskId });
      ecs.createSnapshot({ diskId });
      const instanceId = must(
        ecs.describeDisks({ regionId: REGION, diskIds: JSON.stringify([diskId]) }).disks.disk[0]
          ?.instanceId,
        'instance',
      );
      ecs.stopInstance({ instanceId });
      ecs.clock.settle();
      ecs.resetDisk({ diskId, snapshotId });
      ecs.clock.settle();
      ecs.createSnapshot({ diskId });
      const { modelled, chains, scheduler } = bothWays(ecs, '2026-01-06T00:00:00Z', 0.1);
      expect(modelled).toBe(false);
      expect(chains).toEqual(scheduler);
    });
  });
});
