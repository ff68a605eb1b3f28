import { describe, expect, it } from 'vitest';
import { type DescribeImagesRequest, PUBLIC_IMAGES } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { aWorld, LINUX_IMAGE, REGION, WINDOWS_IMAGE } from '../fixtures/world.js';

function imageIds(request: DescribeImagesRequest): string[] {
  return aWorld()
    .describeImages({ regionId: REGION, ...request })
    .images.image.map((i) => i.imageId);
}

describe('describeImages', () => {
  describe('when asking for system images', () => {
    it('serves the public catalogue with sizes', () => {
      const body = aWorld().describeImages({ regionId: REGION, imageOwnerAlias: 'system' });
      expect(body).toMatchObject({
        regionId: REGION,
        totalCount: PUBLIC_IMAGES.length,
        pageNumber: 1,
        pageSize: 10,
      });
      expect(body.images.image.map((i) => [i.imageId, i.size])).toEqual(
        PUBLIC_IMAGES.map((i) => [i.imageId, i.size]),
      );
      expect(body.images.image.map((i) => i.OSName)).toEqual([
        'Alibaba Cloud Linux 3.2104 LTS 64 bit',
        'Ubuntu 22.04 64 bit',
        'Windows Server 2022 Datacenter 64 bit (English)',
      ]);
    });

    it('renders an image with the SDK field names', () => {
      const [first] = aWorld().describeImages({ regionId: REGION, imageId: LINUX_IMAGE }).images
        .image;
      expect(first).toMatchObject({
        imageId: LINUX_IMAGE,
        imageName: LINUX_IMAGE,
        OSName: 'Alibaba Cloud Linux 3.2104 LTS 64 bit',
        OSType: 'linux',
        platform: 'Aliyun',
        architecture: 'x86_64',
        size: 20,
        imageOwnerAlias: 'system',
        status: 'Available',
        progress: '100%',
        usage: 'instance',
        creationTime: '2024-05-28T00:00:00Z',
        description: '',
        usable: true,
        isPublic: true,
        OSNameEn: 'Alibaba Cloud Linux 3.2104 LTS 64 bit',
        diskDeviceMappings: {
          diskDeviceMapping: [
            expect.objectContaining({
              device: '/dev/xvda',
              type: 'system',
              size: '20',
              snapshotId: '',
            }),
          ],
        },
        tags: { tag: [] },
      });
    });
  });

  describe('when asking for images the fake does not have', () => {
    it.each(['self', 'others', 'marketplace'])('serves nothing for %s', (imageOwnerAlias) => {
      expect(imageIds({ imageOwnerAlias })).toEqual([]);
    });
  });

  describe('when filtering', () => {
    it('filters by OS type, architecture, name and comma-separated ids', () => {
      expect(imageIds({ OSType: 'windows' })).toEqual([WINDOWS_IMAGE]);
      expect(imageIds({ architecture: 'arm64' })).toEqual([]);
      expect(imageIds({ imageName: LINUX_IMAGE })).toEqual([LINUX_IMAGE]);
      expect(imageIds({ imageId: `${WINDOWS_IMAGE}, ${LINUX_IMAGE}` })).toEqual([
        LINUX_IMAGE,
        WINDOWS_IMAGE,
      ]);
    });
  });

  describe('when paging', () => {
    it('serves the requested page', () => {
      const body = aWorld().describeImages({ regionId: REGION, pageSize: 2, pageNumber: 2 });
      expect(body.images.image.map((i) => i.imageId)).toEqual([WINDOWS_IMAGE]);
      expect(body).toMatchObject({ totalCount: 3, pageNumber: 2, pageSize: 2 });
    });
  });

  describe('when a parameter is invalid', () => {
    it.each<[string, DescribeImagesRequest]>([
      ['an unknown OS type', { OSType: 'beos' }],
      ['an unknown owner alias', { imageOwnerAlias: 'friends' }],
      ['an unknown architecture', { architecture: 'mips' }],
      ['pageSize 101', { pageSize: 101 }],
    ])('returns InvalidParameter for %s', (_what, request) => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () => ecs.describeImages({ regionId: REGION, ...request }),
        'InvalidParameter',
      );
    });

    it('returns MissingParameter without a region', () => {
      const ecs = aWorld();
      expectRefused(ecs, () => ecs.describeImages({}), 'MissingParameter');
    });

    it('returns DryRunOperation for a valid dry run', () => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () => ecs.describeImages({ regionId: REGION, dryRun: true }),
        'DryRunOperation',
        400,
      );
    });

    it('returns InvalidRegionId.NotFound for an unknown region', () => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () => ecs.describeImages({ regionId: 'cn-nowhere' }),
        'InvalidRegionId.NotFound',
      );
    });
  });
});
