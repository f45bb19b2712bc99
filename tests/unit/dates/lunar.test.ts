import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDay, toDayNumber } from '../../../shared/dates/day.ts';
import { leapMonthOf, lunarToSolar, lunarYearMonths, solarToLunar } from '../../../shared/dates/lunar.ts';

describe('lunarToSolar', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2023, '2023-01-22'],
    [2020, '2020-01-25'],
    [1900, '1900-01-31'],
  ])('Tết %i is %s', (year, day) => {
    expect(lunarToSolar(1, 1, year)).toBe(day);
  });

  it('uses UTC+7, not the Chinese UTC+8 calendar', () => {
    // The two calendars put Tết on different days in these years.
    expect(lunarToSolar(1, 1, 1968)).toBe('1968-01-29'); // China: 30/01/1968
    expect(lunarToSolar(1, 1, 1985)).toBe('1985-01-21'); // China: 20/02/1985
    expect(lunarToSolar(1, 1, 2007)).toBe('2007-02-17'); // China: 18/02/2007
  });

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('Giỗ Tổ (10/3) %i is %s', (year, day) => {
    expect(lunarToSolar(10, 3, year)).toBe(day);
  });

  it('handles leap months', () => {
    expect(leapMonthOf(2023)).toBe(2);
    expect(lunarToSolar(1, 2, 2023)).toBe('2023-02-20');
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22');
    expect(lunarToSolar(1, 3, 2023)).toBe('2023-04-20');

    expect(leapMonthOf(2020)).toBe(4);
    expect(lunarToSolar(1, 4, 2020)).toBe('2020-04-23');
    expect(lunarToSolar(1, 4, 2020, true)).toBe('2020-05-23');
    expect(lunarToSolar(1, 5, 2020)).toBe('2020-06-21');

    expect(leapMonthOf(2025)).toBe(6);
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
    expect(lunarToSolar(15, 7, 2025)).toBe('2025-09-06'); // Rằm tháng Bảy (Vu Lan)

    expect(leapMonthOf(2024)).toBeUndefined();
    expect(leapMonthOf(2026)).toBeUndefined();
  });

  it('lists the months of a year', () => {
    const months = lunarYearMonths(2023);
    expect(months).toHaveLength(13);
    expect(months.filter((m) => m.leap)).toEqual([{ month: 2, leap: true, start: '2023-03-22', length: 29 }]);
    expect(lunarYearMonths(2024)).toHaveLength(12);
    // The last day of lunar year 2024 (Giáp Thìn) is 29 Tháng Chạp, the eve of Tết 2025.
    expect(lunarYearMonths(2024).at(-1)).toEqual({ month: 12, leap: false, start: '2024-12-31', length: 29 });
  });

  it('refuses lunar dates that do not exist', () => {
    expect(() => lunarToSolar(1, 2, 2024, true)).toThrow(RangeError);
    expect(() => lunarToSolar(30, 12, 2024)).toThrow(RangeError); // Tháng Chạp Giáp Thìn has 29 days
    expect(() => lunarToSolar(1, 13, 2024)).toThrow(RangeError);
    expect(() => lunarToSolar(0, 1, 2024)).toThrow(RangeError);
  });
});

describe('solarToLunar', () => {
  it('gives the lunar date', () => {
    expect(solarToLunar(toDay('2024-02-10'))).toEqual({ day: 1, month: 1, year: 2024, leap: false });
    expect(solarToLunar(toDay('2024-02-09'))).toEqual({ day: 30, month: 12, year: 2023, leap: false });
    expect(solarToLunar(toDay('2025-01-28'))).toEqual({ day: 29, month: 12, year: 2024, leap: false });
    expect(solarToLunar(toDay('2026-02-16'))).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(solarToLunar(toDay('2023-04-01'))).toEqual({ day: 11, month: 2, year: 2023, leap: true });
    expect(solarToLunar(toDay('2024-12-31'))).toEqual({ day: 1, month: 12, year: 2024, leap: false });
    expect(solarToLunar(toDay('2025-01-01'))).toEqual({ day: 2, month: 12, year: 2024, leap: false });
  });

  it('steps one lunar day per solar day, 1900–2199', () => {
    let previous = solarToLunar(toDay('1900-01-31'));
    expect(previous).toEqual({ day: 1, month: 1, year: 1900, leap: false });
    let monthLength = 0;
    for (let n = toDayNumber(toDay('1900-02-01')); n <= toDayNumber(toDay('2199-12-31')); n++) {
      const current = solarToLunar(fromDayNumber(n));
      if (current.day === 1) {
        expect(previous.day === 29 || previous.day === 30).toBe(true);
        const sameNumber = current.month === previous.month && current.leap && !previous.leap;
        const next = current.month === (previous.month % 12) + 1 && !current.leap;
        expect(sameNumber || next).toBe(true);
        expect(current.year).toBe(previous.month === 12 && next ? previous.year + 1 : previous.year);
        monthLength = 0;
      } else {
        expect(current).toEqual({ ...previous, day: previous.day + 1 });
      }
      monthLength += 1;
      previous = current;
    }
    expect(monthLength).toBeLessThanOrEqual(30);
  });
});

describe('lunar properties', () => {
  const lunarDate = fc.tuple(fc.integer({ min: 1900, max: 2199 }), fc.nat(), fc.nat()).map(([year, i, j]) => {
    const months = lunarYearMonths(year);
    const m = months[i % months.length]!;
    return { day: (j % m.length) + 1, month: m.month, year, leap: m.leap };
  });

  it('solarToLunar ∘ lunarToSolar is the identity on valid lunar dates', () => {
    fc.assert(
      fc.property(lunarDate, (x) => {
        expect(solarToLunar(lunarToSolar(x.day, x.month, x.year, x.leap))).toEqual(x);
      }),
      { numRuns: 500 },
    );
  });

  it('lunarToSolar ∘ solarToLunar is the identity on solar days 1900–2199', () => {
    const day = fc
      .integer({ min: toDayNumber(toDay('1900-01-31')), max: toDayNumber(toDay('2199-12-31')) })
      .map(fromDayNumber);
    fc.assert(
      fc.property(day, (d) => {
        const l = solarToLunar(d);
        expect(lunarToSolar(l.day, l.month, l.year, l.leap)).toBe(d);
        expect(addDays(lunarToSolar(1, l.month, l.year, l.leap), l.day - 1)).toBe(d);
      }),
      { numRuns: 500 },
    );
  });
});
