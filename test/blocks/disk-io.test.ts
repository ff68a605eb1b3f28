import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BlockMap,
  type BlockVersion,
  type BlockWrite,
  fillPattern,
  fillSeedOf,
  readFromBlocks,
  writeToBlocks,
} from '../../src/blocks/index.js';

const empty = BlockMap.empty<BlockVersion>();

/** The same writes applied to a flat byte array: what a disk must read back. */
function applyToModel(disk: Uint8Array, writes: readonly BlockWrite[]): void {
  for (const write of writes) {
    if ('data' in write) disk.set(write.data, write.offset);
    else disk.set(fillPattern(fillSeedOf(write.fill), write.offset, write.length), write.offset);
  }
}

/** Compares bytes without a slow element-by-element deep equality; reports the first mismatch. */
function expectBytes(actual: Uint8Array, expected: Uint8Array): void {
  expect(actual.length).toBe(expected.length);
  const at = actual.findIndex((byte, i) => byte !== expected[i]);
  expect(at === -1 ? [] : [at, actual[at]]).toEqual(at === -1 ? [] : [at, expected[at]]);
}

/** A data write of up to `maxData` bytes or a fill write of any length, inside the disk. */
function aWrite(diskSize: number, maxData: number): fc.Arbitrary<BlockWrite> {
  return fc
    .tuple(fc.nat({ max: diskSize - 1 }), fc.nat({ max: diskSize }))
    .chain(([offset, wanted]): fc.Arbitrary<BlockWrite> => {
      const length = Math.min(wanted, diskSize - offset);
      const dataLength = Math.min(length, maxData);
      return fc.oneof(
        fc
          .uint8Array({ minLength: dataLength, maxLength: dataLength })
          .map((data) => ({ offset, data })),
        fc.constantFrom('a', 'b').map((fill) => ({ offset, length, fill })),
      );
    });
}

describe('writeToBlocks', () => {
  describe('when random writes are read back at random ranges', () => {
    it('returns what a flat byte array would hold', () => {
      const setup = fc.constantFrom(16, 64, 4096).chain((blockSize) => {
        const diskSize = blockSize * 12;
        const maxData = blockSize * 3;
        return fc.record({
          blockSize: fc.constant(blockSize),
          batches: fc.array(fc.array(aWrite(diskSize, maxData), { maxLength: 4 }), {
            maxLength: 6,
          }),
          reads: fc.array(fc.tuple(fc.nat({ max: diskSize }), fc.nat({ max: diskSize })), {
            maxLength: 5,
          }),
        });
      });
      fc.assert(
        fc.property(setup, ({ blockSize, batches, reads }) => {
          const model = new Uint8Array(blockSize * 12);
          let map = empty;
          for (const writes of batches) {
            map = writeToBlocks(map, blockSize, writes);
            applyToModel(model, writes);
          }
          for (const [offset, wanted] of reads) {
            const length = Math.min(wanted, model.length - offset);
            const expected = model.subarray(offset, offset + length);
            expectBytes(readFromBlocks(map, blockSize, offset, length), expected);
          }
          expectBytes(readFromBlocks(map, blockSize, 0, model.length), model);
        }),
        { numRuns: 120 },
      );
    });
  });

  describe('when a partial write lands on fill blocks', () => {
    it('keeps the fill bytes around the new bytes', () => {
      const seed = fillSeedOf('base');
      const filled = writeToBlocks(empty, 4096, [{ offset: 0, length: 65_536, fill: 'base' }]);
      const patched = writeToBlocks(filled, 4096, [
        { offset: 4094, data: new Uint8Array([1, 2, 3, 4]) },
      ]);
      const expected = fillPattern(seed, 4000, 200);
      expected.set([1, 2, 3, 4], 94);
      expect(readFromBlocks(patched, 4096, 4000, 200)).toEqual(expected);
      // Overlays over the fill, which they keep by reference instead of copying the blocks.
      const head = patched.get(0);
      expect(head?.kind === 'overlay' && head.base === filled.get(0)).toBe(true);
      // It holds the 2 written bytes (in a slab the call's small writes share), not a block.
      expect(head?.kind === 'overlay' && [head.from, head.to]).toEqual([4094, 4096]);
      expect(
        head?.kind === 'overlay' && head.top.kind === 'bytes' && head.top.data.length,
      ).toBeLessThan(4096);
      expect(patched.get(2)).toBe(filled.get(2));
    });
  });

  describe('when a data write covers many whole blocks', () => {
    it('stores them as one extent: one version, one copy of the bytes, readable block by block', () => {
      const data = Uint8Array.from({ length: 16 * 50 + 10 }, (_, i) => i % 251);
      const map = writeToBlocks(empty, 16, [{ offset: 8, data }]);
      expect(map.size).toBe(52);
      expect(map.get(1)).toBe(map.get(50));
      const shared = map.get(1);
      expect(shared?.kind === 'bytes' && shared.firstBlock).toBe(1);
      expect(map.runs()).toHaveLength(3);
      expect(readFromBlocks(map, 16, 8, data.length)).toEqual(data);
      data.fill(0);
      expect(readFromBlocks(map, 16, 8 + 16 * 20, 4)).toEqual(
        Uint8Array.from([0, 1, 2, 3], (k) => (16 * 20 + k) % 251),
      );
    });
  });

  describe('when many small writes land on one block', () => {
    it('stacks overlays, then puts the block together as bytes past the depth bound', () => {
      let map = writeToBlocks(empty, 64, [{ offset: 0, length: 64, fill: 'base' }]);
      const model = fillPattern(fillSeedOf('base'), 0, 64);
      for (let i = 0; i < 20; i++) {
        map = writeToBlocks(map, 64, [{ offset: i * 3, data: new Uint8Array([i, i]) }]);
        model.set([i, i], i * 3);
        expect(readFromBlocks(map, 64, 0, 64)).toEqual(model);
        const version = map.get(0);
        expect(version?.kind === 'overlay' ? version.depth : 0).toBeLessThanOrEqual(8);
      }
      expect(map.get(0)?.kind).toBe('overlay');
    });

    it('writes a block this batch made in place instead of stacking (one batch)', () => {
      const writes = Array.from({ length: 100 }, (_, i) => ({
        offset: i,
        data: new Uint8Array([i + 1]),
      }));
      const map = writeToBlocks(empty, 128, writes);
      const version = map.get(0);
      expect(version?.kind).toBe('bytes');
      const expected = new Uint8Array(128);
      for (let i = 0; i < 100; i++) expected[i] = i + 1;
      expect(readFromBlocks(map, 128, 0, 128)).toEqual(expected);
    });

    it('leaves earlier versions of the block as they were', () => {
      const first = writeToBlocks(empty, 16, [{ offset: 0, data: new Uint8Array(16).fill(9) }]);
      const writes = Array.from({ length: 12 }, (_, i) => ({
        offset: i,
        data: new Uint8Array([1]),
      }));
      const second = writeToBlocks(first, 16, writes);
      expect(readFromBlocks(first, 16, 0, 16)).toEqual(new Uint8Array(16).fill(9));
      expect(readFromBlocks(second, 16, 0, 16)).toEqual(
        new Uint8Array([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 9, 9, 9]),
      );
    });
  });

  describe('when nothing was written to a range', () => {
    it('reads it as zeros, also around written blocks', () => {
      const map = writeToBlocks(empty, 16, [{ offset: 40, data: new Uint8Array([7, 7]) }]);
      const bytes = readFromBlocks(map, 16, 0, 64);
      const expected = new Uint8Array(64);
      expected.set([7, 7], 40);
      expect(bytes).toEqual(expected);
      expect(map.size).toBe(1);
    });
  });

  describe('when a fill write covers many whole blocks', () => {
    it('shares one version across them and overlays only the edges', () => {
      const map = writeToBlocks(empty, 16, [{ offset: 8, length: 16 * 100, fill: 'x' }]);
      expect(map.size).toBe(101);
      expect(map.get(1)).toBe(map.get(99));
      expect(map.get(1)?.kind).toBe('fill');
      expect([map.get(0)?.kind, map.get(100)?.kind]).toEqual(['overlay', 'overlay']);
    });
  });

  describe('when 100 GiB of fill is written with 512 KiB blocks', () => {
    it('stores it without allocating and reads back its first and last bytes', () => {
      const blockSize = 524_288;
      const total = 100 * 2 ** 30;
      const map = writeToBlocks(empty, blockSize, [{ offset: 0, length: total, fill: 'big' }]);
      const seed = fillSeedOf('big');
      expect(map.size).toBe(total / blockSize);
      expect(readFromBlocks(map, blockSize, 0, 32)).toEqual(fillPattern(seed, 0, 32));
      expect(readFromBlocks(map, blockSize, total - 32, 32)).toEqual(
        fillPattern(seed, total - 32, 32),
      );
      expect(readFromBlocks(map, blockSize, total, 16)).toEqual(new Uint8Array(16));
    });
  });

  describe('when identical bytes are written again', () => {
    it('creates a new version that diff reports', () => {
      const bytes = new Uint8Array(32).fill(5);
      const first = writeToBlocks(empty, 16, [{ offset: 0, data: bytes }]);
      const second = writeToBlocks(first, 16, [{ offset: 0, data: bytes }]);
      expect(readFromBlocks(second, 16, 0, 32)).toEqual(readFromBlocks(first, 16, 0, 32));
      expect([...first.diff(second)].map((change) => change.index)).toEqual([0, 1]);
      expect(first.countDiff(second)).toBe(2);
    });
  });

  describe('when the caller changes its buffer after writing', () => {
    it('keeps the bytes as they were at write time', () => {
      const bytes = new Uint8Array(40).fill(1);
      const map = writeToBlocks(empty, 16, [{ offset: 0, data: bytes }]);
      bytes.fill(9);
      expect(readFromBlocks(map, 16, 0, 40)).toEqual(new Uint8Array(40).fill(1));
    });
  });

  describe('when writes in one call overlap', () => {
    it('applies them in order so the later write wins', () => {
      const map = writeToBlocks(empty, 16, [
        { offset: 0, data: new Uint8Array(20).fill(1) },
        { offset: 10, data: new Uint8Array(4).fill(2) },
        { offset: 12, length: 1, fill: 'z' },
      ]);
      const expected = new Uint8Array(20).fill(1);
      expected.fill(2, 10, 14);
      expected.set(fillPattern(fillSeedOf('z'), 12, 1), 12);
      expect(readFromBlocks(map, 16, 0, 20)).toEqual(expected);
    });
  });

  describe('when the list of writes is empty or every write is zero bytes long', () => {
    it('returns the same map', () => {
      const map = writeToBlocks(empty, 16, [{ offset: 0, length: 16, fill: 'a' }]);
      expect(writeToBlocks(map, 16, [])).toBe(map);
      const zeroLength: BlockWrite[] = [
        { offset: 5, data: new Uint8Array(0) },
        { offset: 7, length: 0, fill: 'b' },
      ];
      expect(writeToBlocks(map, 16, zeroLength)).toBe(map);
    });
  });

  describe('when an internal range is invalid', () => {
    it('throws a plain Error', () => {
      expect(() => writeToBlocks(empty, 0, [{ offset: 0, length: 1, fill: 'a' }])).toThrow(Error);
      expect(() => readFromBlocks(empty, 16, -1, 4)).toThrow(/internal invariant/);
    });
  });
});

describe('readFromBlocks', () => {
  describe('when the same fill is written at different alignments on two disks', () => {
    it('reads the same bytes where they overlap', () => {
      const a = writeToBlocks(empty, 16, [{ offset: 3, length: 500, fill: 'same' }]);
      const b = writeToBlocks(empty, 64, [{ offset: 100, length: 900, fill: 'same' }]);
      const other = writeToBlocks(empty, 16, [{ offset: 3, length: 500, fill: 'other' }]);
      expect(readFromBlocks(a, 16, 100, 403)).toEqual(readFromBlocks(b, 64, 100, 403));
      expect(readFromBlocks(a, 16, 100, 403)).not.toEqual(readFromBlocks(other, 16, 100, 403));
    });
  });
});
