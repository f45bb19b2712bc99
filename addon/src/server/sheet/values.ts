/**
 * One cell → one request value, forgivingly, or a Vietnamese problem saying what to write instead.
 * Pure: the time zone arrives as a function (dates.ts).
 */
import type { Day } from '../../../../shared/dates/day.ts';
import { formatDay } from '../../../../shared/dates/format.ts';
import type { Birth } from '../../../../shared/dates/months.ts';
import { parseDateCell } from '../../../../shared/dates/parse.ts';
import type { Category, EducationLevel } from '../../../../shared/schemas/request.ts';
import {
  FIRST_YEAR,
  isRequestDay,
  isRequestDayOrMonth,
  LAST_YEAR,
} from '../../../../shared/schemas/vocabulary.ts';
import { CATEGORY_LABELS, EDUCATION_LABELS } from './columns.ts';
import { isDateValue, serialOfDay } from './dates.ts';
import { cellText, fold, isBlank } from './normalize.ts';

export type Parsed<T> = { kind: 'empty' } | { kind: 'ok'; value: T } | { kind: 'problem'; message: string };

const EMPTY = { kind: 'empty' } as const;
const ok = <T>(value: T): Parsed<T> => ({ kind: 'ok', value });
const problem = (message: string): Parsed<never> => ({ kind: 'problem', message });

/** The text as written, shortened, in Vietnamese quotes. */
export function quoted(value: unknown): string {
  const text = isDateValue(value) ? 'một ngày' : cellText(value);
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}

const YES_WORDS = new Set(['co', 'c', 'x', 'yes', 'y', 'dung', 'true', '1', 'co roi', 'da co', 'roi']);
const NO_WORDS = new Set([
  'khong',
  'k',
  'ko',
  'kg',
  'khg',
  'no',
  'n',
  'false',
  '0',
  'sai',
  'chua',
  'khong co',
]);

export function parseYesNo(value: unknown): Parsed<boolean> {
  if (value === true) return ok(true);
  if (value === false) return ok(false);
  if (isBlank(value)) return EMPTY;
  const text = cellText(value);
  if (/^[✓✔☑]$/u.test(text)) return ok(true);
  if (/^[-–✗✘☐]$/u.test(text)) return ok(false);
  const f = fold(text);
  if (YES_WORDS.has(f)) return ok(true);
  if (NO_WORDS.has(f)) return ok(false);
  return problem(`${quoted(value)} không phải Có/Không — hãy chọn “Có” hoặc “Không” trong danh sách.`);
}

export function parseGender(value: unknown): Parsed<'male' | 'female'> {
  if (isBlank(value)) return EMPTY;
  const f = fold(cellText(value));
  if (f === 'nam' || f === 'male' || f === 'm') return ok('male');
  if (f === 'nu' || f === 'female' || f === 'f') return ok('female');
  return problem(`${quoted(value)} không phải giới tính — hãy chọn “Nam” hoặc “Nữ”.`);
}

/**
 * Yes/no words typed into "Dân tộc", with their diacritics: folded, "Có" would be "co", and Co is
 * an ethnic group.
 */
const NOT_A_GROUP = new Set(['có', 'không', 'khong', 'không có', 'x', 'c', 'k', 'yes', 'no', '1', '0']);

/**
 * "Kinh" (also "dân tộc Kinh", "DT Kinh") → false, any other ethnic group → true (a minority), empty →
 * unknown. A yes/no word ("Không", "Có", "x") names no group: read as a minority it would swell the
 * reports' ethnic-minority figures, so it is a problem on the cell instead.
 */
export function parseEthnic(value: unknown): Parsed<boolean> {
  if (isBlank(value)) return EMPTY;
  const f = fold(cellText(value)).replace(/^(dan toc|dt)\s+/, '');
  if (f === 'kinh') return ok(false);
  if (NOT_A_GROUP.has(cellText(value).normalize('NFC').toLocaleLowerCase('vi')))
    return problem(`${quoted(value)} không phải tên dân tộc — hãy ghi tên dân tộc, ví dụ Kinh, Tày, Ê Đê.`);
  return ok(true);
}

/** Empty or "Không" → false; a religion's name → true. */
export function parseReligion(value: unknown): Parsed<boolean> {
  if (isBlank(value)) return ok(false);
  const f = fold(cellText(value));
  if (NO_WORDS.has(f) || f === 'khong theo' || f === 'khong ton giao' || f === 'khong theo ton giao')
    return ok(false);
  return ok(true);
}

const CATEGORY_WORDS: ReadonlyArray<readonly [Category, readonly string[]]> = [
  ['student', ['hoc sinh', 'hs', 'hoc sinh thpt', 'hoc sinh pho thong']],
  ['higherEducationStudent', ['sinh vien', 'sv', 'hoc vien']],
  ['teacher', ['giao vien', 'gv', 'giang vien', 'nha giao', 'can bo giao vien']],
  [
    'staff',
    [
      'nhan vien',
      'nv',
      'can bo',
      'cong chuc',
      'vien chuc',
      'can bo cong chuc',
      'can bo cong chuc vien chuc',
      'nguoi lao dong',
    ],
  ],
  ['worker', ['cong nhan', 'cn']],
  ['farmer', ['nong dan', 'nd']],
  [
    'armedForces',
    ['luc luong vu trang', 'llvt', 'quan doi', 'cong an', 'bo doi', 'dan quan', 'dan quan tu ve'],
  ],
  ['other', ['khac']],
];
const CATEGORY_LOOKUP = new Map<string, Category>();
for (const [category, words] of CATEGORY_WORDS) for (const w of words) CATEGORY_LOOKUP.set(w, category);

export function parseCategory(value: unknown): Parsed<Category> {
  if (isBlank(value)) return EMPTY;
  const category = CATEGORY_LOOKUP.get(fold(cellText(value)));
  if (category !== undefined) return ok(category);
  return problem(
    `Đối tượng ${quoted(value)} không có trong danh sách — chọn một trong: ${Object.values(CATEGORY_LABELS).join(', ')}.`,
  );
}

export function parseEducation(value: unknown): Parsed<EducationLevel> {
  if (isBlank(value)) return EMPTY;
  const f = fold(cellText(value));
  if (f === 'chua het tieu hoc' || f === 'chua tot nghiep tieu hoc' || f === 'mu chu') return ok('none');
  if (f === 'tieu hoc' || f === 'th' || f === 'cap 1' || /^(lop )?[5-8]( 12)?$/.test(f)) return ok('primary');
  if (
    f === 'thcs' ||
    f === 'trung hoc co so' ||
    f === 'cap 2' ||
    f === 'trung cap' ||
    /^(lop )?(9|10|11)( 12)?$/.test(f) ||
    f === 'lop 12' ||
    f === 'dang hoc lop 12'
  ) {
    return ok('lowerSecondary');
  }
  if (
    f === 'thpt' ||
    f === 'trung hoc pho thong' ||
    f === 'cap 3' ||
    f === 'bo tuc thpt' ||
    f === '12 12' ||
    f === 'tot nghiep thpt'
  )
    return ok('upperSecondary');
  if (
    /^(cao dang|dai hoc|thac si|tien si|cd|dh|ths|ts)\b/.test(f) ||
    f === 'cao dang dai hoc tro len' ||
    f === 'tren dai hoc'
  ) {
    return ok('higher');
  }
  return problem(
    `Trình độ ${quoted(value)} không có trong danh sách — chọn một trong: ${Object.values(EDUCATION_LABELS).join(', ')} (học sinh lớp 10–12 ghi THCS).`,
  );
}

export function parseCount(value: unknown, max = 1_000_000): Parsed<number> {
  if (isBlank(value)) return EMPTY;
  const n =
    typeof value === 'number'
      ? value
      : /^\s*\d+\s*$/.test(cellText(value))
        ? Number(cellText(value))
        : Number.NaN;
  if (!Number.isInteger(n) || n < 0 || n > max)
    return problem(`${quoted(value)} không phải một số nguyên từ 0 trở lên.`);
  return ok(n);
}

export function parseYear(value: unknown): Parsed<number> {
  if (isBlank(value)) return EMPTY;
  const n = typeof value === 'number' ? value : Number(cellText(value));
  if (!Number.isInteger(n) || n < 1945 || n > 2200)
    return problem(`${quoted(value)} không phải một năm (ví dụ 2026).`);
  return ok(n);
}

export function parseDayKind(value: unknown): Parsed<'holiday' | 'workday'> {
  if (isBlank(value)) return ok('holiday');
  const f = fold(cellText(value));
  if (f === 'nghi' || f === 'ngay nghi' || f === 'nghi le' || f === 'nghi bu') return ok('holiday');
  if (f === 'lam bu' || f === 'di lam bu' || f === 'ngay lam bu' || f === 'lam viec') return ok('workday');
  return problem(`${quoted(value)} — hãy chọn “Nghỉ” hoặc “Làm bù”.`);
}

/** Reads a Date value (what `getValues()` gives for a date cell) as a day in the sheet's zone. */
export type DayOfDate = (date: Date) => Day | undefined;

function rangeProblem(shown: string): Parsed<never> {
  return problem(`Ngày ${shown} nằm ngoài khoảng năm ${FIRST_YEAR}–${LAST_YEAR} — có gõ nhầm năm không?`);
}

/**
 * A year typed alone into a date-formatted cell: Sheets keeps the number 2008 and shows it as the
 * 2008th day after 30/12/1899, 30/06/1905. No date this add-on reads falls in 1905, so a day whose
 * serial number is a plausible year is that year, typed alone.
 */
function typedYear(day: Day): number | undefined {
  const serial = serialOfDay(day);
  return serial >= 1900 && serial <= 2100 ? serial : undefined;
}

function typedYearProblem(day: Day, year: number, allowMonth: boolean): Parsed<never> {
  const want = allowMonth
    ? `đủ ngày/tháng/năm (vd. 15/05/${year}) hoặc ít nhất tháng/năm (vd. 05/${year})`
    : `đủ ngày/tháng/năm (vd. 15/05/${year})`;
  return problem(
    `Ô hiện ngày ${formatDay(day)} — có phải năm ${year}? Bảng tính hiểu số ${year} gõ một mình thành ngày thứ ${year} kể từ 30/12/1899. Hãy ghi ${want}.`,
  );
}

/** A Date value (what getValues() gives for a date cell) as a day, or what is wrong with it. */
function parseDateValue(value: Date, dayOfDate: DayOfDate, allowMonth: boolean): Parsed<Day> {
  const day = dayOfDate(value);
  if (day === undefined)
    return problem('Ô chứa một giá trị ngày không hợp lệ — hãy gõ lại theo dạng dd/mm/yyyy.');
  const year = typedYear(day);
  if (year !== undefined) return typedYearProblem(day, year, allowMonth);
  return isRequestDay(day) ? ok(day) : rangeProblem(formatDay(day));
}

/** A number where a date belongs (a phone number typed over a date): say what the cell needs. */
function withDateHint(message: string, value: unknown): string {
  return typeof value === 'number' ? `${message} Ô này cần một ngày dd/mm/yyyy (ví dụ 05/01/2026).` : message;
}

/** A full date (dd/mm/yyyy, a Sheets date, a serial number, ISO). */
export function parseDay(value: unknown, dayOfDate: DayOfDate): Parsed<Day> {
  if (isBlank(value)) return EMPTY;
  if (isDateValue(value)) return parseDateValue(value, dayOfDate, false);
  const cell = parseDateCell(value);
  switch (cell.kind) {
    case 'empty':
      return EMPTY;
    case 'invalid':
      return problem(withDateHint(cell.message, value));
    case 'month':
      return problem(`Ô này cần đủ ngày/tháng/năm (dd/mm/yyyy), không chỉ tháng ${formatDay(cell.month)}.`);
    case 'day':
      return isRequestDay(cell.day) ? ok(cell.day) : rangeProblem(formatDay(cell.day));
  }
}

/** A birth date: a full date, or only month and year (mm/yyyy). */
export function parseDayOrMonth(value: unknown, dayOfDate: DayOfDate): Parsed<Birth> {
  if (isBlank(value)) return EMPTY;
  if (isDateValue(value)) return parseDateValue(value, dayOfDate, true);
  const cell = parseDateCell(value, { allowMonth: true });
  switch (cell.kind) {
    case 'empty':
      return EMPTY;
    case 'invalid':
      return problem(withDateHint(cell.message, value));
    case 'month':
      return isRequestDayOrMonth(cell.month) ? ok(cell.month) : rangeProblem(formatDay(cell.month));
    case 'day':
      return isRequestDay(cell.day) ? ok(cell.day) : rangeProblem(formatDay(cell.day));
  }
}
