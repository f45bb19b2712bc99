import { type Day, type DayNumber, fromDayNumber, toDayNumber } from './day.ts';
import type { WorkCalendar } from './holidays.ts';

/**
 * Counting working days (ngày làm việc) for deadlines, civil-code style: the event day is not
 * counted, day 1 is the first working day after it.
 */

/** 9999-12-31, the last representable Day. */
const LAST_DAY_NUMBER: DayNumber = 2_932_896;
/** No real calendar has a month without a working day; more means a broken calendar. */
const MAX_DAYS_OFF_IN_A_ROW = 366;

export function isWorkingDay(day: Day, cal: WorkCalendar): boolean {
  return cal.isWorkingDay(toDayNumber(day));
}

/**
 * The n-th working day after `start` (`start` itself never counts, working day or not).
 * `n` is a whole number ≥ 1; n = 0 returns `start` unchanged.
 */
export function addWorkingDays(start: Day, n: number, cal: WorkCalendar): Day {
  return fromDayNumber(addWorkingDayNumbers(toDayNumber(start), n, cal));
}

/** `addWorkingDays` on day numbers. */
export function addWorkingDayNumbers(start: DayNumber, n: number, cal: WorkCalendar): DayNumber {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`Số ngày làm việc phải là số nguyên không âm (nhận được ${n}).`);
  }
  let d = start;
  let left = n;
  let idle = 0;
  while (left > 0) {
    d += 1;
    if (d > LAST_DAY_NUMBER) throw new RangeError('Kết quả vượt quá năm 9999.');
    if (cal.isWorkingDay(d)) {
      left -= 1;
      idle = 0;
    } else if (++idle > MAX_DAYS_OFF_IN_A_ROW) {
      throw new RangeError('Lịch làm việc không có ngày làm việc nào trong hơn một năm.');
    }
  }
  return d;
}

/**
 * The latest start whose n-th working day after it (`addWorkingDays`) is still on or before
 * `end`: the day before the n-th working day counting back from `end` (inclusive). `end` itself
 * when n ≤ 0. Gives up 4,000 days back (a calendar without working days).
 */
export function latestStartForNumber(end: DayNumber, n: number, cal: WorkCalendar): DayNumber {
  if (n <= 0) return end;
  let d = end;
  let seen = 0;
  for (let guard = 0; guard < 4000; guard++, d--) {
    if (cal.isWorkingDay(d) && ++seen === n) break;
  }
  return d - 1;
}

/**
 * Working days in (from, to]: how many working days have passed on `to` counting from the
 * event on `from`. 0 when equal; negative (minus the count in (to, from]) when `to` < `from`.
 */
export function workingDaysBetween(from: Day, to: Day, cal: WorkCalendar): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  // `0 - n`, not `-n`: no negative zero when no working day lies between.
  if (b < a) return 0 - countIn(b, a, cal);
  return countIn(a, b, cal);
}

/** Working days n with lo < n ≤ hi. */
function countIn(lo: DayNumber, hi: DayNumber, cal: WorkCalendar): number {
  let count = 0;
  for (let d = lo + 1; d <= hi; d++) if (cal.isWorkingDay(d)) count += 1;
  return count;
}
