import type { Day } from './day.ts';
import { isMonthOnly, type Month } from './months.ts';

/** `dd/mm/yyyy`, the Vietnamese way (a month-precision date gives `mm/yyyy`). */
export function formatDay(day: Day | Month): string {
  if (isMonthOnly(day)) return `${day.slice(5, 7)}/${day.slice(0, 4)}`;
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** "ngày 05 tháng 01 năm 2026" — the date line of a Party document. */
export function formatDayLong(day: Day): string {
  return `ngày ${day.slice(8, 10)} tháng ${day.slice(5, 7)} năm ${day.slice(0, 4)}`;
}

/** "tháng 07/2024". */
export function formatMonth(day: Day | Month): string {
  return `tháng ${day.slice(5, 7)}/${day.slice(0, 4)}`;
}
