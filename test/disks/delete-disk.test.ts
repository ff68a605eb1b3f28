import { describe, expect, it } from 'vitest';
import {
  anAttachedDisk,
  anAvailableDisk,
  aRunningInstance,
  aWorld,
  expectRefusal,
  REGION,
  ZONE,
} from './helpers.js';

describe('deleteDisk', () => {
  describe('when the disk is Available', () => {
    it('releases it at once', () => {
      const ecs = aWorld();
      const diskId = anAvailableDisk(ecs);
      const kept = anAvailableDisk(ecs);
      const body = ecs.deleteDisk({ diskId });
      expect(Object.keys(body)).toEqual(['requestId']);
      const listed = ecs.describeDisks({ regionId: REGION }).disks.disk.map((d) => d.diskId);
      expect(listed).toEqual([kept]);
    });

    it('releases a disk that was attached and detached', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      const diskId = anAttachedDisk(ecs, instanceId);
      ecs.detachDisk({ instanceId, diskId });
      ecs.deleteDisk({ diskId });
      expect(ecs.describeDisks({ regionId: REGION, instanceId }).totalCount).toBe(1);
      expect(
        ecs.describeDisks({ regionId: REGION, diskIds: JSON.stringify([diskId]) }).totalCount,
      ).toBe(0);
    });
  });

  describe('when the disk does not exist', () => {
    it('ignores an unknown id, as the current reference says: success, nothing changes', () => {
      const ecs = aWorld();
      anAvailableDisk(ecs);
      const before = ecs.state;
      const body = ecs.deleteDisk({ diskId: 'd-bpnotthere000000000' });
      expect(Object.keys(body)).toEqual(['requestId']);
      expect(ecs.state).toBe(before);
    });

    it('ignores a disk deleted before (a retried release succeeds)', () => {
      const ecs = aWorld();
      const diskId = anAvailableDisk(ecs);
      ecs.deleteDisk({ diskId });
      const before = ecs.state;
      ecs.deleteDisk({ diskId });
      expect(ecs.state).toBe(before);
      expect(
        ecs.describeDisks({ regionId: REGION, diskIds: JSON.stringify([diskId]) }).totalCount,
      ).toBe(0);
    });

    it('returns MissingParameter without a disk id', () => {
      const ecs = aWorld();
      expectRefusal(ecs, () => ecs.deleteDisk({}), 'MissingParameter', 400);
    });
  });

  describe('when the disk is attached', () => {
    it('returns DiskStillAttached for a disk In_use', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      const diskId = anAttachedDisk(ecs, instanceId);
      expectRefusal(ecs, () => ecs.deleteDisk({ diskId }), 'DiskStillAttached', 403);
    });
  });

  describe('when the disk is in a transient status', () => {
    it('returns IncorrectDiskStatus while Creating', () => {
      const ecs = aWorld();
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40 });
      expectRefusal(ecs, () => ecs.deleteDisk({ diskId }), 'IncorrectDiskStatus', 403);
    });

    it('returns IncorrectDiskStatus while Detaching', () => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      const diskId = anAttachedDisk(ecs, instanceId);
      ecs.detachDisk({ instanceId, diskId });
      expectRefusal(ecs, () => ecs.deleteDisk({ diskId }), 'IncorrectDiskStatus', 403);
    });
  });
});
