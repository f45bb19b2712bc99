/**
 * How every document the product drafts words its counts, people and dates (documents.md, "Also,
 * for every document"): the plan, the report and the cell's meeting papers all write through these,
 * so a rule is kept in one place. `wordingProblems` (wordingCheck.ts) checks the result.
 */
import type { Day } from '../dates/day.ts';
import { formatDay } from '../dates/format.ts';
import type { Category } from '../schemas/request.ts';
import { two } from './numbers.ts';

/**
 * "đã kết nạp 02 đảng viên" / "chưa kết nạp đảng viên nào": a zero is said in words, never "00".
 */
export function didCount(n: number, verb: string, noun: string): string {
  return n > 0 ? `đã ${verb} ${two(n)} ${noun}` : `chưa ${verb} ${noun} nào`;
}

/**
 * "có 02 quần chúng" / "chưa có quần chúng nào" (or "không có …" where nothing is expected).
 */
export function hasCount(n: number, noun: string, none: 'chưa có' | 'không có' = 'chưa có'): string {
  return n > 0 ? `có ${two(n)} ${noun}` : `${none} ${noun} nào`;
}

/** "02 quần chúng" for a positive count; for zero, "không" + noun ("không quần chúng nào" is not used). */
export function countOf(n: number, noun: string): string {
  if (n <= 0) throw new Error(`countOf(${n}): a zero is said in words (didCount, hasCount)`);
  return `${two(n)} ${noun}`;
}

/** A figure in a table cell: "02", and "0" for zero (a table reads a column of digits, never "00"). */
export function tableCount(n: number): string {
  return n === 0 ? '0' : two(n);
}

/** "những " before a plural noun, nothing for one person: "là quần chúng" / "là những quần chúng". */
export function plural(n: number): string {
  return n === 1 ? '' : 'những ';
}

/** "đồng chí" / "các đồng chí" for members, by the count. */
export function comrades(n: number): string {
  return n === 1 ? 'đồng chí' : 'các đồng chí';
}

/**
 * "học sinh" in schools, "sinh viên" in higher education, both only where both are present, and
 * undefined where neither is: a word only where it applies.
 */
export function learners(categories: Iterable<Category | undefined>): string | undefined {
  const set = new Set(categories);
  const pupils = set.has('student');
  const students = set.has('higherEducationStudent');
  if (pupils && students) return 'học sinh, sinh viên';
  if (pupils) return 'học sinh';
  if (students) return 'sinh viên';
  return undefined;
}

/** The same from unit names, for a committee's report ("Trường THPT …" → học sinh). */
export function learnersOfUnits(unitNames: Iterable<string>): string {
  let pupils = false;
  let students = false;
  for (const n of unitNames) {
    const name = n.toLocaleLowerCase('vi');
    if (/trường (thpt|thcs|tiểu học|th\b|ptdt|phổ thông|mầm non)/u.test(name)) pupils = true;
    if (/(đại học|cao đẳng|học viện)/u.test(name)) students = true;
  }
  if (pupils && !students) return 'học sinh';
  if (students && !pupils) return 'sinh viên';
  return 'học sinh, sinh viên';
}

/** "chậm nhất ngày 23/12/2026": the last day allowed is itself allowed (never "trước ngày"). */
export function byDay(day: Day): string {
  return `chậm nhất ngày ${formatDay(day)}`;
}

/**
 * "chưa đạt" while the period runs (the target can still be met), "không đạt" once it has ended.
 */
export function belowTarget(asOf: Day, periodEnd: Day): 'chưa đạt' | 'không đạt' {
  return asOf < periodEnd ? 'chưa đạt' : 'không đạt';
}
