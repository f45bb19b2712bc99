import { type Day, dayFromParts, dayOfMonth, daysInMonth, monthOf, yearOf } from './day.ts';

/** A month written `YYYY-MM` (a birth date known only to the month). */
export type Month = string;

const MONTH_RE = /^(\d{4})-(\d{2})$/;

export function isMonth(value: unknown): value is Month {
  if (typeof value !== 'string') return false;
  const m = MONTH_RE.exec(value);
  if (m === null) return false;
  const month = Number(m[2]);
  return Number(m[1]) >= 1 && month >= 1 && month <= 12;
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

/**
 * Age in months at a reference day, counted by months only: the day of the month is ignored
 * (born 15/07/2006 → 216 months anywhere in July 2024). This follows the published worked
 * examples of "đủ 18 tuổi … tính theo tháng"; it is PTĐV's documented interpretation.
 */
export function ageInMonths(birth: Day | Month, reference: Day): number {
  return monthIndex(reference) - monthIndex(birth);
}

/** Whole years of age at a reference day (the usual birthday reckoning, needs the day when known). */
export function ageInYears(birth: Day | Month, reference: Day): number {
  const months = ageInMonths(birth, reference);
  let years = Math.floor(months / 12);
  if (months % 12 === 0 && birth.length === 10 && dayOfMonth(birth) > dayOfMonth(reference)) {
    years -= 1;
  }
  return years;
}

/** First day of the month in which someone born on `birth` reaches `months` months of age. */
export function firstDayAtAgeInMonths(birth: Day | Month, months: number): Day {
  const index = monthIndex(birth) + months;
  const y = Math.floor(index / 12);
  return dayFromParts(y, index - y * 12 + 1, 1);
}
