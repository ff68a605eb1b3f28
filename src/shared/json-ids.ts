/**
 * Parses a JSON-array-of-ids parameter (`DiskIds='["d-1","d-2"]'`, also accepting a real array).
 *
 * @param raw - The parameter's value.
 * @param max - The most ids allowed.
 * @returns The ids (an explicit empty list stays empty: a filter on it selects nothing, as real
 *   ECS answers `DiskIds='[]'`); `undefined` when absent; `null` when malformed or too many.
 * @internal
 */
export function parseJsonIds(raw: unknown, max: number): readonly string[] | undefined | null {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const list = parseJsonArray(raw);
  if (!list || list.length > max || !list.every((id) => typeof id === 'string')) return null;
  return list as string[];
}

/**
 * Reads a list parameter that the wire carries as JSON text (`'["0","6"]'`) and a caller may pass
 * as a real array.
 *
 * @param raw - The parameter's value.
 * @returns The array's items, or `null` when it is not valid JSON or not an array.
 * @internal
 */
export function parseJsonArray(raw: unknown): readonly unknown[] | null {
  let list: unknown = raw;
  if (typeof raw === 'string') {
    try {
      list = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  return Array.isArray(list) ? list : null;
}
