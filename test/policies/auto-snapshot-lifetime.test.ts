import { describe, expect, it } from 'vitest';
import { REGION } from '../fixtures/world.js';
import { aDiskInUse, chainOf, writeBlocks } from '../snapshots/helpers.js';
import { aDiskUnder, aPolicy, aPolicyWorld, snapshotsOf } from './helpers.js';

const HOURLY = JSON.stringify(Array.from({ length: 24 }, (_, h) => String(h)));

describe('automatic snapshots over their lifetime', () => {
  describe('retention', () => {
    it('releases each automatic snapshot when its policy retention has passed', () => {
      const ecs = aPolicyWorld();
      const diskId = aDiskUnder(ecs, aPolicy(ecs, { retentionDays: 2 }));
      ecs.clock.advance('P5D');
      // A snapshot expires as the one two days younger is taken: two live at any time.
      expect(snapshotsOf(ecs, diskId).map((s) => s.creationTime)).toEqual([
        '2026-01-04T18:00:00Z',
        '2026-01-05T18:00:00Z',
      ]);
    });

    it('keeps them with retention -1', () => {
      const ecs = aPolicyWorld();
      const diskId = aDiskUnder(ecs, aPolicy(ecs, { retentionDays: -1 }));
      ecs.clock.advance('P30D');
      expect(snapshotsOf(ecs, diskId)).toHaveLength(30);
      const newest = ecs.describeSnapshots({ regionId: REGION, diskId }).snapshots.snapshot[0];
      expect(newest?.retentionDays).toBe(0);
    });
  });

  describe('at the automatic snapshot quota of a disk', () => {
    it('releases the oldest automatic snapshot first, never a manual one', () => {
      const ecs = aPolicyWorld({ quotas: { autoSnapshotsPerDisk: 3 } });
      const diskId = aDiskUnder(ecs, aPolicy(ecs, { timePoints: HOURLY, retentionDays: -1 }));
      ecs.createSnapshot({ diskId, snapshotName: 'manual' });
      ecs.clock.advanceTo('2026-01-01T05:30:00Z');
      const left = snapshotsOf(ecs, diskId);
      expect(left.map((s) => [s.type, s.creationTime])).toEqual([
        ['user', '2026-01-01T00:00:00Z'],
        ['auto', '2026-01-01T03:00:00Z'],
        ['auto', '2026-01-01T04:00:00Z'],
        ['auto', '2026-01-01T05:00:00Z'],
      ]);
    });

    it('keeps an automatic snapshot a disk was made from, and releases the next oldest', () => {
      const ecs = aPolicyWorld({ quotas: { autoSnapshotsPerDisk: 2 } });
      const diskId = aDiskUnder(ecs, aPolicy(ecs, { timePoints: HOURLY, retentionDays: -1 }));
      ecs.clock.advanceTo('2026-01-01T01:00:00Z');
      const first = snapshotsOf(ecs, diskId)[0]?.snapshotId ?? '';
      ecs.createDisk({ regionId: REGION, zoneId: 'cn-hangzhou-h', snapshotId: first });
      ecs.clock.advanceTo('2026-01-01T04:00:00Z');
      expect(snapshotsOf(ecs, diskId).map((s) => s.creationTime)).toEqual([
        '2026-01-01T01:00:00Z',
        '2026-01-01T04:00:00Z',
      ]);
    });

    it('allows 1,000 per disk by default', () => {
      expect(aPolicyWorld().state.world.quotas.autoSnapshotsPerDisk).toBe(1000);
    });
  });

  describe('when the disk is released', () => {
    function aDiskWithBothKinds(deleteAutoSnapshot: boolean) {
      const ecs = aPolicyWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      ecs.applyAutoSnapshotPolicy({
        regionId: REGION,
        autoSnapshotPolicyId: aPolicy(ecs, { retentionDays: -1 }),
        diskIds: JSON.stringify([diskId]),
      });
      ecs.modifyDiskAttribute({ diskId, deleteAutoSnapshot });
      writeBlocks(ecs, diskId, 0, 4);
      ecs.clock.advance('P2D');
      ecs.createSnapshot({ diskId, snapshotName: 'manual' });
      ecs.clock.settle();
      return { ecs, instanceId, diskId };
    }

    it('deleteDisk releases its automatic snapshots when deleteAutoSnapshot is true', () => {
      const { ecs, instanceId, diskId } = aDiskWithBothKinds(true);
      ecs.detachDisk({ instanceId, diskId });
      ecs.clock.settle();
      ecs.deleteDisk({ diskId });
      expect(snapshotsOf(ecs, diskId).map((s) => s.type)).toEqual(['user']);
      expect(chainOf(ecs, diskId)).toMatchObject({ totalCount: 1, totalSize: 4 * 4096 });
    });

    it('deleteDisk keeps every snapshot when deleteAutoSnapshot is false', () => {
      const { ecs, instanceId, diskId } = aDiskWithBothKinds(false);
      ecs.detachDisk({ instanceId, diskId });
      ecs.clock.settle();
      ecs.deleteDisk({ diskId });
      expect(snapshotsOf(ecs, diskId).map((s) => s.type)).toEqual(['auto', 'auto', 'user']);
    });

    it('releasing the instance with the disk does the same', () => {
      const { ecs, instanceId, diskId } = aDiskWithBothKinds(true);
      ecs.modifyDiskAttribute({ diskId, deleteWithInstance: true });
      ecs.stopInstance({ instanceId });
      ecs.clock.settle();
      ecs.deleteInstance({ instanceId });
      expect(snapshotsOf(ecs, diskId).map((s) => s.type)).toEqual(['user']);
    });
  });
});
