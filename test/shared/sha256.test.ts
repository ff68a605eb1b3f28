import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Base64 } from '../../src/shared/sha256.js';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const reference = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

/** Deterministic pseudo-random bytes: fast-check draws one seed, not half a million bytes. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed | 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

describe('sha256', () => {
  describe('on the NIST FIPS 180-4 example messages', () => {
    it.each([
      ['the empty message', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
      ['"abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
      [
        'the 448-bit message',
        'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
        '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
      ],
      [
        'the 896-bit message',
        'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
        'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
      ],
      [
        'one million "a"',
        'a'.repeat(1_000_000),
        'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
      ],
    ])('hashes %s', (_name, message, digest) => {
      expect(hex(sha256(ascii(message)))).toBe(digest);
    });
  });

  it('returns 32 bytes and leaves its input untouched', () => {
    const input = noise(1000, 7);
    const copy = input.slice();
    expect(sha256(input)).toHaveLength(32);
    expect(input).toEqual(copy);
  });

  it('hashes only the view it is given, not the whole underlying buffer', () => {
    const whole = noise(300, 11);
    const view = whole.subarray(17, 250);
    expect(hex(sha256(view))).toBe(reference(view).toString('hex'));
  });

  it('gives the same digest when called again (no state leaks between calls)', () => {
    const input = noise(4096, 3);
    const first = hex(sha256(input));
    sha256(noise(777, 5));
    expect(hex(sha256(input))).toBe(first);
  });

  it('agrees with node:crypto on random messages of 0 to 300 bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), (bytes) => {
        expect(hex(sha256(bytes))).toBe(reference(bytes).toString('hex'));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with node:crypto on large messages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 64 * 1024, max: 600 * 1024 }), fc.integer(), (length, seed) => {
        const bytes = noise(length, seed);
        expect(hex(sha256(bytes))).toBe(reference(bytes).toString('hex'));
      }),
      { numRuns: 5 },
    );
  });
});

describe('sha256Base64', () => {
  it('spells the digest as standard padded base64', () => {
    expect(sha256Base64(new Uint8Array(0))).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(sha256Base64(ascii('abc'))).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
  });

  it('agrees with node:crypto on random messages', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), (bytes) => {
        expect(sha256Base64(bytes)).toBe(reference(bytes).toString('base64'));
      }),
    );
  });

  it('hashes a 512 KiB block', () => {
    const block = noise(512 * 1024, 42);
    expect(sha256Base64(block)).toBe(reference(block).toString('base64'));
  });
});
