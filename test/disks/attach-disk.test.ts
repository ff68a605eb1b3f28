import { describe, expect, it } from 'vitest';
import { findDisk } from '../../src/disks/store.js';
import {
  anAttachedDisk,
  anAvailableDisk,
  aRunningInstance,
  aStoppedInstance,
  aWorld,
  expectRefusal,
  REGION,
  systemDiskOf,
  viewOf,
  ZONE,
} from './helpers.js';

describe('attachDisk', () => {
  describe('when an Available data disk is attached to a Running instance of its zone', () => {
    it('goes Attaching, then In_use after timings.diskAttach', () => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      const diskId = anAvailableDisk(ecs);
      const body = ecs.attachDisk({ instanceId, diskId });
      expect(Object.keys(body)).toEqual(['requestId']);
      expect(viewOf(ecs, diskId)).toMatchObject({
        status: 'Attaching',
        instanceId,
        device: '/dev/xvdb',
        attachedTime: '',
      });
      ecs.clock.advance('PT4S');
      expect(viewOf(ecs, diskId).status).toBe('Attaching');
      const attachedAt = ecs.clock.advance('PT1S');
      expect(viewOf(ecs, diskId)).toMatchObject({
        status: 'In_use',
        instanceId,
        device: '/dev/xvdb',
        attachedTime: attachedAt,
      });
      expect(viewOf(ecs, diskId).attachments.attachment).toEqual([
        { instanceId, device: '/dev/xvdb', attachedTime: attachedAt },
      ]);
    });

    it('is In_use at once with instant timings', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      const diskId = anAvailableDisk(ecs);
      ecs.attachDisk({ instanceId, diskId });
      expect(viewOf(ecs, diskId).status).toBe('In_use');
    });

    it('remembers that the disk was attached, even after it is detached', () => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      const diskId = anAvailableDisk(ecs);
      ecs.attachDisk({ instanceId, diskId });
      expect(findDisk(ecs.state, diskId)?.everAttached).toBe(false);
      ecs.clock.settle();
      expect(findDisk(ecs.state, diskId)?.everAttached).toBe(true);
      ecs.detachDisk({ instanceId, diskId });
      ecs.clock.settle();
      expect(viewOf(ecs, diskId).status).toBe('Available');
      expect(findDisk(ecs.state, diskId)?.everAttached).toBe(true);
    });

    it('gives each further disk the next free device name', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs, {
        dataDisk: [{ category: 'cloud_essd', size: 20 }],
      });
      const second = anAttachedDisk(ecs, instanceId);
      const third = anAttachedDisk(ecs, instanceId);
      expect(viewOf(ecs, second).device).toBe('/dev/xvdc');
      expect(viewOf(ecs, third).device).toBe('/dev/xvdd');
      ecs.detachDisk({ instanceId, diskId: second });
      const fourth = anAttachedDisk(ecs, instanceId);
      expect(viewOf(ecs, fourth).device).toBe('/dev/xvdc');
    });

    it('records deleteWithInstance (default false)', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      const kept = anAvailableDisk(ecs);
      const released = anAvailableDisk(ecs);
      ecs.attachDisk({ instanceId, diskId: kept });
      ecs.attachDisk({ instanceId, diskId: released, deleteWithInstance: true, bootable: false });
      expect(viewOf(ecs, kept).deleteWithInstance).toBe(false);
      expect(viewOf(ecs, released).deleteWithInstance).toBe(true);
    });
  });

  describe('when the instance is Stopped', () => {
    it('attaches the disk', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aStoppedInstance(ecs);
      const diskId = anAvailableDisk(ecs);
      ecs.attachDisk({ instanceId, diskId });
      expect(viewOf(ecs, diskId).status).toBe('In_use');
    });
  });

  describe('when the instance is neither Running nor Stopped', () => {
    it('returns IncorrectInstanceStatus with HTTP 400', () => {
      const ecs = aWorld();
      const diskId = anAvailableDisk(ecs);
      const { instanceIdSets } = ecs.runInstances({
        regionId: REGION,
        zoneId: ZONE,
        imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
        instanceType: 'ecs.g7.large',
      });
      const instanceId = instanceIdSets.instanceIdSet[0] ?? '';
      expectRefusal(
        ecs,
        () => ecs.attachDisk({ instanceId, diskId }),
        'IncorrectInstanceStatus',
        400,
      );
    });
  });

  describe('when the disk or the instance does not exist', () => {
    it('returns InvalidDiskId.NotFound', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      expectRefusal(
        ecs,
        () => ecs.attachDisk({ instanceId, diskId: 'd-bpnotthere000000000' }),
        'InvalidDiskId.NotFound',
        404,
      );
    });

    it('returns InvalidInstanceId.NotFound', () => {
      const ecs = aWorld({ timings: 'instant' });
      const diskId = anAvailableDisk(ecs);
      expectRefusal(
        ecs,
        () => ecs.attachDisk({ instanceId: 'i-bpnotthere000000000', diskId }),
        'InvalidInstanceId.NotFound',
        404,
      );
    });

    it('returns MissingParameter without a disk id', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      expectRefusal(ecs, () => ecs.attachDisk({ instanceId }), 'MissingParameter', 400);
    });
  });

  describe('when the disk is not Available', () => {
    it('returns InvalidDisk.InUse for a disk In_use', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      const other = aRunningInstance(ecs);
      const diskId = anAttachedDisk(ecs, instanceId);
      expectRefusal(
        ecs,
        () => ecs.attachDisk({ instanceId: other, diskId }),
        'InvalidDisk.InUse',
        404,
      );
    });

    it('returns IncorrectDiskStatus for a disk still Creating', () => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40 });
      expectRefusal(ecs, () => ecs.attachDisk({ instanceId, diskId }), 'IncorrectDiskStatus', 403);
    });

    it('returns IncorrectDiskStatus for a disk Attaching', () => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      const diskId = anAvailableDisk(ecs);
      ecs.attachDisk({ instanceId, diskId });
      expectRefusal(ecs, () => ecs.attachDisk({ instanceId, diskId }), 'IncorrectDiskStatus', 403);
    });
  });

  describe('when the disk is a detached system disk', () => {
    it('returns DiskTypeViolation', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aStoppedInstance(ecs);
      const diskId = systemDiskOf(ecs, instanceId);
      ecs.detachDisk({ instanceId, diskId });
      expect(viewOf(ecs, diskId).status).toBe('Available');
      expectRefusal(ecs, () => ecs.attachDisk({ instanceId, diskId }), 'DiskTypeViolation', 403);
    });
  });

  describe('when the disk and the instance are in different zones', () => {
    it('returns ResourcesNotInSameZone', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      const diskId = anAvailableDisk(ecs, { zoneId: 'cn-hangzhou-i' });
      expectRefusal(
        ecs,
        () => ecs.attachDisk({ instanceId, diskId }),
        'ResourcesNotInSameZone',
        403,
      );
    });
  });

  describe('when the instance has its quota of data disks', () => {
    it('returns InstanceDiskLimitExceeded', () => {
      const ecs = aWorld({ timings: 'instant', quotas: { dataDisksPerInstance: 2 } });
      const instanceId = aRunningInstance(ecs, {
        dataDisk: [{ category: 'cloud_essd', size: 20 }],
      });
      anAttachedDisk(ecs, instanceId);
      const diskId = anAvailableDisk(ecs);
      expectRefusal(
        ecs,
        () => ecs.attachDisk({ instanceId, diskId }),
        'InstanceDiskLimitExceeded',
        403,
      );
    });
  });

  describe('when a parameter fake-ecs does not model is set', () => {
    it('returns UnsupportedParameter for bootable: true', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      const diskId = anAvailableDisk(ecs);
      expectRefusal(
        ecs,
        () => ecs.attachDisk({ instanceId, diskId, bootable: true }),
        'UnsupportedParameter',
        400,
      );
    });

    it('returns UnsupportedParameter for device with strictParameters', () => {
      const ecs = aWorld({ timings: 'instant', strictParameters: true });
      const instanceId = aRunningInstance(ecs);
      const diskId = anAvailableDisk(ecs);
      const request = { instanceId, diskId, device: '/dev/xvdz' };
      expectRefusal(ecs, () => ecs.attachDisk(request), 'UnsupportedParameter', 400);
    });
  });
});
