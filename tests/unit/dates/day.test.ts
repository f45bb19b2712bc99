import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfMonth,
  dayYear,
  fromDayNumber,
  isDay,
  toDay,
  toDayNumber,
  weekday,
} from '../../../shared/dates/day.ts';

const MS_PER_DAY = 86_400_000;

/** The same day number computed through the platform's calendar, as a reference. */
function viaDate(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

const FIRST = toDayNumber(toDay('0001-01-01'));
const LAST = toDayNumber(toDay('9999-12-31'));

describe('day numbers (arithmetic, no Date)', () => {
  it('match known days', () => {
    expect(toDayNumber(toDay('1970-01-01'))).toBe(0);
    expect(toDayNumber(toDay('2000-03-01'))).toBe(11_017);
    expect(toDayNumber(toDay('9999-12-31'))).toBe(2_932_896);
    expect(toDayNumber(toDay('1969-12-31'))).toBe(-1);
    expect(fromDayNumber(-719_162)).toBe('0001-01-01');
    expect(fromDayNumber(19_782)).toBe('2024-02-29');
    expect(weekday(toDay('2026-01-01'))).toBe(4); // a Thursday
  });

  it('agree with the platform calendar on every day from 0001 to 9999 (sampled)', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (n) => {
        const day = fromDayNumber(n);
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        expect(viaDate(y, m, d)).toBe(n);
        expect(toDayNumber(day)).toBe(n);
      }),
      { numRuns: 20_000 },
    );
  });

  it('walk through month and leap-year ends one day at a time', () => {
    // ~73,000 days: plain comparisons gathered into one assertion (an `expect` per day made the
    // test slow enough to time out on a loaded machine)
    const wrong: string[] = [];
    let day = toDay('1899-12-25');
    for (let n = toDayNumber(day); n <= toDayNumber(toDay('2101-01-05')); n++) {
      const next = addDays(day, 1);
      const stepOk = next > day && (dayOfMonth(next) === 1 || dayOfMonth(next) === dayOfMonth(day) + 1);
      if (fromDayNumber(n) !== day || !stepOk) wrong.push(`${n}: ${day} → ${next}`);
      day = next;
    }
    expect(wrong).toEqual([]);
    expect(addDays(toDay('2100-02-28'), 1)).toBe('2100-03-01'); // 2100 is not a leap year
    expect(addDays(toDay('2000-02-28'), 1)).toBe('2000-02-29'); // 2000 is
  });
});

describe('isDay and dayYear', () => {
  /** The reference: the pattern, then the calendar as Date sees it (years 1–9999). */
  const reference = (s: string): number => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (m === null) return 0;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    const real = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
    return real && year >= 1 ? year : 0;
  };
  const digit = fc.constantFrom(...'0123456789/-:a '.split(''));
  /** Mostly well-formed: ten characters of digits and separators, often real days. */
  const nearDay = fc.oneof(
    fc.array(digit, { minLength: 10, maxLength: 10 }).map((cs) => cs.join('')),
    fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
    fc.string(),
  );

  it('agree with the pattern and the calendar', () => {
    fc.assert(
      fc.property(nearDay, (s) => {
        expect(dayYear(s)).toBe(reference(s));
        expect(isDay(s)).toBe(reference(s) > 0);
      }),
      { numRuns: 5000 },
    );
    expect(dayYear('2024-02-29')).toBe(2024);
    expect(dayYear('2023-02-29')).toBe(0);
    expect(dayYear('0000-01-01')).toBe(0);
    expect(dayYear(20240101)).toBe(0);
  });
});
