export { fnv1a } from '../hash.js';

/**
 * Counts the set bits of a 32-bit integer.
 *
 * @param bits - Any 32-bit integer.
 * @returns The number of one bits, 0 to 32.
 *
 * @example
 * ```ts
 * popcount(0b1011); //=> 3
 * ```
 */
export function popcount(bits: number): number {
  let x = bits - ((bits >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
