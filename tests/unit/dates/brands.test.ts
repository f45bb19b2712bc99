/**
 * Day and Month are branded: a plain string becomes one only through a check or a constructor.
 * The `@ts-expect-error` lines are assertions for `npm run typecheck` (which covers tests/): if the
 * brand were lost, they would no longer be errors and the type check would fail.
 */
import { describe, expect, it } from 'vitest';
import { type Day, dayFromParts, isDay, parseDay, toDay, toDays } from '../../../shared/dates/day.ts';
import { formatDay } from '../../../shared/dates/format.ts';
import {
  type Birth,
  earliestBirthDay,
  isMonthOnly,
  type Month,
  monthFromParts,
  toMonth,
} from '../../../shared/dates/months.ts';
import { parseEvaluateRequest } from '../../../shared/engine/parse.ts';
import type { Candidate, CandidateInput } from '../../../shared/schemas/request.ts';

describe('branded days and months', () => {
  it('types: a string is neither a Day nor a Month, and a Month is not a Day', () => {
    // @ts-expect-error a string literal is not a Day until checked
    const literal: Day = '2026-01-05';
    const text: string = '2026-01';
    // @ts-expect-error nor a Month
    const month: Month = text;
    // @ts-expect-error a Month is not a Day
    const notADay: Day = toMonth('2026-01');
    // @ts-expect-error a parsed candidate carries Days: a client's plain strings do not fit it
    const candidate: Candidate = { key: 'a', birthDate: '2008-04-10' };
    // … while what a client sends has plain strings
    const input: CandidateInput = { key: 'a', birthDate: '2008-04-10', applicationDate: '2026-01-05' };
    expect([literal, month, notADay, candidate.key, input.key]).toHaveLength(5);
  });

  it('checks before it brands', () => {
    expect(parseDay('2026-02-28')).toBe('2026-02-28');
    expect(parseDay('2026-02-29')).toBeUndefined();
    expect(parseDay('2026-2-28')).toBeUndefined();
    expect(parseDay(20260228)).toBeUndefined();
    expect(() => toDay('2026-02-29')).toThrow(RangeError);
    expect(() => toDays('2026-01-01', '01/02/2026')).toThrow(RangeError);
    expect(() => toMonth('2026-13')).toThrow(RangeError);
    expect(isDay(dayFromParts(2024, 2, 29))).toBe(true);
    expect(monthFromParts(7, 3)).toBe('0007-03');
  });

  it('writes every valid day, remembered or not, in and out of the remembered years', () => {
    // dayFromParts remembers the years 1900–2149 by index: each slot must hold its own day.
    for (const year of [1, 999, 1899, 1900, 1901, 2024, 2148, 2149, 2150, 9999]) {
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 ? 1 : 0);
        for (let day = 1; day <= last; day++) {
          const expected = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(dayFromParts(year, month, day)).toBe(expected);
          expect(dayFromParts(year, month, day)).toBe(expected);
        }
      }
    }
  });

  it('tells a birth known to the month from a birth known to the day by its brand guard', () => {
    const births: Birth[] = [toDay('2008-04-10'), toMonth('2008-04')];
    expect(births.map(isMonthOnly)).toEqual([false, true]);
    expect(births.map(earliestBirthDay)).toEqual(['2008-04-10', '2008-04-01']);
    expect(births.map(formatDay)).toEqual(['10/04/2008', '04/2008']);
  });

  it('a parsed request carries checked days, a refused one none', () => {
    const request = {
      asOf: '2026-01-05',
      unit: { hasYouthUnion: true },
      candidates: [{ key: 'a', birthDate: '2008-04', applicationDate: '2025-12-01' }],
    };
    const ok = parseEvaluateRequest(request);
    if (!ok.ok) throw new Error(JSON.stringify(ok.problems));
    const c = ok.value.candidates[0]!;
    const asOf: Day = ok.value.asOf;
    const applied: Day | undefined = c.applicationDate;
    expect([asOf, applied, isMonthOnly(c.birthDate)]).toEqual(['2026-01-05', '2025-12-01', true]);
    const refused = parseEvaluateRequest({ ...request, asOf: '2026-02-30' });
    expect(refused.ok ? [] : refused.problems.map((p) => p.path)).toEqual(['asOf']);
  });
});
