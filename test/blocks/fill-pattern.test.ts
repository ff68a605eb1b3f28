import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillPattern, fillSeedOf } from '../../src/blocks/index.js';

/** An independent statement of the documented pattern: murmur3 fmix32 over seed ^ word * phi. */
function referenceWord(seed: number, word: number): number {
  let h = seed ^ Math.imul(word, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

describe('fillSeedOf', () => {
  describe('when given known strings', () => {
    it('returns their 32-bit FNV-1a hashes', () => {
      expect(fillSeedOf('')).toBe(0x811c9dc5);
      expect(fillSeedOf('a')).toBe(0xe40c292c);
      expect(fillSeedOf('foobar')).toBe(0xbf9cf968);
    });
  });
});

describe('fillPattern', () => {
  describe('when read at the start of the disk', () => {
    it('lays each mixed word out little-endian', () => {
      const seed = fillSeedOf('db-pages');
      const bytes = fillPattern(seed, 0, 8);
      const words = [referenceWord(seed, 0), referenceWord(seed, 1)];
      const expected = words.flatMap((w) => [w & 255, (w >>> 8) & 255, (w >>> 16) & 255, w >>> 24]);
      expect([...bytes]).toEqual(expected);
    });
  });

  describe('when a range is read in pieces or at another alignment', () => {
    it('gives the same bytes as reading it whole', () => {
      fc.assert(
        fc.property(
          fc.nat(),
          fc.oneof(
            fc.integer({ min: 0, max: 10_000 }),
            fc.integer({ min: 2 ** 34 - 200, max: 2 ** 34 + 200 }),
            fc.integer({ min: 2 ** 48 - 1000, max: 2 ** 48 - 300 }),
          ),
          fc.integer({ min: 0, max: 300 }),
          fc.integer({ min: 0, max: 300 }),
          (seed, offset, length, cut) => {
            const whole = fillPattern(seed, offset, length);
            const at = Math.min(cut, length);
            const head = fillPattern(seed, offset, at);
            const tail = fillPattern(seed, offset + at, length - at);
            expect([...head, ...tail]).toEqual([...whole]);
            // A target at an odd byte position takes the unaligned path.
            const shifted = new Uint8Array(length + 1).subarray(1);
            shifted.set(whole);
            expect([...shifted]).toEqual([...whole]);
          },
        ),
        { numRuns: 200 },
      );
    });
  });

  describe('when the offset is past 16 GiB', () => {
    it('does not repeat the pattern of the first 16 GiB', () => {
      const seed = fillSeedOf('big');
      expect([...fillPattern(seed, 2 ** 34, 64)]).not.toEqual([...fillPattern(seed, 0, 64)]);
      expect([...fillPattern(seed, 2 ** 34 + 8, 8)]).toEqual(
        [...fillPattern(seed, 2 ** 34, 16)].slice(8),
      );
    });
  });

  describe('when two fills have different names', () => {
    it('gives different bytes at the same offset', () => {
      const a = fillPattern(fillSeedOf('alpha'), 4096, 64);
      const b = fillPattern(fillSeedOf('beta'), 4096, 64);
      expect([...a]).not.toEqual([...b]);
      expect([...a]).toEqual([...fillPattern(fillSeedOf('alpha'), 4096, 64)]);
    });
  });
});
