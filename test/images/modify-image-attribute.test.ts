import { describe, expect, it } from 'vitest';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { aWorld, LINUX_IMAGE, REGION } from '../fixtures/world.js';
import { anImage, aServer, type aWorldForImages, snap, withImage } from './helpers.js';

function viewOf(ecs: ReturnType<typeof aWorldForImages>, imageId: string, status = 'ALL') {
  return ecs.describeImages({ regionId: REGION, imageId, status }).images.image[0];
}

describe('modifyImageAttribute', () => {
  it('renames, describes and puts the image in a family', () => {
    const { ecs, imageId } = withImage();
    ecs.modifyImageAttribute({
      regionId: REGION,
      imageId,
      imageName: 'web-v2',
      description: 'the second web image',
      imageFamily: 'web-family',
    });
    expect(must(viewOf(ecs, imageId))).toMatchObject({
      imageName: 'web-v2',
      description: 'the second web image',
      imageFamily: 'web-family',
      status: 'Available',
    });
    // Its own name again is no duplicate.
    ecs.modifyImageAttribute({ regionId: REGION, imageId, imageName: 'web-v2' });
  });

  it('deprecates an image (listed only when asked), which still creates instances, and restores it', () => {
    const { ecs, imageId } = withImage();
    ecs.modifyImageAttribute({ regionId: REGION, imageId, status: 'Deprecated' });
    expect(viewOf(ecs, imageId, 'Available')).toBeUndefined();
    expect(must(viewOf(ecs, imageId, 'Deprecated')).status).toBe('Deprecated');
    const { instanceIdSets } = ecs.runInstances({
      regionId: REGION,
      imageId,
      instanceType: 'ecs.g7.large',
    });
    expect(instanceIdSets.instanceIdSet).toHaveLength(1);
    ecs.modifyImageAttribute({ regionId: REGION, imageId, status: 'Available' });
    expect(must(viewOf(ecs, imageId, 'Available')).status).toBe('Available');
  });

  it.each([
    ['an unknown image', { imageId: 'm-nope' }, 'InvalidImageId.NotFound', 404],
    ['a public image', { imageId: LINUX_IMAGE }, 'InvalidImageId.NotFound', 404],
    ['a malformed name', { imageName: 'aliyun-x' }, 'InvalidImageName.Malformed', 400],
    ['a malformed description', { description: 'http://x' }, 'InvalidDescription.Malformed', 400],
    ['a malformed family', { imageFamily: '9lives' }, 'InvalidImageFamily.Malformed', 400],
    ['a family starting acs:', { imageFamily: 'acs:web' }, 'InvalidImageFamily.Malformed', 400],
    ['an unknown status', { status: 'Gone' }, 'InvalidStatus.ValueNotSupported', 400],
    ['no image id', { imageId: undefined }, 'MissingParameter', 400],
    ['a dry run', { dryRun: true, imageName: 'web-v3' }, 'DryRunOperation', 400],
  ] as const)('refuses %s with %s (%i), changing nothing', (_why, change, code, status) => {
    const { ecs, imageId } = withImage();
    expectRefused(
      ecs,
      () => ecs.modifyImageAttribute({ regionId: REGION, imageId, ...change }),
      code,
      status,
    );
  });

  it('refuses a name another image of the region has (InvalidImageName.Duplicated)', () => {
    const { ecs, imageId, snapshotId } = withImage();
    const other = anImage(ecs, snapshotId);
    const otherName = must(viewOf(ecs, other)).imageName;
    expectRefused(
      ecs,
      () => ecs.modifyImageAttribute({ regionId: REGION, imageId, imageName: otherName }),
      'InvalidImageName.Duplicated',
      400,
    );
  });

  it('refuses a status change while the image is Creating (IncorrectImageStatus)', () => {
    const ecs = aWorld();
    const server = aServer(ecs);
    const snapshotId = snap(ecs, server.systemDiskId);
    const { imageId } = ecs.createImage({ regionId: REGION, snapshotId });
    expectRefused(
      ecs,
      () => ecs.modifyImageAttribute({ regionId: REGION, imageId, status: 'Deprecated' }),
      'IncorrectImageStatus',
      400,
    );
  });
});
