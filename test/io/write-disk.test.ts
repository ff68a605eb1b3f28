import { describe, expect, it } from 'vitest';
import type { DiskWrite, Ecs, WriteDiskRequest } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import {
  anInstance,
  aRunningInstance,
  aStoppedInstance,
  aWorld,
  dataDiskOf,
  diskIn,
  disksOf,
  GIB,
} from '../fixtures/world.js';

const text = new TextDecoder();

/** A running instance with one 20 GiB and one 200 GiB data disk. */
function aGuest(ecs: Ecs = aWorld({ timings: 'instant' })) {
  const instanceId = aRunningInstance(ecs, {
    dataDisk: [{ size: 20 }, { size: 200, deleteWithInstance: false }],
  });
  return {
    ecs,
    instanceId,
    diskId: dataDiskOf(ecs, instanceId, 1).diskId,
    bigDiskId: dataDiskOf(ecs, instanceId, 2).diskId,
  };
}

function read(ecs: Ecs, diskId: string, offset: number, length: number): Uint8Array {
  return ecs.readDisk({ diskId, offset, length });
}

describe('writeDisk', () => {
  describe('when writing a string', () => {
    it('stores it as UTF-8 and returns nothing', () => {
      const { ecs, diskId } = aGuest();
      expect(ecs.writeDisk({ diskId, offset: 100, data: 'héllo, 世界' })).toBeUndefined();
      const bytes = new TextEncoder().encode('héllo, 世界');
      expect(read(ecs, diskId, 100, bytes.length)).toEqual(bytes);
      expect(text.decode(read(ecs, diskId, 100, bytes.length))).toBe('héllo, 世界');
    });
  });

  describe('when writing bytes', () => {
    it('reads them back, with zeros around them', () => {
      const { ecs, diskId } = aGuest();
      ecs.writeDisk({ diskId, offset: 10, data: new Uint8Array([1, 2, 3]) });
      expect([...read(ecs, diskId, 8, 7)]).toEqual([0, 0, 1, 2, 3, 0, 0]);
    });

    it('copies them, so changing the array afterwards changes nothing', () => {
      const { ecs, diskId } = aGuest();
      const data = new Uint8Array([7, 7, 7]);
      ecs.writeDisk({ diskId, offset: 0, data });
      data.fill(9);
      expect([...read(ecs, diskId, 0, 3)]).toEqual([7, 7, 7]);
    });

    it('spans block boundaries', () => {
      const { ecs, diskId } = aGuest(aWorld({ timings: 'instant', blockSize: 512 }));
      const data = Uint8Array.from({ length: 2000 }, (_, i) => i % 251);
      ecs.writeDisk({ diskId, offset: 300, data });
      expect(read(ecs, diskId, 300, 2000)).toEqual(data);
    });

    it('writes up to the very last byte of the disk', () => {
      const { ecs, diskId } = aGuest();
      ecs.writeDisk({ diskId, offset: 20 * GIB - 2, data: 'ok' });
      expect(text.decode(read(ecs, diskId, 20 * GIB - 2, 2))).toBe('ok');
    });

    it('accepts an empty write', () => {
      const { ecs, diskId } = aGuest();
      ecs.writeDisk({ diskId, offset: 0, data: '' });
      expect([...read(ecs, diskId, 0, 4)]).toEqual([0, 0, 0, 0]);
    });
  });

  describe('when writing a fill', () => {
    it('reads back the same deterministic bytes in any world', () => {
      const a = aGuest(aWorld({ timings: 'instant', seed: 1 }));
      const b = aGuest(aWorld({ timings: 'instant', seed: 2 }));
      a.ecs.writeDisk({ diskId: a.diskId, offset: 0, length: 4 << 20, fill: 'dataset' });
      b.ecs.writeDisk({ diskId: b.diskId, offset: 0, length: 4 << 20, fill: 'dataset' });
      const fromA = read(a.ecs, a.diskId, 1_000_000, 4096);
      expect(fromA).toEqual(read(b.ecs, b.diskId, 1_000_000, 4096));
      expect(fromA.some((byte) => byte !== 0)).toBe(true);
    });

    it('derives the bytes from the fill name and the absolute offset only', () => {
      const { ecs, diskId, bigDiskId } = aGuest();
      ecs.writeDisk({ diskId, offset: 0, length: 3 << 20, fill: 'db' });
      ecs.writeDisk({ diskId: bigDiskId, offset: 1 << 20, length: 1 << 20, fill: 'db' });
      expect(read(ecs, bigDiskId, (1 << 20) + 12345, 999)).toEqual(
        read(ecs, diskId, (1 << 20) + 12345, 999),
      );
    });

    it('gives different bytes for different fill names', () => {
      const { ecs, diskId, bigDiskId } = aGuest();
      ecs.writeDisk({ diskId, offset: 0, length: 1 << 20, fill: 'one' });
      ecs.writeDisk({ diskId: bigDiskId, offset: 0, length: 1 << 20, fill: 'two' });
      expect(read(ecs, diskId, 0, 256)).not.toEqual(read(ecs, bigDiskId, 0, 256));
    });

    // No timed assertion (benchmarks live in test/bench): allocating 100 GiB would crash the
    // process, and the default 5 s test timeout catches a write that walks every byte.
    it('writes 100 GiB without allocating it', () => {
      const { ecs, bigDiskId } = aGuest();
      ecs.writeDisk({ diskId: bigDiskId, offset: 0, length: 100 * GIB, fill: 'huge' });
      expect(read(ecs, bigDiskId, 100 * GIB - 4, 8).slice(4)).toEqual(new Uint8Array(4));
      expect(read(ecs, bigDiskId, 100 * GIB - 4096, 4096).some((byte) => byte !== 0)).toBe(true);
      expect(must(diskIn(ecs, bigDiskId)).content.size).toBe(
        (100 * GIB) / ecs.state.world.blockSize,
      );
    });
  });

  describe('when several writes are given', () => {
    it('applies them in order in one call, the later winning where they overlap', () => {
      const { ecs, diskId } = aGuest();
      const before = ecs.state;
      ecs.writeDisk({
        diskId,
        writes: [
          { offset: 0, length: 1024, fill: 'base' },
          { offset: 10, data: 'abc' },
          { offset: 11, data: new Uint8Array([0x5a]) },
        ],
      });
      expect(text.decode(read(ecs, diskId, 10, 3))).toBe('aZc');
      expect(ecs.state).not.toBe(before);
    });

    it('accepts an empty list', () => {
      const { ecs, diskId } = aGuest();
      expect(() => ecs.writeDisk({ diskId, writes: [] })).not.toThrow();
    });
  });

  describe('when writing to the system disk', () => {
    it('overwrites the image content there', () => {
      const { ecs, instanceId } = aGuest();
      const systemDiskId = must(disksOf(ecs, instanceId)[0]).diskId;
      expect(read(ecs, systemDiskId, 0, 512).some((byte) => byte !== 0)).toBe(true);
      ecs.writeDisk({ diskId: systemDiskId, offset: 0, data: new Uint8Array(512) });
      expect(read(ecs, systemDiskId, 0, 512)).toEqual(new Uint8Array(512));
    });
  });

  describe('when the disk cannot be reached by the guest', () => {
    it('returns InvalidDiskId.NotFound for an unknown disk', () => {
      const { ecs } = aGuest();
      expectRefused(
        ecs,
        () => ecs.writeDisk({ diskId: 'd-missing', offset: 0, data: 'x' }),
        'InvalidDiskId.NotFound',
        404,
      );
    });

    it('returns IncorrectDiskStatus for a disk still Creating', () => {
      const ecs = aWorld();
      const id = anInstance(ecs, { dataDisk: [{ size: 20 }] });
      const diskId = dataDiskOf(ecs, id).diskId;
      expectRefused(
        ecs,
        () => ecs.writeDisk({ diskId, offset: 0, data: 'x' }),
        'IncorrectDiskStatus',
        403,
      );
    });

    it('returns IncorrectDiskStatus for a detached disk', () => {
      const { ecs, instanceId, bigDiskId } = aGuest();
      ecs.deleteInstance({ instanceId, force: true });
      expect(diskIn(ecs, bigDiskId)?.status).toBe('Available');
      expectRefused(
        ecs,
        () => ecs.writeDisk({ diskId: bigDiskId, offset: 0, data: 'x' }),
        'IncorrectDiskStatus',
        403,
      );
    });

    it('returns IncorrectInstanceStatus when the instance is Stopped', () => {
      const ecs = aWorld({ timings: 'instant' });
      const id = aStoppedInstance(ecs, { dataDisk: [{ size: 20 }] });
      const diskId = dataDiskOf(ecs, id).diskId;
      expectRefused(
        ecs,
        () => ecs.writeDisk({ diskId, offset: 0, data: 'x' }),
        'IncorrectInstanceStatus',
        403,
      );
    });
  });

  describe('when a parameter is invalid', () => {
    it.each<
      [string, DiskWrite | { offset: unknown; data?: unknown; length?: unknown; fill?: unknown }]
    >([
      ['an offset beyond the disk', { offset: 20 * GIB, data: 'x' }],
      ['a write ending beyond the disk', { offset: 20 * GIB - 1, data: 'xy' }],
      ['a fill ending beyond the disk', { offset: GIB, length: 20 * GIB, fill: 'f' }],
      ['a negative offset', { offset: -1, data: 'x' }],
      ['a fractional offset', { offset: 1.5, data: 'x' }],
      ['an offset given as a string', { offset: '0', data: 'x' }],
      ['data that is a number', { offset: 0, data: 42 }],
      ['data that is a plain array', { offset: 0, data: [1, 2] }],
      ['an empty fill name', { offset: 0, length: 10, fill: '' }],
      ['a fill without length', { offset: 0, fill: 'f' }],
      ['a negative fill length', { offset: 0, length: -5, fill: 'f' }],
      ['neither data nor fill', { offset: 0 }],
      ['data together with a fill', { offset: 0, data: 'x', length: 1, fill: 'f' }],
      ['data together with a length', { offset: 0, data: 'x', length: 1 }],
    ])('returns InvalidParameter for %s and changes nothing', (_what, write) => {
      const { ecs, diskId } = aGuest();
      const request = { diskId, ...write } as WriteDiskRequest;
      expectRefused(ecs, () => ecs.writeDisk(request), 'InvalidParameter', 400);
    });

    it('returns InvalidParameter naming the bad entry of a list, and applies none of them', () => {
      const { ecs, diskId } = aGuest();
      const writes = [
        { offset: 0, data: 'good' },
        { offset: -1, data: 'bad' },
      ] as DiskWrite[];
      const error = expectRefused(ecs, () => ecs.writeDisk({ diskId, writes }), 'InvalidParameter');
      expect(error.data.Message).toContain('Writes.2.');
      expect([...read(ecs, diskId, 0, 4)]).toEqual([0, 0, 0, 0]);
    });

    it('returns UnsupportedParameter for a field it does not read (a typo must not write nothing)', () => {
      const { ecs, diskId } = aGuest();
      const typo = { diskId, offset: 0, lenght: 10, fill: 'f' } as unknown as WriteDiskRequest;
      const error = expectRefused(ecs, () => ecs.writeDisk(typo), 'UnsupportedParameter', 400);
      expect(error.data.Message).toContain('Lenght');
    });

    it('returns UnsupportedParameter naming the write of a list with an unknown field', () => {
      const { ecs, diskId } = aGuest();
      const writes = [
        { offset: 0, data: 'good' },
        { offset: 8, data: 'x', bogus: 1 },
      ] as unknown as DiskWrite[];
      const error = expectRefused(
        ecs,
        () => ecs.writeDisk({ diskId, writes }),
        'UnsupportedParameter',
      );
      expect(error.data.Message).toContain('Writes.2.Bogus');
      const batch = { diskId, writes: [], offset: 0 } as unknown as WriteDiskRequest;
      expectRefused(ecs, () => ecs.writeDisk(batch), 'UnsupportedParameter');
    });

    it('returns InvalidParameter naming the write of a list that gives data and a fill', () => {
      const { ecs, diskId } = aGuest();
      const writes = [{ offset: 0, data: 'x', length: 1, fill: 'f' }] as unknown as DiskWrite[];
      const error = expectRefused(ecs, () => ecs.writeDisk({ diskId, writes }), 'InvalidParameter');
      expect(error.data.Message).toContain('Writes.1.Data');
    });

    it('returns InvalidParameter when writes is not a list', () => {
      const { ecs, diskId } = aGuest();
      const request = { diskId, writes: 'all' } as unknown as WriteDiskRequest;
      expectRefused(ecs, () => ecs.writeDisk(request), 'InvalidParameter');
    });

    it('returns MissingParameter without a disk id', () => {
      const { ecs } = aGuest();
      const request = { offset: 0, data: 'x' } as unknown as WriteDiskRequest;
      expectRefused(ecs, () => ecs.writeDisk(request), 'MissingParameter', 400);
      expectRefused(
        ecs,
        () => ecs.writeDisk({ diskId: '', offset: 0, data: 'x' }),
        'MissingParameter',
      );
    });

    it('returns InvalidParameter for a request that is not an object', () => {
      const { ecs } = aGuest();
      expectRefused(
        ecs,
        () => ecs.writeDisk(null as unknown as WriteDiskRequest),
        'InvalidParameter',
      );
    });
  });
});
