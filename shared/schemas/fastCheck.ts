/**
 * A hand-written check that a request matches `EvaluateRequestSchema`, for the hot path.
 * Zod stays the source of truth: it runs whenever this check says no, to name every problem,
 * and a property test holds the two to the same verdict. This exists because validating 10,000
 * candidates with zod costs several times the JSON.parse of the same text (and more in workerd,
 * where zod cannot compile its parsers).
 */
import { isRequestDay, isRequestDayOrMonth } from './primitives.ts';
import {
  CATEGORIES,
  EDUCATION_LEVELS,
  type EvaluateRequest,
  MAX_CANDIDATES,
  MAX_MEMBERS,
} from './request.ts';

type Obj = Record<string, unknown>;

const CATEGORY_SET: ReadonlySet<unknown> = new Set(CATEGORIES);
const EDUCATION_SET: ReadonlySet<unknown> = new Set(EDUCATION_LEVELS);
const GENDER_SET: ReadonlySet<unknown> = new Set(['male', 'female']);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const optDay = (v: unknown): boolean => v === undefined || isRequestDay(v);
const optBool = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
const isKey = (v: unknown): boolean => typeof v === 'string' && v.length >= 1 && v.length <= 64;
const isCount = (v: unknown): boolean =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= 1_000_000;
const optCount = (v: unknown): boolean => v === undefined || isCount(v);

const isGender = (v: unknown): boolean => GENDER_SET.has(v);
const isCategory = (v: unknown): boolean => CATEGORY_SET.has(v);
const isEducation = (v: unknown): boolean => EDUCATION_SET.has(v);
const isBool = (v: unknown): boolean => typeof v === 'boolean';

function isIntroducerList(v: unknown): boolean {
  if (!Array.isArray(v) || v.length > 2) return false;
  for (const i of v) if (!isIntroducer(i)) return false;
  return true;
}

/** The check of each optional candidate field, by name. Fields not listed are ignored, as zod strips them. */
const CANDIDATE_FIELDS: ReadonlyMap<string, (v: unknown) => boolean> = new Map(
  Object.entries({
    key: isKey,
    birthDate: isRequestDayOrMonth,
    gender: isGender,
    ethnicMinority: isBool,
    religion: isBool,
    category: isCategory,
    education: isEducation,
    specialArea: isBool,
    literacyApproval: isBool,
    over60Approved: isBool,
    joinedUnitDate: isRequestDay,
    expectedLeaveDate: isRequestDay,
    youthUnionMember: isBool,
    youthUnionResolutionDate: isRequestDay,
    tradeUnionResolutionDate: isRequestDay,
    sympathizerListDate: isRequestDay,
    awarenessCertificateDate: isRequestDay,
    applicationDate: isRequestDay,
    backgroundDeclaredDate: isRequestDay,
    backgroundVerifiedDate: isRequestDay,
    backgroundCheckExempt: isBool,
    introducers: isIntroducerList,
    feedbackSummaryDate: isRequestDay,
    plannedMeetingDate: isRequestDay,
    cellResolutionDate: isRequestDay,
    votesFor: isCount,
    decisionDate: isRequestDay,
    decisionReceivedDate: isRequestDay,
    ceremonyDate: isRequestDay,
    officialResolutionDate: isRequestDay,
    officialDecisionDate: isRequestDay,
    removedDate: isRequestDay,
  }),
);

function isIntroducer(v: unknown): boolean {
  if (!isObj(v)) return false;
  return (
    (v.memberKey === undefined || isKey(v.memberKey)) &&
    optDay(v.officialSince) &&
    optDay(v.togetherSince) &&
    optDay(v.letterDate)
  );
}

function isCandidate(v: unknown): boolean {
  if (!isObj(v) || !isKey(v.key) || !isRequestDayOrMonth(v.birthDate)) return false;
  // Only the keys present are looked at: most candidates fill a third of the columns.
  for (const k in v) {
    const value = v[k];
    if (value === undefined) continue;
    const check = CANDIDATE_FIELDS.get(k);
    if (check !== undefined && !check(value)) return false;
  }
  return true;
}

function isMember(v: unknown): boolean {
  return (
    isObj(v) &&
    isKey(v.key) &&
    optDay(v.joinedUnitDate) &&
    optDay(v.ceremonyDate) &&
    optDay(v.officialSince) &&
    optBool(v.exempt) &&
    optBool(v.temporarilyAway)
  );
}

function isDayList(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v) || v.length > 1000) return false;
  for (const d of v) if (!isRequestDay(d)) return false;
  return true;
}

function everyOf(list: unknown, max: number, check: (v: unknown) => boolean): boolean {
  if (!Array.isArray(list) || list.length > max) return false;
  for (const item of list) if (!check(item)) return false;
  return true;
}

/** True exactly when `EvaluateRequestSchema.safeParse(input).success` would be. */
export function isEvaluateRequest(input: unknown): input is EvaluateRequest {
  if (!isObj(input) || !isRequestDay(input.asOf)) return false;
  const unit = input.unit;
  if (!isObj(unit) || typeof unit.hasYouthUnion !== 'boolean' || !optBool(unit.hasTradeUnion)) return false;
  if (input.members !== undefined && !everyOf(input.members, MAX_MEMBERS, isMember)) return false;
  if (!everyOf(input.candidates, MAX_CANDIDATES, isCandidate)) return false;
  if (!isDayList(input.holidays) || !isDayList(input.workdays)) return false;
  const year = input.year;
  if (
    year !== undefined &&
    !(typeof year === 'number' && Number.isSafeInteger(year) && year >= 1945 && year <= 2200)
  ) {
    return false;
  }
  const t = input.targets;
  if (t !== undefined) {
    if (!isObj(t)) return false;
    if (!optCount(t.admitted) || !optCount(t.students) || !optCount(t.women) || !optCount(t.awarenessClass))
      return false;
  }
  return true;
}
