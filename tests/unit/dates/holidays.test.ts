import { describe, expect, it } from 'vitest';
import { type Day, dayFromParts, toDay, toDayNumber, weekday } from '../../../shared/dates/day.ts';
import { OFFICIAL_SCHEDULES } from '../../../shared/dates/holidayData.ts';
import {
  createWorkCalendar,
  holidayName,
  makeUpWorkdays,
  publicHolidays,
} from '../../../shared/dates/holidays.ts';

describe('publicHolidays', () => {
  it('2024 (official)', () => {
    expect(publicHolidays(2024)).toEqual([
      '2024-01-01',
      '2024-02-08',
      '2024-02-09',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
      '2024-04-18',
      '2024-04-29',
      '2024-04-30',
      '2024-05-01',
      '2024-09-02',
      '2024-09-03',
    ]);
    expect(makeUpWorkdays(2024)).toEqual(['2024-05-04']);
  });

  it('2025 (official)', () => {
    expect(publicHolidays(2025)).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(makeUpWorkdays(2025)).toEqual(['2025-04-26']);
  });

  it('2026 (official Tết Dương lịch, Tết and Quốc khánh; Giỗ Tổ and 30/4–1/5 computed)', () => {
    expect(publicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27', // nghỉ bù: Giỗ Tổ falls on Sunday 26/04
      '2026-04-30',
      '2026-05-01',
      '2026-08-31', // Quốc khánh 2026: Monday 31/08 off, swapped for Saturday 22/08
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(makeUpWorkdays(2026)).toEqual(['2026-01-10']);
  });

  it('2027 (computed): Tết on a Saturday gives two compensatory days, 1/5 on a Saturday gives Monday', () => {
    expect(publicHolidays(2027)).toEqual([
      '2027-01-01',
      '2027-02-05', // 30 Tết (last day of the lunar year)
      '2027-02-08',
      '2027-02-09',
      '2027-02-10', // nghỉ bù for Saturday 06/02
      '2027-02-11', // nghỉ bù for Sunday 07/02
      '2027-04-16',
      '2027-04-30',
      '2027-05-03', // nghỉ bù for Saturday 01/05
      '2027-09-02',
      '2027-09-03', // 2/9 on Thursday → Friday 3/9
    ]);
    expect(makeUpWorkdays(2027)).toEqual([]);
  });

  it('computes compensatory days for holidays on a weekend', () => {
    // 2023: 1/1 Sunday; Giỗ Tổ Saturday 29/04, 30/04 Sunday, 1/5 Monday.
    const h2023 = publicHolidays(2023);
    expect(h2023).toContain('2023-01-02');
    expect(h2023).toEqual(expect.arrayContaining(['2023-05-01', '2023-05-02', '2023-05-03']));
    expect(holidayName(toDay('2023-05-02'))).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(holidayName(toDay('2023-05-03'))).toBe('Nghỉ bù Ngày Chiến thắng');
    // 2028: 1/1 Saturday → Monday 3/1.
    expect(publicHolidays(2028)).toContain('2028-01-03');
    expect(publicHolidays(2028)).not.toContain('2028-01-01');
  });

  it.each([
    [2027, 'Thu', ['2027-09-02', '2027-09-03']],
    [2028, 'Sat', ['2028-09-01', '2028-09-04']],
    [2029, 'Sun', ['2029-09-03', '2029-09-04']],
    [2030, 'Mon', ['2030-09-02', '2030-09-03']],
    [2031, 'Tue', ['2031-09-01', '2031-09-02']],
    [2037, 'Wed', ['2037-09-01', '2037-09-02']],
    [2033, 'Fri', ['2033-09-01', '2033-09-02']],
  ])('Quốc khánh %i (2/9 on %s) default days off', (year, _weekday, days) => {
    expect(publicHolidays(year).filter((d) => d.slice(5, 7) === '09')).toEqual(days);
  });

  it('defaults Tết to the last day of the lunar year plus mùng 1–4', () => {
    // Tết 2029 is Tuesday 13/02: Monday 12/02 (last day) to Friday 16/02, all weekdays.
    expect(publicHolidays(2029).filter((d) => d.slice(5, 7) === '02')).toEqual([
      '2029-02-12',
      '2029-02-13',
      '2029-02-14',
      '2029-02-15',
      '2029-02-16',
    ]);
  });

  it('only ever lists weekdays, sorted and unique, 1900–2199', () => {
    for (let year = 1900; year <= 2199; year++) {
      const days = publicHolidays(year);
      expect(days.every((d) => weekday(d) >= 1 && weekday(d) <= 5)).toBe(true);
      expect(days.every((d) => d.startsWith(String(year)))).toBe(true);
      expect([...new Set(days)].sort()).toEqual(days);
      // 11 statutory days, minus the ones on weekends, plus as many compensatory days — except
      // when two holidays share a day (Giỗ Tổ on 30/4: only 1947 in this range).
      // Official years may add swapped days.
      if (OFFICIAL_SCHEDULES[year] === undefined) expect(days.length).toBe(year === 1947 ? 10 : 11);
    }
  });

  it('official data: days off are weekdays, make-up days are Saturdays', () => {
    for (const schedule of Object.values(OFFICIAL_SCHEDULES)) {
      for (const group of Object.values(schedule.groups)) {
        for (const d of group.daysOff) expect(weekday(d)).toBeGreaterThanOrEqual(1);
        for (const d of group.daysOff) expect(weekday(d)).toBeLessThanOrEqual(5);
        for (const d of group.workdays ?? []) expect(weekday(d)).toBe(6);
      }
    }
  });
});

describe('holidayName', () => {
  it('names holidays in Vietnamese', () => {
    expect(holidayName(toDay('2025-01-01'))).toBe('Tết Dương lịch');
    expect(holidayName(toDay('2025-01-29'))).toBe('Tết Nguyên đán');
    expect(holidayName(toDay('2024-02-10'))).toBe('Tết Nguyên đán'); // Saturday, still Tết
    expect(holidayName(toDay('2025-04-07'))).toBe('Giỗ Tổ Hùng Vương');
    expect(holidayName(toDay('2025-04-30'))).toBe('Ngày Chiến thắng');
    expect(holidayName(toDay('2025-05-01'))).toBe('Ngày Quốc tế Lao động');
    expect(holidayName(toDay('2025-09-02'))).toBe('Quốc khánh');
    expect(holidayName(toDay('2025-09-01'))).toBe('Quốc khánh');
    expect(holidayName(toDay('2026-04-26'))).toBe('Giỗ Tổ Hùng Vương');
    expect(holidayName(toDay('2026-04-27'))).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(holidayName(toDay('2025-05-02'))).toBe('Nghỉ hoán đổi dịp 30/4 – 1/5');
    expect(holidayName(toDay('2026-01-02'))).toBe('Nghỉ hoán đổi Tết Dương lịch');
  });

  it('is undefined for ordinary days and make-up Saturdays', () => {
    expect(holidayName(toDay('2025-03-12'))).toBeUndefined();
    expect(holidayName(toDay('2025-04-26'))).toBeUndefined();
    expect(holidayName(toDay('2025-09-03'))).toBeUndefined();
  });
});

describe('createWorkCalendar', () => {
  const n = toDayNumber;

  it('Monday–Friday minus public holidays; a make-up Saturday is not counted (domain.md §3)', () => {
    const cal = createWorkCalendar();
    expect(cal.isWorkingDay(n(toDay('2025-03-12')))).toBe(true); // Wednesday
    expect(cal.isWorkingDay(n(toDay('2025-03-15')))).toBe(false); // Saturday
    expect(cal.isWorkingDay(n(toDay('2025-03-16')))).toBe(false); // Sunday
    expect(cal.isWorkingDay(n(toDay('2025-01-27')))).toBe(false); // Tết
    expect(cal.isWorkingDay(n(toDay('2025-05-02')))).toBe(false); // swapped day off
    // "leave Saturdays out of the count" (domain.md §3), for every announced swap alike
    expect(cal.isWorkingDay(n(toDay('2025-04-26')))).toBe(false); // make-up Saturday
    expect(cal.isWorkingDay(n(toDay('2026-01-10')))).toBe(false); // make-up Saturday
    expect(cal.isWorkingDay(n(toDay('2026-08-22')))).toBe(false); // make-up Saturday of Quốc khánh 2026
    expect(cal.isWorkingDay(n(toDay('2026-08-31')))).toBe(false); // the weekday swapped off
    expect(cal.isWorkingDay(n(toDay('2026-04-27')))).toBe(false); // nghỉ bù
  });

  it('applies extra holidays and extra workdays (extra workdays win)', () => {
    const cal = createWorkCalendar({
      extraHolidays: [toDay('2025-03-12'), toDay('2025-04-26'), toDay('2025-03-20')],
      extraWorkdays: [toDay('2025-03-15'), toDay('2025-05-02'), toDay('2025-03-20')],
    });
    expect(cal.isWorkingDay(n(toDay('2025-03-12')))).toBe(false);
    expect(cal.isWorkingDay(n(toDay('2025-04-26')))).toBe(false); // a unit that did not swap
    expect(cal.isWorkingDay(n(toDay('2025-03-15')))).toBe(true);
    expect(cal.isWorkingDay(n(toDay('2025-05-02')))).toBe(true);
    expect(cal.isWorkingDay(n(toDay('2025-03-20')))).toBe(true);
    expect(cal.isWorkingDay(n(toDay('2025-03-13')))).toBe(true);
    // a unit that counts the announced make-up Saturday lists it (“Làm bù” in “Ngày nghỉ”)
    const counting = createWorkCalendar({ extraWorkdays: [toDay('2026-01-10')] });
    expect(counting.isWorkingDay(n(toDay('2026-01-10')))).toBe(true);
  });

  it('refuses malformed extra days', () => {
    // What a JavaScript caller could pass past the types: the calendar checks its input anyway.
    const unchecked = (text: string) => [text] as unknown as Day[];
    expect(() => createWorkCalendar({ extraHolidays: unchecked('12/03/2025') })).toThrow(RangeError);
    expect(() => createWorkCalendar({ extraWorkdays: unchecked('2025-02-30') })).toThrow(RangeError);
  });

  it('agrees with publicHolidays and is consistent across years, in any order of calls', () => {
    const cal = createWorkCalendar();
    for (const year of [2027, 2024, 2026, 2025, 2024]) {
      const off = new Set(publicHolidays(year));
      for (let d = n(dayFromParts(year, 1, 1)); d <= n(dayFromParts(year, 12, 31)); d++) {
        const day = toDay(new Date(d * 86_400_000).toISOString().slice(0, 10));
        const w = weekday(day);
        const expected = w >= 1 && w <= 5 && !off.has(day);
        expect(cal.isWorkingDay(d)).toBe(expected);
      }
    }
  });

  it('handles days at the edges of the representable range', () => {
    const cal = createWorkCalendar();
    expect(cal.isWorkingDay(n(toDay('0001-01-01')))).toBe(false); // Tết Dương lịch
    expect(cal.isWorkingDay(n(toDay('9999-12-31')))).toBe(true); // a Friday
    expect(cal.isWorkingDay(n(toDay('9999-12-31')) + 3)).toBe(true); // beyond: weekdays only
  });
});
