import {
  type Day,
  type DayNumber,
  dayFromParts,
  fromDayNumber,
  isDay,
  toDayNumber,
  weekdayOfNumber,
} from './day.ts';
import { type HolidayGroup, OFFICIAL_SCHEDULES } from './holidayData.ts';
import { lunarToSolar } from './lunar.ts';

/**
 * Public holidays (Bộ luật Lao động 2019, Điều 112) and the working-day calendar built on them.
 *
 * Per year: official schedules from `holidayData.ts` where known, else the law's defaults —
 * Tết = the last day of the lunar year and mùng 1–4; the second Quốc khánh day = the adjacent
 * weekday that touches a weekend (2/9 on Monday or Sunday → 3/9, on Thursday → 3/9, else 1/9);
 * each holiday on a Saturday or Sunday gives a day off on the next working day (nghỉ bù).
 */

const GROUPS: readonly HolidayGroup[] = ['newYear', 'tet', 'hungKings', 'aprilMay', 'nationalDay'];

const GROUP_LABEL: Record<HolidayGroup, string> = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  aprilMay: 'dịp 30/4 – 1/5',
  nationalDay: 'Quốc khánh',
};

interface StatutoryDay {
  n: DayNumber;
  group: HolidayGroup;
  name: string;
  /** The default second Quốc khánh day, which an official schedule may place elsewhere. */
  adjacent?: boolean;
}

interface HolidayYear {
  /** Weekdays off → name. */
  off: Map<DayNumber, string>;
  /** Official make-up working Saturdays. */
  workdays: Set<DayNumber>;
  /** Every holiday day, weekends included → name. */
  names: Map<DayNumber, string>;
}

const isWeekend = (n: DayNumber): boolean => {
  const w = weekdayOfNumber(n);
  return w === 0 || w === 6;
};

/** Lunar holidays are computed for the years the lunar calendar covers. */
const LUNAR_MIN_YEAR = 2;
const LUNAR_MAX_YEAR = 9998;

/** The statutory holiday days of a year, as the law gives them (weekends included). */
function statutoryDays(year: number): StatutoryDay[] {
  const days: StatutoryDay[] = [];
  const add = (n: DayNumber, group: HolidayGroup, name: string, adjacent = false): void => {
    days.push({ n, group, name, adjacent });
  };
  const solar = (month: number, day: number): DayNumber => toDayNumber(dayFromParts(year, month, day));

  add(solar(1, 1), 'newYear', 'Tết Dương lịch');
  if (year >= LUNAR_MIN_YEAR && year <= LUNAR_MAX_YEAR) {
    const tet = toDayNumber(lunarToSolar(1, 1, year));
    for (let i = -1; i <= 3; i++) add(tet + i, 'tet', 'Tết Nguyên đán');
    add(toDayNumber(lunarToSolar(10, 3, year)), 'hungKings', 'Giỗ Tổ Hùng Vương');
  }
  add(solar(4, 30), 'aprilMay', 'Ngày Chiến thắng');
  add(solar(5, 1), 'aprilMay', 'Ngày Quốc tế Lao động');
  const national = solar(9, 2);
  const w = weekdayOfNumber(national);
  add(national, 'nationalDay', 'Quốc khánh');
  add(w === 0 || w === 1 || w === 4 ? national + 1 : national - 1, 'nationalDay', 'Quốc khánh', true);
  return days.sort((a, b) => a.n - b.n);
}

const yearCache = new Map<number, HolidayYear>();

/** Outside years 1–9999 (not representable as a Day): weekends only. */
const NO_HOLIDAYS: HolidayYear = { off: new Map(), workdays: new Set(), names: new Map() };

function holidayYear(year: number): HolidayYear {
  const cached = yearCache.get(year);
  if (cached !== undefined) return cached;

  const official = OFFICIAL_SCHEDULES[year]?.groups ?? {};
  const statutory = statutoryDays(year);
  const off = new Map<DayNumber, string>();
  const workdays = new Set<DayNumber>();
  const names = new Map<DayNumber, string>();

  // Official groups: take their days as announced.
  for (const group of GROUPS) {
    const schedule = official[group];
    if (schedule === undefined) continue;
    const swapped = (schedule.workdays?.length ?? 0) > 0;
    for (const day of schedule.daysOff) {
      const n = toDayNumber(day);
      const own = statutory.find((s) => s.n === n && s.group === group);
      const name =
        own?.name ??
        (group === 'tet' || group === 'nationalDay'
          ? GROUP_LABEL[group]
          : `${swapped ? 'Nghỉ hoán đổi' : 'Nghỉ bù'} ${GROUP_LABEL[group]}`);
      off.set(n, name);
      names.set(n, name);
    }
    for (const day of schedule.workdays ?? []) workdays.add(toDayNumber(day));
  }

  // Statutory days of the other groups: weekdays are off, weekends give a compensatory day.
  const weekendHolidays: StatutoryDay[] = [];
  for (const s of statutory) {
    if (official[s.group] !== undefined) {
      // Name the weekend holidays too (Tết on a Saturday); a statutory weekday the schedule
      // did not give off is a working day, and the default adjacent Quốc khánh day is a guess.
      if (isWeekend(s.n) && !s.adjacent && !names.has(s.n)) names.set(s.n, s.name);
      continue;
    }
    if (!names.has(s.n)) names.set(s.n, s.name);
    if (isWeekend(s.n)) weekendHolidays.push(s);
    else if (!off.has(s.n)) off.set(s.n, s.name);
  }
  // In date order, each on the next weekday not already off.
  for (const s of weekendHolidays) {
    let c = s.n + 1;
    while (isWeekend(c) || off.has(c)) c += 1;
    const name = `Nghỉ bù ${s.name}`;
    off.set(c, name);
    names.set(c, name);
  }

  const result: HolidayYear = { off, workdays, names };
  yearCache.set(year, result);
  return result;
}

/** The weekdays off in `year`, sorted: official schedule where known, else the law's defaults with nghỉ bù. */
export function publicHolidays(year: number): Day[] {
  return [...holidayYear(year).off.keys()].sort((a, b) => a - b).map(fromDayNumber);
}

/** The official make-up working Saturdays (ngày làm bù) of `year`, sorted. */
export function makeUpWorkdays(year: number): Day[] {
  return [...holidayYear(year).workdays].sort((a, b) => a - b).map(fromDayNumber);
}

/**
 * The Vietnamese name of a holiday or day off ("Tết Nguyên đán", "Nghỉ bù Giỗ Tổ Hùng Vương", …),
 * weekend holidays included; undefined for an ordinary day or a make-up Saturday.
 */
export function holidayName(day: Day): string | undefined {
  return holidayYear(Number(day.slice(0, 4))).names.get(toDayNumber(day));
}

export interface WorkCalendar {
  isWorkingDay(n: DayNumber): boolean;
}

export interface WorkCalendarOptions {
  /** Extra days off (a "Ngày nghỉ" tab, a local holiday). */
  extraHolidays?: readonly Day[];
  /** Extra working days; they win over everything else, extraHolidays included. */
  extraWorkdays?: readonly Day[];
}

function toDayNumberSet(days: readonly Day[] | undefined, what: string): Set<DayNumber> {
  const set = new Set<DayNumber>();
  for (const day of days ?? []) {
    if (!isDay(day))
      throw new RangeError(`${what}: “${String(day)}” không phải là ngày hợp lệ (yyyy-mm-dd).`);
    set.add(toDayNumber(day));
  }
  return set;
}

/**
 * Monday–Friday, minus public holidays, minus `extraHolidays`, plus `extraWorkdays`. Each year's
 * holidays are looked up once and cached in the calendar.
 *
 * An official make-up Saturday (ngày làm bù) is not counted: whether it is a working day for party
 * deadlines is not settled by the texts, and domain.md §3 leaves Saturdays out of the count while
 * the swapped weekday stays a day off — for every swap alike, not only Quốc khánh 2026. A unit
 * that counts it lists it as “Làm bù” in its “Ngày nghỉ” tab (`extraWorkdays`).
 */
export function createWorkCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  const extraHolidays = toDayNumberSet(options.extraHolidays, 'Ngày nghỉ thêm');
  const extraWorkdays = toDayNumberSet(options.extraWorkdays, 'Ngày làm việc thêm');
  const hasExtras = extraHolidays.size > 0 || extraWorkdays.size > 0;

  const years = new Map<number, HolidayYear>();
  // The last year looked up, as a day-number range, to skip the year computation.
  let rangeStart = 1;
  let rangeEnd = 0;
  let current: HolidayYear | undefined;

  const yearFor = (n: DayNumber): HolidayYear => {
    if (n >= rangeStart && n < rangeEnd && current !== undefined) return current;
    const year = new Date(n * 86_400_000).getUTCFullYear();
    if (year < 1 || year > 9999) return NO_HOLIDAYS;
    let info = years.get(year);
    if (info === undefined) {
      info = holidayYear(year);
      years.set(year, info);
    }
    rangeStart = toDayNumber(dayFromParts(year, 1, 1));
    rangeEnd = toDayNumber(dayFromParts(year, 12, 31)) + 1;
    current = info;
    return info;
  };

  return {
    isWorkingDay(n: DayNumber): boolean {
      if (hasExtras) {
        if (extraWorkdays.has(n)) return true;
        if (extraHolidays.has(n)) return false;
      }
      const info = yearFor(n);
      if (isWeekend(n)) return false;
      return !info.off.has(n);
    },
  };
}
