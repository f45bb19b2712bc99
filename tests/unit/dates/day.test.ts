import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfMonth,
  fromDayNumber,
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
