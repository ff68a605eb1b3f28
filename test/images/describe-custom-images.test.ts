import { describe, expect, it } from 'vitest';
import { PUBLIC_IMAGES } from '../../src/index.js';
import { aWorld, REGION } from '../fixtures/world.js';
import { anImage, aServer, aWorldForImages, snap } from './helpers.js';

function twoImages() {
  const ecs = aWorldForImages();
  const { systemDiskId, dataDiskId } = aServer(ecs);
  const system = snap(ecs, systemDiskId);
  const data = snap(ecs, dataDiskId);
  const first = anImage(ecs, system, 'first');
  const { imageId: second } = ecs.createImage({
    regionId: REGION,
    imageName: 'second',
    description: 'with data',
    tag: [{ key: 'env', value: 'prod' }],
    diskDeviceMapping: [{ snapshotId: system }, { snapshotId: data }],
  });
  ecs.clock.settle();
  return { ecs, system, data, first, second };
}

const ids = (ecs: ReturnType<typeof aWorld>, request: object) =>
  ecs.describeImages({ regionId: REGION, ...request }).images.image.map((i) => i.imageId);

describe('describeImages', () => {
  describe('when custom images exist', () => {
    it('lists them as self with their disks, after the public catalogue', () => {
      const { ecs, system, data, first, second } = twoImages();
      const body = ecs.describeImages({ regionId: REGION, imageOwnerAlias: 'self' });
      expect(body.totalCount).toBe(2);
      expect(body.images.image.map((i) => i.imageId)).toEqual([first, second]);
      expect(body.images.image[1]).toMatchObject({
        imageName: 'second',
        description: 'with data',
        imageOwnerAlias: 'self',
        status: 'Available',
        progress: '100%',
        size: 40,
        OSType: 'linux',
        usage: 'none',
        tags: { tag: [{ tagKey: 'env', tagValue: 'prod' }] },
        diskDeviceMappings: {
          diskDeviceMapping: [
            { device: '/dev/xvda', type: 'system', snapshotId: system, size: '40' },
            { device: '/dev/xvdb', type: 'data', snapshotId: data, size: '20' },
          ],
        },
      });
      expect(ids(ecs, {})).toEqual([...PUBLIC_IMAGES.map((i) => i.imageId), first, second]);
    });

    it('filters by id, name, snapshot and status', () => {
      const { ecs, data, first, second } = twoImages();
      expect(ids(ecs, { imageId: second })).toEqual([second]);
      expect(ids(ecs, { imageName: 'first' })).toEqual([first]);
      expect(ids(ecs, { snapshotId: data })).toEqual([second]);
      expect(ids(ecs, { imageOwnerAlias: 'self', status: 'Creating' })).toEqual([]);
      expect(ids(ecs, { imageOwnerAlias: 'system', imageName: 'first' })).toEqual([]);
    });

    it('pages across the public catalogue and the custom images', () => {
      const { ecs, first, second } = twoImages();
      const page = ecs.describeImages({ regionId: REGION, pageSize: 2, pageNumber: 2 });
      expect(page.totalCount).toBe(PUBLIC_IMAGES.length + 2);
      expect(page.images.image.map((i) => i.imageId)).toEqual([PUBLIC_IMAGES[2]?.imageId, first]);
      expect(ids(ecs, { pageSize: 2, pageNumber: 3 })).toEqual([second]);
    });

    it('shows a Creating image only when asked for its status', () => {
      const ecs = aWorld({ blockSize: 4096, timings: { snapshotStartup: 0 } });
      const { systemDiskId } = aServer(ecs);
      const snapshotId = snap(ecs, systemDiskId);
      const { imageId } = ecs.createImage({ regionId: REGION, snapshotId });
      expect(ids(ecs, { imageOwnerAlias: 'self' })).toEqual([]);
      const [view] = ecs.describeImages({
        regionId: REGION,
        imageOwnerAlias: 'self',
        status: 'Creating,Available',
      }).images.image;
      expect(view).toMatchObject({ imageId, status: 'Creating', progress: '0%' });
      expect(ids(ecs, { status: 'ALL', imageOwnerAlias: 'self' })).toEqual([imageId]);
    });

    it('reports usage instance once an instance runs from it', () => {
      const { ecs, first } = twoImages();
      ecs.runInstances({ regionId: REGION, imageId: first, instanceType: 'ecs.g7.large' });
      const [view] = ecs.describeImages({ regionId: REGION, imageId: first }).images.image;
      expect(view?.usage).toBe('instance');
    });

    it('keeps them to their region', () => {
      const { ecs } = twoImages();
      expect(ids(ecs, { regionId: 'cn-shanghai', imageOwnerAlias: 'self' })).toEqual([]);
    });
  });

  describe('when the status filter is unknown', () => {
    it('returns InvalidParameter', () => {
      const ecs = aWorld();
      expect(() => ecs.describeImages({ regionId: REGION, status: 'Broken' })).toThrow(
        /InvalidParameter/,
      );
    });
  });
});
