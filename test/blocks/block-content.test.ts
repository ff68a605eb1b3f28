import { describe, expect, it } from 'vitest';
import { bytesBlockVersion, fillBlockVersion, fillSeedOf } from '../../src/blocks/index.js';

describe('bytesBlockVersion', () => {
  describe('when the caller changes its bytes afterwards', () => {
    it('keeps its own copy and is frozen', () => {
      const bytes = new Uint8Array([1, 2, 3, 4]);
      const version = bytesBlockVersion(bytes);
      bytes[0] = 9;
      expect([...version.data]).toEqual([1, 2, 3, 4]);
      expect(version.kind).toBe('bytes');
      expect(Object.isFrozen(version)).toBe(true);
    });
  });
});

describe('fillBlockVersion', () => {
  describe('when called twice with one name', () => {
    it('returns distinct frozen versions with the same seed', () => {
      const first = fillBlockVersion('logs');
      const second = fillBlockVersion('logs');
      expect(first).not.toBe(second);
      expect(first).toEqual({ kind: 'fill', fill: 'logs', fillSeed: fillSeedOf('logs') });
      expect(Object.isFrozen(first)).toBe(true);
    });
  });
});
