import {
  type Day,
  type DayNumber,
  dayFromParts,
  dayNumberOfParts,
  dayOfMonth,
  daysInMonth,
  type Month,
  monthOf,
  packedOfDayNumber,
  yearOf,
} from './day.ts';

export type { Month } from './day.ts';

/** A birth date: the day when the sheet knows it, else the month. */
export type Birth = Day | Month;

const MONTH_RE = /^(\d{4})-(\d{2})$/;

export function isMonth(value: unknown): value is Month {
  if (typeof value !== 'string') return false;
  const m = MONTH_RE.exec(value);
  if (m === null) return false;
  const month = Number(m[2]);
  return Number(m[1]) >= 1 && month >= 1 && month <= 12;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Builds a Month from parts; the caller guarantees year 1–9999 and month 1–12. */
export function monthFromParts(year: number, month: number): Month {
  return `${pad4(year)}-${pad2(month)}` as Month;
}

/** The Month written `text`; throws a RangeError when it is not one (constants and fixtures). */
export function toMonth(text: string): Month {
  if (!isMonth(text)) throw new RangeError(`“${text}” is not a month written YYYY-MM.`);
  return text;
}

/**
 * True when a birth date is known only to the month. A Birth has been checked to be a Day or a
 * Month, so its shape alone tells them apart; this is the one place that looks at it.
 */
export function isMonthOnly(birth: Birth): birth is Month {
  return birth.length === 7;
}

/** Months counted from year 0: `year * 12 + (month - 1)`. */
export function monthIndex(dayOrMonth: Day | Month): number {
  return yearOf(dayOrMonth) * 12 + monthOf(dayOrMonth) - 1;
}

/**
 * Adds calendar months, clamping to the last day of a shorter month
 * (31/01 + 1 month = 28/02 or 29/02; 29/02/2024 + 12 months = 28/02/2025).
 */
export function addMonths(day: Day, months: number): Day {
  const index = monthIndex(day) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayFromParts(y, m, Math.min(dayOfMonth(day), daysInMonth(y, m)));
}

/** `addMonths` on day numbers, with the same clamping (no string is built). */
export function addMonthsToDayNumber(n: DayNumber, months: number): DayNumber {
  const packed = packedOfDayNumber(n);
  const year = Math.floor(packed / 10_000);
  const index = year * 12 + (Math.floor(packed / 100) % 100) - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayNumberOfParts(y, m, Math.min(packed % 100, daysInMonth(y, m)));
}

/**
 * Age in months at a reference day, counted by months only: the day of the month is ignored
 * (born 15/07/2006 → 216 months anywhere in July 2024). This follows the published worked
 * examples of "đủ 18 tuổi … tính theo tháng"; it is PTĐV's documented interpretation.
 */
export function ageInMonths(birth: Birth, reference: Day): number {
  return monthIndex(reference) - monthIndex(birth);
}

/** Whole years of age at a reference day (the usual birthday reckoning, needs the day when known). */
export function ageInYears(birth: Birth, reference: Day): number {
  const months = ageInMonths(birth, reference);
  let years = Math.floor(months / 12);
  if (months % 12 === 0 && !isMonthOnly(birth) && dayOfMonth(birth) > dayOfMonth(reference)) {
    years -= 1;
  }
  return years;
}

/** First day of the month in which someone born on `birth` reaches `months` months of age. */
export function firstDayAtAgeInMonths(birth: Birth, months: number): Day {
  const index = monthIndex(birth) + months;
  const y = Math.floor(index / 12);
  return dayFromParts(y, index - y * 12 + 1, 1);
}

/**
 * The first day on which `ageInYears(birth, day)` reaches `years`: the birthday (the first of the
 * month for a birth known only to the month; the 1st of March for 29/02 in a common year). Lets a
 * caller that compares many days with one age limit compare day numbers instead.
 */
export function firstDayAtAge(birth: Birth, years: number): DayNumber {
  const y = yearOf(birth) + years;
  const m = monthOf(birth);
  if (isMonthOnly(birth)) return dayNumberOfParts(y, m, 1);
  const d = dayOfMonth(birth);
  // ageInYears counts a birthday the month's days cannot hold only from the next month on.
  return d <= daysInMonth(y, m) ? dayNumberOfParts(y, m, d) : dayNumberOfParts(y, m, daysInMonth(y, m)) + 1;
}

/** The earliest day a birth can be: the day itself, or the first of a month-only birth's month. */
export function earliestBirthDay(birth: Birth): Day {
  return isMonthOnly(birth) ? dayFromParts(yearOf(birth), monthOf(birth), 1) : birth;
}
