/**
 * Automatic snapshot policies speak China Standard Time (UTC+8, no daylight saving): their time
 * points are UTC+8 hours and their snapshots are named after the UTC+8 date. The offset is fixed,
 * so this arithmetic never depends on the machine's time zone.
 *
 * @internal
 */
export const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/**
 * The UTC+8 calendar date of an instant, as `yyyyMMdd` (the date in an automatic snapshot's name).
 *
 * @param ms - Epoch milliseconds.
 * @returns E.g. `20260101`.
 * @internal
 */
export function chinaDate(ms: number): string {
  // Shifting by the fixed offset and reading the UTC fields gives the UTC+8 wall-clock date.
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '');
}
