/**
 * What Google Sheets makes of a value written with `setValue`/`setValues`, or typed by a user:
 * a string is read as if typed — a number ("0012" → 12, "1,5" → 1.5 in vi_VN), a percentage, a
 * date or date-time in the spreadsheet's locale ("01/02/2026" is 1 February in vi_VN, 2 January
 * in en_US; ISO dates everywhere), a time, TRUE/FALSE, or a formula ("=…") — unless the cell is
 * formatted as plain text (`@`) or the text starts with an apostrophe, which keeps it text.
 * A number stays a number whatever the cell's format (a date-formatted cell then shows it as a
 * date, and getValues() gives a Date); a Date becomes a date-time serial number in the
 * spreadsheet's zone. An invalid date ("31/02/2026") stays text, as in Sheets.
 */
import { MS_PER_DAY, zonedParts } from './zone.ts';

export interface CoerceContext {
  /** the spreadsheet's locale, e.g. vi_VN, en_US */
  locale: string;
  timeZone: string;
  /** the cell's number format before the write ('' when none) */
  format: string;
  /** the year a date typed without one falls in (Sheets: the current year) */
  currentYear: number;
}

export interface Coerced {
  value: string | number | boolean;
  /** the number format the cell takes (absent: unchanged) */
  format?: string;
  /** the formula the cell holds (absent: none) */
  formula?: string;
}

/** Locales whose decimal separator is a comma (and thousands a dot). */
const COMMA_DECIMAL = new Set(['vi', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'id', 'nl', 'tr', 'pl']);
/** Locales that read a/b/yyyy month first. */
const MONTH_FIRST = new Set(['en_US', 'en_PH', 'en_CA']);

const SERIAL_EPOCH_DAYS = 25_569; // 1970-01-01 as a Sheets serial

function languageOf(locale: string): string {
  return locale.split(/[_-]/)[0]!.toLowerCase();
}

/** A Sheets serial number of a calendar day (and an optional time), or undefined when impossible. */
function serialOf(y: number, m: number, d: number, h = 0, min = 0, s = 0): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || min > 59 || s > 59) return undefined;
  const t = Date.UTC(y, m - 1, d);
  const check = new Date(t);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d)
    return undefined;
  return t / MS_PER_DAY + SERIAL_EPOCH_DAYS + (h * 3600 + min * 60 + s) / 86_400;
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

function isDateLikeFormat(format: string): boolean {
  return /d/i.test(format) && /y/i.test(format);
}

/** The default formats of a locale for what a typed date, date-time or time becomes. */
function defaultFormats(locale: string): { date: string; dateTime: string; time: string } {
  return MONTH_FIRST.has(locale)
    ? { date: 'M/d/yyyy', dateTime: 'M/d/yyyy H:mm:ss', time: 'h:mm:ss am/pm' }
    : { date: 'dd/MM/yyyy', dateTime: 'dd/MM/yyyy HH:mm:ss', time: 'HH:mm:ss' };
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** A typed date, date-time or time → its serial number and whether it has a date / a time. */
function parseDateTime(
  text: string,
  ctx: CoerceContext,
): { serial: number; date: boolean; time: boolean } | undefined {
  const t = TIME.exec(text);
  if (t) {
    const h = Number(t[1]);
    const min = Number(t[2]);
    const s = Number(t[3] ?? 0);
    if (h > 23 || min > 59 || s > 59) return undefined;
    return { serial: (h * 3600 + min * 60 + s) / 86_400, date: false, time: true };
  }
  const iso = ISO.exec(text);
  if (iso) {
    const serial = serialOf(
      Number(iso[1]),
      Number(iso[2]),
      Number(iso[3]),
      Number(iso[4] ?? 0),
      Number(iso[5] ?? 0),
      Number(iso[6] ?? 0),
    );
    return serial === undefined ? undefined : { serial, date: true, time: iso[4] !== undefined };
  }
  const m = SLASHED.exec(text);
  if (!m) return undefined;
  // "1.5" and "1-5" without a year are numbers or text, not dates; "1/5" is a date.
  if (m[3] === undefined && !text.includes('/')) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [day, month] = MONTH_FIRST.has(ctx.locale) ? [b, a] : [a, b];
  const year = m[3] === undefined ? ctx.currentYear : fullYear(m[3]);
  const serial = serialOf(year, month, day, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  return serial === undefined ? undefined : { serial, date: true, time: m[4] !== undefined };
}

/** A typed number in the locale ("1.234,5" in vi_VN, "1,234.5" in en_US), or undefined. */
function parseNumber(text: string, locale: string): number | undefined {
  const comma = COMMA_DECIMAL.has(languageOf(locale));
  const [group, decimal] = comma ? ['.', ','] : [',', '.'];
  const esc = (c: string) => `\\${c}`;
  const pattern = new RegExp(
    `^[+-]?(?:\\d+|\\d{1,3}(?:${esc(group)}\\d{3})+)(?:${esc(decimal)}\\d+)?(?:[eE][+-]?\\d+)?$`,
  );
  if (!pattern.test(text)) return undefined;
  const plain = text.split(group).join('').replace(decimal, '.');
  const n = Number(plain);
  return Number.isFinite(n) ? n : undefined;
}

/** Numbers with + - * / and parentheses ("=1+2*3"), or undefined for anything else. */
function arithmetic(body: string): number | undefined {
  const tokens = body.match(/\d+(?:\.\d+)?|[-+*/()]|\S/g) ?? [];
  let i = 0;
  const primary = (): number | undefined => {
    const t = tokens[i++];
    if (t === '(') {
      const v = sum();
      return tokens[i++] === ')' ? v : undefined;
    }
    if (t === '-' || t === '+') {
      const v = primary();
      return v === undefined ? undefined : t === '-' ? -v : v;
    }
    return t !== undefined && /^\d/.test(t) ? Number(t) : undefined;
  };
  const product = (): number | undefined => {
    let v = primary();
    while (v !== undefined && (tokens[i] === '*' || tokens[i] === '/')) {
      const op = tokens[i++];
      const w = primary();
      v = w === undefined ? undefined : op === '*' ? v * w : v / w;
    }
    return v;
  };
  const sum = (): number | undefined => {
    let v = product();
    while (v !== undefined && (tokens[i] === '+' || tokens[i] === '-')) {
      const op = tokens[i++];
      const w = product();
      v = w === undefined ? undefined : op === '+' ? v + w : v - w;
    }
    return v;
  };
  const v = sum();
  return v !== undefined && i === tokens.length && Number.isFinite(v) ? v : undefined;
}

/** The value of the few formulas the fake can work out itself; anything else reads as an error. */
function formulaValue(formula: string, ctx: CoerceContext): Coerced {
  const body = formula.slice(1).trim();
  const number = arithmetic(body);
  if (number !== undefined) return { value: number, formula };
  const text = /^"([^"]*)"$/.exec(body);
  if (text) return { value: text[1]!, formula };
  const date = /^DATE\(\s*(\d{4})\s*[,;]\s*(\d{1,2})\s*[,;]\s*(\d{1,2})\s*\)$/i.exec(body);
  if (date) {
    const serial = serialOf(Number(date[1]), Number(date[2]), Number(date[3]));
    if (serial !== undefined) {
      return {
        value: serial,
        formula,
        ...(isDateLikeFormat(ctx.format) ? {} : { format: defaultFormats(ctx.locale).date }),
      };
    }
  }
  // A function the fake cannot evaluate reads as Sheets' unknown-name error; text that is no
  // formula at all ("= Không đổi") as its parse error.
  return { value: /^[A-Z][A-Z0-9.]*\(.*\)$/i.test(body) ? '#NAME?' : '#ERROR!', formula };
}

/** The cell a string becomes when written or typed. */
export function coerceText(text: string, ctx: CoerceContext): Coerced {
  if (ctx.format === '@') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.length > 1 && text.startsWith('=')) return formulaValue(text, ctx);
  const trimmed = text.trim();
  if (trimmed === '') return { value: text };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  const number = parseNumber(trimmed, ctx.locale);
  if (number !== undefined) return { value: number };
  const percent = /^(.*\d)\s*%$/.exec(trimmed);
  if (percent) {
    const n = parseNumber(percent[1]!, ctx.locale);
    if (n !== undefined) return { value: n / 100, ...(ctx.format === '' ? { format: '0%' } : {}) };
  }
  const dt = parseDateTime(trimmed, ctx);
  if (dt !== undefined) {
    const formats = defaultFormats(ctx.locale);
    const keep = ctx.format !== '' && (dt.date ? isDateLikeFormat(ctx.format) : true);
    const format = dt.date ? (dt.time ? formats.dateTime : formats.date) : formats.time;
    return { value: dt.serial, ...(keep ? {} : { format }) };
  }
  return { value: text };
}

/** The cell any value becomes when written with setValue/setValues. */
export function coerceInput(input: unknown, ctx: CoerceContext): Coerced {
  if (input === null || input === undefined) return { value: '' };
  if (input instanceof Date || Object.prototype.toString.call(input) === '[object Date]') {
    const date = input as Date;
    if (Number.isNaN(date.getTime())) throw new Error('Invalid date.');
    const p = zonedParts(date, ctx.timeZone);
    const serial = serialOf(p.year, p.month, p.day, p.hour % 24, p.minute, p.second)!;
    return {
      value: serial,
      ...(isDateLikeFormat(ctx.format) ? {} : { format: defaultFormats(ctx.locale).dateTime }),
    };
  }
  if (typeof input === 'string') return coerceText(input, ctx);
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new Error('Cannot set a value that is not a finite number.');
    return { value: input };
  }
  if (typeof input === 'boolean') return { value: input };
  if (typeof input === 'bigint') return { value: Number(input) };
  throw new Error('Cannot convert an object to a cell value.');
}
