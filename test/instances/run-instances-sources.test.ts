import { describe, expect, it } from 'vitest';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { aRunRequest, aWorld, disksOf, REGION } from '../fixtures/world.js';
import {
  anImage,
  aServer,
  aWorldForImages,
  readText,
  snap,
  usage,
  writeText,
} from '../images/helpers.js';

function launch(ecs: ReturnType<typeof aWorld>, request: Parameters<typeof aRunRequest>[0]) {
  const id = must(ecs.runInstances(aRunRequest(request)).instanceIdSets.instanceIdSet[0]);
  ecs.clock.settle();
  return id;
}

describe('runInstances', () => {
  describe('when a data disk names a snapshot', () => {
    it('reads back the snapshot, keeps sourceSnapshotId and marks the snapshot used', () => {
      const ecs = aWorldForImages();
      const { dataDiskId } = aServer(ecs);
      writeText(ecs, dataDiskId, 'payload');
      const snapshotId = snap(ecs, dataDiskId);
      const id = launch(ecs, { dataDisk: [{ snapshotId }] });
      const disk = must(disksOf(ecs, id)[1]);
      expect(disk).toMatchObject({ sourceSnapshotId: snapshotId, size: 20, type: 'data' });
      expect(readText(ecs, disk.diskId, 7)).toBe('payload');
      expect(usage(ecs, snapshotId)).toBe('disk');
    });

    it('takes a larger size, and the disk diverges from the snapshot on write', () => {
      const ecs = aWorldForImages();
      const { dataDiskId } = aServer(ecs);
      writeText(ecs, dataDiskId, 'payload');
      const snapshotId = snap(ecs, dataDiskId);
      const id = launch(ecs, { dataDisk: [{ snapshotId, size: 50 }] });
      const disk = must(disksOf(ecs, id)[1]);
      expect(disk.size).toBe(50);
      writeText(ecs, disk.diskId, 'PAY');
      expect(readText(ecs, disk.diskId, 7)).toBe('PAYload');
      expect(readText(ecs, dataDiskId, 7)).toBe('payload');
    });

    it.each<[string, object, string, number]>([
      ['an unknown snapshot', { snapshotId: 's-nope' }, 'InvalidSnapshotId.NotFound', 404],
      ['a size below the snapshot', { size: 10 }, 'InvalidDataDiskSize.ValueNotSupported', 400],
    ])('returns the error for %s and changes nothing', (_what, disk, code, status) => {
      const ecs = aWorldForImages();
      const { dataDiskId } = aServer(ecs);
      const snapshotId = snap(ecs, dataDiskId);
      expectRefused(
        ecs,
        () => ecs.runInstances(aRunRequest({ dataDisk: [{ snapshotId, ...disk }] })),
        code as Parameters<typeof expectRefused>[2],
        status,
      );
    });

    it('returns InvalidSnapshotId.NotReady for a progressing non-ESSD snapshot', () => {
      const ecs = aWorld({ blockSize: 4096 });
      const instanceId = launch(ecs, { dataDisk: [{ category: 'cloud_efficiency', size: 20 }] });
      const efficiency = must(disksOf(ecs, instanceId)[1]).diskId;
      writeText(ecs, efficiency, 'x');
      const { snapshotId } = ecs.createSnapshot({ diskId: efficiency });
      expectRefused(
        ecs,
        () => ecs.runInstances(aRunRequest({ dataDisk: [{ snapshotId }] })),
        'InvalidSnapshotId.NotReady',
        403,
      );
    });
  });

  describe('when the image is a custom image', () => {
    it('builds system and data disks from its snapshots, with its OS', () => {
      const ecs = aWorldForImages();
      const { systemDiskId, dataDiskId } = aServer(ecs);
      writeText(ecs, systemDiskId, 'my-os');
      writeText(ecs, dataDiskId, 'my-data');
      const system = snap(ecs, systemDiskId);
      const data = snap(ecs, dataDiskId);
      const { imageId } = ecs.createImage({
        regionId: REGION,
        diskDeviceMapping: [{ snapshotId: system, size: 60 }, { snapshotId: data }],
      });
      ecs.clock.settle();
      const id = launch(ecs, { imageId, dataDisk: [{ size: 30 }] });
      const [sys, fromImage, extra] = disksOf(ecs, id);
      expect(sys).toMatchObject({
        imageId,
        size: 60,
        sourceSnapshotId: system,
        device: '/dev/xvda',
      });
      expect(fromImage).toMatchObject({ size: 20, sourceSnapshotId: data, device: '/dev/xvdb' });
      expect(extra).toMatchObject({ size: 30, sourceSnapshotId: null, device: '/dev/xvdc' });
      expect(readText(ecs, must(sys).diskId, 5)).toBe('my-os');
      expect(readText(ecs, must(fromImage).diskId, 7)).toBe('my-data');
      const [view] = ecs.describeInstances({ regionId: REGION, instanceIds: JSON.stringify([id]) })
        .instances.instance;
      expect(view).toMatchObject({ imageId, OSType: 'linux' });
      expect([usage(ecs, system), usage(ecs, data)]).toEqual(['image_disk', 'image_disk']);
    });

    it('returns InvalidSystemDiskSize.LessThanImageSize for a smaller system disk', () => {
      const ecs = aWorldForImages();
      const imageId = anImage(ecs, snap(ecs, aServer(ecs).systemDiskId));
      expectRefused(
        ecs,
        () => ecs.runInstances(aRunRequest({ imageId, systemDisk: { size: 30 } })),
        'InvalidSystemDiskSize.LessThanImageSize',
      );
    });

    it('returns IncorrectImageStatus while the image is Creating', () => {
      const ecs = aWorld({ blockSize: 4096, timings: { snapshotStartup: 0 } });
      const snapshotId = snap(ecs, aServer(ecs).systemDiskId);
      const { imageId } = ecs.createImage({ regionId: REGION, snapshotId });
      expectRefused(
        ecs,
        () => ecs.runInstances(aRunRequest({ imageId })),
        'IncorrectImageStatus',
        400,
      );
    });

    it('returns InvalidImageId.NotFound in another region', () => {
      const ecs = aWorldForImages();
      const imageId = anImage(ecs, snap(ecs, aServer(ecs).systemDiskId));
      expectRefused(
        ecs,
        () => ecs.runInstances(aRunRequest({ regionId: 'cn-shanghai', imageId })),
        'InvalidImageId.NotFound',
        404,
      );
    });
  });
});
