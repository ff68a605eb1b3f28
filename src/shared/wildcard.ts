/**
 * A name filter with ECS's fuzzy search: `*` matches any run of characters (none included), every
 * other character only itself; a pattern without `*` is an exact match. `InstanceName` of
 * DescribeInstances and `KeyPairName` of DescribeKeyPairs filter this way.
 *
 * @param pattern - The filter, e.g. `web-*` or `*-prod-*`.
 * @returns A predicate over names.
 * @example
 * ```ts
 * wildcardMatcher('web-*')('web-01'); //=> true
 * ```
 * @internal
 */
export function wildcardMatcher(pattern: string): (name: string) => boolean {
  if (!pattern.includes('*')) return (name) => name === pattern;
  const parts = pattern.split('*');
  const first = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  const middle = parts.slice(1, -1);
  return (name) => {
    if (name.length < first.length + last.length) return false;
    if (!name.startsWith(first) || !name.endsWith(last)) return false;
    // Each middle piece at its earliest place after the previous one: greedy-left is exact for
    // `*` (any run), and linear in the name's length.
    let at = first.length;
    const end = name.length - last.length;
    for (const piece of middle) {
      const found = name.indexOf(piece, at);
      if (found < 0 || found + piece.length > end) return false;
      at = found + piece.length;
    }
    return true;
  };
}
