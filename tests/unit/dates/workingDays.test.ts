import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDay, toDayNumber } from '../../../shared/dates/day.ts';
import { createWorkCalendar, type WorkCalendar } from '../../../shared/dates/holidays.ts';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../../shared/dates/workingDays.ts';

const cal = createWorkCalendar();

describe('addWorkingDays', () => {
  it('does not count the start day: day 1 is the next working day', () => {
    expect(addWorkingDays(toDay('2025-03-12'), 1, cal)).toBe('2025-03-13'); // Wed → Thu
    expect(addWorkingDays(toDay('2025-03-14'), 1, cal)).toBe('2025-03-17'); // Fri → Mon
    expect(addWorkingDays(toDay('2025-03-15'), 1, cal)).toBe('2025-03-17'); // Sat → Mon
    expect(addWorkingDays(toDay('2025-03-12'), 5, cal)).toBe('2025-03-19');
    expect(addWorkingDays(toDay('2025-03-12'), 0, cal)).toBe('2025-03-12');
  });

  it('skips Tết 2025 (27/01 – 31/01)', () => {
    expect(addWorkingDays(toDay('2025-01-24'), 1, cal)).toBe('2025-02-03');
    expect(addWorkingDays(toDay('2025-01-22'), 3, cal)).toBe('2025-02-03');
    // 20/01: 4 days in January, 20 in February, 21 in March, then April with Giỗ Tổ 07/04 off.
    expect(addWorkingDays(toDay('2025-01-20'), 60, cal)).toBe('2025-04-22');
  });

  it('skips Tết 2026 (16/02 – 20/02), Giỗ Tổ nghỉ bù 27/04 and 30/4 – 1/5', () => {
    expect(addWorkingDays(toDay('2026-02-13'), 1, cal)).toBe('2026-02-23');
    expect(addWorkingDays(toDay('2026-02-10'), 60, cal)).toBe('2026-05-15');
    expect(addWorkingDays(toDay('2026-04-24'), 1, cal)).toBe('2026-04-28');
    expect(addWorkingDays(toDay('2026-04-29'), 1, cal)).toBe('2026-05-04');
  });

  // domain.md §3: whether a swapped Saturday counts is not settled — the swapped weekday is a day
  // off and Saturdays are left out of the count, for every announced swap (counted by hand).
  it('skips the swapped days around 30/4 – 1/5 2025 and does not count the make-up Saturday', () => {
    expect(addWorkingDays(toDay('2025-04-25'), 1, cal)).toBe('2025-04-28'); // Sat 26/4 not counted
    // 23, 24, 25, 28, 29, then 30/4 – 4/5 off (2/5 swapped), then 5, 6, 7, 8, 9.
    expect(addWorkingDays(toDay('2025-04-22'), 10, cal)).toBe('2025-05-09');
    expect(addWorkingDays(toDay('2024-04-26'), 1, cal)).toBe('2024-05-02'); // 29/4 – 1/5 2024 off
    expect(addWorkingDays(toDay('2024-05-03'), 1, cal)).toBe('2024-05-06'); // Sat 4/5 not counted
  });

  it('Quốc khánh 2026: 31/08 (swapped), 01/09 and 02/09 off, Saturday 22/08 not counted', () => {
    expect(addWorkingDays(toDay('2026-08-21'), 1, cal)).toBe('2026-08-24');
    // 28/08 (Fri) → 03/09 (Thu): 31/08, 01/09, 02/09 off
    expect(addWorkingDays(toDay('2026-08-28'), 1, cal)).toBe('2026-09-03');
    // 20/08 + 10: 21, 24, 25, 26, 27, 28, 03/09, 04, 07, 08
    expect(addWorkingDays(toDay('2026-08-20'), 10, cal)).toBe('2026-09-08');
  });

  it('crosses the new year', () => {
    expect(addWorkingDays(toDay('2025-12-31'), 1, cal)).toBe('2026-01-05');
    expect(addWorkingDays(toDay('2026-01-09'), 1, cal)).toBe('2026-01-12'); // Sat 10/01 not counted
  });

  it('uses extra holidays and workdays', () => {
    const local = createWorkCalendar({
      extraHolidays: [toDay('2025-03-13')],
      extraWorkdays: [toDay('2025-03-15')],
    });
    expect(addWorkingDays(toDay('2025-03-12'), 1, local)).toBe('2025-03-14');
    expect(addWorkingDays(toDay('2025-03-12'), 2, local)).toBe('2025-03-15');
  });

  it('refuses negative or fractional counts and broken calendars', () => {
    expect(() => addWorkingDays(toDay('2025-03-12'), -1, cal)).toThrow(RangeError);
    expect(() => addWorkingDays(toDay('2025-03-12'), 1.5, cal)).toThrow(RangeError);
    const never: WorkCalendar = { isWorkingDay: () => false };
    expect(() => addWorkingDays(toDay('2025-03-12'), 1, never)).toThrow(RangeError);
    expect(() => addWorkingDays(toDay('9999-12-30'), 5, cal)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days in (from, to]', () => {
    expect(workingDaysBetween(toDay('2025-03-12'), toDay('2025-03-12'), cal)).toBe(0);
    expect(workingDaysBetween(toDay('2025-03-12'), toDay('2025-03-13'), cal)).toBe(1);
    expect(workingDaysBetween(toDay('2025-03-14'), toDay('2025-03-16'), cal)).toBe(0);
    expect(workingDaysBetween(toDay('2025-01-24'), toDay('2025-02-03'), cal)).toBe(1);
    expect(workingDaysBetween(toDay('2025-01-20'), toDay('2025-04-22'), cal)).toBe(60);
    expect(workingDaysBetween(toDay('2025-04-22'), toDay('2025-05-09'), cal)).toBe(10); // Sat 26/4 not counted
  });

  it('is negative when to is before from', () => {
    expect(workingDaysBetween(toDay('2025-03-13'), toDay('2025-03-12'), cal)).toBe(-1);
    expect(workingDaysBetween(toDay('2025-04-22'), toDay('2025-01-20'), cal)).toBe(-60);
    expect(workingDaysBetween(toDay('2025-02-03'), toDay('2025-01-24'), cal)).toBe(-1);
  });
});

describe('isWorkingDay', () => {
  it('reads a Day', () => {
    expect(isWorkingDay(toDay('2025-03-12'), cal)).toBe(true);
    expect(isWorkingDay(toDay('2025-09-02'), cal)).toBe(false);
    expect(isWorkingDay(toDay('2025-04-26'), cal)).toBe(false); // make-up Saturday, not counted
  });
});

describe('working-day properties', () => {
  const day = fc
    .integer({ min: toDayNumber(toDay('1990-01-01')), max: toDayNumber(toDay('2060-12-31')) })
    .map(fromDayNumber);

  it('addWorkingDays lands on a working day, and workingDaysBetween counts back to n', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), (start, n) => {
        const end = addWorkingDays(start, n, cal);
        expect(isWorkingDay(end, cal)).toBe(true);
        expect(end > start).toBe(true);
        expect(workingDaysBetween(start, end, cal)).toBe(n);
        expect(workingDaysBetween(end, start, cal)).toBe(-n);
        // The day before `end` is still short of n.
        expect(workingDaysBetween(start, fromDayNumber(toDayNumber(end) - 1), cal)).toBe(n - 1);
      }),
      { numRuns: 300 },
    );
  });

  it('workingDaysBetween is additive', () => {
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        expect(workingDaysBetween(a, b, cal) + workingDaysBetween(b, c, cal)).toBe(
          workingDaysBetween(a, c, cal),
        );
      }),
      { numRuns: 30 },
    );
  });
});

describe('workingDaysBetween signs', () => {
  it('gives 0, never -0, backwards across no working day', () => {
    // 2060-12-24 and 25 are a Friday and a Saturday: nothing counts in (24, 25].
    expect(Object.is(workingDaysBetween(toDay('2060-12-25'), toDay('2060-12-24'), cal), 0)).toBe(true);
  });
});
