import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, fromDayNumber, toDay, toDayNumber } from '../../../shared/dates/day.ts';
import { addMonths, ageInMonths, monthIndex, toMonth } from '../../../shared/dates/months.ts';

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths(toDay('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addMonths(toDay('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(toDay('2024-02-29'), 12)).toBe('2025-02-28');
    expect(addMonths(toDay('2024-02-29'), 48)).toBe('2028-02-29');
    expect(addMonths(toDay('2025-03-31'), 1)).toBe('2025-04-30');
    expect(addMonths(toDay('2025-03-31'), -1)).toBe('2025-02-28');
    expect(addMonths(toDay('2020-08-15'), 60)).toBe('2025-08-15');
    expect(addMonths(toDay('2025-12-15'), 1)).toBe('2026-01-15');
  });
});

describe('ageInMonths', () => {
  it('counts months only, ignoring the day (đủ 18 tuổi tính theo tháng)', () => {
    expect(ageInMonths(toDay('2006-07-15'), toDay('2024-07-01'))).toBe(216);
    expect(ageInMonths(toDay('2006-07-15'), toDay('2024-06-30'))).toBe(215);
    expect(ageInMonths(toDay('2006-07-15'), toDay('2024-07-31'))).toBe(216);
    expect(ageInMonths(toMonth('2006-07'), toDay('2024-07-01'))).toBe(216);
  });
});

describe('day and month properties', () => {
  const dayNumber = fc.integer({ min: -719_162, max: 2_932_896 });
  const day = fc
    .integer({ min: toDayNumber(toDay('1900-01-01')), max: toDayNumber(toDay('2199-12-31')) })
    .map(fromDayNumber);

  it('toDayNumber ∘ fromDayNumber is the identity', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
        expect(fromDayNumber(toDayNumber(fromDayNumber(n)))).toBe(fromDayNumber(n));
      }),
      { numRuns: 1000 },
    );
  });

  it('addMonths lands in the target month and keeps any day ≤ 28', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -600, max: 600 }), (d, k) => {
        const result = addMonths(d, k);
        expect(monthIndex(result)).toBe(monthIndex(d) + k);
        const dayOfMonth = Number(d.slice(8, 10));
        const resultDay = Number(result.slice(8, 10));
        if (dayOfMonth <= 28) expect(resultDay).toBe(dayOfMonth);
        else
          expect(resultDay).toBe(
            Math.min(dayOfMonth, daysInMonth(Number(result.slice(0, 4)), Number(result.slice(5, 7)))),
          );
      }),
      { numRuns: 500 },
    );
  });
});
