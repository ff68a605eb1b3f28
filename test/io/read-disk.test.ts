import { describe, expect, it } from 'vitest';
import type { ReadDiskRequest } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import {
  anInstance,
  aRunningInstance,
  aStoppedInstance,
  aWorld,
  dataDiskOf,
  GIB,
} from '../fixtures/world.js';

function aGuestDisk() {
  const ecs = aWorld({ timings: 'instant' });
  const instanceId = aRunningInstance(ecs, { dataDisk: [{ size: 20 }] });
  return { ecs, instanceId, diskId: dataDiskOf(ecs, instanceId).diskId };
}

describe('readDisk', () => {
  describe('when nothing was written', () => {
    it('returns zeros of the requested length', () => {
      const { ecs, diskId } = aGuestDisk();
      const bytes = ecs.readDisk({ diskId, offset: 5 * GIB, length: 1 << 20 });
      expect(bytes).toBeInstanceOf(Uint8Array);
      expect(bytes.length).toBe(1 << 20);
      expect(bytes.every((byte) => byte === 0)).toBe(true);
    });

    it('returns an empty array for length 0', () => {
      const { ecs, diskId } = aGuestDisk();
      expect(ecs.readDisk({ diskId, offset: 0, length: 0 })).toEqual(new Uint8Array(0));
    });
  });

  describe('when the caller changes the returned bytes', () => {
    it('does not change the disk', () => {
      const { ecs, diskId } = aGuestDisk();
      ecs.writeDisk({ diskId, offset: 0, data: 'abc' });
      ecs.readDisk({ diskId, offset: 0, length: 3 }).fill(0);
      expect(new TextDecoder().decode(ecs.readDisk({ diskId, offset: 0, length: 3 }))).toBe('abc');
    });
  });

  describe('when the instance is Stopped', () => {
    it('returns IncorrectInstanceStatus', () => {
      const ecs = aWorld({ timings: 'instant' });
      const id = aStoppedInstance(ecs, { dataDisk: [{ size: 20 }] });
      expectRefused(
        ecs,
        () => ecs.readDisk({ diskId: dataDiskOf(ecs, id).diskId, offset: 0, length: 1 }),
        'IncorrectInstanceStatus',
      );
    });
  });

  describe('when the disk is still Creating', () => {
    it('returns IncorrectDiskStatus', () => {
      const ecs = aWorld();
      const id = anInstance(ecs, { dataDisk: [{ size: 20 }] });
      expectRefused(
        ecs,
        () => ecs.readDisk({ diskId: dataDiskOf(ecs, id).diskId, offset: 0, length: 1 }),
        'IncorrectDiskStatus',
      );
    });
  });

  describe('when a parameter is invalid', () => {
    it.each<[string, Partial<Record<keyof ReadDiskRequest, unknown>>]>([
      ['a range beyond the disk', { offset: 20 * GIB - 1, length: 2 }],
      ['a negative offset', { offset: -1, length: 1 }],
      ['a fractional length', { offset: 0, length: 0.5 }],
      ['a negative length', { offset: 0, length: -1 }],
      ['a missing length', { offset: 0 }],
      ['more than 256 MiB', { offset: 0, length: 256 * 1024 * 1024 + 1 }],
    ])('returns InvalidParameter for %s', (_what, range) => {
      const { ecs, diskId } = aGuestDisk();
      expectRefused(
        ecs,
        () => ecs.readDisk({ diskId, ...range } as ReadDiskRequest),
        'InvalidParameter',
        400,
      );
    });

    it('returns InvalidDiskId.NotFound for an unknown disk', () => {
      const { ecs } = aGuestDisk();
      expectRefused(
        ecs,
        () => ecs.readDisk({ diskId: 'd-missing', offset: 0, length: 1 }),
        'InvalidDiskId.NotFound',
        404,
      );
    });

    it('returns UnsupportedParameter for a field it does not read', () => {
      const { ecs, diskId } = aGuestDisk();
      const request = { diskId, offset: 0, length: 1, size: 4 } as ReadDiskRequest;
      const error = expectRefused(ecs, () => ecs.readDisk(request), 'UnsupportedParameter', 400);
      expect(error.data.Message).toContain('Size');
    });

    it('returns MissingParameter without a disk id', () => {
      const { ecs } = aGuestDisk();
      expectRefused(
        ecs,
        () => ecs.readDisk({ offset: 0, length: 1 } as ReadDiskRequest),
        'MissingParameter',
      );
    });
  });
});
