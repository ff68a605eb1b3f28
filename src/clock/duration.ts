// The calendar arithmetic below is a few lines of our own, so the package depends on no date
// library at all (loading the date-fns index took ~300 ms of every import of the package).

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
export type DurationInput =
  | string
  | number
  | {
      /** Calendar years (UTC). */
      years?: number;
      /** Calendar months, clamped to the end of a shorter month. */
      months?: number;
      /** Weeks of 7 calendar days. */
      weeks?: number;
      /** Calendar days. */
      days?: number;
      /** Hours. */
      hours?: number;
      /** Minutes. */
      minutes?: number;
      /** Seconds. */
      seconds?: number;
    };

/** The parts of a duration: the shape of a date-fns `Duration`, which is accepted as it is. */
type Duration = Exclude<DurationInput, string | number>;

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
  return addInUtc(fromMs, duration);
}

/**
 * date-fns's `add(from, duration, { in: utc })`, step for step with the UTC methods of `Date`:
 * years and months first (clamped to the end of a shorter month), then weeks and days as calendar
 * days, then hours, minutes and seconds as exact milliseconds. Fractions of months and days are
 * truncated by `Date` exactly as date-fns lets them be. A test compares the two.
 */
function addInUtc(fromMs: number, duration: Duration): number {
  const {
    years = 0,
    months = 0,
    weeks = 0,
    days = 0,
    hours = 0,
    minutes = 0,
    seconds = 0,
  } = duration;
  let ms = months || years ? addMonthsInUtc(fromMs, months + years * 12) : fromMs;
  const totalDays = days + weeks * 7;
  if (totalDays) {
    const date = new Date(ms);
    date.setUTCDate(date.getUTCDate() + totalDays);
    ms = date.getTime();
  }
  // Through a Date like date-fns's result: fractions of a millisecond are dropped.
  return new Date(ms + (seconds + (minutes + hours * 60) * 60) * 1000).getTime();
}

function addMonthsInUtc(fromMs: number, amount: number): number {
  if (!amount) return fromMs;
  const date = new Date(fromMs);
  const dayOfMonth = date.getUTCDate();
  // Day 0 of the month after the target month is the target month's last day.
  const endOfTarget = new Date(fromMs);
  endOfTarget.setUTCMonth(date.getUTCMonth() + amount + 1, 0);
  if (dayOfMonth >= endOfTarget.getUTCDate()) return endOfTarget.getTime();
  date.setUTCFullYear(endOfTarget.getUTCFullYear(), endOfTarget.getUTCMonth(), dayOfMonth);
  return date.getTime();
}
