/**
 * Hashes a string with 32-bit FNV-1a over its UTF-16 code units.
 *
 * @param key - The string to hash.
 * @returns An unsigned 32-bit integer.
 *
 * @example
 * ```ts
 * fnv1a(''); //=> 2166136261
 * ```
 */
export function fnv1a(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

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
