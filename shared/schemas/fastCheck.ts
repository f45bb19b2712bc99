/**
 * A hand-written reader for `EvaluateRequestSchema`, for the hot path: it checks a request and
 * copies each candidate into an object of one fixed shape in a single pass over the keys present.
 * Zod stays the source of truth: it runs whenever this reader says no, to name every problem, and
 * a property test holds the two to the same verdict. This exists because validating 10,000
 * candidates with zod costs several times the JSON.parse of the same text (more in workerd, where
 * zod cannot compile its parsers), and because the rules read fixed-shape objects much faster than
 * the many shapes JSON.parse produces.
 */
import type { Day } from '../dates/day.ts';
import type { Birth } from '../dates/months.ts';
import type { Candidate, EvaluateRequest, Introducer, Member } from './request.ts';
import {
  CATEGORIES,
  EDUCATION_LEVELS,
  isRequestDay,
  isRequestDayOrMonth,
  MAX_CANDIDATES,
  MAX_DAYS,
  MAX_KEY_LENGTH,
  MAX_MEMBERS,
} from './vocabulary.ts';

type Obj = Record<string, unknown>;

const CATEGORY_SET: ReadonlySet<unknown> = new Set(CATEGORIES);
const EDUCATION_SET: ReadonlySet<unknown> = new Set(EDUCATION_LEVELS);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** zod counts a string's length in code points: a key of 33 emoji is 66 UTF-16 units and valid. */
const isKey = (v: unknown): v is string =>
  typeof v === 'string' && v.length >= 1 && (v.length <= MAX_KEY_LENGTH || codePoints(v) <= MAX_KEY_LENGTH);

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
}
const isCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= 1_000_000;
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';

/** Marks a rejected request inside the readers. */
export const BAD = Symbol('bad');

/** A candidate being read: its birth date is '' until the reader has seen a valid one. */
type CandidateDraft = Omit<Candidate, 'birthDate'> & { birthDate: Birth | '' };

/** Every candidate field, undefined when absent: one hidden class for all candidates. */
function blankCandidate(): CandidateDraft {
  return {
    key: '',
    birthDate: '',
    gender: undefined,
    ethnicMinority: undefined,
    religion: undefined,
    category: undefined,
    education: undefined,
    specialArea: undefined,
    literacyApproval: undefined,
    over60Approved: undefined,
    joinedUnitDate: undefined,
    expectedLeaveDate: undefined,
    youthUnionMember: undefined,
    youthUnionResolutionDate: undefined,
    tradeUnionResolutionDate: undefined,
    sympathizerListDate: undefined,
    awarenessCertificateDate: undefined,
    applicationDate: undefined,
    backgroundDeclaredDate: undefined,
    backgroundVerifiedDate: undefined,
    backgroundCheckExempt: undefined,
    introducers: undefined,
    helperKey: undefined,
    feedbackSummaryDate: undefined,
    plannedMeetingDate: undefined,
    cellResolutionDate: undefined,
    votesFor: undefined,
    decisionDate: undefined,
    decisionReceivedDate: undefined,
    ceremonyDate: undefined,
    officialResolutionDate: undefined,
    officialDecisionDate: undefined,
    removedDate: undefined,
  };
}

/** Back to blank, field by field (a test holds it to blankCandidate): the scratch reader's reset. */
function clearCandidate(c: CandidateDraft): void {
  c.key = '';
  c.birthDate = '';
  c.gender = undefined;
  c.ethnicMinority = undefined;
  c.religion = undefined;
  c.category = undefined;
  c.education = undefined;
  c.specialArea = undefined;
  c.literacyApproval = undefined;
  c.over60Approved = undefined;
  c.joinedUnitDate = undefined;
  c.expectedLeaveDate = undefined;
  c.youthUnionMember = undefined;
  c.youthUnionResolutionDate = undefined;
  c.tradeUnionResolutionDate = undefined;
  c.sympathizerListDate = undefined;
  c.awarenessCertificateDate = undefined;
  c.applicationDate = undefined;
  c.backgroundDeclaredDate = undefined;
  c.backgroundVerifiedDate = undefined;
  c.backgroundCheckExempt = undefined;
  c.introducers = undefined;
  c.helperKey = undefined;
  c.feedbackSummaryDate = undefined;
  c.plannedMeetingDate = undefined;
  c.cellResolutionDate = undefined;
  c.votesFor = undefined;
  c.decisionDate = undefined;
  c.decisionReceivedDate = undefined;
  c.ceremonyDate = undefined;
  c.officialResolutionDate = undefined;
  c.officialDecisionDate = undefined;
  c.removedDate = undefined;
}

function introducerFits(v: unknown): boolean {
  if (!isObj(v)) return false;
  const { memberKey, officialSince, togetherSince, letterDate } = v;
  if (memberKey !== undefined && !isKey(memberKey)) return false;
  if (officialSince !== undefined && !isRequestDay(officialSince)) return false;
  if (togetherSince !== undefined && !isRequestDay(togetherSince)) return false;
  return letterDate === undefined || isRequestDay(letterDate);
}

function introducersFit(v: unknown): v is Introducer[] {
  if (!Array.isArray(v) || v.length > 2) return false;
  for (let i = 0; i < v.length; i++) if (!introducerFits(v[i])) return false;
  return true;
}

/** Known fields only, as zod gives them. */
function copyIntroducers(list: readonly Introducer[]): Introducer[] {
  const out: Introducer[] = [];
  for (let i = 0; i < list.length; i++) {
    const { memberKey, officialSince, togetherSince, letterDate } = list[i]!;
    out.push({ memberKey, officialSince, togetherSince, letterDate });
  }
  return out;
}

/** One pass over the keys present (a candidate early in the pipeline fills few of them). */
export function readCandidate(v: unknown): Candidate | typeof BAD {
  const c = blankCandidate();
  return readInto(c, v, false) ? (c as Candidate) : BAD;
}

/**
 * Reads into one fixed-shape object again and again (the engine's loop: nothing is allocated per
 * candidate). The introducers are checked and kept as the request has them — only the engine
 * reads them, by name — where readCandidate copies their known fields as zod would.
 */
export class CandidateReader {
  private readonly c = blankCandidate();

  /** The candidate, valid until the next read; BAD when it does not fit. */
  read(v: unknown): Candidate | typeof BAD {
    const c = this.c;
    clearCandidate(c);
    return readInto(c, v, true) ? (c as Candidate) : BAD;
  }
}

function readInto(c: CandidateDraft, v: unknown, keepIntroducers: boolean): boolean {
  if (!isObj(v)) return false;
  for (const k in v) {
    const x = v[k];
    if (x === undefined) continue;
    // Each field stored by its name: a store by the variable name `c[k]` costs a lookup per
    // field (V8's megamorphic keyed store), by far the most of this reader's time.
    switch (k) {
      case 'key':
        if (!isKey(x)) return false;
        c.key = x;
        break;
      case 'helperKey':
        if (!isKey(x)) return false;
        c.helperKey = x;
        break;
      case 'birthDate':
        if (!isRequestDayOrMonth(x)) return false;
        c.birthDate = x;
        break;
      case 'gender':
        if (x !== 'male' && x !== 'female') return false;
        c.gender = x;
        break;
      case 'category':
        if (!CATEGORY_SET.has(x)) return false;
        c.category = x as Candidate['category'];
        break;
      case 'education':
        if (!EDUCATION_SET.has(x)) return false;
        c.education = x as Candidate['education'];
        break;
      case 'ethnicMinority':
        if (!isBool(x)) return false;
        c.ethnicMinority = x;
        break;
      case 'religion':
        if (!isBool(x)) return false;
        c.religion = x;
        break;
      case 'specialArea':
        if (!isBool(x)) return false;
        c.specialArea = x;
        break;
      case 'literacyApproval':
        if (!isBool(x)) return false;
        c.literacyApproval = x;
        break;
      case 'over60Approved':
        if (!isBool(x)) return false;
        c.over60Approved = x;
        break;
      case 'youthUnionMember':
        if (!isBool(x)) return false;
        c.youthUnionMember = x;
        break;
      case 'backgroundCheckExempt':
        if (!isBool(x)) return false;
        c.backgroundCheckExempt = x;
        break;
      case 'joinedUnitDate':
        if (!isRequestDay(x)) return false;
        c.joinedUnitDate = x;
        break;
      case 'expectedLeaveDate':
        if (!isRequestDay(x)) return false;
        c.expectedLeaveDate = x;
        break;
      case 'youthUnionResolutionDate':
        if (!isRequestDay(x)) return false;
        c.youthUnionResolutionDate = x;
        break;
      case 'tradeUnionResolutionDate':
        if (!isRequestDay(x)) return false;
        c.tradeUnionResolutionDate = x;
        break;
      case 'sympathizerListDate':
        if (!isRequestDay(x)) return false;
        c.sympathizerListDate = x;
        break;
      case 'awarenessCertificateDate':
        if (!isRequestDay(x)) return false;
        c.awarenessCertificateDate = x;
        break;
      case 'applicationDate':
        if (!isRequestDay(x)) return false;
        c.applicationDate = x;
        break;
      case 'backgroundDeclaredDate':
        if (!isRequestDay(x)) return false;
        c.backgroundDeclaredDate = x;
        break;
      case 'backgroundVerifiedDate':
        if (!isRequestDay(x)) return false;
        c.backgroundVerifiedDate = x;
        break;
      case 'feedbackSummaryDate':
        if (!isRequestDay(x)) return false;
        c.feedbackSummaryDate = x;
        break;
      case 'plannedMeetingDate':
        if (!isRequestDay(x)) return false;
        c.plannedMeetingDate = x;
        break;
      case 'cellResolutionDate':
        if (!isRequestDay(x)) return false;
        c.cellResolutionDate = x;
        break;
      case 'decisionDate':
        if (!isRequestDay(x)) return false;
        c.decisionDate = x;
        break;
      case 'decisionReceivedDate':
        if (!isRequestDay(x)) return false;
        c.decisionReceivedDate = x;
        break;
      case 'ceremonyDate':
        if (!isRequestDay(x)) return false;
        c.ceremonyDate = x;
        break;
      case 'officialResolutionDate':
        if (!isRequestDay(x)) return false;
        c.officialResolutionDate = x;
        break;
      case 'officialDecisionDate':
        if (!isRequestDay(x)) return false;
        c.officialDecisionDate = x;
        break;
      case 'removedDate':
        if (!isRequestDay(x)) return false;
        c.removedDate = x;
        break;
      case 'votesFor':
        if (!isCount(x)) return false;
        c.votesFor = x;
        break;
      case 'introducers':
        if (!introducersFit(x)) return false;
        c.introducers = keepIntroducers ? x : copyIntroducers(x);
        break;
      default:
      // Unknown keys are dropped, as zod strips them.
    }
  }
  // The draft is a Candidate once the key and the birth date were read (a Birth checked above).
  return c.key !== '' && c.birthDate !== '';
}

const optDay = (v: unknown): v is Day | undefined => v === undefined || isRequestDay(v);

export function readMember(v: unknown): Member | typeof BAD {
  if (!isObj(v)) return BAD;
  const { key, joinedUnitDate, decisionDate, ceremonyDate, officialSince, exempt, temporarilyAway } = v;
  const { officialResolutionDate, officialVotesFor, officialDecisionDate } = v;
  if (!isKey(key)) return BAD;
  if (!optDay(joinedUnitDate) || !optDay(decisionDate) || !optDay(ceremonyDate) || !optDay(officialSince)) {
    return BAD;
  }
  if (!optDay(officialResolutionDate) || !optDay(officialDecisionDate)) return BAD;
  if (officialVotesFor !== undefined && !isCount(officialVotesFor)) return BAD;
  if (exempt !== undefined && !isBool(exempt)) return BAD;
  if (temporarilyAway !== undefined && !isBool(temporarilyAway)) return BAD;
  return {
    key,
    joinedUnitDate,
    decisionDate,
    ceremonyDate,
    officialSince,
    exempt,
    temporarilyAway,
    officialResolutionDate,
    officialVotesFor: officialVotesFor as number | undefined,
    officialDecisionDate,
  };
}

/** The lead-time overrides, or BAD. */
function readLeadTimes(v: unknown): EvaluateRequest['leadTimes'] | typeof BAD {
  if (!isObj(v)) return BAD;
  const { nextClassDate, meetingDay } = v;
  if (!optDay(nextClassDate)) return BAD;
  if (
    meetingDay !== undefined &&
    !(
      typeof meetingDay === 'number' &&
      Number.isSafeInteger(meetingDay) &&
      meetingDay >= 1 &&
      meetingDay <= 31
    )
  ) {
    return BAD;
  }
  return { nextClassDate, meetingDay: meetingDay as number | undefined };
}

function readList<T>(v: unknown, max: number, read: (x: unknown) => T | typeof BAD): T[] | typeof BAD {
  if (!Array.isArray(v) || v.length > max) return BAD;
  const out = new Array<T>(v.length);
  for (let i = 0; i < v.length; i++) {
    const item = read(v[i]);
    if (item === BAD) return BAD;
    out[i] = item;
  }
  return out;
}

const readDay = (v: unknown): Day | typeof BAD => (isRequestDay(v) ? v : BAD);

/** A request whose candidates are not read yet: everything else read and checked. */
export type EvaluateHead = Omit<EvaluateRequest, 'candidates'> & { candidates: readonly unknown[] };

/**
 * Everything but the candidates, read as `readEvaluateRequest` reads it; the candidates only
 * checked to be a list within the cap. The engine reads them one at a time (`readCandidate`), so
 * that no copy of all of them lives through the evaluation.
 */
export function readEvaluateHead(input: unknown): EvaluateHead | undefined {
  if (!isObj(input) || !isRequestDay(input.asOf)) return undefined;
  const unit = input.unit;
  if (!isObj(unit) || !isBool(unit.hasYouthUnion)) return undefined;
  if (unit.hasTradeUnion !== undefined && !isBool(unit.hasTradeUnion)) return undefined;
  const members = input.members === undefined ? undefined : readList(input.members, MAX_MEMBERS, readMember);
  if (members === BAD) return undefined;
  const candidates = input.candidates;
  if (!Array.isArray(candidates) || candidates.length > MAX_CANDIDATES) return undefined;
  const holidays = input.holidays === undefined ? undefined : readList(input.holidays, MAX_DAYS, readDay);
  const workdays = input.workdays === undefined ? undefined : readList(input.workdays, MAX_DAYS, readDay);
  if (holidays === BAD || workdays === BAD) return undefined;
  const year = input.year;
  if (
    year !== undefined &&
    !(typeof year === 'number' && Number.isSafeInteger(year) && year >= 1900 && year <= 2200)
  ) {
    return undefined;
  }
  const t = input.targets;
  let targets: EvaluateRequest['targets'];
  if (t !== undefined) {
    if (!isObj(t)) return undefined;
    for (const k of ['admitted', 'students', 'women', 'awarenessClass'] as const) {
      if (t[k] !== undefined && !isCount(t[k])) return undefined;
    }
    targets = {
      admitted: t.admitted as number | undefined,
      students: t.students as number | undefined,
      women: t.women as number | undefined,
      awarenessClass: t.awarenessClass as number | undefined,
    };
  }
  const leadTimes = input.leadTimes === undefined ? undefined : readLeadTimes(input.leadTimes);
  if (leadTimes === BAD) return undefined;
  return {
    asOf: input.asOf,
    unit: { hasYouthUnion: unit.hasYouthUnion, hasTradeUnion: unit.hasTradeUnion as boolean | undefined },
    members,
    candidates,
    holidays,
    workdays,
    year: year as number | undefined,
    targets,
    leadTimes,
  };
}

/**
 * The request in the engine's fixed shapes, or undefined exactly when
 * `EvaluateRequestSchema.safeParse(input)` would fail.
 */
export function readEvaluateRequest(input: unknown): EvaluateRequest | undefined {
  const head = readEvaluateHead(input);
  if (head === undefined) return undefined;
  const candidates = readList(head.candidates, MAX_CANDIDATES, readCandidate);
  if (candidates === BAD) return undefined;
  // The same fields in the same order as the head (the order zod gives them).
  return {
    asOf: head.asOf,
    unit: head.unit,
    members: head.members,
    candidates,
    holidays: head.holidays,
    workdays: head.workdays,
    year: head.year,
    targets: head.targets,
    leadTimes: head.leadTimes,
  };
}

/** True exactly when `EvaluateRequestSchema.safeParse(input).success` would be. */
export function isEvaluateRequest(input: unknown): boolean {
  return readEvaluateRequest(input) !== undefined;
}
