import { describe, expect, it } from 'vitest';
import { findSnapshot } from '../../src/snapshots/store.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { REGION } from '../fixtures/world.js';
import { aDiskInUse, aSnapshotWorld, BLOCK, viewOf, writeBlocks } from '../snapshots/helpers.js';
import { aDiskUnder, aPolicy, aPolicyWorld, DAILY, snapshotsOf } from './helpers.js';

/** 10 s start-up, one block per second: a snapshot of n new blocks takes 10 + n seconds. */
const SLOW = { snapshotStartup: 10, snapshotThroughput: BLOCK };
/** Every hour of the day. */
const HOURS = Array.from({ length: 24 }, (_, hour) => String(hour));

describe('automatic snapshots', () => {
  describe('when the clock passes a time point', () => {
    it('snapshots the disk through the creation path: auto_yyyyMMdd_N, progress, completion', () => {
      const ecs = aSnapshotWorld({ timings: SLOW });
      const diskId = aDiskUnder(ecs, aPolicy(ecs));
      writeBlocks(ecs, diskId, 0, 20);
      // 02:00 on 2 January in UTC+8 is 18:00 on 1 January in UTC.
      ecs.clock.advanceTo('2026-01-01T18:00:10Z');
      const [snap] = snapshotsOf(ecs, diskId);
      expect(snap).toMatchObject({
        name: 'auto_20260102_1',
        type: 'auto',
        status: 'progressing',
        creationTime: '2026-01-01T18:00:00Z',
      });
      const id = must(snap, 'snapshot').snapshotId;
      // 30 s in all (10 s start-up + 20 blocks), 10 s of it passed.
      expect(viewOf(ecs, id)).toMatchObject({ progress: '33%', remainTime: 20, retentionDays: 7 });
      ecs.clock.advance('PT20S');
      expect(viewOf(ecs, id)).toMatchObject({ status: 'accomplished', progress: '100%' });
    });

    it('copies only the blocks written since the previous snapshot (incremental)', () => {
      const ecs = aPolicyWorld();
      const diskId = aDiskUnder(ecs, aPolicy(ecs, { retentionDays: -1 }));
      writeBlocks(ecs, diskId, 0, 20);
      ecs.clock.advance('P1D');
      writeBlocks(ecs, diskId, 5, 3);
      ecs.clock.advance('P1D');
      const own = snapshotsOf(ecs, diskId).map(
        (s) => findSnapshot(ecs.state, s.snapshotId)?.ownBlocks,
      );
      expect(own).toEqual([20, 3]);
    });

    it('numbers the time points of one UTC+8 day from 1, whatever the UTC date', () => {
      const ecs = aPolicyWorld();
      const diskId = aDiskUnder(
        ecs,
        aPolicy(ecs, { timePoints: '["0","6","12","18"]', retentionDays: -1 }),
      );
      ecs.clock.advanceTo('2026-01-02T10:00:00Z');
      expect(snapshotsOf(ecs, diskId).map((s) => [s.name, s.creationTime])).toEqual([
        ['auto_20260101_3', '2026-01-01T04:00:00Z'],
        ['auto_20260101_4', '2026-01-01T10:00:00Z'],
        ['auto_20260102_1', '2026-01-01T16:00:00Z'],
        ['auto_20260102_2', '2026-01-01T22:00:00Z'],
        ['auto_20260102_3', '2026-01-02T04:00:00Z'],
        ['auto_20260102_4', '2026-01-02T10:00:00Z'],
      ]);
    });

    it('fires only on its weekdays (1 = Monday, in UTC+8)', () => {
      const ecs = aPolicyWorld();
      const diskId = aDiskUnder(ecs, aPolicy(ecs, { repeatWeekdays: '["1"]', retentionDays: -1 }));
      ecs.clock.advance('P14D');
      // Mondays 5 and 12 January 2026, 02:00 UTC+8.
      expect(snapshotsOf(ecs, diskId).map((s) => s.creationTime)).toEqual([
        '2026-01-04T18:00:00Z',
        '2026-01-11T18:00:00Z',
      ]);
    });

    it('snapshots every disk under the policy, Available-but-once-attached ones too', () => {
      const ecs = aPolicyWorld();
      const policyId = aPolicy(ecs);
      const one = aDiskUnder(ecs, policyId);
      const { instanceId, diskId: two } = aDiskInUse(ecs);
      ecs.detachDisk({ instanceId, diskId: two });
      ecs.clock.settle();
      ecs.applyAutoSnapshotPolicy({
        regionId: REGION,
        autoSnapshotPolicyId: policyId,
        diskIds: JSON.stringify([two]),
      });
      ecs.clock.advance('P1D');
      expect([one, two].map((d) => snapshotsOf(ecs, d).length)).toEqual([1, 1]);
    });

    it('skips a disk whose automatic snapshots are disabled, or whose instance is changing', () => {
      const ecs = aSnapshotWorld({ timings: { instanceStop: 7200 } });
      const policyId = aPolicy(ecs);
      const off = aDiskUnder(ecs, policyId);
      ecs.modifyDiskAttribute({ diskId: off, enableAutoSnapshot: false });
      const { instanceId, diskId: stopping } = aDiskInUse(ecs);
      ecs.applyAutoSnapshotPolicy({
        regionId: REGION,
        autoSnapshotPolicyId: policyId,
        diskIds: JSON.stringify([stopping]),
      });
      ecs.clock.advanceTo('2026-01-01T17:00:00Z');
      ecs.stopInstance({ instanceId }); // Stopping for two hours, over the 18:00 time point
      ecs.clock.advanceTo('2026-01-01T18:30:00Z');
      expect([off, stopping].map((d) => snapshotsOf(ecs, d).length)).toEqual([0, 0]);
    });
  });

  describe('while a snapshot of the disk is in progress', () => {
    it('skips the due time point and takes the next one', () => {
      // 90 minutes of copying: the 01:00 point falls while the 00:00 snapshot runs.
      const ecs = aSnapshotWorld({ timings: { snapshotStartup: 5400, snapshotThroughput: BLOCK } });
      const hourly = JSON.stringify(Array.from({ length: 24 }, (_, h) => String(h)));
      const diskId = aDiskUnder(ecs, aPolicy(ecs, { timePoints: hourly, retentionDays: -1 }));
      ecs.clock.advanceTo('2026-01-01T03:59:00Z');
      // The disk was attached after 00:00 UTC (08:00 UTC+8): points at 01:00 and 03:00 UTC.
      expect(snapshotsOf(ecs, diskId).map((s) => s.creationTime)).toEqual([
        '2026-01-01T01:00:00Z',
        '2026-01-01T03:00:00Z',
      ]);
    });

    it('refuses a manual snapshot while an automatic one runs (IncorrectDiskStatus.CreatingSnapshot)', () => {
      const ecs = aSnapshotWorld({ timings: SLOW });
      const diskId = aDiskUnder(ecs, aPolicy(ecs));
      ecs.clock.advanceTo('2026-01-01T18:00:01Z');
      expectRefused(
        ecs,
        () => ecs.createSnapshot({ diskId, snapshotName: 'manual' }),
        'IncorrectDiskStatus.CreatingSnapshot',
      );
      ecs.clock.settle();
      expect(ecs.createSnapshot({ diskId, snapshotName: 'manual' }).snapshotId).toMatch(/^s-/);
    });

    it('skips the time point after a manual snapshot that still runs', () => {
      const ecs = aSnapshotWorld({ timings: { snapshotStartup: 7200 } });
      const diskId = aDiskUnder(ecs, aPolicy(ecs));
      ecs.clock.advanceTo('2026-01-01T17:30:00Z');
      ecs.createSnapshot({ diskId, snapshotName: 'manual' });
      ecs.clock.advanceTo('2026-01-02T18:00:00Z');
      expect(snapshotsOf(ecs, diskId).map((s) => s.type)).toEqual(['user', 'auto']);
    });
  });

  describe('the scheduler', () => {
    it('is event-driven: a month of four points a day costs one task per point that snapshots', () => {
      const ecs = aPolicyWorld();
      const diskId = aDiskUnder(ecs, aPolicy(ecs, { timePoints: '["0","6","12","18"]' }));
      writeBlocks(ecs, diskId, 0, 1);
      const before = ecs.state.tasks.nextSeq;
      ecs.clock.advance('P30D');
      // A timer, a completion and a retention per point.
      expect(ecs.state.tasks.nextSeq - before).toBe(3 * 4 * 30);
      expect(ecs.state.tasks.operations).toBe(0);
    });

    it('skips in one step the time points of a policy with no disk: 40 years cost one task', () => {
      const ecs = aPolicyWorld();
      const policyId = aPolicy(ecs, { timePoints: JSON.stringify(HOURS), repeatWeekdays: DAILY });
      const before = ecs.state.tasks.nextSeq;
      ecs.clock.advance('P40Y');
      expect(ecs.state.tasks.nextSeq - before).toBe(1);
      expect(ecs.state.tasks.heap.size).toBe(1);
      // It still fires at its next time point once a disk is under it.
      const diskId = aDiskUnder(ecs, policyId);
      ecs.clock.advance('PT1H');
      expect(snapshotsOf(ecs, diskId)).toHaveLength(1);
    });

    it('skips the time points at which every disk is busy, and fires as before once one is free', () => {
      // A manual snapshot of 300,000 blocks at one block per second: busy for ~3.5 days.
      const busyWorld = () => {
        const ecs = aSnapshotWorld({ timings: SLOW });
        const diskId = aDiskUnder(ecs, aPolicy(ecs));
        writeBlocks(ecs, diskId, 0, 300_000);
        ecs.createSnapshot({ diskId });
        return { ecs, diskId };
      };
      const inOneMove = busyWorld();
      const before = inOneMove.ecs.state.tasks.nextSeq;
      inOneMove.ecs.clock.advance('P7D');
      const hourByHour = busyWorld();
      for (let hour = 0; hour < 7 * 24; hour++) hourByHour.ecs.clock.advance('PT1H');
      const autos = (world: ReturnType<typeof busyWorld>) =>
        snapshotsOf(world.ecs, world.diskId).filter((s) => s.type === 'auto');
      expect(autos(inOneMove).map((s) => s.name)).toEqual([
        'auto_20260105_1',
        'auto_20260106_1',
        'auto_20260107_1',
        'auto_20260108_1',
      ]);
      expect(autos(inOneMove)).toEqual(autos(hourByHour));
      expect(inOneMove.ecs.clock.now()).toBe(hourByHour.ecs.clock.now());
      // The busy days cost one skipped time point, not one each.
      expect(inOneMove.ecs.state.tasks.nextSeq - before).toBeLessThan(20);
    });

    it('lets clock.settle() end at once when a snapshot takes a year (snapshotThroughput: 1)', () => {
      const ecs = aSnapshotWorld({ timings: { snapshotThroughput: 1 } });
      const diskId = aDiskUnder(ecs, aPolicy(ecs, { timePoints: JSON.stringify(HOURS) }));
      writeBlocks(ecs, diskId, 0, 10_000);
      ecs.createSnapshot({ diskId });
      const before = ecs.state.tasks.nextSeq;
      const waited = ecs.clock.settle();
      expect(waited).toBeGreaterThan(365 * 24 * 3600 * 1000);
      expect(ecs.state.tasks.nextSeq - before).toBeLessThan(10);
    });

    it('lets clock.settle() end once the snapshots it started complete', () => {
      const ecs = aSnapshotWorld({ timings: SLOW });
      const diskId = aDiskUnder(ecs, aPolicy(ecs));
      writeBlocks(ecs, diskId, 0, 30);
      ecs.clock.advanceTo('2026-01-01T18:00:00Z');
      expect(ecs.clock.settle()).toBe(40_000);
      expect(ecs.clock.settle()).toBe(0);
    });

    it('gives the same ids and times for the same seed and calls', () => {
      const run = () => {
        const ecs = aPolicyWorld();
        aDiskUnder(ecs, aPolicy(ecs, { timePoints: '["1","13"]' }));
        ecs.clock.advance('P10D');
        return JSON.stringify(ecs.state);
      };
      expect(run()).toBe(run());
    });
  });
});
