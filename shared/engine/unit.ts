import { type Day, fromDayNumber, toDayNumber, yearOf } from '../dates/day.ts';
import { createWorkCalendar } from '../dates/holidays.ts';
import { addMonths } from '../dates/months.ts';
import { createWorkingDayTable, type WorkingDayTable } from '../dates/workingDayTable.ts';
import type { EvaluateRequest, LeadTimes, Member } from '../schemas/request.ts';

/** What the engine reads of a request besides its candidates (which it reads one at a time). */
export type RequestHead = Omit<EvaluateRequest, 'candidates'>;

/** Full members of the cell on a day, counted from the members list. */
export interface MemberCount {
  /** every full member */
  full: number;
  /** full members who count for a vote: not exempt, not attending temporarily elsewhere */
  voting: number;
  /** members whose official date is not recorded (not counted above) */
  unknown: number;
}

/** What every candidate of one request shares: the day, the unit, its members, its working days. */
export interface UnitContext {
  asOf: Day;
  year: number;
  hasYouthUnion: boolean;
  hasTradeUnion: boolean;
  /** undefined when the request sent no members list: member-based rules are then skipped */
  members: readonly Member[] | undefined;
  memberByKey: ReadonlyMap<string, Member>;
  membersAt(day: Day): MemberCount | undefined;
  /** the n-th working day after `start`; remembered, since a cell's candidates share meeting dates */
  addWorkingDays(start: Day, n: number): Day;
  /**
   * `addMonths(day, n)`, remembered: the projection asks for the same expiries and paper validities
   * many times per candidate, and a cell's rows share their dates (each answer is a string allocated).
   */
  addMonths(day: Day, n: number): Day;
  /** the latest start whose n-th working day after it is still on or before `end`; remembered */
  latestStartFor(end: Day, n: number): Day;
  /** the same working-day arithmetic on day numbers, by table (the projection computes in day numbers) */
  workingDays: WorkingDayTable;
  /** "Cấu hình" overrides of the projection's lead times */
  leadTimes: LeadTimes;
}

export function createUnitContext(request: RequestHead): UnitContext {
  const members = request.members;
  const memberByKey = new Map<string, Member>();
  for (const m of members ?? []) memberByKey.set(m.key, m);
  const cache = new Map<Day, MemberCount>();
  const calendar = createWorkCalendar({
    extraHolidays: request.holidays ?? [],
    extraWorkdays: request.workdays ?? [],
  });
  /** n → start → the n-th working day after start */
  const dueDates = new Map<number, Map<Day, Day>>();
  /** n → day → n months later */
  const monthsLater = new Map<number, Map<Day, Day>>();
  const latestStarts = new Map<string, Day>();
  const workingDays = createWorkingDayTable(calendar, toDayNumber(request.asOf));
  return {
    asOf: request.asOf,
    year: request.year ?? yearOf(request.asOf),
    hasYouthUnion: request.unit.hasYouthUnion,
    hasTradeUnion: request.unit.hasTradeUnion ?? true,
    members,
    memberByKey,
    leadTimes: request.leadTimes ?? {},
    workingDays,
    membersAt(day) {
      if (members === undefined) return undefined;
      let count = cache.get(day);
      if (count === undefined) {
        count = { full: 0, voting: 0, unknown: 0 };
        for (const m of members) {
          if (m.joinedUnitDate !== undefined && m.joinedUnitDate > day) continue;
          if (m.officialSince === undefined) {
            // Still within 12 months of the ceremony: certainly probationary, not merely unknown.
            if (m.ceremonyDate === undefined || addMonths(m.ceremonyDate, 12) <= day) count.unknown++;
            continue;
          }
          if (m.officialSince > day) continue;
          count.full++;
          if (!m.exempt && !m.temporarilyAway) count.voting++;
        }
        cache.set(day, count);
      }
      return count;
    },
    addWorkingDays(start, n) {
      let byStart = dueDates.get(n);
      if (byStart === undefined) {
        byStart = new Map();
        dueDates.set(n, byStart);
      }
      let due = byStart.get(start);
      if (due === undefined) {
        due = fromDayNumber(workingDays.after(toDayNumber(start), n));
        byStart.set(start, due);
      }
      return due;
    },
    addMonths(day, n) {
      let byDay = monthsLater.get(n);
      if (byDay === undefined) {
        byDay = new Map();
        monthsLater.set(n, byDay);
      }
      let later = byDay.get(day);
      if (later === undefined) {
        later = addMonths(day, n);
        byDay.set(day, later);
      }
      return later;
    },
    latestStartFor(end, n) {
      const id = `${end}/${n}`;
      let start = latestStarts.get(id);
      if (start === undefined) {
        start = fromDayNumber(workingDays.latestStartFor(toDayNumber(end), n));
        latestStarts.set(id, start);
      }
      return start;
    },
  };
}
