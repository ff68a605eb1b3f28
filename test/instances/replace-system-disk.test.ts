import { describe, expect, it } from 'vitest';
import { findDisk } from '../../src/disks/store.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import {
  aRunningInstance,
  aWorld,
  disksOf,
  instanceIn,
  REGION,
  WINDOWS_IMAGE,
} from '../fixtures/world.js';
import {
  anImage,
  aServer,
  aWorldForImages,
  readText,
  snap,
  usage,
  writeText,
} from '../images/helpers.js';

const UBUNTU = 'ubuntu_22_04_x64_20G_alibase_20240508.vhd';

function stoppedServer() {
  const ecs = aWorldForImages();
  const server = aServer(ecs);
  writeText(ecs, server.systemDiskId, 'old-os');
  const snapshotId = snap(ecs, server.systemDiskId);
  ecs.stopInstance({ instanceId: server.instanceId });
  ecs.clock.settle();
  return { ecs, ...server, snapshotId };
}

describe('replaceSystemDisk', () => {
  describe('when the instance is Stopped', () => {
    it('attaches a new system disk with a new id and releases the old one', () => {
      const { ecs, instanceId, systemDiskId, dataDiskId } = stoppedServer();
      const { diskId } = ecs.replaceSystemDisk({ instanceId, imageId: WINDOWS_IMAGE });
      ecs.clock.settle();
      expect(diskId).not.toBe(systemDiskId);
      expect(findDisk(ecs.state, systemDiskId)).toBeUndefined();
      expect(disksOf(ecs, instanceId).map((d) => d.diskId)).toEqual([dataDiskId, diskId]);
      expect(must(findDisk(ecs.state, diskId))).toMatchObject({
        type: 'system',
        status: 'In_use',
        device: '/dev/xvda',
        imageId: WINDOWS_IMAGE,
        size: 40,
        category: 'cloud_essd',
      });
      expect(instanceIn(ecs, instanceId)).toMatchObject({
        imageId: WINDOWS_IMAGE,
        osType: 'windows',
        systemDiskId: diskId,
      });
    });

    it('takes the requested size', () => {
      const { ecs, instanceId } = stoppedServer();
      const { diskId } = ecs.replaceSystemDisk({
        instanceId,
        imageId: UBUNTU,
        systemDisk: { size: 80 },
      });
      expect(must(findDisk(ecs.state, diskId)).size).toBe(80);
    });

    it('keeps the old disk snapshots, usable for new disks and images', () => {
      const { ecs, instanceId, snapshotId } = stoppedServer();
      ecs.replaceSystemDisk({ instanceId, imageId: UBUNTU });
      ecs.clock.settle();
      const imageId = anImage(ecs, snapshotId);
      const id = aRunningInstance(ecs, { imageId });
      expect(readText(ecs, must(disksOf(ecs, id)[0]).diskId, 6)).toBe('old-os');
    });

    it('can install a custom image; its snapshot is then used by a disk', () => {
      const { ecs, instanceId, snapshotId } = stoppedServer();
      const imageId = anImage(ecs, snapshotId);
      const { diskId } = ecs.replaceSystemDisk({ instanceId, imageId });
      ecs.clock.settle();
      expect(must(findDisk(ecs.state, diskId)).sourceSnapshotId).toBe(snapshotId);
      expect(usage(ecs, snapshotId)).toBe('image_disk');
      ecs.startInstance({ instanceId });
      ecs.clock.settle();
      expect(readText(ecs, diskId, 6)).toBe('old-os');
    });

    it("replaces only the system disk of a custom image with data disks: the image's data disks are neither made nor counted against the quota", () => {
      const ecs = aWorld({ timings: 'instant', quotas: { dataDisksPerInstance: 1 } });
      const instanceId = aRunningInstance(ecs, {
        dataDisk: [{ category: 'cloud_essd', size: 20 }],
      });
      const [system, data] = disksOf(ecs, instanceId).map((d) => d.diskId);
      const { snapshotId } = ecs.createSnapshot({ diskId: must(system) });
      const { imageId } = ecs.createImage({
        regionId: REGION,
        diskDeviceMapping: [{ snapshotId }, { size: 20 }, { size: 20 }],
      });
      ecs.stopInstance({ instanceId });
      const { diskId } = ecs.replaceSystemDisk({ instanceId, imageId });
      expect(disksOf(ecs, instanceId).map((d) => d.diskId)).toEqual([data, diskId]);
    });
  });

  describe('when the request is refused', () => {
    it.each(['Running'] as const)('returns IncorrectInstanceStatus on a %s instance', () => {
      const ecs = aWorldForImages();
      const { instanceId } = aServer(ecs);
      expectRefused(
        ecs,
        () => ecs.replaceSystemDisk({ instanceId, imageId: UBUNTU }),
        'IncorrectInstanceStatus',
        403,
      );
    });

    it.each<[string, object, string, number]>([
      ['an unknown instance', { instanceId: 'i-nope' }, 'InvalidInstanceId.NotFound', 404],
      ['an unknown image', { imageId: 'm-nope' }, 'InvalidImageId.NotFound', 404],
      ['no image', { imageId: undefined }, 'MissingParameter', 400],
      [
        'a size below the image',
        { imageId: WINDOWS_IMAGE, systemDisk: { size: 30 } },
        'InvalidSystemDiskSize.LessThanImageSize',
        404,
      ],
      ['a documented parameter of the wrong type', { encrypted: 'yes' }, 'InvalidParameter', 400],
    ])('returns the error for %s', (_what, overrides, code, status) => {
      const { ecs, instanceId } = stoppedServer();
      expectRefused(
        ecs,
        () => ecs.replaceSystemDisk({ instanceId, imageId: UBUNTU, ...overrides }),
        code as Parameters<typeof expectRefused>[2],
        status,
      );
    });

    it('returns IncorrectImageStatus for a Creating custom image', () => {
      const ecs = aWorld({ blockSize: 4096, timings: { snapshotStartup: 0, imageCreate: 60 } });
      const { instanceId, systemDiskId } = aServer(ecs);
      const snapshotId = snap(ecs, systemDiskId);
      ecs.stopInstance({ instanceId });
      ecs.clock.advance(ecs.state.world.timings.instanceStop * 1000);
      const { imageId } = ecs.createImage({ regionId: REGION, snapshotId });
      expectRefused(
        ecs,
        () => ecs.replaceSystemDisk({ instanceId, imageId }),
        'IncorrectImageStatus',
        400,
      );
    });
  });
});
