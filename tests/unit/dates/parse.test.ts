import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../../../shared/dates/day.ts';
import { formatDay } from '../../../shared/dates/format.ts';
import { toMonth } from '../../../shared/dates/months.ts';
import { parseDateCell } from '../../../shared/dates/parse.ts';

const day = (d: string) => ({ kind: 'day', day: d });
const month = (m: string) => ({ kind: 'month', month: m });

describe('parseDateCell: empty', () => {
  it.each([null, undefined, '', '   ', '\t\n', '\u00a0'])('%j is empty', (value) => {
    expect(parseDateCell(value)).toEqual({ kind: 'empty' });
  });
});

describe('parseDateCell: days', () => {
  it.each([
    ['05/01/2026', '2026-01-05'],
    ['5/1/2026', '2026-01-05'],
    ['  05/01/2026  ', '2026-01-05'],
    ['05-01-2026', '2026-01-05'],
    ['05.01.2026', '2026-01-05'],
    ['5-1-2026', '2026-01-05'],
    ['2026-01-05', '2026-01-05'],
    ['2026-1-5', '2026-01-05'],
    ['2026-01-05T00:00:00.000Z', '2026-01-05'],
    ['2026-01-05T23:30:00+07:00', '2026-01-05'],
    ['2026-01-05 08:15', '2026-01-05'],
    ['05/01/2026 0:00:00', '2026-01-05'],
    ['ngày 05 tháng 01 năm 2026', '2026-01-05'],
    ['Ngày 5 tháng 1 năm 2026', '2026-01-05'],
    ['29/02/2024', '2024-02-29'],
    ['31/12/1999', '1999-12-31'],
  ])('%j → %s', (value, expected) => {
    expect(parseDateCell(value)).toEqual(day(expected));
  });

  it('is always day-first: 03/04/2025 is 3 April, never March 4', () => {
    expect(parseDateCell('03/04/2025')).toEqual(day('2025-04-03'));
    expect(parseDateCell('04/03/2025')).toEqual(day('2025-03-04'));
    expect(parseDateCell('12/11/2025')).toEqual(day('2025-11-12'));
    // A month-first reading would make 13/01 valid and 01/13 invalid: day-first is the only one.
    expect(parseDateCell('01/13/2025').kind).toBe('invalid');
  });

  it('reads Google Sheets serial numbers (days since 30/12/1899, time ignored)', () => {
    expect(parseDateCell(45658)).toEqual(day('2025-01-01'));
    expect(parseDateCell(45658.99)).toEqual(day('2025-01-01'));
    expect(parseDateCell(1)).toEqual(day('1899-12-31'));
    expect(parseDateCell(61)).toEqual(day('1900-03-01'));
    expect(parseDateCell(46027)).toEqual(day('2026-01-05'));
  });

  it('reads Date values at the sheet zone (UTC+7 by default)', () => {
    // Apps Script: midnight 15/07/2024 in Asia/Ho_Chi_Minh.
    const midnight = new Date('2024-07-14T17:00:00.000Z');
    expect(parseDateCell(midnight)).toEqual(day('2024-07-15'));
    expect(parseDateCell(midnight, { utcOffsetMinutes: 0 })).toEqual(day('2024-07-14'));
    expect(parseDateCell(new Date('2024-07-15T00:00:00.000Z'), { utcOffsetMinutes: 0 })).toEqual(
      day('2024-07-15'),
    );
    expect(parseDateCell(new Date('2024-07-15T05:00:00.000Z'), { utcOffsetMinutes: -300 })).toEqual(
      day('2024-07-15'),
    );
    expect(parseDateCell(new Date('2024-07-15T16:59:59.999Z'))).toEqual(day('2024-07-15'));
  });
});

describe('parseDateCell: months', () => {
  it.each([
    ['07/2006', '2006-07'],
    ['7/2006', '2006-07'],
    [' 07/2006 ', '2006-07'],
    ['2006-07', '2006-07'],
    ['tháng 07/2006', '2006-07'],
  ])('%j → %s with allowMonth', (value, expected) => {
    expect(parseDateCell(value, { allowMonth: true })).toEqual(month(expected));
  });

  it('refuses month precision without allowMonth, asking for the full date', () => {
    for (const value of ['07/2006', '2006-07']) {
      const cell = parseDateCell(value);
      expect(cell.kind).toBe('invalid');
      if (cell.kind === 'invalid') expect(cell.message).toContain('dd/mm/yyyy');
    }
  });

  it('still reads full dates with allowMonth', () => {
    expect(parseDateCell('15/07/2006', { allowMonth: true })).toEqual(day('2006-07-15'));
  });

  it('refuses month 13', () => {
    expect(parseDateCell('13/2006', { allowMonth: true })).toEqual({
      kind: 'invalid',
      message: 'Tháng 13/2006 không tồn tại.',
    });
  });
});

describe('parseDateCell: invalid', () => {
  const message = (value: unknown, options?: { allowMonth?: boolean }): string => {
    const cell = parseDateCell(value, options);
    if (cell.kind !== 'invalid') throw new Error(`expected invalid, got ${JSON.stringify(cell)}`);
    return cell.message;
  };

  it('names impossible dates', () => {
    expect(message('31/02/2025')).toBe('Ngày 31/02/2025 không tồn tại.');
    expect(message('29/02/2025')).toBe('Ngày 29/02/2025 không tồn tại.');
    expect(message('15/13/2025')).toBe('Ngày 15/13/2025 không tồn tại.');
    expect(message('31-4-2025')).toBe('Ngày 31/04/2025 không tồn tại.');
    expect(message('00/01/2025')).toBe('Ngày 00/01/2025 không tồn tại.');
    expect(message('2025-02-30')).toBe('Ngày 30/02/2025 không tồn tại.');
    expect(message('29/02/1900')).toBe('Ngày 29/02/1900 không tồn tại.');
  });

  it('explains unreadable text', () => {
    expect(message('abc')).toBe(
      'Không đọc được ngày “abc”: hãy ghi theo dạng dd/mm/yyyy (ví dụ 05/01/2026).',
    );
    expect(message('2025/04/03')).toContain('Không đọc được ngày “2025/04/03”');
    expect(message('05/01-2026')).toContain('Không đọc được ngày');
    expect(message('x'.repeat(100))).toContain('…');
  });

  it('refuses two-digit years (which century?)', () => {
    expect(message('03/04/25')).toBe(
      'Năm trong “03/04/25” chỉ có 2 chữ số: hãy ghi đủ 4 chữ số (dd/mm/yyyy).',
    );
    expect(message('3-4-25')).toContain('2 chữ số');
  });

  it('refuses a missing year', () => {
    expect(message('05/06')).toBe('“05/06” thiếu năm: hãy ghi đủ ngày/tháng/năm (dd/mm/yyyy).');
  });

  it('refuses a year typed alone, as a number or as text', () => {
    expect(message(2006)).toBe('“2006” mới có năm: hãy ghi đủ ngày/tháng/năm (dd/mm/yyyy).');
    expect(message('2006')).toBe('“2006” mới có năm: hãy ghi đủ ngày/tháng/năm (dd/mm/yyyy).');
    expect(message(1900)).toContain('mới có năm');
    expect(message(2100)).toContain('mới có năm');
    expect(message(2006, { allowMonth: true })).toContain('mm/yyyy');
    // Not a year: a serial number.
    expect(parseDateCell(2101)).toEqual(day('1905-10-01'));
    expect(parseDateCell(2006.5)).toEqual(day('1905-06-28'));
  });

  it('refuses numbers that are not days', () => {
    expect(message(0)).toBe('Số 0 không phải là một ngày hợp lệ.');
    expect(message(-3)).toContain('không phải là một ngày hợp lệ');
    expect(message(Number.NaN)).toContain('không phải là một ngày hợp lệ');
    expect(message(Number.POSITIVE_INFINITY)).toContain('không phải là một ngày hợp lệ');
    expect(message(1e12)).toContain('không phải là một ngày hợp lệ');
  });

  it('refuses invalid Dates and other types', () => {
    expect(message(new Date('not a date'))).toBe('Ô chứa một giá trị ngày không hợp lệ.');
    expect(message(new Date(8.64e15))).toContain('không phải là một ngày hợp lệ'); // year 275760
    for (const value of [true, false, {}, [], [45658], Symbol('d'), 10n, () => 1]) {
      expect(message(value)).toBe(
        'Không đọc được ngày trong ô này: hãy ghi theo dạng dd/mm/yyyy (ví dụ 05/01/2026).',
      );
    }
  });
});

describe('parse properties', () => {
  const anyDay = fc.integer({ min: -719_162, max: 2_932_896 }).map(fromDayNumber);

  it('parse(formatDay(d)) = d', () => {
    fc.assert(
      fc.property(anyDay, (d) => {
        expect(parseDateCell(formatDay(d))).toEqual(day(d));
        expect(parseDateCell(d)).toEqual(day(d));
      }),
      { numRuns: 500 },
    );
  });

  it('parse(formatDay(month)) = month with allowMonth', () => {
    fc.assert(
      fc.property(anyDay, (d) => {
        expect(parseDateCell(formatDay(toMonth(d.slice(0, 7))), { allowMonth: true })).toEqual(
          month(d.slice(0, 7)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('never throws, whatever the input', () => {
    const input = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(input, fc.boolean(), fc.option(fc.double()), (value, allowMonth, offset) => {
        const cell = parseDateCell(value, { allowMonth, utcOffsetMinutes: offset ?? undefined });
        expect(['empty', 'day', 'month', 'invalid']).toContain(cell.kind);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on date-like strings, and reads every valid one', () => {
    const piece = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10_000 }));
    const sep = fc.constantFrom('/', '-', '.', ' ', '');
    fc.assert(
      fc.property(piece, sep, piece, sep, piece, (a, s1, b, s2, c) => {
        const cell = parseDateCell(`${a}${s1}${b}${s2}${c}`, { allowMonth: true });
        if (cell.kind === 'day') expect(parseDateCell(formatDay(cell.day))).toEqual(cell);
      }),
      { numRuns: 500 },
    );
  });
});
