import { describe, expect, it } from 'vitest';
import { aDiskInUse, aSnapshotWorld, viewOf } from '../snapshots/helpers.js';

describe('clock.settle', () => {
  describe('when a snapshot with a retention is being created', () => {
    it('waits for the copy, not for the retention days later', () => {
      const ecs = aSnapshotWorld({ timings: { snapshotStartup: 30 } });
      const { diskId } = aDiskInUse(ecs);
      const start = ecs.clock.now();
      const { snapshotId } = ecs.createSnapshot({ diskId, retentionDays: 7 });
      const waited = ecs.clock.settle();
      expect(waited).toBe(30_000);
      expect(viewOf(ecs, snapshotId).status).toBe('accomplished');
      expect(ecs.clock.now()).not.toBe(start);
      expect(ecs.clock.settle()).toBe(0);
    });
  });

  describe('when only a retention timer is pending', () => {
    it('returns at once, and the timer still fires when the clock reaches it', () => {
      const ecs = aSnapshotWorld({ timings: 'instant' });
      const { diskId } = aDiskInUse(ecs);
      const { snapshotId } = ecs.createSnapshot({ diskId, retentionDays: 1 });
      expect(ecs.clock.settle()).toBe(0);
      ecs.clock.advance('P1D');
      const listed = ecs.describeSnapshots({
        regionId: 'cn-hangzhou',
        snapshotIds: JSON.stringify([snapshotId]),
      });
      expect(listed.snapshots.snapshot).toEqual([]);
    });
  });
});
