import { bench, describe } from 'vitest';
import {
  BlockMap,
  type BlockVersion,
  fillPattern,
  readFromBlocks,
  writeToBlocks,
} from '../../src/blocks/index.js';

// Block-map costs against in-process baselines (a mutable Map, a plain typed-array fill). The
// numbers to read are the ratios vitest prints, not absolute times.

/** A small deterministic PRNG (mulberry32) so every run writes the same blocks. */
function randomIndices(count: number, below: number, seed: number): number[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return Array.from({ length: count }, () => Math.floor(next() * below));
}

const writes = randomIndices(100_000, 4_000_000, 1);
const writeEntries = writes.map((index) => [index, index] as const);

describe('100,000 random single-block writes into an empty map', () => {
  bench('BlockMap.setMany (persistent, one batch)', () => {
    BlockMap.empty<number>().setMany(writeEntries);
  });

  bench('Map.set x100,000 (mutable baseline)', () => {
    const map = new Map<number, number>();
    for (const index of writes) map.set(index, index);
  });
});

// One index in each group of four: exactly 1,000,000 distinct blocks at 25 % density.
const existing = randomIndices(1_000_000, 4, 2).map((offset, group) => group * 4 + offset);
const bigBlockMap = BlockMap.empty<number>().setMany(existing.map((index) => [index, 0] as const));
const bigMap = new Map(existing.map((index) => [index, 0]));

describe(`100,000 individual writes into a map of ${bigBlockMap.size} entries`, () => {
  bench('BlockMap.set x100,000 (persistent, path copy each)', () => {
    let map = bigBlockMap;
    for (const index of writes) map = map.set(index, index + 1);
  });

  bench('BlockMap.setMany (persistent, one batch)', () => {
    bigBlockMap.setMany(writeEntries);
  });

  bench('Map.set x100,000 (mutable baseline)', () => {
    for (const index of writes) bigMap.set(index, index + 1);
  });
});

const clustered = Array.from({ length: 1000 }, (_, i) => [2_000_000 + i, i] as const);

describe(`1,000 consecutive writes (one file rewritten) into a map of ${bigBlockMap.size} entries`, () => {
  bench('BlockMap.setMany (persistent, one batch)', () => {
    bigBlockMap.setMany(clustered);
  });

  bench('BlockMap.set x1,000 (persistent, path copy each)', () => {
    let map = bigBlockMap;
    for (const [index, value] of clustered) map = map.set(index, value);
  });

  bench('Map.set x1,000 (mutable baseline)', () => {
    for (const [index, value] of clustered) bigMap.set(index, value);
  });
});

describe('materialising one 512 KiB block', () => {
  bench('fillPattern (synthetic fill bytes)', () => {
    fillPattern(0x1234_5678, 2 ** 33, 524_288);
  });

  bench('new Uint8Array + fill (allocation baseline)', () => {
    new Uint8Array(524_288).fill(7);
  });
});

describe('a 100 GiB fill write with 512 KiB blocks, then a 4 KiB read', () => {
  bench('writeToBlocks + readFromBlocks', () => {
    const map = writeToBlocks(BlockMap.empty<BlockVersion>(), 524_288, [
      { offset: 4096, length: 100 * 2 ** 30, fill: 'bench' },
    ]);
    readFromBlocks(map, 524_288, 50 * 2 ** 30, 4096);
  });
});
