import { describe, expect, it } from 'vitest';
import type { CreateVolumeRequest, DescribeVolumesRequest } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { aRunningInstance, GIB, REGION } from '../fixtures/world.js';
import { aPartitionedVolume, aVolumeGuest, BLOCK } from './helpers.js';

describe('createVolume', () => {
  describe('when cutting one disk into partitions', () => {
    it('concatenates the partitions, each after the previous unless given an offset', () => {
      const { ecs, instanceId, diskId, volumeId } = aPartitionedVolume([
        { offset: 1 << 20, size: GIB },
        { size: 2 * GIB },
        { offset: 10 * GIB, size: GIB },
      ]);
      expect(volumeId).toMatch(/^vol-bp[0-9a-z]{18}$/);
      expect(ecs.describeVolumes().volumes).toEqual([
        {
          volumeId,
          instanceId,
          kind: 'partitioned',
          diskIds: [diskId],
          size: 4 * GIB,
          consistency: 'consistent',
          stripeSize: null,
          extents: [
            { diskId, offset: 1 << 20, size: GIB },
            { diskId, offset: (1 << 20) + GIB, size: 2 * GIB },
            { diskId, offset: 10 * GIB, size: GIB },
          ],
          creationTime: '2026-01-01T00:00:00Z',
        },
      ]);
    });
  });

  describe('when spanning disks', () => {
    it('concatenates whole disks without a stripe size', () => {
      const { ecs, instanceId, diskIds } = aVolumeGuest();
      const [a, b] = [must(diskIds[0]), must(diskIds[3])];
      const { volumeId } = ecs.createVolume({ instanceId, kind: 'spanned', diskIds: [a, b] });
      const [volume] = ecs.describeVolumes({ instanceId }).volumes;
      expect(volume).toMatchObject({ volumeId, kind: 'spanned', diskIds: [a, b], size: 60 * GIB });
      expect(volume?.stripeSize).toBeNull();
    });

    it('stripes over the smallest disk’s capacity with a stripe size', () => {
      const { ecs, instanceId, diskIds } = aVolumeGuest();
      const [a, b] = [must(diskIds[0]), must(diskIds[3])];
      ecs.createVolume({ instanceId, kind: 'spanned', diskIds: [a, b], stripeSize: 65536 });
      expect(ecs.describeVolumes().volumes[0]).toMatchObject({
        size: 40 * GIB,
        stripeSize: 65536,
        extents: [
          { diskId: a, offset: 0, size: 20 * GIB },
          { diskId: b, offset: 0, size: 20 * GIB },
        ],
      });
    });

    it('draws its id from the seeded generator: same seed, same id', () => {
      const make = () => {
        const { ecs, instanceId, diskIds } = aVolumeGuest();
        return ecs.createVolume({ instanceId, kind: 'spanned', diskIds: diskIds.slice(0, 2) })
          .volumeId;
      };
      expect(make()).toBe(make());
    });
  });

  describe('describeVolumes', () => {
    it('lists by instance, in creation order, and nothing for another instance', () => {
      const { ecs, instanceId, diskIds } = aVolumeGuest();
      const first = ecs.createVolume({ instanceId, kind: 'spanned', diskIds: diskIds.slice(0, 2) });
      const second = ecs.createVolume({
        instanceId,
        kind: 'partitioned',
        diskId: must(diskIds[2]),
        partitions: [{ size: GIB }],
      });
      expect(ecs.describeVolumes({ instanceId }).volumes.map((v) => v.volumeId)).toEqual([
        first.volumeId,
        second.volumeId,
      ]);
      expect(ecs.describeVolumes({ instanceId: 'i-other' }).volumes).toEqual([]);
    });

    it.each([
      ['a request that is not an object', null, 'InvalidParameter'],
      ['an instance id that is not a string', { instanceId: 5 }, 'InvalidParameter'],
      ['a field it does not read', { volumeId: 'vol-x' }, 'UnsupportedParameter'],
    ] as const)('refuses %s (%s), changing nothing', (_, request, code) => {
      const { ecs } = aVolumeGuest();
      const error = expectRefused(
        ecs,
        () => ecs.describeVolumes(request as unknown as DescribeVolumesRequest),
        code,
      );
      expect(error.requestId).toBeTruthy();
    });
  });

  describe('when refused', () => {
    const cases: [string, (g: ReturnType<typeof aVolumeGuest>) => unknown, string][] = [
      ['no instance id', (g) => ({ kind: 'spanned', diskIds: g.diskIds }), 'MissingParameter'],
      ['no kind', (g) => ({ instanceId: g.instanceId, diskIds: g.diskIds }), 'MissingParameter'],
      [
        'an unknown kind',
        (g) => ({ instanceId: g.instanceId, kind: 'mirrored', diskIds: g.diskIds }),
        'InvalidParameter',
      ],
      [
        'an unknown field',
        (g) => ({ instanceId: g.instanceId, kind: 'spanned', diskIds: g.diskIds, raid: 5 }),
        'UnsupportedParameter',
      ],
      [
        'no partitions',
        (g) => ({ instanceId: g.instanceId, kind: 'partitioned', diskId: g.diskIds[0] }),
        'MissingParameter',
      ],
      [
        'an empty partition list',
        (g) => ({
          instanceId: g.instanceId,
          kind: 'partitioned',
          diskId: g.diskIds[0],
          partitions: [],
        }),
        'InvalidParameter',
      ],
      [
        'a partition of size 0',
        (g) => ({
          instanceId: g.instanceId,
          kind: 'partitioned',
          diskId: g.diskIds[0],
          partitions: [{ size: 0 }],
        }),
        'InvalidParameter',
      ],
      [
        'a partition beyond the disk',
        (g) => ({
          instanceId: g.instanceId,
          kind: 'partitioned',
          diskId: g.diskIds[0],
          partitions: [{ size: 19 * GIB }, { size: 2 * GIB }],
        }),
        'InvalidParameter',
      ],
      [
        'overlapping partitions',
        (g) => ({
          instanceId: g.instanceId,
          kind: 'partitioned',
          diskId: g.diskIds[0],
          partitions: [
            { offset: GIB, size: GIB },
            { offset: 0, size: GIB + 1 },
          ],
        }),
        'InvalidParameter',
      ],
      [
        'a single spanned disk',
        (g) => ({ instanceId: g.instanceId, kind: 'spanned', diskIds: [g.diskIds[0]] }),
        'InvalidParameter',
      ],
      [
        'a disk listed twice',
        (g) => ({
          instanceId: g.instanceId,
          kind: 'spanned',
          diskIds: [g.diskIds[0], g.diskIds[0]],
        }),
        'InvalidParameter',
      ],
      ...[3 * BLOCK, BLOCK / 2, 2 * GIB].map(
        (stripeSize): [string, (g: ReturnType<typeof aVolumeGuest>) => unknown, string] => [
          `stripe size ${stripeSize}`,
          (g) => ({ instanceId: g.instanceId, kind: 'spanned', diskIds: g.diskIds, stripeSize }),
          'InvalidParameter',
        ],
      ),
      [
        'an unknown instance',
        (g) => ({ instanceId: 'i-bp1nope', kind: 'spanned', diskIds: g.diskIds }),
        'InvalidInstanceId.NotFound',
      ],
      [
        'an unknown disk',
        (g) => ({
          instanceId: g.instanceId,
          kind: 'spanned',
          diskIds: [g.diskIds[0], 'd-bp1nope'],
        }),
        'InvalidDiskId.NotFound',
      ],
    ];
    it.each(cases)('refuses %s', (_what, request, code) => {
      const guest = aVolumeGuest();
      expectRefused(
        guest.ecs,
        () => guest.ecs.createVolume(request(guest) as CreateVolumeRequest),
        code as never,
      );
    });

    it('refuses a disk of another instance with InvalidParameter', () => {
      const { ecs, instanceId, diskIds } = aVolumeGuest();
      const other = aRunningInstance(ecs, { dataDisk: [{ size: 20 }] });
      const foreign = must(
        ecs.describeDisks({ regionId: REGION, instanceId: other, diskType: 'data' }).disks.disk[0],
      ).diskId;
      expectRefused(
        ecs,
        () =>
          ecs.createVolume({ instanceId, kind: 'spanned', diskIds: [must(diskIds[0]), foreign] }),
        'InvalidParameter',
      );
    });

    it('refuses a disk that is already in a volume with InvalidDisk.InUse', () => {
      const { ecs, instanceId, diskIds } = aVolumeGuest();
      ecs.createVolume({ instanceId, kind: 'spanned', diskIds: diskIds.slice(0, 2) });
      expectRefused(
        ecs,
        () =>
          ecs.createVolume({
            instanceId,
            kind: 'partitioned',
            diskId: must(diskIds[1]),
            partitions: [{ size: GIB }],
          }),
        'InvalidDisk.InUse',
      );
    });

    it('refuses while the instance is not Running (IncorrectInstanceStatus)', () => {
      const { ecs, instanceId, diskIds } = aVolumeGuest();
      ecs.stopInstance({ instanceId });
      ecs.clock.settle();
      expectRefused(
        ecs,
        () => ecs.createVolume({ instanceId, kind: 'spanned', diskIds }),
        'IncorrectInstanceStatus',
      );
    });

    it('refuses a detached disk (IncorrectDiskStatus) and carries a request id', () => {
      const { ecs, instanceId, diskIds } = aVolumeGuest();
      ecs.detachDisk({ instanceId, diskId: must(diskIds[1]) });
      ecs.clock.settle();
      const error = expectRefused(
        ecs,
        () => ecs.createVolume({ instanceId, kind: 'spanned', diskIds }),
        'IncorrectDiskStatus',
      );
      expect(error.requestId).toMatch(/^[0-9A-F-]{36}$/);
    });
  });
});
