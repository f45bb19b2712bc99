/**
 * Readers that check a value as a zod schema of this project does, without zod (the add-on's
 * bundle leaves zod out): each gives the value zod would give, or BAD with the problems zod would
 * name at the same JSON paths, with the same messages (messages.ts), in the same order. Property
 * tests hold every use (explain.ts, documents/check.ts) to its zod schema.
 */
import {
  COUNT,
  DAY,
  DAY_OR_MONTH,
  KEY,
  MEETING_DAY,
  MISSING,
  notOneOf,
  tooBig,
  tooManyItems,
  tooSmall,
  wrongType,
  YEAR,
} from './messages.ts';
import type { Problem } from './problems.ts';
import {
  FIRST_YEAR,
  isRequestDay,
  isRequestDayOrMonth,
  LAST_YEAR,
  MAX_COUNT,
  MAX_KEY_LENGTH,
} from './vocabulary.ts';

/** Marks a value that was refused: what is wrong with it is in `out`. */
export const BAD: unique symbol = Symbol('bad');

/**
 * Reads `v` at `path` (undefined: the field is absent) as zod's schema would: the value as zod
 * would give it (trimmed text, known fields only), or BAD with what is wrong added to `out`.
 */
export type Read = (v: unknown, path: string, out: Problem[]) => unknown;

export const at = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
const say = (out: Problem[], path: string, message: string): typeof BAD => {
  out.push({ path: path === '' ? '(gốc)' : path, message });
  return BAD;
};
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const optional =
  (read: Read): Read =>
  (v, path, out) =>
    v === undefined ? undefined : read(v, path, out);

export const day: Read = (v, path, out) => {
  if (typeof v !== 'string') return say(out, path, v === undefined ? DAY.missing : DAY.notString);
  return isRequestDay(v) ? v : say(out, path, DAY.invalid(v));
};

export const dayOrMonth: Read = (v, path, out) => {
  if (typeof v !== 'string')
    return say(out, path, v === undefined ? DAY_OR_MONTH.missing : DAY_OR_MONTH.notString);
  return isRequestDayOrMonth(v) ? v : say(out, path, DAY_OR_MONTH.invalid(v));
};

/**
 * zod's length checks look at anything with a `length`, even after the type is wrong (`[]` is both
 * "not a string" and "empty"): so do these.
 */
export const lengthOf = (v: unknown): unknown =>
  v === null || v === undefined
    ? undefined
    : typeof v === 'string'
      ? codePoints(v)
      : (v as { length?: unknown }).length;
/** zod measures strings in code points, not UTF-16 units. */
function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
}
/** zod's too_big on a value that is not the list it should be. */
export const notAList = (v: unknown, max: number, custom: string | undefined): string =>
  custom ?? tooBig(typeof v === 'string' ? 'string' : 'unknown', max);
const tooShort = (length: unknown, min: number) => length !== undefined && !((length as number) >= min);
export const tooLong = (length: unknown, max: number) => length !== undefined && !((length as number) <= max);

/** A string's length checks, in zod's order, after its type check; the string or BAD. */
function lengths(v: unknown, path: string, out: Problem[], typeOk: boolean, rule: LengthRule): unknown {
  const before = out.length;
  const length = lengthOf(v);
  if (rule.min !== undefined && tooShort(length, rule.min)) say(out, path, rule.tooShort!);
  if (tooLong(length, rule.max)) say(out, path, rule.tooLong);
  return typeOk && out.length === before ? v : BAD;
}

interface LengthRule {
  min?: number;
  tooShort?: string;
  max: number;
  tooLong: string;
}

export const key: Read = (v, path, out) => {
  const typeOk = typeof v === 'string';
  if (!typeOk) say(out, path, KEY.missing);
  return lengths(v, path, out, typeOk, {
    min: 1,
    tooShort: KEY.empty,
    max: MAX_KEY_LENGTH,
    tooLong: KEY.tooLong,
  });
};

/**
 * A line of text (shared/documents, shared/meeting): zod's `z.string(…).trim().min().max()` and
 * refinements. Every message is the rule's own.
 */
export interface TextRule {
  /** not a string: `missing` when absent */
  missing: string;
  notString: string;
  /** at least one character after trimming (no minimum without it) */
  empty?: string;
  max: number;
  tooLong: string;
  /** refused for C0 control characters or DEL */
  control?: string;
  /** refused for a lone UTF-16 surrogate */
  surrogate?: string;
}

/** C0 control characters or DEL; `allowLineBreaks`: tabs and line breaks pass (a note may keep them). */
export function hasControl(s: string, allowLineBreaks = false): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x7f) return true;
    if (c < 0x20 && !(allowLineBreaks && (c === 0x09 || c === 0x0a || c === 0x0d))) return true;
  }
  return false;
}
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * zod trims a string before measuring it; a value that is not a string is measured as it is when it
 * has a length (`[]` is "not a string" and "empty"); refinements run on a string whose lengths fit.
 */
export const text =
  (rule: TextRule): Read =>
  (v, path, out) => {
    const isString = typeof v === 'string';
    if (!isString) say(out, path, v === undefined ? rule.missing : rule.notString);
    const value = isString ? v.trim() : v;
    const checked = lengths(value, path, out, isString, {
      min: rule.empty === undefined ? undefined : 1,
      tooShort: rule.empty,
      max: rule.max,
      tooLong: rule.tooLong,
    });
    if (!isString) return BAD;
    const s = value as string;
    const before = out.length;
    if (rule.control !== undefined && hasControl(s)) say(out, path, rule.control);
    if (rule.surrogate !== undefined && LONE_SURROGATE.test(s)) say(out, path, rule.surrogate);
    return checked === BAD || out.length > before ? BAD : s;
  };

/** zod's number, then `.int()` (which stops the checks after it), then the bounds. */
function integer(
  texts: { notNumber: string; notInt: string; tooSmall: string; tooBig: string },
  min: number,
  max: number,
): Read {
  return (v, path, out) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return say(out, path, texts.notNumber);
    if (!Number.isSafeInteger(v)) {
      say(out, path, texts.notInt);
      if (Number.isInteger(v)) say(out, path, v < min ? texts.tooSmall : texts.tooBig);
      return BAD;
    }
    if (v < min) return say(out, path, texts.tooSmall);
    return v > max ? say(out, path, texts.tooBig) : v;
  };
}

export const count = integer(
  { notNumber: COUNT.notNumber, notInt: COUNT.notInt, tooSmall: COUNT.negative, tooBig: COUNT.tooBig },
  0,
  MAX_COUNT,
);
export const year = integer(
  { notNumber: YEAR.notNumber, notInt: YEAR.notInt, tooSmall: YEAR.tooSmall, tooBig: YEAR.tooBig },
  FIRST_YEAR,
  LAST_YEAR,
);
export const meetingDay = integer(
  {
    notNumber: MEETING_DAY.notNumber,
    notInt: MEETING_DAY.notInt,
    tooSmall: MEETING_DAY.range,
    tooBig: MEETING_DAY.range,
  },
  1,
  31,
);

export const typed =
  (type: 'boolean', message?: string): Read =>
  (v, path, out) =>
    typeof v === type ? v : say(out, path, message ?? (v === undefined ? MISSING : wrongType(type)));
export const bool = typed('boolean');

/** One of `values`; `message` when the schema gives its own. */
export const oneOf = (values: readonly string[], message?: string): Read => {
  const set = new Set<unknown>(values);
  return (v, path, out) => (set.has(v) ? v : say(out, path, message ?? notOneOf(values)));
};

/** An object with these fields, in this order (zod's); unknown fields are dropped, as zod strips them. */
export function object(fields: Record<string, Read>): Read {
  return (v, path, out) => {
    if (!isObj(v)) return say(out, path, v === undefined ? MISSING : wrongType('object'));
    const value: Record<string, unknown> = {};
    let bad = false;
    for (const name in fields) {
      const x = fields[name]!(v[name], at(path, name), out);
      if (x === BAD) bad = true;
      else if (x !== undefined) value[name] = x;
    }
    return bad ? BAD : value;
  };
}

export function array(element: Read, max: number, custom?: string): Read {
  return (v, path, out) => {
    if (!Array.isArray(v)) {
      say(out, path, v === undefined ? MISSING : wrongType('array'));
      if (tooLong(lengthOf(v), max)) say(out, path, notAList(v, max, custom));
      return BAD;
    }
    if (v.length > max) return say(out, path, custom ?? tooManyItems(max));
    const value: unknown[] = [];
    let bad = false;
    for (let i = 0; i < v.length; i++) {
      const x = element(v[i], at(path, i), out);
      if (x === BAD) bad = true;
      value.push(x);
    }
    return bad ? BAD : value;
  };
}

export const optionals = (reads: Record<string, Read>): Record<string, Read> =>
  Object.fromEntries(Object.entries(reads).map(([name, read]) => [name, optional(read)]));

/** `z.string().min(min).max(max)` with zod's own messages. */
export const stringOf =
  (min: number, max: number): Read =>
  (v, path, out) => {
    const typeOk = typeof v === 'string';
    if (!typeOk) say(out, path, v === undefined ? MISSING : wrongType('string'));
    // zod names what it measured: a string, a list, or something else with a length
    const origin = Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown';
    return lengths(v, path, out, typeOk, {
      min,
      tooShort: tooSmall(origin, min),
      max,
      tooLong: tooBig(origin, max),
    });
  };
