/**
 * Sheets date values → days, in the spreadsheet's time zone.
 *
 * `Range.getValues()` gives a date cell as a `Date` at midnight in the spreadsheet's zone, with
 * that zone's historical offsets: Asia/Ho_Chi_Minh was UTC+8 in parts of 1959–1975, so a birth
 * date of 1965 arrives one hour earlier than a fixed UTC+7 reading expects. The local calendar day
 * is read with `Intl` in the named zone (pure JavaScript: no service call per cell); where `Intl`
 * cannot do it, with the zone's present offset, rounding a time within three hours of midnight to
 * that midnight (a date cell is always at local midnight, whatever the offset was then).
 */
import { type Day, dayFromParts, fromDayNumber, isValidParts } from '../../../../shared/dates/day.ts';

/** A `Date`, also one made in another realm (the vm test, the preview worker). */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const ROUNDING_WINDOW_MS = 3 * 3_600_000;

/** "+0700" (Utilities.formatDate 'Z') → 420. */
export function parseOffset(z: string): number | undefined {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z.trim());
  if (m === null) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function intlReader(timeZone: string): ((date: Date) => Day | undefined) | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      era: 'short',
    });
  } catch {
    return undefined;
  }
  return (date) => {
    const time = date.getTime();
    if (Number.isNaN(time)) return undefined;
    let year = 0;
    let month = 0;
    let day = 0;
    let bc = false;
    for (const part of format.formatToParts(date)) {
      if (part.type === 'year') year = Number(part.value);
      else if (part.type === 'month') month = Number(part.value);
      else if (part.type === 'day') day = Number(part.value);
      else if (part.type === 'era') bc = /^B/i.test(part.value);
    }
    if (bc || !isValidParts(year, month, day)) return undefined;
    return dayFromParts(year, month, day);
  };
}

function offsetReader(offsetMinutes: number): (date: Date) => Day | undefined {
  return (date) => {
    const time = date.getTime();
    if (Number.isNaN(time)) return undefined;
    const local = time + offsetMinutes * MS_PER_MINUTE;
    let dayNumber = Math.floor(local / MS_PER_DAY);
    const intoDay = local - dayNumber * MS_PER_DAY;
    if (intoDay >= MS_PER_DAY - ROUNDING_WINDOW_MS) dayNumber += 1;
    return fromDayNumber(dayNumber);
  };
}

/**
 * A reader of Date values for one check. `today` is today's day in the zone as Utilities gave
 * it: `Intl` is used only when it agrees with Utilities on today.
 */
export function createDayReader(
  timeZone: string,
  offsetMinutes: number,
  now: Date,
  today: Day,
): { read: (date: Date) => Day | undefined; exact: boolean } {
  const intl = intlReader(timeZone);
  if (intl !== undefined) {
    try {
      if (intl(now) === today) return { read: intl, exact: true };
    } catch {
      // fall through to the offset reading
    }
  }
  return { read: offsetReader(offsetMinutes), exact: false };
}

/** The Sheets serial number of a day (days since 30/12/1899): what a date cell holds. */
export function serialOfDay(day: Day): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY) + 25_569;
}
