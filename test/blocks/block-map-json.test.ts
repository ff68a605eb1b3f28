import { describe, expect, it } from 'vitest';
import { bytesBlockVersion, fillBlockVersion } from '../../src/blocks/index.js';
import { BlockMap, type BlockVersion } from '../../src/index.js';

describe('BlockMap.toJSON', () => {
  describe('when consecutive blocks share a value', () => {
    it('writes them as one run, each distinct value once', () => {
      const a = fillBlockVersion('a');
      const b = fillBlockVersion('b');
      const map = BlockMap.empty<BlockVersion>().setRange(10, 1000, a).set(1010, b).set(2000, a);
      expect(JSON.parse(JSON.stringify(map))).toEqual({
        size: 1002,
        values: [
          { kind: 'fill', fill: 'a', fillSeed: a.fillSeed },
          { kind: 'fill', fill: 'b', fillSeed: b.fillSeed },
        ],
        runs: [
          [10, 1000, 0],
          [1010, 1, 1],
          [2000, 1, 0],
        ],
      });
    });
  });

  describe('when equal fills come from different writes', () => {
    it('keeps them apart, as the snapshot mechanism does', () => {
      const map = BlockMap.empty<BlockVersion>()
        .set(0, fillBlockVersion('x'))
        .set(1, fillBlockVersion('x'));
      expect(map.toJSON().runs).toEqual([
        [0, 1, 0],
        [1, 1, 1],
      ]);
    });
  });

  describe('when a block holds real bytes', () => {
    it('spells the bytes as base64, not as one key per byte', () => {
      const version = bytesBlockVersion(new Uint8Array([104, 105, 33]));
      expect(JSON.parse(JSON.stringify(version))).toEqual({ kind: 'bytes', base64: 'aGkh' });
      expect(Object.keys(version)).toEqual(['kind', 'data']);
    });
  });
});
