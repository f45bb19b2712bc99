declare const DAY: unique symbol;

/**
 * A calendar day as an ISO string `YYYY-MM-DD`. Days carry no time and no zone:
 * every rule in PTĐV counts whole days, and Vietnam has a single zone (UTC+7).
 *
 * Branded: a plain string is not a Day until something has checked it (`isDay`, `parseDay`,
 * `toDay`, a request schema or reader) or built it (`dayFromParts`, the arithmetic below). The brand
 * exists only for the type checker; at run time a Day is the string itself.
 */
export type Day = string & { readonly [DAY]: 'Day' };

declare const MONTH: unique symbol;

/**
 * A month written `YYYY-MM` (a birth date known only to the month), branded like `Day`. Declared
 * here beside Day because both start `YYYY-MM` and share `yearOf` and `monthOf`; its checks and
 * arithmetic are in months.ts.
 */
export type Month = string & { readonly [MONTH]: 'Month' };

/** Days since 1970-01-01 (UTC). Cheap to compare and add. */
export type DayNumber = number;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));
const pad2 = (n: number): string => TWO_DIGITS[n] ?? String(n);
const pad4 = (n: number): string => (n >= 1000 ? String(n) : String(n).padStart(4, '0'));

/**
 * The days written so far, for the years FIRST_WRITTEN … FIRST_WRITTEN + 249, at index
 * (year - FIRST_WRITTEN) * 372 + (month - 1) * 31 + day - 1: the engine writes the same few
 * thousand days over and over (deadlines, expiries, a cell's shared dates), and writing one
 * allocates the string and each piece it is joined from. An array, not a Map: a lookup is one
 * load, where hashing the number into a Map cost about as much as the date arithmetic that asked
 * for the day. Made at the first day written (the add-on's start does not pay for it); bounded by
 * its 93,000 slots. A day outside those years is written anew each time.
 */
let written: Array<Day | undefined> | undefined;
const FIRST_WRITTEN = 1900;
const WRITTEN_SLOTS = 250 * 372;

/** Builds a Day from parts; the caller guarantees they are valid (see `isValidParts`). */
export function dayFromParts(year: number, month: number, day: number): Day {
  const at = (year - FIRST_WRITTEN) * 372 + (month - 1) * 31 + day - 1;
  if (at < 0 || at >= WRITTEN_SLOTS) return writeDay(year, month, day);
  written ??= new Array<Day | undefined>(WRITTEN_SLOTS);
  let text = written[at];
  if (text === undefined) {
    text = writeDay(year, month, day);
    written[at] = text;
  }
  return text;
}

const writeDay = (year: number, month: number, day: number): Day =>
  `${pad4(year)}-${pad2(month)}-${pad2(day)}` as Day;

/** True when `value` is a real calendar day written `YYYY-MM-DD`. */
export function isDay(value: unknown): value is Day {
  return dayYear(value) > 0;
}

/**
 * The year of `value` when it is a real calendar day written `YYYY-MM-DD`, else 0: one pass over
 * its ten characters, no call per digit (a request's reader checks every date it carries).
 */
export function dayYear(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return 0;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return 0;
  const y0 = value.charCodeAt(0) - 48;
  const y1 = value.charCodeAt(1) - 48;
  const y2 = value.charCodeAt(2) - 48;
  const y3 = value.charCodeAt(3) - 48;
  const m0 = value.charCodeAt(5) - 48;
  const m1 = value.charCodeAt(6) - 48;
  const d0 = value.charCodeAt(8) - 48;
  const d1 = value.charCodeAt(9) - 48;
  // `>>> 0` makes a negative difference (a character before '0') a huge number: one test per digit.
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9
  ) {
    return 0;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return 0;
  return day <= 28 || day <= daysInMonth(year, month) ? year : 0;
}

/** The Day written `value`, or undefined when it is not a real calendar day `YYYY-MM-DD`. */
export function parseDay(value: unknown): Day | undefined {
  return isDay(value) ? value : undefined;
}

/**
 * The Day written `text`; throws a RangeError when it is not one. For days written in the code
 * (official schedules, fixtures): a mistyped constant fails loudly where it is written.
 */
export function toDay(text: string): Day {
  if (!isDay(text)) throw new RangeError(`“${text}” is not a calendar day written YYYY-MM-DD.`);
  return text;
}

/** `toDay` over a list. */
export function toDays(...texts: string[]): Day[] {
  return texts.map(toDay);
}

/** The number written by the 2 digits at `at`, or -1 when one is not a digit. */
function digits2(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  // `>>> 0` makes a character before '0' (a negative difference) a huge number: one test each.
  return a >>> 0 > 9 || b >>> 0 > 9 ? -1 : a * 10 + b;
}

/** The number written by the 4 digits at the start of `s`, or -1 when one is not a digit. */
function digits4(s: string): number {
  const high = digits2(s, 0);
  const low = digits2(s, 2);
  return high < 0 || low < 0 ? -1 : high * 100 + low;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by arithmetic alone (Howard Hinnant's
 * `days_from_civil`): no Date object, so nothing is allocated on the engine's hot path.
 */
export function dayNumberOfParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function toDayNumber(day: Day): DayNumber {
  // A Day has been checked: its digits are read straight from the character codes (48 is '0';
  // 53,328 = 48 × 1,111 and 528 = 48 × 11), with no loop or check per digit — the projection
  // reads a dozen days per candidate.
  return dayNumberOfParts(
    day.charCodeAt(0) * 1000 + day.charCodeAt(1) * 100 + day.charCodeAt(2) * 10 + day.charCodeAt(3) - 53_328,
    day.charCodeAt(5) * 10 + day.charCodeAt(6) - 528,
    day.charCodeAt(8) * 10 + day.charCodeAt(9) - 528,
  );
}

/**
 * The calendar date of a day number as one integer `year * 10_000 + month * 100 + day` (Hinnant's
 * `civil_from_days`, without building a string; `fromDayNumber` writes it as a day): for arithmetic on day numbers
 * (months.ts, the projection) that needs the parts and must not allocate.
 */
export function packedOfDayNumber(n: DayNumber): number {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10_000 + month * 100 + (dayOfYear - Math.floor((153 * mp + 2) / 5) + 1);
}

/** The inverse of `dayNumberOfParts`: the parts of `packedOfDayNumber`, written as a day. */
export function fromDayNumber(n: DayNumber): Day {
  const packed = packedOfDayNumber(n);
  return dayFromParts(Math.floor(packed / 10_000), Math.floor(packed / 100) % 100, packed % 100);
}

/** The year of a day number. */
export function yearOfDayNumber(n: DayNumber): number {
  return Math.floor(packedOfDayNumber(n) / 10_000);
}

export function addDays(day: Day, days: number): Day {
  return fromDayNumber(toDayNumber(day) + days);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return weekdayOfNumber(toDayNumber(day));
}

export function weekdayOfNumber(n: DayNumber): number {
  // 1970-01-01 was a Thursday (4).
  return (((n + 4) % 7) + 7) % 7;
}

export function yearOf(day: Day | Month): number {
  return digits4(day);
}

export function monthOf(day: Day | Month): number {
  return digits2(day, 5);
}

/** The day of the month (1–31) of a Day. */
export function dayOfMonth(day: Day): number {
  return digits2(day, 8);
}
