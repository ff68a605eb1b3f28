/**
 * An instant as an ISO 8601 UTC string. Entities carry it in the API's format
 * (`yyyy-MM-ddTHH:mm:ssZ`); the clock keeps milliseconds (`yyyy-MM-ddTHH:mm:ss.SSSZ`).
 *
 * @example
 * ```ts
 * const t = '2026-01-01T00:00:00Z' as Timestamp;
 * ```
 * @category Clock
 */
export type Timestamp = string & {
  /** Nominal marker for the type checker; absent at run time. */ readonly __brand: 'Timestamp';
};

/**
 * A point in time as users give it: an ISO 8601 string with a zone (`2026-01-01T00:00:00Z`,
 * `2026-01-01T08:00:00+08:00`) or a `Date`.
 *
 * @example
 * ```ts
 * const start: InstantInput = '2026-03-01T08:00:00Z';
 * ```
 * @category Clock
 */
export type InstantInput = string | Date;

/** The last time each formatter (and the parser) was asked for (pure functions, so safe to share). */
let lastApi: { readonly ms: number; readonly text: Timestamp } = {
  ms: Number.NaN,
  text: '' as Timestamp,
};
let lastPrecise: { readonly ms: number; readonly text: Timestamp } = {
  ms: Number.NaN,
  text: '' as Timestamp,
};
let lastParsed: { readonly ms: number; readonly text: string } = { ms: Number.NaN, text: '' };

const DAY_MS = 86_400_000;

/** The date part (`yyyy-MM-ddT`) of the last day formatted: instants of one day share it. */
let lastDay: { readonly day: number; readonly text: string } = { day: Number.NaN, text: '' };

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * `yyyy-MM-ddTHH:mm:ss.SSS` of whole epoch milliseconds with a four-digit year, or `undefined`
 * (then `toISOString` formats it). `toISOString` costs ~0.7 µs, and the clock moves on every
 * task the scheduler runs: the date is formatted once per day, the time of day by arithmetic.
 */
function fastIso(ms: number): string | undefined {
  if (!Number.isInteger(ms)) return undefined;
  const day = Math.floor(ms / DAY_MS);
  if (day !== lastDay.day) {
    if (!(Math.abs(day) <= 100_000_000)) return undefined;
    const date = new Date(day * DAY_MS).toISOString();
    // Five- and six-digit years have a sign and a longer date: left to toISOString.
    if (date.length !== 24) return undefined;
    lastDay = { day, text: date.slice(0, 11) };
  }
  const t = ms - day * DAY_MS;
  const millis = t % 1000;
  const seconds = (t - millis) / 1000;
  const hh = Math.floor(seconds / 3600);
  const mm = Math.floor(seconds / 60) % 60;
  const frac = millis < 10 ? `00${millis}` : millis < 100 ? `0${millis}` : `${millis}`;
  return `${lastDay.text}${pad2(hh)}:${pad2(mm)}:${pad2(seconds % 60)}.${frac}`;
}

/**
 * Formats epoch milliseconds the way ECS responses do: `yyyy-MM-ddTHH:mm:ssZ`, UTC.
 *
 * @param ms - Milliseconds since the Unix epoch.
 * @returns The API timestamp.
 * @internal
 */
export function apiTime(ms: number): Timestamp {
  // Every call formats the current time, which rarely moves between calls: remember the last one.
  if (ms === lastApi.ms) return lastApi.text;
  // Dropping the milliseconds gives the API's yyyy-MM-ddTHH:mm:ssZ.
  const iso = fastIso(ms) ?? new Date(ms).toISOString();
  const text = `${iso.slice(0, 19)}Z` as Timestamp;
  lastApi = { ms, text };
  return text;
}

/**
 * Formats epoch milliseconds with millisecond precision, for the clock itself.
 *
 * @param ms - Milliseconds since the Unix epoch.
 * @returns The precise timestamp.
 * @internal
 */
export function preciseTime(ms: number): Timestamp {
  // The scheduler formats the clock on every call, read-only ones included: remember the last one.
  if (ms === lastPrecise.ms) return lastPrecise.text;
  const fast = fastIso(ms);
  const text = (fast === undefined ? new Date(ms).toISOString() : `${fast}Z`) as Timestamp;
  lastPrecise = { ms, text };
  // The clock is read back right after it is set: the parser finds it remembered.
  if (fast !== undefined) lastParsed = { ms, text };
  return text;
}

/**
 * Reads a timestamp back to epoch milliseconds.
 *
 * @param time - A timestamp produced by this module.
 * @returns Milliseconds since the Unix epoch.
 * @internal
 */
export function millisOf(time: Timestamp): number {
  // Our own ISO strings only: Date.parse reads them exactly, much faster than parseISO. Every call
  // reads the clock, which rarely moves between calls: remember the last one.
  if (time === lastParsed.text) return lastParsed.ms;
  const ms = Date.parse(time);
  lastParsed = { ms, text: time };
  return ms;
}

/**
 * Whether `value` is a timestamp this module writes (precise or API form) of a representable time:
 * what a saved world's times are checked with.
 *
 * @param value - Anything.
 * @returns `true` for a timestamp.
 * @internal
 */
export function isTimestamp(value: unknown): value is Timestamp {
  if (typeof value !== 'string') return false;
  const ms = Date.parse(value);
  return isRepresentable(ms) && (preciseTime(ms) === value || apiTime(ms) === value);
}

/**
 * The last instant the virtual clock can reach: the API's `yyyy-MM-ddTHH:mm:ssZ` has four digits
 * for the year (a later time would be written `+010000-...` and lose its seconds).
 *
 * @example
 * ```ts
 * new Date(LAST_TIME_MS).toISOString(); //=> '9999-12-31T23:59:59.999Z'
 * ```
 * @category Clock
 */
export const LAST_TIME_MS = Date.parse('9999-12-31T23:59:59.999Z');

/** The first instant with a four-digit year. */
const FIRST_TIME_MS = Date.parse('0000-01-01T00:00:00.000Z');

/**
 * Whether the clock can show an instant: years 0000 to 9999.
 *
 * @param ms - Epoch milliseconds.
 * @returns `true` when the API's format can write it.
 * @internal
 */
export function isRepresentable(ms: number): boolean {
  return ms >= FIRST_TIME_MS && ms <= LAST_TIME_MS;
}

/**
 * Writes any epoch-millisecond number for a message, even one no `Date` can hold.
 *
 * @param ms - Epoch milliseconds.
 * @returns An ISO time, or a description.
 * @internal
 */
export function describeInstant(ms: number): string {
  if (Number.isNaN(ms)) return 'a time no Date can hold';
  return Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : `${ms} ms after 1970`;
}

/**
 * Parses what a user may pass as a point in time: an ISO 8601 string with an offset or `Z`, or a
 * `Date`. Strings without a zone are refused rather than read in the machine's time zone.
 *
 * @param input - The user's value.
 * @returns Epoch milliseconds, or `undefined` when it is not a valid, zoned instant of the years
 *   0000 to 9999.
 * @internal
 */
export function parseInstant(input: unknown): number | undefined {
  const ms = instantOf(input);
  return ms !== undefined && isRepresentable(ms) ? ms : undefined;
}

function instantOf(input: unknown): number | undefined {
  if (input instanceof Date) return Number.isFinite(input.getTime()) ? input.getTime() : undefined;
  if (typeof input !== 'string') return undefined;
  const match = ZONED_INSTANT.exec(input);
  if (!match) return undefined;
  const [, year, month, day, hours, minutes, seconds, sign, offsetHours, offsetMinutes] = match;
  return zonedInstant(
    [Number(year), Number(month) - 1, Number(day)],
    [Number(hours), Number(minutes), seconds === undefined ? 0 : Number(seconds)],
    sign === undefined ? 0 : (sign === '+' ? -1 : 1) * Number(offsetHours),
    sign === undefined ? 0 : (sign === '+' ? -1 : 1) * Number(offsetMinutes),
  );
}

// What parseInstant accepts: a zoned ISO 8601 date-time. Its parsing and range checks are date-fns
// `parseISO`'s, rule for rule (a test compares the two); a few lines here instead of loading
// date-fns at import time.
const ZONED_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:Z|([+-])(\d{2}):?(\d{2}))$/;

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 1 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month] ?? 0);
}

function isLeapYear(year: number): boolean {
  return year % 400 === 0 || (year % 4 === 0 && year % 100 !== 0);
}

/** Epoch ms of a checked calendar date and time at a UTC offset (`-sign`, as parseISO adds it). */
function zonedInstant(
  [year, month, day]: readonly [number, number, number],
  [hours, minutes, seconds]: readonly [number, number, number],
  offsetHours: number,
  offsetMinutes: number,
): number | undefined {
  if (month < 0 || month > 11 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const timeValid =
    hours === 24 ? minutes === 0 && seconds === 0 : hours < 24 && minutes < 60 && seconds < 60;
  if (!timeValid || Math.abs(offsetMinutes) > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  const time = hours * HOUR_MS + minutes * MINUTE_MS + seconds * 1000;
  const offset = offsetHours * HOUR_MS + offsetMinutes * MINUTE_MS;
  const ms = new Date(date.getTime() + time + offset).getTime();
  return Number.isFinite(ms) ? ms : undefined;
}
