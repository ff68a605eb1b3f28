import { fnv1a, mix32 } from '../shared/hash.js';

// The bytes of a synthetic fill are a pure function of (fillSeed, absolute disk byte offset): byte
// `o` is byte `o % 4` (little-endian) of word `mix32(seed, floor(o / 4))`, where the seed is
// re-mixed for each 16 GiB segment past the first (see segmentSeed). Because only the
// absolute offset matters, one fill version can be shared by every block of a fill write, and a
// block read back in pieces or realigned gives the same bytes.

const WORDS_PER_SEGMENT = 2 ** 32;

// Bound once: test runners that rewrite imports (vitest) would otherwise turn every call in the
// word loop into a property read on a module object, which made it ~3x slower there.
const mixWord = mix32;

/**
 * The 32-bit FNV-1a hash of a fill name, which seeds that fill's byte pattern.
 *
 * @param fill - The fill name.
 * @returns An unsigned 32-bit integer.
 * @example
 * ```ts
 * fillSeedOf('db-pages') === fillSeedOf('db-pages'); //=> true
 * ```
 */
export function fillSeedOf(fill: string): number {
  return fnv1a(fill);
}

/**
 * Writes the fill pattern for absolute offsets [offset, offset + length) into `target`.
 *
 * @internal
 */
export function writeFillPattern(
  fillSeed: number,
  offset: number,
  length: number,
  target: Uint8Array,
  targetStart: number,
): void {
  let position = offset;
  let out = targetStart;
  const end = offset + length;
  // Leading bytes up to a word boundary.
  while (position < end && position % 4 !== 0) {
    target[out++] = byteAt(fillSeed, position++);
  }
  // Whole words, one mix per 4 bytes, a 16 GiB segment (2^32 words) at a time.
  while (end - position >= 4) {
    const word = position / 4;
    const high = Math.floor(word / WORDS_PER_SEGMENT);
    const first = word % WORDS_PER_SEGMENT;
    const count = Math.min(Math.floor((end - position) / 4), WORDS_PER_SEGMENT - first);
    writeWords(segmentSeed(fillSeed, high), first, count, target, out);
    position += count * 4;
    out += count * 4;
  }
  // Trailing bytes after the last whole word.
  while (position < end) target[out++] = byteAt(fillSeed, position++);
}

/** Words past 2^32 get a seed per 16 GiB segment, so the pattern never repeats on a disk. */
function segmentSeed(fillSeed: number, high: number): number {
  return high === 0 ? fillSeed : mix32(fillSeed, high);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Writes words `first .. first + count - 1` of a segment, little-endian, at `target[out]`. */
function writeWords(seed: number, first: number, count: number, target: Uint8Array, out: number) {
  const at = target.byteOffset + out;
  // The word index is carried as an int32 (`| 0`): Math.imul only sees its low 32 bits anyway,
  // and it keeps V8 on small-integer arithmetic for indices past 2^31.
  let word = first | 0;
  if (LITTLE_ENDIAN && at % 4 === 0) {
    // Fast path: native word stores are little-endian here, so no byte shuffling is needed.
    const words = new Uint32Array(target.buffer, at, count);
    for (let i = 0; i < count; i++, word = (word + 1) | 0) words[i] = mixWord(seed, word);
    return;
  }
  const view = new DataView(target.buffer, at, count * 4);
  for (let i = 0; i < count; i++, word = (word + 1) | 0) {
    view.setUint32(i * 4, mixWord(seed, word), true);
  }
}

function byteAt(fillSeed: number, offset: number): number {
  const word = Math.floor(offset / 4);
  const seed = segmentSeed(fillSeed, Math.floor(word / WORDS_PER_SEGMENT));
  const value = mix32(seed, word % WORDS_PER_SEGMENT);
  return (value >>> ((offset % 4) * 8)) & 0xff;
}

/**
 * The bytes of a fill pattern at absolute disk offsets [offset, offset + length).
 *
 * @param fillSeed - The fill's seed, from `fillSeedOf(name)`.
 * @param offset - Absolute disk byte offset of the first byte.
 * @param length - Number of bytes.
 * @returns A new array of `length` bytes.
 * @example
 * ```ts
 * const seed = fillSeedOf('logs');
 * fillPattern(seed, 4096, 8)[2] === fillPattern(seed, 4098, 1)[0]; //=> true
 * ```
 */
export function fillPattern(fillSeed: number, offset: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  writeFillPattern(fillSeed, offset, length, bytes, 0);
  return bytes;
}
