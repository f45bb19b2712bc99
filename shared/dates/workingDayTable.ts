import { type DayNumber, dayNumberOfParts, yearOfDayNumber } from './day.ts';
import type { WorkCalendar } from './holidays.ts';
import { addWorkingDayNumbers, latestStartForNumber } from './workingDays.ts';

/**
 * Working-day arithmetic by table lookup, for a unit whose candidates ask it thousands of times
 * (the projection asks a dozen times per candidate): the working days of the years around `asOf`
 * listed once, so "the n-th working day after" is one index instead of a walk day by day. Outside
 * those years it walks, as `addWorkingDays` does; inside, it gives the same answers (a property
 * test compares them).
 */
export interface WorkingDayTable {
  /** `addWorkingDayNumbers(start, n)` */
  after(start: DayNumber, n: number): DayNumber;
  /** `latestStartForNumber(end, n)` */
  latestStartFor(end: DayNumber, n: number): DayNumber;
}

/** Years before and after `around`'s year that the table covers (a candidate's dates rarely leave them). */
const YEARS_BEFORE = 3;
const YEARS_AFTER = 5;

export function createWorkingDayTable(cal: WorkCalendar, around: DayNumber): WorkingDayTable {
  const year = yearOfDayNumber(around);
  const lo = dayNumberOfParts(Math.max(1, year - YEARS_BEFORE), 1, 1);
  const hi = dayNumberOfParts(Math.min(9999, year + YEARS_AFTER), 12, 31);
  // Built on first use: a request without pending candidates never pays for it.
  let rank: Int32Array | undefined; // rank[d - lo]: working days in [lo, d]
  let list: Int32Array | undefined; // the working days in [lo, hi], ascending
  let count = 0;
  const build = (): void => {
    rank = new Int32Array(hi - lo + 1);
    list = new Int32Array(hi - lo + 1);
    for (let d = lo; d <= hi; d++) {
      if (cal.isWorkingDay(d)) list[count++] = d;
      rank[d - lo] = count;
    }
  };
  return {
    after(start, n) {
      if (start >= lo && start <= hi && n >= 1 && Number.isInteger(n)) {
        if (rank === undefined) build();
        const i = rank![start - lo]! + n - 1;
        if (i < count) return list![i]!;
      }
      return addWorkingDayNumbers(start, n, cal);
    },
    latestStartFor(end, n) {
      if (end >= lo && end <= hi && n >= 1 && Number.isInteger(n)) {
        if (rank === undefined) build();
        const i = rank![end - lo]! - n;
        // The n-th working day back lies in the table and within the walk's 4,000 days.
        if (i >= 0 && end - list![i]! < 4000) return list![i]! - 1;
      }
      return latestStartForNumber(end, n, cal);
    },
  };
}
