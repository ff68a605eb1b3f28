import { describe, expect, it } from 'vitest';
import {
  anAttachedDisk,
  anAvailableDisk,
  aRunningInstance,
  aStoppedInstance,
  aWorld,
  expectRefusal,
  systemDiskOf,
  viewOf,
} from './helpers.js';

describe('detachDisk', () => {
  describe('when an In_use data disk is detached from its Running instance', () => {
    it('goes Detaching, then Available after timings.diskDetach', () => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      const diskId = anAttachedDisk(ecs, instanceId);
      const body = ecs.detachDisk({ instanceId, diskId });
      expect(Object.keys(body)).toEqual(['requestId']);
      expect(viewOf(ecs, diskId)).toMatchObject({
        status: 'Detaching',
        instanceId,
        device: '/dev/xvdb',
      });
      ecs.clock.advance('PT9S');
      expect(viewOf(ecs, diskId).status).toBe('Detaching');
      const detachedAt = ecs.clock.advance('PT1S');
      expect(viewOf(ecs, diskId)).toMatchObject({
        status: 'Available',
        instanceId: '',
        device: '',
        detachedTime: detachedAt,
      });
      expect(viewOf(ecs, diskId).attachments.attachment).toEqual([]);
    });

    it('is Available at once with instant timings', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      const diskId = anAttachedDisk(ecs, instanceId);
      ecs.detachDisk({ instanceId, diskId });
      expect(viewOf(ecs, diskId).status).toBe('Available');
    });

    it('records deleteWithInstance on the detached disk (default false)', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      const plain = anAttachedDisk(ecs, instanceId);
      const flagged = anAttachedDisk(ecs, instanceId);
      ecs.modifyDiskAttribute({ diskIds: [plain, flagged], deleteWithInstance: true });
      ecs.detachDisk({ instanceId, diskId: plain });
      ecs.detachDisk({ instanceId, diskId: flagged, deleteWithInstance: true });
      expect(viewOf(ecs, plain).deleteWithInstance).toBe(false);
      expect(viewOf(ecs, flagged).deleteWithInstance).toBe(true);
    });
  });

  describe('when the instance is Stopped', () => {
    it('detaches a data disk', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aStoppedInstance(ecs);
      const diskId = anAttachedDisk(ecs, instanceId);
      ecs.detachDisk({ instanceId, diskId });
      expect(viewOf(ecs, diskId).status).toBe('Available');
    });

    it('detaches the system disk', () => {
      const ecs = aWorld();
      const instanceId = aStoppedInstance(ecs);
      const diskId = systemDiskOf(ecs, instanceId);
      ecs.detachDisk({ instanceId, diskId });
      expect(viewOf(ecs, diskId).status).toBe('Detaching');
      ecs.clock.settle();
      expect(viewOf(ecs, diskId)).toMatchObject({
        status: 'Available',
        type: 'system',
        instanceId: '',
      });
    });
  });

  describe('when the system disk is detached from a Running instance', () => {
    it('returns IncorrectInstanceStatus', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      const diskId = systemDiskOf(ecs, instanceId);
      expectRefusal(
        ecs,
        () => ecs.detachDisk({ instanceId, diskId }),
        'IncorrectInstanceStatus',
        403,
      );
    });
  });

  describe('when a data disk is detached from an instance that is Stopping', () => {
    it('returns IncorrectInstanceStatus', () => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      const diskId = anAttachedDisk(ecs, instanceId);
      ecs.stopInstance({ instanceId });
      expectRefusal(
        ecs,
        () => ecs.detachDisk({ instanceId, diskId }),
        'IncorrectInstanceStatus',
        403,
      );
    });
  });

  describe('when the disk is not attached to that instance', () => {
    it('returns InvalidDisk.AlreadyDetached for an Available disk', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      const diskId = anAvailableDisk(ecs);
      expectRefusal(
        ecs,
        () => ecs.detachDisk({ instanceId, diskId }),
        'InvalidDisk.AlreadyDetached',
        404,
      );
    });

    it('returns DependencyViolation for a disk attached to another instance', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      const other = aRunningInstance(ecs);
      const diskId = anAttachedDisk(ecs, other);
      expectRefusal(ecs, () => ecs.detachDisk({ instanceId, diskId }), 'DependencyViolation', 403);
    });
  });

  describe('when the disk is in a transient status', () => {
    it('returns IncorrectDiskStatus for a disk still Attaching', () => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      const diskId = anAvailableDisk(ecs);
      ecs.attachDisk({ instanceId, diskId });
      expectRefusal(ecs, () => ecs.detachDisk({ instanceId, diskId }), 'IncorrectDiskStatus', 403);
    });

    it('returns IncorrectDiskStatus for a disk already Detaching', () => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      const diskId = anAttachedDisk(ecs, instanceId);
      ecs.detachDisk({ instanceId, diskId });
      expectRefusal(ecs, () => ecs.detachDisk({ instanceId, diskId }), 'IncorrectDiskStatus', 403);
    });
  });

  describe('when the disk is not portable', () => {
    it('returns DiskNotPortable for a basic (cloud) system disk', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aStoppedInstance(ecs, { systemDisk: { category: 'cloud', size: 40 } });
      const diskId = systemDiskOf(ecs, instanceId);
      expect(viewOf(ecs, diskId).portable).toBe(false);
      expectRefusal(ecs, () => ecs.detachDisk({ instanceId, diskId }), 'DiskNotPortable', 403);
    });
  });

  describe('when the disk or the instance does not exist', () => {
    it('returns InvalidDiskId.NotFound', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      expectRefusal(
        ecs,
        () => ecs.detachDisk({ instanceId, diskId: 'd-bpnotthere000000000' }),
        'InvalidDiskId.NotFound',
        404,
      );
    });

    it('returns InvalidInstanceId.NotFound', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      const diskId = anAttachedDisk(ecs, instanceId);
      expectRefusal(
        ecs,
        () => ecs.detachDisk({ instanceId: 'i-bpnotthere000000000', diskId }),
        'InvalidInstanceId.NotFound',
        404,
      );
    });

    it('returns MissingParameter without an instance id', () => {
      const ecs = aWorld({ timings: 'instant' });
      const diskId = anAvailableDisk(ecs);
      expectRefusal(ecs, () => ecs.detachDisk({ diskId }), 'MissingParameter', 400);
    });
  });
});
