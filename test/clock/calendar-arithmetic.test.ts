import { utc } from '@date-fns/utc';
import { add } from 'date-fns/add';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDuration } from '../../src/clock/duration.js';
import { isRepresentable, parseInstant } from '../../src/clock/timestamp.js';

// The clock's own calendar arithmetic and instant parsing against the date-fns functions they
// replace (`add` in UTC, `parseISO`), so the package loads no date-fns code at import time.

const part = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 40, noNaN: true }));

describe('addDuration', () => {
  it('matches date-fns add(from, duration, { in: utc }) for any start and duration', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.record(
          {
            years: part,
            months: part,
            weeks: part,
            days: part,
            hours: part,
            minutes: part,
            seconds: part,
          },
          { requiredKeys: [] },
        ),
        (fromMs, duration) => {
          expect(addDuration(duration, fromMs)).toBe(add(fromMs, duration, { in: utc }).getTime());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('clamps to the end of a shorter month and crosses leap days like date-fns', () => {
    const jan31 = Date.UTC(2024, 0, 31, 13, 5);
    expect(new Date(addDuration({ months: 1 }, jan31) ?? 0).toISOString()).toBe(
      '2024-02-29T13:05:00.000Z',
    );
    expect(new Date(addDuration('P1Y1M', jan31) ?? 0).toISOString()).toBe(
      '2025-02-28T13:05:00.000Z',
    );
  });
});

describe('parseInstant', () => {
  const digits = (n: number, max: number) =>
    fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
  const instantText = fc
    .tuple(
      digits(4, 9999),
      digits(2, 13),
      digits(2, 32),
      digits(2, 25),
      digits(2, 61),
      fc.option(fc.tuple(digits(2, 61), fc.option(fc.integer({ min: 0, max: 999_999 })))),
      fc.oneof(
        fc.constant('Z'),
        fc.tuple(fc.constantFrom('+', '-'), digits(2, 30), fc.boolean(), digits(2, 61)),
      ),
    )
    .map(([y, mo, d, h, mi, sec, zone]) => {
      const seconds = sec === null ? '' : `:${sec[0]}${sec[1] === null ? '' : `.${sec[1]}`}`;
      const offset =
        typeof zone === 'string' ? zone : `${zone[0]}${zone[1]}${zone[2] ? ':' : ''}${zone[3]}`;
      return `${y}-${mo}-${d}T${h}:${mi}${seconds}${offset}`;
    });

  it('reads every zoned ISO 8601 instant exactly as date-fns parseISO does', () => {
    fc.assert(
      fc.property(instantText, (text) => {
        const expected = parseISO(text);
        // The clock shows four-digit years: an instant an offset moves out of 0000-9999 is refused.
        const shown = isValid(expected) && isRepresentable(expected.getTime());
        expect(parseInstant(text)).toBe(shown ? expected.getTime() : undefined);
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses impossible dates and times that the pattern lets through', () => {
    for (const text of [
      '2026-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-01-01T24:00:01Z',
      '2026-01-01T12:60:00Z',
      '2026-01-01T12:00:00+08:60',
    ])
      expect(parseInstant(text)).toBeUndefined();
    expect(parseInstant('2024-02-29T24:00:00+08:00')).toBe(Date.UTC(2024, 2, 1) - 8 * 3_600_000);
  });
});
