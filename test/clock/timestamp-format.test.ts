// The clock's formatters write the date part once per day and the time of day by arithmetic: they
// must agree with `toISOString` on every instant, in any order of calls (each remembers the last
// day and the last instant it formatted).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiTime, millisOf, preciseTime } from '../../src/clock/timestamp.js';

const FIRST = new Date('0000-01-01T00:00:00Z').getTime();
const LAST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const iso = (ms: number): string => new Date(ms).toISOString();
const api = (ms: number): string => `${iso(ms).slice(0, 19)}Z`;

describe('the clock formatters', () => {
  it('write what toISOString writes, to the millisecond and to the second', () => {
    const instant = fc.oneof(
      fc.integer({ min: FIRST, max: LAST }),
      // Near midnight, month ends and leap days, where a date part is shared or not.
      fc
        .tuple(
          fc.integer({ min: 1970, max: 2100 }),
          fc.integer({ min: 0, max: 11 }),
          fc.integer({ min: 27, max: 32 }),
          fc.integer({ min: -2, max: 2 }),
        )
        .map(([y, m, d, off]) => Date.UTC(y, m, d) + off),
    );
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 8 }), (times) => {
        for (const ms of times) {
          expect(preciseTime(ms)).toBe(iso(ms));
          expect(apiTime(ms)).toBe(api(ms));
          expect(millisOf(preciseTime(ms))).toBe(ms);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leave instants without a four-digit year, and fractions of a millisecond, to toISOString', () => {
    for (const ms of [LAST + 1, FIRST - 1, -8.64e15, 8.64e15, 1_700_000_000_000.7, -0.5, -0]) {
      expect(preciseTime(ms)).toBe(iso(ms));
      expect(apiTime(ms)).toBe(api(ms));
    }
    expect(() => preciseTime(Number.NaN)).toThrow(RangeError);
  });
});
