import { type Day, type DayNumber, dayFromParts, fromDayNumber, isValidParts } from './day.ts';
import { type Month, monthFromParts } from './months.ts';

/**
 * Reading one spreadsheet cell as a day. Vietnamese dates are day-first, always:
 * `03/04/2025` is 3 April 2025, never March 4.
 */

export type DateCell =
  | { kind: 'empty' }
  | { kind: 'day'; day: Day }
  | { kind: 'month'; month: Month }
  | { kind: 'invalid'; message: string };

export interface ParseDateOptions {
  /** Accept month precision (`mm/yyyy`, `yyyy-mm`), e.g. for a birth date known only to the month. */
  allowMonth?: boolean;
  /** The sheet's zone, for Date values (Apps Script gives midnight in that zone). Default 420 = UTC+7. */
  utcOffsetMinutes?: number;
}

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
const DEFAULT_OFFSET_MINUTES = 420;
/** Days from the Sheets epoch 1899-12-30 to 1970-01-01. */
const SHEETS_EPOCH_SHIFT = 25_569;
/** 0001-01-01 and 9999-12-31 as day numbers: the days a `Day` can hold. */
const FIRST_DAY_NUMBER: DayNumber = -719_162;
const LAST_DAY_NUMBER: DayNumber = 2_932_896;

const HINT = 'hãy ghi theo dạng dd/mm/yyyy (ví dụ 05/01/2026)';
const FULL = 'hãy ghi đủ ngày/tháng/năm (dd/mm/yyyy)';

const TIME = String.raw`(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?`;
const ISO_DAY = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`, 'i');
const DMY = new RegExp(String.raw`^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})${TIME}$`, 'i');
const DMY_LONG = /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu;
const MY = /^(?:tháng\s+)?(\d{1,2})\s*[/.-]\s*(\d{4})$/iu;
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const DMY_SHORT_YEAR = /^\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{2}$/;
const DM_NO_YEAR = /^\d{1,2}\s*[/.-]\s*\d{1,2}$/;
const YEAR_ONLY = /^\d{4}$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

const invalid = (message: string): DateCell => ({ kind: 'invalid', message });

/** The text as written, shortened for a message. */
function quote(text: string): string {
  const short = text.length > 30 ? `${text.slice(0, 30)}…` : text;
  return `“${short}”`;
}

function isYearAlone(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2100;
}

function yearAloneMessage(text: string, allowMonth: boolean): string {
  return allowMonth
    ? `${quote(text)} mới có năm: hãy ghi đủ ngày/tháng/năm (dd/mm/yyyy) hoặc ít nhất tháng/năm (mm/yyyy).`
    : `${quote(text)} mới có năm: ${FULL}.`;
}

function fromDayNumberChecked(n: DayNumber, what: string): DateCell {
  if (!Number.isFinite(n) || n < FIRST_DAY_NUMBER || n > LAST_DAY_NUMBER) {
    return invalid(`${what} không phải là một ngày hợp lệ.`);
  }
  return { kind: 'day', day: fromDayNumber(n) };
}

function dayCell(year: number, month: number, day: number): DateCell {
  if (!isValidParts(year, month, day)) {
    return invalid(`Ngày ${pad2(day)}/${pad2(month)}/${pad4(year)} không tồn tại.`);
  }
  return { kind: 'day', day: dayFromParts(year, month, day) };
}

function monthCell(year: number, month: number, text: string, allowMonth: boolean): DateCell {
  if (!allowMonth)
    return invalid(`${quote(text)} mới có tháng và năm: ô này cần đủ ngày/tháng/năm (dd/mm/yyyy).`);
  if (year < 1 || month < 1 || month > 12)
    return invalid(`Tháng ${pad2(month)}/${pad4(year)} không tồn tại.`);
  return { kind: 'month', month: monthFromParts(year, month) };
}

function parseText(raw: string, allowMonth: boolean): DateCell {
  const text = raw.normalize('NFC').trim();
  if (text === '') return { kind: 'empty' };

  let m = DMY.exec(text);
  if (m !== null) return dayCell(Number(m[4]), Number(m[3]), Number(m[1]));
  m = ISO_DAY.exec(text);
  if (m !== null) return dayCell(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY_LONG.exec(text);
  if (m !== null) return dayCell(Number(m[3]), Number(m[2]), Number(m[1]));
  m = MY.exec(text);
  if (m !== null) return monthCell(Number(m[2]), Number(m[1]), text, allowMonth);
  m = ISO_MONTH.exec(text);
  if (m !== null) return monthCell(Number(m[1]), Number(m[2]), text, allowMonth);

  if (DMY_SHORT_YEAR.test(text)) {
    return invalid(`Năm trong ${quote(text)} chỉ có 2 chữ số: hãy ghi đủ 4 chữ số (dd/mm/yyyy).`);
  }
  if (DM_NO_YEAR.test(text)) return invalid(`${quote(text)} thiếu năm: ${FULL}.`);
  if (YEAR_ONLY.test(text) && isYearAlone(Number(text))) return invalid(yearAloneMessage(text, allowMonth));
  return invalid(`Không đọc được ngày ${quote(text)}: ${HINT}.`);
}

/**
 * One cell value → empty, a day, a month (only with `allowMonth`) or an invalid value with a
 * Vietnamese message for the user. Never throws.
 *
 * - `Date` (what Apps Script's `getValues()` gives): the calendar day at `utcOffsetMinutes`.
 * - number: a Sheets serial day (days since 30/12/1899, time of day ignored); a bare integer
 *   1900–2100 is a year typed alone and is refused.
 * - text: `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, ISO `yyyy-mm-dd` (a time after it
 *   is ignored), "ngày 05 tháng 01 năm 2026"; with `allowMonth` also `mm/yyyy`, `m/yyyy`,
 *   `yyyy-mm`. Two-digit years are refused (which century?).
 */
export function parseDateCell(value: unknown, options: ParseDateOptions = {}): DateCell {
  const allowMonth = options.allowMonth === true;
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return parseText(value, allowMonth);
  if (typeof value === 'number') {
    if (isYearAlone(value)) return invalid(yearAloneMessage(String(value), allowMonth));
    if (!Number.isFinite(value) || value < 1)
      return invalid(`Số ${String(value)} không phải là một ngày hợp lệ.`);
    return fromDayNumberChecked(Math.floor(value) - SHEETS_EPOCH_SHIFT, `Số ${String(value)}`);
  }
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) return invalid('Ô chứa một giá trị ngày không hợp lệ.');
    const offset =
      typeof options.utcOffsetMinutes === 'number' && Number.isFinite(options.utcOffsetMinutes)
        ? options.utcOffsetMinutes
        : DEFAULT_OFFSET_MINUTES;
    return fromDayNumberChecked(Math.floor((time + offset * MS_PER_MINUTE) / MS_PER_DAY), 'Giá trị trong ô');
  }
  return invalid(`Không đọc được ngày trong ô này: ${HINT}.`);
}
