import { LAST_TIME_MS } from '../clock/timestamp.js';
import type { EcsClock } from '../facade/clock-controls.js';

const LAST_TIME = new Date(LAST_TIME_MS);

/**
 * How the world's virtual clock moves while a server runs.
 *
 * @internal
 */
export interface ServerClock {
  /** `real-time`: virtual time follows the wall clock (times `scale`); `manual`: only when told. */
  readonly mode: 'real-time' | 'manual';
  /** Virtual milliseconds per real millisecond in `real-time` mode. */
  readonly scale: number;
  /** Brings the virtual clock up to date; called before every operation. No timers are needed. */
  tick(): void;
}

/**
 * The fastest real-time clock: a real second is 11.6 virtual days, so reaching the last time the
 * clock can show takes years of real time (no `clockScale` makes every answer fail).
 *
 * @internal
 */
export const MAX_CLOCK_SCALE = 1_000_000;

/**
 * Drives a world's clock from the wall clock: before each operation, the virtual clock advances by
 * the real time elapsed since the previous one, times `scale`, and stops at the last time it can
 * show. Manual advances add to it (the clock never goes back), so a test can jump ahead and real
 * time keeps running from there. It drives whichever world the server serves at the time (a reset
 * world starts from its own time).
 *
 * @param clockOf - The clock of the world served now.
 * @param mode - `real-time` or `manual`.
 * @param scale - Virtual milliseconds per real millisecond.
 * @param realNow - The wall clock in epoch milliseconds.
 * @returns The driver.
 * @internal
 */
export function serverClock(
  clockOf: () => Pick<EcsClock, 'advance' | 'advanceTo' | 'now'>,
  mode: 'real-time' | 'manual',
  scale: number,
  realNow: () => number,
): ServerClock {
  let last = realNow();
  let carry = 0;
  return {
    mode,
    scale,
    tick() {
      if (mode === 'manual') return;
      const now = realNow();
      const elapsed = Math.max(0, now - last) * scale + carry;
      last = now;
      const whole = Math.floor(elapsed);
      carry = elapsed - whole;
      if (whole <= 0) return;
      const clock = clockOf();
      // The clock shows whole seconds: keep a second's margin before the last time it can show.
      const room = LAST_TIME_MS - Date.parse(clock.now()) - 1000;
      if (whole < room) clock.advance(whole);
      else clock.advanceTo(LAST_TIME);
    },
  };
}
