import { describe, expect, it } from 'vitest';
import type { ReadVolumeRequest, WriteVolumeRequest } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { diskIn, GIB } from '../fixtures/world.js';
import { aPartitionedVolume, aSpannedVolume, BLOCK, pattern, STRIPE } from './helpers.js';

describe('writeVolume / readVolume', () => {
  describe('when striped over three disks', () => {
    it('reads back what it wrote, and each disk holds its stripes', () => {
      const { ecs, volumeId, members } = aSpannedVolume({}, STRIPE);
      const data = pattern(10 * STRIPE + 123, 1);
      const offset = 3 * STRIPE + 77;
      ecs.writeVolume({ volumeId, offset, data });
      expect(ecs.readVolume({ volumeId, offset, length: data.length })).toEqual(data);
      // Volume stripe 4 (the second one written) is disk 4 % 3 = 1, row 1.
      const onDisk = ecs.readDisk({ diskId: must(members[1]), offset: STRIPE, length: STRIPE });
      expect(onDisk).toEqual(data.subarray(STRIPE - 77, 2 * STRIPE - 77));
    });

    it('writes a fill to every disk as one range per disk, read back identically', () => {
      const { ecs, volumeId } = aSpannedVolume({}, STRIPE);
      ecs.writeVolume({ volumeId, offset: STRIPE / 2, length: 30 * GIB, fill: 'dataset' });
      const a = ecs.readVolume({ volumeId, offset: 7 * STRIPE - 5, length: 3 * STRIPE });
      const b = ecs.readVolume({ volumeId, offset: 7 * STRIPE - 5, length: 3 * STRIPE });
      expect(a).toEqual(b);
      expect(a.some((x) => x !== 0)).toBe(true);
      expect(ecs.readVolume({ volumeId, offset: 0, length: STRIPE / 2 })).toEqual(
        new Uint8Array(STRIPE / 2),
      );
    });

    it('counts one content change per disk reached', () => {
      const { ecs, volumeId, members } = aSpannedVolume({}, STRIPE);
      ecs.writeVolume({ volumeId, offset: 0, data: pattern(STRIPE + 1, 2) });
      expect(members.map((id) => diskIn(ecs, id)?.contentChanges)).toEqual([1, 1, 0]);
    });
  });

  describe('when concatenated', () => {
    it('crosses from one disk to the next at the disk boundary', () => {
      const { ecs, volumeId, members } = aSpannedVolume();
      const data = pattern(100, 3);
      ecs.writeVolume({ volumeId, offset: 20 * GIB - 40, data });
      expect(ecs.readVolume({ volumeId, offset: 20 * GIB - 40, length: 100 })).toEqual(data);
      expect(ecs.readDisk({ diskId: must(members[1]), offset: 0, length: 60 })).toEqual(
        data.subarray(40),
      );
    });
  });

  describe('when partitioned', () => {
    it('maps the second partition after the first, at its disk offset', () => {
      const { ecs, diskId, volumeId } = aPartitionedVolume([
        { offset: BLOCK, size: 5 * BLOCK },
        { offset: 100 * BLOCK, size: BLOCK },
      ]);
      ecs.writeVolume({ volumeId, offset: 5 * BLOCK - 2, data: 'abcd' });
      expect(
        new TextDecoder().decode(ecs.readDisk({ diskId, offset: 6 * BLOCK - 2, length: 2 })),
      ).toBe('ab');
      expect(
        new TextDecoder().decode(ecs.readDisk({ diskId, offset: 100 * BLOCK, length: 2 })),
      ).toBe('cd');
    });
  });

  describe('when refused', () => {
    it.each([
      [
        'writeVolume',
        'a field it does not read',
        { offset: 0, data: 'x', bogus: 1 },
        'UnsupportedParameter',
      ],
      ['writeVolume', 'data with a fill', { offset: 0, data: 'x', fill: 'y' }, 'InvalidParameter'],
      [
        'writeVolume',
        'data with a length',
        { offset: 0, data: 'x', length: 1 },
        'InvalidParameter',
      ],
      [
        'readVolume',
        'a field it does not read',
        { offset: 0, length: 1, data: 'x' },
        'UnsupportedParameter',
      ],
    ] as const)('%s refuses %s (%s), writing nothing', (call, _, fields, code) => {
      const { ecs, volumeId } = aSpannedVolume();
      const request = { volumeId, ...fields } as unknown as WriteVolumeRequest & ReadVolumeRequest;
      expectRefused(ecs, () => ecs[call](request), code);
      expect(ecs.readVolume({ volumeId, offset: 0, length: 1 })).toEqual(new Uint8Array(1));
    });

    it('refuses an unknown volume with InvalidVolumeId.NotFound (404)', () => {
      const { ecs } = aSpannedVolume();
      const error = expectRefused(
        ecs,
        () => ecs.readVolume({ volumeId: 'vol-nope', offset: 0, length: 1 }),
        'InvalidVolumeId.NotFound',
        404,
      );
      expect(error.requestId).toMatch(/^[0-9A-F-]{36}$/);
      expectRefused(
        ecs,
        () => ecs.writeVolume({ volumeId: 'vol-nope', offset: 0, data: 'x' }),
        'InvalidVolumeId.NotFound',
      );
    });

    it('refuses a request without a volume id (MissingParameter)', () => {
      const { ecs } = aSpannedVolume();
      expectRefused(
        ecs,
        () => ecs.writeVolume({ offset: 0, data: 'x' } as unknown as WriteVolumeRequest),
        'MissingParameter',
      );
    });

    it('refuses a range beyond the volume, a bad offset, bad data and an empty fill', () => {
      const { ecs, volumeId } = aSpannedVolume({}, STRIPE);
      const size = must(ecs.describeVolumes().volumes[0]).size;
      for (const request of [
        { volumeId, offset: size - 1, data: 'xy' },
        { volumeId, offset: -1, data: 'x' },
        { volumeId, offset: 0, data: 42 },
        { volumeId, offset: 0, length: 10, fill: '' },
      ]) {
        expectRefused(
          ecs,
          () => ecs.writeVolume(request as WriteVolumeRequest),
          'InvalidParameter',
        );
      }
      expectRefused(
        ecs,
        () => ecs.readVolume({ volumeId, offset: 0, length: 2 ** 29 }),
        'InvalidParameter',
      );
    });

    it('writes nothing when a member disk is detached (IncorrectDiskStatus)', () => {
      const { ecs, volumeId, instanceId, members } = aSpannedVolume({}, STRIPE);
      ecs.detachDisk({ instanceId, diskId: must(members[2]) });
      ecs.clock.settle();
      expectRefused(
        ecs,
        () => ecs.writeVolume({ volumeId, offset: 0, data: pattern(4 * STRIPE, 4) }),
        'IncorrectDiskStatus',
      );
      expectRefused(
        ecs,
        () => ecs.readVolume({ volumeId, offset: 0, length: 1 }),
        'IncorrectDiskStatus',
      );
    });

    it('refuses while the instance is stopped (IncorrectInstanceStatus)', () => {
      const { ecs, volumeId, instanceId } = aSpannedVolume();
      ecs.stopInstance({ instanceId });
      ecs.clock.settle();
      expectRefused(
        ecs,
        () => ecs.writeVolume({ volumeId, offset: 0, data: 'x' }),
        'IncorrectInstanceStatus',
      );
    });

    it('refuses when a member disk was released (InvalidDiskId.NotFound)', () => {
      const { ecs, volumeId, instanceId, members } = aSpannedVolume();
      ecs.detachDisk({ instanceId, diskId: must(members[0]) });
      ecs.clock.settle();
      ecs.deleteDisk({ diskId: must(members[0]) });
      expectRefused(
        ecs,
        () => ecs.readVolume({ volumeId, offset: 0, length: 1 }),
        'InvalidDiskId.NotFound',
      );
    });
  });
});
