/**
 * Milliseconds in an hour: billing periods are whole UTC hours of the virtual clock.
 *
 * @internal
 */
export const HOUR_MS = 3_600_000;

/**
 * The hour an instant falls in.
 *
 * @param ms - Epoch milliseconds.
 * @returns Whole hours since the Unix epoch (UTC, independent of the machine's time zone).
 * @internal
 */
export function hourOf(ms: number): number {
  return Math.floor(ms / HOUR_MS);
}

/**
 * The first hour starting at or after an instant (an instant inside an hour rounds up to its end).
 *
 * @param ms - Epoch milliseconds.
 * @returns Whole hours since the Unix epoch.
 * @internal
 */
export function hourCeil(ms: number): number {
  return Math.ceil(ms / HOUR_MS);
}
