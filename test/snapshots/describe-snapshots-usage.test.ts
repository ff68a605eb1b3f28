import { describe, expect, it } from 'vitest';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { REGION } from '../fixtures/world.js';
import { aDiskInUse, anInstantWorld, BLOCK, usageOf, writeBlocks } from './helpers.js';

describe('describeSnapshotsUsage', () => {
  describe('when the region has no snapshots', () => {
    it('returns zero count and size', () => {
      const ecs = anInstantWorld();
      const body = ecs.describeSnapshotsUsage({ regionId: REGION });
      expect(body).toEqual({ requestId: expect.any(String), snapshotCount: 0, snapshotSize: 0 });
    });
  });

  describe('when snapshots are created and deleted', () => {
    it('counts each distinct block once, in bytes, exact after every change', () => {
      const ecs = anInstantWorld();
      const a = aDiskInUse(ecs);
      const b = aDiskInUse(ecs);
      writeBlocks(ecs, a.diskId, 0, 6);
      const a1 = ecs.createSnapshot({ diskId: a.diskId }).snapshotId;
      const a2 = ecs.createSnapshot({ diskId: a.diskId }).snapshotId;
      expect(usageOf(ecs)).toEqual({ snapshotCount: 2, snapshotSize: 6 * BLOCK });
      writeBlocks(ecs, b.diskId, 0, 2);
      ecs.createSnapshot({ diskId: b.diskId });
      expect(usageOf(ecs)).toEqual({ snapshotCount: 3, snapshotSize: 8 * BLOCK });
      ecs.deleteSnapshot({ snapshotId: a1 });
      expect(usageOf(ecs)).toEqual({ snapshotCount: 2, snapshotSize: 8 * BLOCK });
      ecs.deleteSnapshot({ snapshotId: a2 });
      expect(usageOf(ecs)).toEqual({ snapshotCount: 1, snapshotSize: 2 * BLOCK });
      expect(ecs.describeSnapshotsUsage({ regionId: 'cn-shanghai' }).snapshotCount).toBe(0);
    });
  });

  describe('when a parameter is wrong', () => {
    it('returns MissingParameter without regionId', () => {
      const ecs = anInstantWorld();
      expectRefused(ecs, () => ecs.describeSnapshotsUsage({}), 'MissingParameter');
    });

    it('returns InvalidParam.RegionId (403) for an unknown region', () => {
      const ecs = anInstantWorld();
      expectRefused(
        ecs,
        () => ecs.describeSnapshotsUsage({ regionId: 'cn-nowhere' }),
        'InvalidParam.RegionId',
        403,
      );
    });
  });
});
