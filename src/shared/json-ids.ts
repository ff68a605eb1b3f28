/**
 * Parses a JSON-array-of-ids parameter (`DiskIds='["d-1","d-2"]'`, also accepting a real array).
 *
 * @param raw - The parameter's value.
 * @param max - The most ids allowed.
 * @returns The ids; `undefined` when absent or empty; `null` when malformed or too many.
 * @internal
 */
export function parseJsonIds(raw: unknown, max: number): readonly string[] | undefined | null {
  if (raw === undefined || raw === null || raw === '') return undefined;
  let list: unknown = raw;
  if (typeof raw === 'string') {
    try {
      list = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (!Array.isArray(list) || list.length > max || !list.every((id) => typeof id === 'string'))
    return null;
  return list.length === 0 ? undefined : (list as string[]);
}
