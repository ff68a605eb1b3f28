import { describe, expect, it } from 'vitest';
import { findImage } from '../../src/images/store.js';
import type { CreateImageRequest } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { aWorld, LINUX_IMAGE, REGION } from '../fixtures/world.js';
import { anImage, aServer, aWorldForImages, snap, usage } from './helpers.js';

function setUp() {
  const ecs = aWorldForImages();
  const server = aServer(ecs);
  const system = snap(ecs, server.systemDiskId);
  const data = snap(ecs, server.dataDiskId);
  return { ecs, ...server, system, data };
}

describe('createImage', () => {
  describe('when given a system-disk snapshot', () => {
    it('creates a Creating image that becomes Available after imageCreate', () => {
      const ecs = aWorld({ blockSize: 4096, timings: { snapshotStartup: 0 } });
      const { systemDiskId } = aServer(ecs);
      const snapshotId = snap(ecs, systemDiskId);
      const { imageId } = ecs.createImage({ regionId: REGION, snapshotId, imageName: 'web-v1' });
      expect(imageId).toMatch(/^m-[a-z0-9]{20}$/);
      expect(must(findImage(ecs.state, imageId)).status).toBe('Creating');
      ecs.clock.advance(ecs.state.world.timings.imageCreate * 1000 - 1);
      expect(must(findImage(ecs.state, imageId)).status).toBe('Creating');
      ecs.clock.advance(1);
      expect(must(findImage(ecs.state, imageId)).status).toBe('Available');
    });

    it('lays out the system disk and takes the OS of the source image', () => {
      const { ecs, system } = setUp();
      const imageId = anImage(ecs, system, 'web-v1');
      const image = must(findImage(ecs.state, imageId));
      expect(image).toMatchObject({
        imageName: 'web-v1',
        osName: 'Alibaba Cloud Linux 3.2104 LTS 64 bit',
        osType: 'linux',
        platform: 'Aliyun',
        architecture: 'x86_64',
        diskDeviceMappings: [{ device: '/dev/xvda', type: 'system', snapshotId: system, size: 40 }],
      });
    });

    it('marks the snapshot as used by an image', () => {
      const { ecs, system } = setUp();
      anImage(ecs, system);
      expect(usage(ecs, system)).toBe('image');
    });

    it('keeps the OS after the source instance is released', () => {
      const { ecs, system, instanceId } = setUp();
      ecs.deleteInstance({ instanceId, force: true });
      const imageId = anImage(ecs, system);
      const image = must(findImage(ecs.state, imageId));
      expect(image).toMatchObject({ osType: 'linux', platform: 'Others Linux' });
    });

    it('names the image after its id by default', () => {
      const { ecs, system } = setUp();
      const imageId = anImage(ecs, system);
      expect(must(findImage(ecs.state, imageId)).imageName).toBe(imageId);
    });
  });

  describe('when given disk device mappings', () => {
    it('takes the system snapshot first, then data disks with their devices and sizes', () => {
      const { ecs, system, data } = setUp();
      const { imageId } = ecs.createImage({
        regionId: REGION,
        diskDeviceMapping: [
          { snapshotId: data, size: 30 },
          { snapshotId: system, diskType: 'system' },
          { size: 25 },
        ],
      });
      expect(must(findImage(ecs.state, imageId)).diskDeviceMappings).toEqual([
        { device: '/dev/xvda', type: 'system', snapshotId: system, size: 40 },
        { device: '/dev/xvdb', type: 'data', snapshotId: data, size: 30 },
        { device: '/dev/xvdc', type: 'data', snapshotId: null, size: 25 },
      ]);
      expect([usage(ecs, system), usage(ecs, data)]).toEqual(['image', 'image']);
    });

    it('prefers the mappings to snapshotId', () => {
      const { ecs, system, data } = setUp();
      const { imageId } = ecs.createImage({
        regionId: REGION,
        snapshotId: data,
        diskDeviceMapping: [{ snapshotId: system }],
      });
      expect(must(findImage(ecs.state, imageId)).diskDeviceMappings).toHaveLength(1);
    });

    it('accepts a data-disk snapshot forced to be the system disk', () => {
      const { ecs, data } = setUp();
      const { imageId } = ecs.createImage({
        regionId: REGION,
        diskDeviceMapping: [{ snapshotId: data, diskType: 'system' }],
      });
      expect(must(findImage(ecs.state, imageId)).diskDeviceMappings[0]?.snapshotId).toBe(data);
    });
  });

  describe('when the request is refused', () => {
    type Case = [string, (s: ReturnType<typeof setUp>) => object, string, number];
    const cases: Case[] = [
      ['no source', () => ({}), 'MissingParameter', 400],
      ['an unknown snapshot', () => ({ snapshotId: 's-nope' }), 'InvalidSnapshotId.NotFound', 404],
      [
        'a data-disk snapshot as snapshotId',
        (s) => ({ snapshotId: s.data }),
        'OperationDenied',
        403,
      ],
      [
        'mappings without a system snapshot',
        (s) => ({ diskDeviceMapping: [{ snapshotId: s.data }] }),
        'OperationDenied',
        400,
      ],
      [
        'two system snapshots',
        (s) => ({
          diskDeviceMapping: [{ snapshotId: s.system }, { snapshotId: s.data, diskType: 'system' }],
        }),
        'OperationDenied',
        400,
      ],
      [
        'a size below the snapshot',
        (s) => ({ diskDeviceMapping: [{ snapshotId: s.system, size: 39 }] }),
        'InvalidSize.ValueNotSupported',
        400,
      ],
      [
        'an empty data disk of 10 GiB',
        (s) => ({ diskDeviceMapping: [{ snapshotId: s.system }, { size: 10 }] }),
        'InvalidSize.ValueNotSupported',
        400,
      ],
      [
        'a device used twice',
        (s) => ({
          diskDeviceMapping: [
            { snapshotId: s.system },
            { snapshotId: s.data, device: '/dev/xvdb' },
            { size: 20, device: '/dev/xvdb' },
          ],
        }),
        'InvalidDevice.InUse',
        400,
      ],
      [
        'a malformed device',
        (s) => ({ diskDeviceMapping: [{ snapshotId: s.system, device: '/dev/sda' }] }),
        'InvalidParameter',
        400,
      ],
      [
        '18 mappings',
        (s) => ({
          diskDeviceMapping: Array.from({ length: 18 }, () => ({ snapshotId: s.system })),
        }),
        'InvalidParameter',
        400,
      ],
      [
        'a malformed name',
        (s) => ({ snapshotId: s.system, imageName: '1x' }),
        'InvalidImageName.Malformed',
        400,
      ],
      [
        'a name starting with aliyun',
        (s) => ({ snapshotId: s.system, imageName: 'aliyun-x' }),
        'InvalidImageName.Malformed',
        400,
      ],
      [
        'a bad description',
        (s) => ({ snapshotId: s.system, description: 'x' }),
        'InvalidDescription.Malformed',
        400,
      ],
      [
        'an instance id (not supported)',
        (s) => ({ instanceId: s.instanceId }),
        'UnsupportedParameter',
        400,
      ],
      [
        'an unknown architecture',
        (s) => ({ snapshotId: s.system, architecture: 'mips' }),
        'InvalidParameter',
        400,
      ],
      [
        'an unknown region',
        (s) => ({ regionId: 'cn-nowhere', snapshotId: s.system }),
        'InvalidRegionId.NotFound',
        404,
      ],
      ['a dry run', (s) => ({ snapshotId: s.system, dryRun: true }), 'DryRunOperation', 400],
    ];

    it.each(cases)(
      'returns the error for %s and changes nothing',
      (_what, request, code, status) => {
        const s = setUp();
        const error = expectRefused(
          s.ecs,
          () => s.ecs.createImage({ regionId: REGION, ...request(s) } as CreateImageRequest),
          code as Parameters<typeof expectRefused>[2],
          status,
        );
        if (_what === 'no source')
          expect(error.description).toBe(
            'The input parameter SnapshotId or InstanceId or DiskDeviceMapping that is mandatory for processing this request is not supplied.',
          );
      },
    );

    it('returns InvalidImageName.Duplicated for a name in use in the region', () => {
      const s = setUp();
      anImage(s.ecs, s.system, 'web-v1');
      expectRefused(
        s.ecs,
        () => s.ecs.createImage({ regionId: REGION, snapshotId: s.system, imageName: 'web-v1' }),
        'InvalidImageName.Duplicated',
      );
    });

    it('returns InvalidSnapshotId.NotReady for a progressing snapshot', () => {
      const ecs = aWorld({ blockSize: 4096 });
      const { systemDiskId } = aServer(ecs);
      const { snapshotId } = ecs.createSnapshot({ diskId: systemDiskId });
      expectRefused(
        ecs,
        () => ecs.createImage({ regionId: REGION, snapshotId }),
        'InvalidSnapshotId.NotReady',
        403,
      );
    });

    it('returns InvalidSnapshotId.NotFound for a snapshot of another region', () => {
      const s = setUp();
      expectRefused(
        s.ecs,
        () => s.ecs.createImage({ regionId: 'cn-shanghai', snapshotId: s.system }),
        'InvalidSnapshotId.NotFound',
      );
    });
  });

  describe('when the public image is used for comparison', () => {
    it('does not list the public image as a custom one', () => {
      const { ecs } = setUp();
      expect(findImage(ecs.state, LINUX_IMAGE)).toBeUndefined();
    });
  });
});
