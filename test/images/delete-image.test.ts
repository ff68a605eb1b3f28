import { describe, expect, it } from 'vitest';
import { findImage } from '../../src/images/store.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { REGION } from '../fixtures/world.js';
import { type aWorldForImages, usage, withImage } from './helpers.js';

function launch(ecs: ReturnType<typeof aWorldForImages>, imageId: string): string {
  const { instanceIdSets } = ecs.runInstances({
    regionId: REGION,
    imageId,
    instanceType: 'ecs.g7.large',
  });
  ecs.clock.settle();
  return must(instanceIdSets.instanceIdSet[0]);
}

describe('deleteImage', () => {
  describe('when the image is unused', () => {
    it('removes it and releases its snapshot', () => {
      const { ecs, imageId, snapshotId } = withImage();
      ecs.deleteImage({ regionId: REGION, imageId });
      expect(findImage(ecs.state, imageId)).toBeUndefined();
      expect(usage(ecs, snapshotId)).toBe('none');
    });
  });

  describe('when the snapshot is deleted', () => {
    it('returns SnapshotCreatedImage while the image exists, then deletes after the image', () => {
      const { ecs, imageId, snapshotId } = withImage();
      expectRefused(ecs, () => ecs.deleteSnapshot({ snapshotId }), 'SnapshotCreatedImage', 403);
      expectRefused(
        ecs,
        () => ecs.deleteSnapshot({ snapshotId, force: true }),
        'SnapshotCreatedImage',
      );
      ecs.deleteImage({ regionId: REGION, imageId });
      ecs.deleteSnapshot({ snapshotId });
    });
  });

  describe('when instances run from the image', () => {
    it('returns ImageUsingByInstance and changes nothing', () => {
      const { ecs, imageId } = withImage();
      launch(ecs, imageId);
      expectRefused(
        ecs,
        () => ecs.deleteImage({ regionId: REGION, imageId }),
        'ImageUsingByInstance',
        403,
      );
    });

    it('deletes it with force; the snapshot stays used by the disk', () => {
      const { ecs, imageId, snapshotId } = withImage();
      launch(ecs, imageId);
      expect(usage(ecs, snapshotId)).toBe('image_disk');
      ecs.deleteImage({ regionId: REGION, imageId, force: true });
      expect(usage(ecs, snapshotId)).toBe('disk');
    });

    it('deletes it once those instances are released', () => {
      const { ecs, imageId } = withImage();
      const instanceId = launch(ecs, imageId);
      ecs.deleteInstance({ instanceId, force: true });
      ecs.deleteImage({ regionId: REGION, imageId });
      expect(findImage(ecs.state, imageId)).toBeUndefined();
    });
  });

  describe('when the request is refused', () => {
    it('returns InvalidImageId.NotFound for an unknown id, a public image or another region', () => {
      const { ecs, imageId } = withImage();
      for (const request of [
        { regionId: REGION, imageId: 'm-nope' },
        { regionId: REGION, imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd' },
        { regionId: 'cn-shanghai', imageId },
      ]) {
        expectRefused(ecs, () => ecs.deleteImage(request), 'InvalidImageId.NotFound', 404);
      }
    });

    it('returns MissingParameter without an image id, DryRunOperation for a dry run', () => {
      const { ecs, imageId } = withImage();
      expectRefused(ecs, () => ecs.deleteImage({ regionId: REGION }), 'MissingParameter');
      expectRefused(
        ecs,
        () => ecs.deleteImage({ regionId: REGION, imageId, dryRun: true }),
        'DryRunOperation',
      );
    });
  });
});
