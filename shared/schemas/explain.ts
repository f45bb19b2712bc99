/**
 * The problems of an evaluate request, found by hand, without zod: what the add-on says when the
 * request it built is refused (Apps Script parses and runs the whole bundle on every call, and zod
 * was two fifths of it). It walks the request as `EvaluateRequestSchema` does and names each wrong
 * field by its JSON path with the message zod's schema gives there (messages.ts); a property test
 * holds it to requestProblems.ts: the same paths, a message zod also gives, nothing when the fast
 * reader accepts. Like requestProblems, a refused list element is explained only until
 * MAX_PROBLEMS are listed; past that it is only counted.
 */
import { BAD, readCandidate, readMember } from './fastCheck.ts';
import {
  COUNT,
  DAY,
  DAY_OR_MONTH,
  HAS_YOUTH_UNION,
  KEY,
  MEETING_DAY,
  MISSING,
  notOneOf,
  TOO_MANY_CANDIDATES,
  TOO_MANY_INTRODUCERS,
  tooBig,
  tooManyItems,
  wrongType,
  YEAR,
} from './messages.ts';
import type { Problem, ProblemCollector } from './problems.ts';
import {
  CATEGORIES,
  EDUCATION_LEVELS,
  FIRST_YEAR,
  GENDER_CODES,
  isRequestDay,
  isRequestDayOrMonth,
  LAST_YEAR,
  MAX_CANDIDATES,
  MAX_COUNT,
  MAX_DAYS,
  MAX_INTRODUCERS,
  MAX_KEY_LENGTH,
  MAX_MEMBERS,
} from './vocabulary.ts';

/** Says what is wrong with `v` at `path` (undefined: the field is absent), adding to `out`. */
type Check = (v: unknown, path: string, out: Problem[]) => void;

const at = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
const say = (out: Problem[], path: string, message: string) => {
  out.push({ path: path === '' ? '(gốc)' : path, message });
};
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const optional =
  (check: Check): Check =>
  (v, path, out) => {
    if (v !== undefined) check(v, path, out);
  };

const day: Check = (v, path, out) => {
  if (typeof v !== 'string') say(out, path, v === undefined ? DAY.missing : DAY.notString);
  else if (!isRequestDay(v)) say(out, path, DAY.invalid(v));
};

const dayOrMonth: Check = (v, path, out) => {
  if (typeof v !== 'string') say(out, path, v === undefined ? DAY_OR_MONTH.missing : DAY_OR_MONTH.notString);
  else if (!isRequestDayOrMonth(v)) say(out, path, DAY_OR_MONTH.invalid(v));
};

/**
 * zod's length checks look at anything with a `length`, even after the type is wrong (`[]` is both
 * "not a string" and "empty"): so do these.
 */
const lengthOf = (v: unknown): unknown =>
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
const notAList = (v: unknown, max: number, custom: string | undefined): string =>
  custom ?? tooBig(typeof v === 'string' ? 'string' : 'unknown', max);
const tooShort = (length: unknown, min: number) => length !== undefined && !((length as number) >= min);
const tooLong = (length: unknown, max: number) => length !== undefined && !((length as number) <= max);

const key: Check = (v, path, out) => {
  if (typeof v !== 'string') say(out, path, KEY.missing);
  const length = lengthOf(v);
  if (tooShort(length, 1)) say(out, path, KEY.empty);
  if (tooLong(length, MAX_KEY_LENGTH)) say(out, path, KEY.tooLong);
};

/** zod's number, then `.int()` (which stops the checks after it), then the bounds. */
function integer(
  texts: { notNumber: string; notInt: string; tooSmall: string; tooBig: string },
  min: number,
  max: number,
): Check {
  return (v, path, out) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return say(out, path, texts.notNumber);
    if (!Number.isSafeInteger(v)) {
      say(out, path, texts.notInt);
      if (Number.isInteger(v)) say(out, path, v < min ? texts.tooSmall : texts.tooBig);
      return;
    }
    if (v < min) say(out, path, texts.tooSmall);
    else if (v > max) say(out, path, texts.tooBig);
  };
}

const count = integer(
  { notNumber: COUNT.notNumber, notInt: COUNT.notInt, tooSmall: COUNT.negative, tooBig: COUNT.tooBig },
  0,
  MAX_COUNT,
);
const year = integer(
  { notNumber: YEAR.notNumber, notInt: YEAR.notInt, tooSmall: YEAR.tooSmall, tooBig: YEAR.tooBig },
  FIRST_YEAR,
  LAST_YEAR,
);
const meetingDay = integer(
  {
    notNumber: MEETING_DAY.notNumber,
    notInt: MEETING_DAY.notInt,
    tooSmall: MEETING_DAY.range,
    tooBig: MEETING_DAY.range,
  },
  1,
  31,
);

const typed =
  (type: 'boolean', message?: string): Check =>
  (v, path, out) => {
    if (typeof v !== type) say(out, path, message ?? (v === undefined ? MISSING : wrongType(type)));
  };
const bool = typed('boolean');

const oneOf = (values: readonly string[]): Check => {
  const set = new Set<unknown>(values);
  return (v, path, out) => {
    if (!set.has(v)) say(out, path, notOneOf(values));
  };
};

function object(fields: Record<string, Check>): Check {
  return (v, path, out) => {
    if (!isObj(v)) return say(out, path, v === undefined ? MISSING : wrongType('object'));
    for (const name in fields) fields[name]!(v[name], at(path, name), out);
  };
}

function array(element: Check, max: number, custom?: string): Check {
  return (v, path, out) => {
    if (!Array.isArray(v)) {
      say(out, path, v === undefined ? MISSING : wrongType('array'));
      if (tooLong(lengthOf(v), max)) say(out, path, notAList(v, max, custom));
      return;
    }
    if (v.length > max) return say(out, path, custom ?? tooManyItems(max));
    for (let i = 0; i < v.length; i++) element(v[i], at(path, i), out);
  };
}

const optionals = (checks: Record<string, Check>): Record<string, Check> =>
  Object.fromEntries(Object.entries(checks).map(([name, check]) => [name, optional(check)]));

interface Checks {
  member: Check;
  candidate: Check;
  top: Record<string, Check>;
}

/** Built on the first refused request, never at load time: a valid one never needs them. */
let built: Checks | undefined;

function checks(): Checks {
  if (built) return built;
  const days = (...names: string[]) => Object.fromEntries(names.map((n) => [n, day]));
  const member = object({
    key,
    ...optionals({
      ...days('joinedUnitDate', 'decisionDate', 'ceremonyDate', 'officialSince'),
      exempt: bool,
      temporarilyAway: bool,
      officialResolutionDate: day,
      officialVotesFor: count,
      officialDecisionDate: day,
    }),
  });
  const introducer = object(
    optionals({ memberKey: key, ...days('officialSince', 'togetherSince', 'letterDate') }),
  );
  const candidate = object({
    key,
    birthDate: dayOrMonth,
    ...optionals({
      gender: oneOf(GENDER_CODES),
      ethnicMinority: bool,
      religion: bool,
      category: oneOf(CATEGORIES),
      education: oneOf(EDUCATION_LEVELS),
      specialArea: bool,
      literacyApproval: bool,
      over60Approved: bool,
      ...days('joinedUnitDate', 'expectedLeaveDate'),
      youthUnionMember: bool,
      ...days('youthUnionResolutionDate', 'tradeUnionResolutionDate', 'sympathizerListDate'),
      ...days('awarenessCertificateDate', 'applicationDate', 'backgroundDeclaredDate'),
      backgroundVerifiedDate: day,
      backgroundCheckExempt: bool,
      introducers: array(introducer, MAX_INTRODUCERS, TOO_MANY_INTRODUCERS),
      helperKey: key,
      ...days('feedbackSummaryDate', 'plannedMeetingDate', 'cellResolutionDate'),
      votesFor: count,
      ...days('decisionDate', 'decisionReceivedDate', 'ceremonyDate'),
      ...days('officialResolutionDate', 'officialDecisionDate', 'removedDate'),
    }),
  });
  // The lists' elements are looked at after these, one by one (explainRequest).
  const list =
    (name: string): Check =>
    (v, path, out) => {
      if (Array.isArray(v)) return;
      say(out, path, v === undefined ? MISSING : wrongType('array'));
      const spec = LISTS[name]!;
      if (tooLong(lengthOf(v), spec.max)) say(out, path, notAList(v, spec.max, spec.custom));
    };
  const top = {
    asOf: day,
    unit: object({ hasYouthUnion: typed('boolean', HAS_YOUTH_UNION), hasTradeUnion: optional(bool) }),
    members: optional(list('members')),
    candidates: list('candidates'),
    ...optionals({
      holidays: list('holidays'),
      workdays: list('workdays'),
      year,
      targets: object(optionals({ admitted: count, students: count, women: count, awarenessClass: count })),
      leadTimes: object(optionals({ nextClassDate: day, meetingDay })),
    }),
  };
  built = { member, candidate, top };
  return built;
}

interface ListSpec {
  max: number;
  /** the schema's own message when the list is too long */
  custom?: string;
  fits: (v: unknown) => boolean;
  element: (c: Checks) => Check;
}

/** In requestProblems.ts's order. */
const LISTS: Record<string, ListSpec> = {
  candidates: {
    max: MAX_CANDIDATES,
    custom: TOO_MANY_CANDIDATES,
    fits: (v) => readCandidate(v) !== BAD,
    element: (c) => c.candidate,
  },
  members: {
    max: MAX_MEMBERS,
    fits: (v) => readMember(v) !== BAD,
    element: (c) => c.member,
  },
  holidays: { max: MAX_DAYS, fits: isRequestDay, element: () => day },
  workdays: { max: MAX_DAYS, fits: isRequestDay, element: () => day },
};

/**
 * The problems of `input` into `out` (capped there), as `collectRequestProblems` finds them with
 * zod. Adds nothing when the request follows the schema.
 */
export function explainRequest(input: unknown, out: ProblemCollector): void {
  const c = checks();
  const found: Problem[] = [];
  if (!isObj(input)) {
    say(found, '', input === undefined ? MISSING : wrongType('object'));
    out.add(found);
    return;
  }
  for (const name in c.top) c.top[name]!(input[name], name, found);
  out.add(found);
  for (const name in LISTS) {
    const spec = LISTS[name]!;
    const list = input[name];
    if (!Array.isArray(list)) continue;
    if (list.length > spec.max) {
      out.add([{ path: name, message: spec.custom ?? tooManyItems(spec.max) }]);
      continue;
    }
    const element = spec.element(c);
    let unexamined = 0;
    for (let i = 0; i < list.length; i++) {
      if (spec.fits(list[i])) continue;
      if (out.full) {
        unexamined += 1;
        continue;
      }
      const problems: Problem[] = [];
      element(list[i], at(name, i), problems);
      out.add(problems);
    }
    out.addUnexamined(unexamined);
  }
}
