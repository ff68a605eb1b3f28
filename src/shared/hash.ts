/**
 * 32-bit FNV-1a hash of a string: small, fast and stable across platforms.
 *
 * @param text - Any string.
 * @returns An unsigned 32-bit integer.
 * @internal
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Mixes two 32-bit integers into one well-distributed 32-bit integer (murmur3's finaliser).
 *
 * @param a - First input.
 * @param b - Second input.
 * @returns An unsigned 32-bit integer.
 * @internal
 */
export function mix32(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
