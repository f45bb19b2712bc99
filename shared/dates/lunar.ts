import { type Day, type DayNumber, dayFromParts, fromDayNumber, toDayNumber, yearOf } from './day.ts';

/**
 * The Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức's published algorithm:
 * new moons and the sun's longitude from Jean Meeus' formulas, with days counted at UTC+7
 * (Vietnam), not UTC+8 (China) — the two calendars differ in some years (Tết 1985, 2007).
 *
 * Structure: the lunar month containing the winter solstice is month 11. Between two
 * consecutive months 11 there are 12 or 13 months; with 13, the first month that contains
 * no major solar term (no multiple of 30° of sun longitude) is the leap month and takes the
 * number of the month before it.
 *
 * Checked against the published calendar for 1900–2199; outside that range it still gives a
 * consistent calendar, but the astronomy is extrapolated.
 */

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True for the leap (nhuận) copy of `month`. */
  leap: boolean;
}

/** One month of a lunar year, as it falls in the solar calendar. */
export interface LunarMonth {
  month: number;
  leap: boolean;
  /** The solar day of mùng 1. */
  start: Day;
  /** 29 or 30. */
  length: number;
}

const TIME_ZONE = 7;
/** Julian Day Number of 1970-01-01, the origin of `DayNumber`. */
const JDN_OF_EPOCH = 2_440_588;
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_0 = 2_415_021.076998695;
const DEG = Math.PI / 180;

/** Julian day (with fraction) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DEG);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DEG) + 0.0021 * Math.sin(2 * DEG * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DEG) + 0.0161 * Math.sin(DEG * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(DEG * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DEG * 2 * F) - 0.0051 * Math.sin(DEG * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DEG * (M - Mpr)) + 0.0004 * Math.sin(DEG * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DEG * (2 * F - M)) - 0.0006 * Math.sin(DEG * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DEG * (2 * F - Mpr)) + 0.0005 * Math.sin(DEG * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Sun longitude in radians, in [0, 2π), at Julian day `jd` (UT). */
function sunLongitude(jd: number): number {
  const T = (jd - 2_451_545.0) / 36_525;
  const T2 = T * T;
  const M = 357.5291 + 35_999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36_000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DEG * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(DEG * 2 * M) + 0.00029 * Math.sin(DEG * 3 * M);
  const L = (L0 + DL) * DEG;
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI));
}

/** Julian Day Number (local day at UTC+7) of the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Which 30° sector (0–11) the sun is in at local midnight starting Julian Day Number `jdn`. */
function sunSector(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

const month11Cache = new Map<number, number>();

/** Julian Day Number of mùng 1 of lunar month 11 that contains the winter solstice of `year`. */
function month11Start(year: number): number {
  const cached = month11Cache.get(year);
  if (cached !== undefined) return cached;
  const result = computeMonth11Start(year);
  month11Cache.set(year, result);
  return result;
}

function computeMonth11Start(year: number): number {
  const off = toDayNumber(dayFromParts(year, 12, 31)) + JDN_OF_EPOCH - 2_415_021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** A month between month 11 of solar year S and month 11 of S + 1, in Julian Day Numbers. */
interface SpanMonth {
  start: number;
  month: number;
  leap: boolean;
  /** The lunar year it belongs to: S for months 11 and 12 at the start, S + 1 after. */
  year: number;
}

interface Span {
  months: SpanMonth[];
  /** Mùng 1 of the next month 11 (exclusive end). */
  end: number;
}

const spanCache = new Map<number, Span>();

/** The lunar months from month 11 of solar year `s` (inclusive) to month 11 of `s + 1`. */
function span(s: number): Span {
  const cached = spanCache.get(s);
  if (cached !== undefined) return cached;
  const a11 = month11Start(s);
  const b11 = month11Start(s + 1);
  let k = Math.floor((a11 - NEW_MOON_0) / SYNODIC_MONTH + 0.5);
  while (newMoonDay(k) > a11) k -= 1;
  while (newMoonDay(k) < a11) k += 1;
  const starts: number[] = [];
  for (let nm = newMoonDay(k); nm < b11 && starts.length < 14; nm = newMoonDay(k + starts.length)) {
    starts.push(nm);
  }
  // With 13 months, the leap month is the first one (after month 11) whose start and end fall
  // in the same sun-longitude sector, i.e. that contains no major solar term.
  let leapIndex = -1;
  if (starts.length === 13) {
    leapIndex = 12;
    let previous = sunSector(newMoonDay(k + 1));
    for (let i = 2; i < 14; i++) {
      const current = sunSector(newMoonDay(k + i));
      if (current === previous) {
        leapIndex = i - 1;
        break;
      }
      previous = current;
    }
  }
  const months = starts.map((start, i): SpanMonth => {
    const shift = leapIndex >= 0 && i >= leapIndex ? 10 : 11;
    let month = i + shift;
    if (month > 12) month -= 12;
    const year = month >= 11 && i < 4 ? s : s + 1;
    return { start, month, leap: i === leapIndex, year };
  });
  const result: Span = { months, end: b11 };
  spanCache.set(s, result);
  return result;
}

interface YearTable {
  /** Start (DayNumber) of each month of the lunar year, in order. */
  months: { start: DayNumber; month: number; leap: boolean }[];
  /** DayNumber of the next year's Tết (exclusive end). */
  end: DayNumber;
}

const yearCache = new Map<number, YearTable>();

function yearTable(year: number): YearTable {
  const cached = yearCache.get(year);
  if (cached !== undefined) return cached;
  const months: YearTable['months'] = [];
  let end: DayNumber | undefined;
  for (const s of [year - 1, year]) {
    for (const m of span(s).months) {
      if (m.year === year) months.push({ start: m.start - JDN_OF_EPOCH, month: m.month, leap: m.leap });
      else if (m.year === year + 1 && end === undefined) end = m.start - JDN_OF_EPOCH;
    }
  }
  if (end === undefined || months.length === 0) {
    throw new RangeError(`Không tính được lịch âm cho năm ${year}.`);
  }
  const table: YearTable = { months, end };
  yearCache.set(year, table);
  return table;
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 2 || year > 9998) {
    throw new RangeError(`Năm âm lịch ${year} nằm ngoài phạm vi hỗ trợ.`);
  }
}

/** The months of lunar year `year` (12 or 13, with the leap month in place), from Tết on. */
export function lunarYearMonths(year: number): LunarMonth[] {
  assertYear(year);
  const { months, end } = yearTable(year);
  return months.map((m, i) => ({
    month: m.month,
    leap: m.leap,
    start: fromDayNumber(m.start),
    length: (months[i + 1]?.start ?? end) - m.start,
  }));
}

/** The leap month of lunar year `year` (1–12), or undefined in a common year. */
export function leapMonthOf(year: number): number | undefined {
  assertYear(year);
  return yearTable(year).months.find((m) => m.leap)?.month;
}

/**
 * The solar day of a lunar date. Throws a RangeError when the lunar date does not exist
 * (no such leap month that year, or day 30 of a 29-day month).
 */
export function lunarToSolar(lunarDay: number, lunarMonth: number, lunarYear: number, leap = false): Day {
  assertYear(lunarYear);
  const { months, end } = yearTable(lunarYear);
  const index = months.findIndex((m) => m.month === lunarMonth && m.leap === leap);
  const entry = months[index];
  if (entry === undefined) {
    throw new RangeError(
      `Tháng ${lunarMonth}${leap ? ' nhuận' : ''} năm ${lunarYear} âm lịch không tồn tại.`,
    );
  }
  const length = (months[index + 1]?.start ?? end) - entry.start;
  if (!Number.isInteger(lunarDay) || lunarDay < 1 || lunarDay > length) {
    throw new RangeError(
      `Ngày ${lunarDay} tháng ${lunarMonth}${leap ? ' nhuận' : ''} năm ${lunarYear} âm lịch không tồn tại.`,
    );
  }
  return fromDayNumber(entry.start + lunarDay - 1);
}

/** The lunar date of a solar day. */
export function solarToLunar(day: Day): LunarDate {
  const year = yearOf(day);
  assertYear(year);
  const n = toDayNumber(day);
  const jdn = n + JDN_OF_EPOCH;
  const { months } = span(jdn >= month11Start(year) ? year : year - 1);
  let found = months[0]!;
  for (const m of months) {
    if (m.start > jdn) break;
    found = m;
  }
  return { day: jdn - found.start + 1, month: found.month, year: found.year, leap: found.leap };
}
