/** The action's clock in the spreadsheet's time zone: one `now`, read once per action. */
import { type Day, toDay } from '../../../../shared/dates/day.ts';
import type { Services, SpreadsheetLike } from './services.ts';

export interface Clock {
  now: Date;
  timeZone: string;
  /** today in the spreadsheet's zone */
  today: Day;
  /** "14:05, 05/01/2026" */
  atText: string;
  /** "05/01/2026" */
  todayText: string;
}

export function clockOf(s: Services, ss: SpreadsheetLike, now: Date): Clock {
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = toDay(s.Utilities.formatDate(now, timeZone, 'yyyy-MM-dd'));
  return {
    now,
    timeZone,
    today,
    atText: s.Utilities.formatDate(now, timeZone, 'HH:mm, dd/MM/yyyy'),
    todayText: `${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`,
  };
}
