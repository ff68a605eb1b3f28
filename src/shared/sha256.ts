// FIPS 180-4 SHA-256 in plain TypeScript. `node:crypto` is banned in src and WebCrypto is async,
// while the facade is synchronous, so the digest is computed here.

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
// biome-ignore format: eight constants a row, as FIPS 180-4 prints them
const K = Uint32Array.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
);

/** The first 32 bits of the fractional parts of the square roots of the first 8 primes. */
// biome-ignore format: one row
const INITIAL_STATE = Uint32Array.of(
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
);

// Reused across calls: hashing is synchronous, so no two calls can interleave.
const W = new Uint32Array(64);

// Typed-array reads are typed `number | undefined` under `noUncheckedIndexedAccess`; every index
// below is in range, and `?? 0` satisfies the compiler at no measurable cost.

/** Reads a word whose index is known to be in range. */
const word = (words: Uint32Array, i: number): number => words[i] ?? 0;

/** Loads the 64-byte block at `p` into the message schedule `W`. */
function expand(bytes: Uint8Array, p: number): void {
  for (let i = 0; i < 16; i++) {
    const j = p + i * 4;
    W[i] =
      ((bytes[j] ?? 0) << 24) |
      ((bytes[j + 1] ?? 0) << 16) |
      ((bytes[j + 2] ?? 0) << 8) |
      (bytes[j + 3] ?? 0);
  }
  for (let i = 16; i < 64; i++) {
    const x = W[i - 15] ?? 0;
    const y = W[i - 2] ?? 0;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    W[i] = ((W[i - 16] ?? 0) + s0 + (W[i - 7] ?? 0) + s1) | 0;
  }
}

/** Runs the 64 rounds over the schedule in `W` and adds the result into `state`. */
function mix(state: Uint32Array): void {
  let a = word(state, 0);
  let b = word(state, 1);
  let c = word(state, 2);
  let d = word(state, 3);
  let e = word(state, 4);
  let f = word(state, 5);
  let g = word(state, 6);
  let h = word(state, 7);
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + (K[i] ?? 0) + (W[i] ?? 0)) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  // Uint32Array stores wrap modulo 2^32, which is exactly SHA-256's addition.
  state[0] = word(state, 0) + a;
  state[1] = word(state, 1) + b;
  state[2] = word(state, 2) + c;
  state[3] = word(state, 3) + d;
  state[4] = word(state, 4) + e;
  state[5] = word(state, 5) + f;
  state[6] = word(state, 6) + g;
  state[7] = word(state, 7) + h;
}

/** Mixes the 64-byte blocks of `bytes` from `offset` to `end` into `state`. */
function compress(state: Uint32Array, bytes: Uint8Array, offset: number, end: number): void {
  for (let p = offset; p < end; p += 64) {
    expand(bytes, p);
    mix(state);
  }
}

/**
 * Computes the SHA-256 digest of some bytes, synchronously.
 *
 * @param data - The bytes to hash; they are not modified.
 * @returns A new 32-byte digest.
 * @example
 * ```ts
 * const digest = sha256(new TextEncoder().encode('abc'));
 * digest.length; //=> 32
 * digest[0]; //=> 0xba
 * ```
 * @internal
 */
export function sha256(data: Uint8Array): Uint8Array {
  const state = INITIAL_STATE.slice();
  const whole = data.length - (data.length % 64);
  compress(state, data, 0, whole);

  // The tail, a 0x80 marker, zeros, and the bit length as a 64-bit big-endian integer fill one
  // block, or two when fewer than 9 bytes of the first are left.
  const rest = data.length - whole;
  const tail = new Uint8Array(rest < 56 ? 64 : 128);
  tail.set(data.subarray(whole));
  tail[rest] = 0x80;
  const view = new DataView(tail.buffer);
  // Split by hand: a bit count over 2^32 does not survive JavaScript's 32-bit shifts.
  view.setUint32(tail.length - 8, Math.floor(data.length / 0x20000000));
  view.setUint32(tail.length - 4, (data.length << 3) >>> 0);
  compress(state, tail, 0, tail.length);

  const digest = new Uint8Array(32);
  const out = new DataView(digest.buffer);
  for (let i = 0; i < 8; i++) out.setUint32(i * 4, word(state, i));
  return digest;
}

/**
 * Computes the SHA-256 digest of some bytes as standard, padded base64.
 *
 * @param data - The bytes to hash; they are not modified.
 * @returns 44 characters of base64.
 * @example
 * ```ts
 * sha256Base64(new Uint8Array(0)); //=> '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='
 * ```
 * @internal
 */
export function sha256Base64(data: Uint8Array): string {
  return btoa(String.fromCharCode(...sha256(data)));
}
