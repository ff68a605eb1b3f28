import { utc } from '@date-fns/utc';
import { add, type Duration } from 'date-fns';

/**
 * How far to move the virtual clock: an ISO 8601 duration (`'PT10M'`, `'P1DT2H'`), a number of
 * milliseconds, or a date-fns `Duration` object (`{ hours: 2 }`).
 *
 * @example
 * ```ts
 * const by: DurationInput = 'PT10M';
 * ```
 * @category Clock
 */
export type DurationInput = string | number | Duration;

const ISO_DURATION =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const DURATION_KEYS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;

function parseIsoDuration(text: string): Duration | undefined {
  const match = ISO_DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const duration: Duration = {};
  DURATION_KEYS.forEach((key, i) => {
    const part = match[i + 1];
    if (part !== undefined) duration[key] = Number(part);
  });
  return duration;
}

function isDurationObject(value: unknown): value is Duration {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.every(
    ([key, v]) =>
      (DURATION_KEYS as readonly string[]).includes(key) &&
      (v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0)),
  );
}

/**
 * Resolves a duration to the instant it reaches from `fromMs`, calendar-aware in UTC (one month
 * from 31 January is the end of February, whatever the machine's time zone).
 *
 * @param by - The duration.
 * @param fromMs - The starting instant, epoch milliseconds.
 * @returns The target instant in epoch milliseconds, or `undefined` when `by` is not a valid,
 *   non-negative duration.
 * @internal
 */
export function addDuration(by: unknown, fromMs: number): number | undefined {
  if (typeof by === 'number') return Number.isFinite(by) && by >= 0 ? fromMs + by : undefined;
  const duration =
    typeof by === 'string' ? parseIsoDuration(by) : isDurationObject(by) ? by : undefined;
  if (!duration) return undefined;
  return add(fromMs, duration, { in: utc }).getTime();
}
