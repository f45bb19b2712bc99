/** Dates in a time zone, the way Sheets gives date cells to Apps Script. */
export const MS_PER_DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const out: ZonedParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of zoneFormatter(timeZone).formatToParts(date)) {
    if (p.type in out) (out as unknown as Record<string, number>)[p.type] = Number(p.value);
  }
  return out;
}

/** The zone's offset from UTC at an instant, in ms (local mean times have seconds: +7:06:40). */
function zoneOffsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** The zone's offset from UTC at an instant, in minutes. */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  return Math.round(zoneOffsetMs(date, timeZone) / 60_000);
}

/** The instant of local midnight of `day` (YYYY-MM-DD) in `timeZone`: what getValues() gives. */
export function zonedMidnight(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  let guess = utcMidnight;
  for (let i = 0; i < 3; i++) guess = utcMidnight - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** A Sheets serial number (days since 30/12/1899) → the day it shows. */
export function dayOfSerial(serial: number): string {
  return new Date((Math.floor(serial) - 25_569) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Java SimpleDateFormat, the subset the add-on uses: yyyy MM dd HH mm ss Z and 'quoted' text. */
export function formatInZone(date: Date, timeZone: string, format: string): string {
  const p = zonedParts(date, timeZone);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  let out = '';
  for (let i = 0; i < format.length; ) {
    const ch = format[i]!;
    if (ch === "'") {
      const end = format.indexOf("'", i + 1);
      out += format.slice(i + 1, end === -1 ? undefined : end);
      i = end === -1 ? format.length : end + 1;
      continue;
    }
    let run = 1;
    while (format[i + run] === ch) run++;
    switch (ch) {
      case 'y':
        out += run === 2 ? pad(p.year % 100) : pad(p.year, 4);
        break;
      case 'M':
        out += pad(p.month, run);
        break;
      case 'd':
        out += pad(p.day, run);
        break;
      case 'H':
        out += pad(p.hour, run);
        break;
      case 'm':
        out += pad(p.minute, run);
        break;
      case 's':
        out += pad(p.second, run);
        break;
      case 'Z': {
        const off = zoneOffsetMinutes(date, timeZone);
        const sign = off < 0 ? '-' : '+';
        out += `${sign}${pad(Math.floor(Math.abs(off) / 60))}${pad(Math.abs(off) % 60)}`;
        break;
      }
      default:
        out += ch.repeat(run);
    }
    i += run;
  }
  return out;
}

/** A time of day without a date ("HH:mm:ss"): getValues() gives a Date on 30/12/1899. */
export function isTimeFormat(format: string | undefined): boolean {
  return format !== undefined && /h/i.test(format) && /m/.test(format) && !/[dy]/i.test(format);
}

export function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && /d/i.test(format) && /y/i.test(format) && !/^[#0.,]+$/.test(format);
}
