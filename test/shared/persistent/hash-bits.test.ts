import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a, popcount } from '../../../src/shared/persistent/hash-bits.js';
import { COLLIDING_KEYS } from './plain-structure.js';

describe('fnv1a', () => {
  describe('when given the published FNV-1a test strings', () => {
    it('returns the published 32-bit hashes', () => {
      expect(['', 'a', 'foobar'].map(fnv1a)).toEqual([0x811c9dc5, 0xe40c292c, 0xbf9cf968]);
    });
  });

  describe('when given the collision fixture keys', () => {
    it('returns one hash for all of them', () => {
      expect(new Set(COLLIDING_KEYS.map(fnv1a))).toEqual(new Set([3779146471]));
    });
  });
});

describe('popcount', () => {
  describe('when given any 32-bit integer, sign bit included', () => {
    it('counts the one bits', () => {
      fc.assert(
        fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (bits) => {
          const expected = [...(bits >>> 0).toString(2)].filter((b) => b === '1').length;
          expect(popcount(bits)).toBe(expected);
        }),
      );
    });
  });
});
