/**
 * The day-number forms the projection computes with (no string per step) give exactly what the
 * Day-string functions give: month arithmetic, age limits, and working days by table lookup.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Day,
  fromDayNumber,
  packedOfDayNumber,
  toDay,
  toDayNumber,
  yearOfDayNumber,
} from '../../../shared/dates/day.ts';
import { createWorkCalendar } from '../../../shared/dates/holidays.ts';
import {
  addMonths,
  addMonthsToDayNumber,
  ageInYears,
  firstDayAtAge,
  monthFromParts,
} from '../../../shared/dates/months.ts';
import { addWorkingDayNumbers, latestStartForNumber } from '../../../shared/dates/workingDays.ts';
import { createWorkingDayTable } from '../../../shared/dates/workingDayTable.ts';

// 1600-03-01 … 2400-02-28: leap centuries on both sides
const dayNumber = fc.integer({
  min: toDayNumber(toDay('1600-03-01')),
  max: toDayNumber(toDay('2400-02-28')),
});
const nearNow = fc.integer({ min: toDayNumber(toDay('2015-01-01')), max: toDayNumber(toDay('2035-12-31')) });

describe('day numbers', () => {
  it('packedOfDayNumber and yearOfDayNumber read the same date as fromDayNumber', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        const day = fromDayNumber(n);
        const packed = packedOfDayNumber(n);
        expect(
          `${String(Math.floor(packed / 10_000)).padStart(4, '0')}-${String(Math.floor(packed / 100) % 100).padStart(2, '0')}-${String(packed % 100).padStart(2, '0')}`,
        ).toBe(day);
        expect(yearOfDayNumber(n)).toBe(Number(day.slice(0, 4)));
      }),
      { numRuns: 2000 },
    );
  });

  it('addMonthsToDayNumber is addMonths (31/01 + 1 month, 29/02 + 12 months clamp alike)', () => {
    expect(fromDayNumber(addMonthsToDayNumber(toDayNumber(toDay('2024-01-31')), 1))).toBe('2024-02-29');
    expect(fromDayNumber(addMonthsToDayNumber(toDayNumber(toDay('2024-02-29')), 12))).toBe('2025-02-28');
    fc.assert(
      fc.property(dayNumber, fc.integer({ min: -240, max: 240 }), (n, months) => {
        expect(fromDayNumber(addMonthsToDayNumber(n, months))).toBe(addMonths(fromDayNumber(n), months));
      }),
      { numRuns: 2000 },
    );
  });

  it('firstDayAtAge is the first day ageInYears reaches the age (days, months only, 29/02)', () => {
    expect(fromDayNumber(firstDayAtAge(toDay('2000-02-29'), 31))).toBe('2031-03-01');
    expect(fromDayNumber(firstDayAtAge(toDay('2000-02-29'), 32))).toBe('2032-02-29');
    const births = fc.oneof(
      dayNumber.map((n) => fromDayNumber(n) as Day | ReturnType<typeof monthFromParts>),
      fc
        .tuple(fc.integer({ min: 1700, max: 2300 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => monthFromParts(y, m)),
    );
    fc.assert(
      fc.property(
        births,
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: -3, max: 3 }),
        (birth, age, offset) => {
          const first = firstDayAtAge(birth, age);
          const day = fromDayNumber(first + offset);
          expect(ageInYears(birth, day) >= age).toBe(offset >= 0);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('the working-day table', () => {
  const calendars = [
    createWorkCalendar(),
    createWorkCalendar({
      extraHolidays: [toDay('2026-09-03'), toDay('2026-12-31'), toDay('2027-01-04')],
      extraWorkdays: [toDay('2026-09-05'), toDay('2026-02-16')],
    }),
  ];

  it('gives the walk’s answers inside its years and beyond them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1),
        nearNow,
        nearNow,
        fc.integer({ min: 0, max: 70 }),
        (c, around, day, n) => {
          const cal = calendars[c]!;
          const table = createWorkingDayTable(cal, around);
          expect(table.after(day, n)).toBe(addWorkingDayNumbers(day, n, cal));
          expect(table.latestStartFor(day, n)).toBe(latestStartForNumber(day, n, cal));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('every day of the table’s years, both ways, for the projection’s counts', () => {
    const cal = calendars[1]!;
    const around = toDayNumber(toDay('2026-03-15'));
    const table = createWorkingDayTable(cal, around);
    for (let d = toDayNumber(toDay('2022-12-25')); d <= toDayNumber(toDay('2032-01-05')); d++) {
      for (const n of [1, 2, 10, 15, 20, 30, 60]) {
        if (table.after(d, n) !== addWorkingDayNumbers(d, n, cal))
          throw new Error(`after ${fromDayNumber(d)} ${n}`);
        if (table.latestStartFor(d, n) !== latestStartForNumber(d, n, cal)) {
          throw new Error(`latestStartFor ${fromDayNumber(d)} ${n}`);
        }
      }
    }
  });

  it('rejects what addWorkingDays rejects', () => {
    const table = createWorkingDayTable(calendars[0]!, toDayNumber(toDay('2026-03-15')));
    expect(() => table.after(toDayNumber(toDay('2026-03-15')), -1)).toThrow(RangeError);
    expect(() => table.after(toDayNumber(toDay('2026-03-15')), 1.5)).toThrow(RangeError);
  });
});
