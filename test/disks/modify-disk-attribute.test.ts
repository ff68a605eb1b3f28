import { describe, expect, it } from 'vitest';
import {
  anAvailableDisk,
  aStoppedInstance,
  aWorld,
  expectRefusal,
  systemDiskOf,
  viewOf,
} from './helpers.js';

describe('modifyDiskAttribute', () => {
  describe('when attributes of one disk change', () => {
    it('changes only what the request sets', () => {
      const ecs = aWorld();
      const diskId = anAvailableDisk(ecs, { diskName: 'old-name', description: 'old description' });
      const body = ecs.modifyDiskAttribute({ diskId, diskName: 'new-name' });
      expect(Object.keys(body)).toEqual(['requestId']);
      expect(viewOf(ecs, diskId)).toMatchObject({
        diskName: 'new-name',
        description: 'old description',
      });
    });

    it('changes the description and every flag', () => {
      const ecs = aWorld();
      const diskId = anAvailableDisk(ecs);
      ecs.modifyDiskAttribute({
        diskId,
        description: 'logs of the app',
        deleteWithInstance: true,
        deleteAutoSnapshot: false,
        enableAutoSnapshot: false,
      });
      expect(viewOf(ecs, diskId)).toMatchObject({
        description: 'logs of the app',
        deleteWithInstance: true,
        deleteAutoSnapshot: false,
        enableAutoSnapshot: false,
      });
    });
  });

  describe('when several disks are named with diskIds', () => {
    it('changes all of them', () => {
      const ecs = aWorld();
      const first = anAvailableDisk(ecs);
      const second = anAvailableDisk(ecs);
      ecs.modifyDiskAttribute({
        diskIds: [first, second],
        regionId: 'cn-hangzhou',
        deleteWithInstance: true,
      });
      expect(viewOf(ecs, first).deleteWithInstance).toBe(true);
      expect(viewOf(ecs, second).deleteWithInstance).toBe(true);
    });

    it('changes none of them when one does not exist', () => {
      const ecs = aWorld();
      const first = anAvailableDisk(ecs);
      expectRefusal(
        ecs,
        () =>
          ecs.modifyDiskAttribute({
            diskIds: [first, 'd-bpnotthere000000000'],
            diskName: 'renamed',
          }),
        'InvalidDiskId.NotFound',
        404,
      );
      expect(viewOf(ecs, first).diskName).toBe('');
    });

    it('returns InvalidDiskId.NotFound for a disk of another region', () => {
      const ecs = aWorld();
      const diskId = anAvailableDisk(ecs);
      expectRefusal(
        ecs,
        () =>
          ecs.modifyDiskAttribute({
            diskIds: [diskId],
            regionId: 'cn-shanghai',
            diskName: 'renamed',
          }),
        'InvalidDiskId.NotFound',
        404,
      );
    });
  });

  describe('when the request names no disk, or two ways', () => {
    it('returns MissingParameter without diskId or diskIds', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.modifyDiskAttribute({ diskName: 'renamed' }),
        'MissingParameter',
        400,
      );
    });

    it('returns InvalidParameter with both diskId and diskIds', () => {
      const ecs = aWorld();
      const diskId = anAvailableDisk(ecs);
      expectRefusal(
        ecs,
        () => ecs.modifyDiskAttribute({ diskId, diskIds: [diskId], diskName: 'renamed' }),
        'InvalidParameter',
        400,
      );
    });

    it('returns InvalidRegionId.NotFound for an unknown region', () => {
      const ecs = aWorld();
      const diskId = anAvailableDisk(ecs);
      expectRefusal(
        ecs,
        () =>
          ecs.modifyDiskAttribute({ diskIds: [diskId], regionId: 'mars-1', diskName: 'renamed' }),
        'InvalidRegionId.NotFound',
        404,
      );
    });
  });

  describe('when nothing is to change', () => {
    it('returns NoAttributeToModify', () => {
      const ecs = aWorld();
      const diskId = anAvailableDisk(ecs);
      expectRefusal(ecs, () => ecs.modifyDiskAttribute({ diskId }), 'NoAttributeToModify', 400);
    });
  });

  describe('when a value is malformed', () => {
    it('returns InvalidDiskName.Malformed', () => {
      const ecs = aWorld();
      const diskId = anAvailableDisk(ecs);
      expectRefusal(
        ecs,
        () => ecs.modifyDiskAttribute({ diskId, diskName: '9lives' }),
        'InvalidDiskName.Malformed',
        400,
      );
    });

    it('returns InvalidDescription.Malformed', () => {
      const ecs = aWorld();
      const diskId = anAvailableDisk(ecs);
      expectRefusal(
        ecs,
        () => ecs.modifyDiskAttribute({ diskId, description: 'http://x.example' }),
        'InvalidDescription.Malformed',
        400,
      );
    });
  });

  describe('when a non-portable disk would outlive its instance', () => {
    it('returns DiskNotPortable for deleteWithInstance: false', () => {
      const ecs = aWorld({ timings: 'instant' });
      const instanceId = aStoppedInstance(ecs, { systemDisk: { category: 'cloud', size: 40 } });
      const diskId = systemDiskOf(ecs, instanceId);
      expectRefusal(
        ecs,
        () => ecs.modifyDiskAttribute({ diskId, deleteWithInstance: false }),
        'DiskNotPortable',
        403,
      );
    });
  });

  describe('when the disk does not exist', () => {
    it('returns InvalidDiskId.NotFound', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.modifyDiskAttribute({ diskId: 'd-bpnotthere000000000', diskName: 'renamed' }),
        'InvalidDiskId.NotFound',
        404,
      );
    });
  });

  describe('when a parameter fake-ecs does not model is set', () => {
    it('returns UnsupportedParameter for burstingEnabled with strictParameters', () => {
      const ecs = aWorld({ strictParameters: true });
      const diskId = anAvailableDisk(ecs);
      const request = { diskId, burstingEnabled: true };
      expectRefusal(ecs, () => ecs.modifyDiskAttribute(request), 'UnsupportedParameter', 400);
    });
  });
});
