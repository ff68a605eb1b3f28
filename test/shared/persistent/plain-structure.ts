/** Keys whose 32-bit FNV-1a hashes are all 3779146471: they share one collision bucket. */
export const COLLIDING_KEYS = [
  'k4uzx',
  'kf2ad',
  'p7k5g-f1p',
  'p1syz-lqa',
  'p1rdr-osr',
  'p26oz-qjo',
] as const;

/** Two more colliding pairs, so several buckets can exist at once. */
export const COLLIDING_PAIRS = [
  ['k4uzy', 'kf2ae'],
  ['k4uzz', 'kf2af'],
] as const;

/**
 * Tells whether every object and array reachable from `value` is frozen.
 *
 * @param value - The structure to walk.
 * @returns `true` when nothing reachable can be mutated.
 */
export function everyNodeFrozen(value: unknown): boolean {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (!Object.isFrozen(node)) return false;
    stack.push(...Object.values(node));
  }
  return true;
}

/**
 * Serialises and parses a value, as exporting and re-importing a world does.
 *
 * @param value - Plain data.
 * @returns A structurally equal, unfrozen copy.
 */
export function jsonRoundTrip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
