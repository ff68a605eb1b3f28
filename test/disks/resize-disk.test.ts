import { describe, expect, it } from 'vitest';
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

describe('resizeDisk', () => {
  describe('when an Available disk grows', () => {
    it('shows the new size at once', () => {
      const ecs = aWorld();
      const diskId = anAvailableDisk(ecs, { size: 40 });
      const body = ecs.resizeDisk({ diskId, newSize: 100 });
      expect(Object.keys(body).sort()).toEqual(['orderId', 'requestId']);
      expect(viewOf(ecs, diskId)).toMatchObject({ size: 100, status: 'Available' });
    });
  });

  describe('when an In_use disk grows', () => {
    it.each(['offline', 'online'])('resizes it on a Running instance (%s)', (type) => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aRunningInstance(ecs);
      const diskId = anAttachedDisk(ecs, instanceId, { diskCategory: 'cloud_essd', size: 100 });
      ecs.resizeDisk({ diskId, newSize: 65536, type });
      expect(viewOf(ecs, diskId)).toMatchObject({ size: 65536, status: 'In_use' });
    });

    it('resizes a system disk on a Stopped instance', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aStoppedInstance(ecs);
      const diskId = systemDiskOf(ecs, instanceId);
      ecs.resizeDisk({ diskId, newSize: 2048 });
      expect(viewOf(ecs, diskId).size).toBe(2048);
    });
  });

  describe('when the same clientToken is sent again', () => {
    it('answers the retry without resizing again and refuses other parameters', () => {
      const ecs = aWorld();
      const diskId = anAvailableDisk(ecs, { size: 40 });
      ecs.resizeDisk({ diskId, newSize: 50, clientToken: 'grow' });
      ecs.resizeDisk({ diskId, newSize: 50, clientToken: 'grow' });
      expect(viewOf(ecs, diskId).size).toBe(50);
      expectRefusal(
        ecs,
        () => ecs.resizeDisk({ diskId, newSize: 60, clientToken: 'grow' }),
        'IdempotentParameterMismatch',
        403,
      );
    });
  });

  describe('when the new size is not allowed', () => {
    it.each([40, 30, 2001])(
      'returns InvalidDataDiskSize.ValueNotSupported for %i GiB on a 40 GiB basic disk',
      (newSize) => {
        const ecs = aWorld();
        const diskId = anAvailableDisk(ecs, { size: 40 });
        expectRefusal(
          ecs,
          () => ecs.resizeDisk({ diskId, newSize }),
          'InvalidDataDiskSize.ValueNotSupported',
          400,
        );
      },
    );

    it('returns InvalidSystemDiskSize.ValueNotSupported beyond 2,048 GiB for a system disk', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aStoppedInstance(ecs);
      const diskId = systemDiskOf(ecs, instanceId);
      expectRefusal(
        ecs,
        () => ecs.resizeDisk({ diskId, newSize: 2049 }),
        'InvalidSystemDiskSize.ValueNotSupported',
        400,
      );
    });

    it('returns InvalidParameter for an unknown resize type', () => {
      const ecs = aWorld();
      const diskId = anAvailableDisk(ecs);
      expectRefusal(
        ecs,
        () => ecs.resizeDisk({ diskId, newSize: 100, type: 'sideways' }),
        'InvalidParameter',
        400,
      );
    });

    it('returns MissingParameter without a new size', () => {
      const ecs = aWorld();
      const diskId = anAvailableDisk(ecs);
      expectRefusal(ecs, () => ecs.resizeDisk({ diskId }), 'MissingParameter', 400);
    });
  });

  describe('when the disk or its instance is in the wrong status', () => {
    it('returns IncorrectDiskStatus while the disk is Creating', () => {
      const ecs = aWorld();
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40 });
      expectRefusal(
        ecs,
        () => ecs.resizeDisk({ diskId, newSize: 100 }),
        'IncorrectDiskStatus',
        403,
      );
    });

    it('returns IncorrectInstanceStatus while the instance is Stopping', () => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      const diskId = anAttachedDisk(ecs, instanceId);
      ecs.stopInstance({ instanceId });
      expectRefusal(
        ecs,
        () => ecs.resizeDisk({ diskId, newSize: 100 }),
        'IncorrectInstanceStatus',
        403,
      );
    });
  });

  describe('when the disk does not exist', () => {
    it('returns InvalidDiskId.NotFound', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.resizeDisk({ diskId: 'd-bpnotthere000000000', newSize: 100 }),
        'InvalidDiskId.NotFound',
        404,
      );
    });
  });
});
