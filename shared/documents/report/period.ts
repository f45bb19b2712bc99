/**
 * What a report's period means for each figure. A first-half report counts January–June from the
 * monthly admissions; a figure the units send only as a year-to-date total (certificates,
 * recognitions, the breakdowns) is said to be year-to-date rather than passed off as the half-year.
 * Percentages of target are over the units that have reported, never over the silent ones.
 */
import { type Day, dayFromParts } from '../../dates/day.ts';
import { formatDay } from '../../dates/format.ts';
import { percent } from '../numbers.ts';
import { admittedByHalf, type ReportFigures, type Rollup, type UnitLine } from './rollup.ts';

export interface ReportPeriod {
  year: number;
  firstHalf: boolean;
  /** the report date */
  date: Day;
  /** "6 tháng đầu năm 2026" / "năm 2026" */
  label: string;
  /** the last day of the period: 30/6 or 31/12 */
  end: Day;
}

export function reportPeriod(year: number, firstHalf: boolean, date: Day): ReportPeriod {
  return {
    year,
    firstHalf,
    date,
    label: firstHalf ? `6 tháng đầu năm ${year}` : `năm ${year}`,
    end: firstHalf ? dayFromParts(year, 6, 30) : dayFromParts(year, 12, 31),
  };
}

/** "từ đầu năm đến ngày 06/07/2026": how a year-to-date figure is labelled in a first-half report. */
export function yearToDate(p: ReportPeriod): string {
  return `từ đầu năm đến ngày ${formatDay(p.date)}`;
}

/**
 * What each half-year column or sentence covers as of the report date: "6 tháng đầu năm" /
 * "6 tháng cuối năm" once that half is over, otherwise what it is so far ("từ 01/7 đến
 * 20/11"), so a year report drafted in November never calls four and a half months a half-year.
 */
export function halfLabels(p: ReportPeriod): { first: string; second: string } {
  const dm = `${p.date.slice(8, 10)}/${p.date.slice(5, 7)}`;
  const over = (end: Day) => p.date >= end;
  return {
    first: over(dayFromParts(p.year, 6, 30)) ? '6 tháng đầu năm' : `từ 01/01 đến ${dm}`,
    second: over(dayFromParts(p.year, 12, 31)) ? '6 tháng cuối năm' : `từ 01/7 đến ${dm}`,
  };
}

/**
 * Admissions of a line in the period: the whole year, or January–June from its months. Undefined
 * when a first-half count cannot be made (the months do not account for the admissions).
 */
export function admittedIn(f: ReportFigures, p: ReportPeriod): number | undefined {
  if (!p.firstHalf) return f.admitted;
  return admittedByHalf(f)?.first;
}

const reported = (l: UnitLine) => l.reportedUnits > 0;

/** Whether every reporting line's admissions can be counted for the period. */
export function admissionsSplit(rollup: Rollup, p: ReportPeriod): boolean {
  return rollup.lines.every((l) => !reported(l) || admittedIn(l.figures, p) !== undefined);
}

/** The lines that reported, and those that did not. */
export function reporting(rollup: Rollup): { reported: UnitLine[]; silent: UnitLine[] } {
  return {
    reported: rollup.lines.filter(reported),
    silent: rollup.lines.filter((l) => !reported(l)),
  };
}

/** "05/07 chi bộ đã báo cáo" — over the reporting unit's lines (its direct subordinates). */
export function reportedCount(rollup: Rollup): string {
  const { reported: r } = reporting(rollup);
  const kind = rollup.lines.every((l) => /^chi bộ/iu.test(l.name)) ? 'chi bộ' : 'tổ chức đảng';
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${two(r.length)}/${two(rollup.lines.length)} ${kind} đã báo cáo`;
}

/**
 * A share of target over the reporting lines only: their figure over their targets. Undefined when
 * none of them has the target.
 */
export function shareOverReported(
  rollup: Rollup,
  figure: (l: UnitLine) => number | undefined,
  target: (l: UnitLine) => number | undefined,
): string | undefined {
  const b = basisOverReported(rollup, figure, target);
  return b.goal > 0 ? percent(b.done / b.goal) : undefined;
}

/**
 * The two numbers a share over the reporting lines divides: their figure and their targets. The
 * totals row prints them when they differ from its own totals, so the share can be checked.
 */
export function basisOverReported(
  rollup: Rollup,
  figure: (l: UnitLine) => number | undefined,
  target: (l: UnitLine) => number | undefined,
): { done: number; goal: number } {
  let done = 0;
  let goal = 0;
  for (const l of reporting(rollup).reported) {
    const t = target(l);
    if (t === undefined) continue;
    goal += t;
    done += figure(l) ?? 0;
  }
  return { done, goal };
}
