import { CHINA_OFFSET_MS } from '../clock/china-time.js';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * When a policy fires: hours of the day and days of the week, both in UTC+8.
 *
 * @internal
 */
export interface PolicyTimes {
  /** Hours 0-23, ascending, no duplicates. */
  readonly timePoints: readonly number[];
  /** ISO weekdays 1-7 (1 = Monday), ascending, no duplicates. */
  readonly repeatWeekdays: readonly number[];
}

/** The ISO weekday (1 = Monday) of a UTC+8 day number (days since 1970-01-01, a Thursday). */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * The first time point of a policy strictly after an instant: pure arithmetic on UTC+8 days and
 * hours, at most eight days ahead (a weekday comes round within a week).
 *
 * @param times - The policy's hours and weekdays (both non-empty).
 * @param afterMs - Epoch milliseconds.
 * @returns The next due instant, epoch milliseconds.
 * @internal
 */
export function nextTimePoint(times: PolicyTimes, afterMs: number): number {
  const today = Math.floor((afterMs + CHINA_OFFSET_MS) / DAY_MS);
  for (let day = today; day <= today + 8; day++) {
    if (!times.repeatWeekdays.includes(isoWeekday(day))) continue;
    for (const hour of times.timePoints) {
      const at = day * DAY_MS + hour * HOUR_MS - CHINA_OFFSET_MS;
      if (at > afterMs) return at;
    }
  }
  throw new Error('fake-ecs internal invariant broken: a policy without time points or weekdays');
}

/**
 * Which time point of its UTC+8 day an instant is, counting from 1: the `N` of `auto_yyyyMMdd_N`.
 *
 * @param times - The policy's hours.
 * @param atMs - A due instant of the policy.
 * @returns 1 for the day's first time point, 2 for the second, ...
 * @internal
 */
export function timePointOrdinal(times: Pick<PolicyTimes, 'timePoints'>, atMs: number): number {
  const hour = Math.floor(((((atMs + CHINA_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
  return times.timePoints.filter((h) => h <= hour).length || 1;
}
