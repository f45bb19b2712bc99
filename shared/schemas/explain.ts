/**
 * The problems of an evaluate request, found by hand, without zod: what the add-on says when the
 * request it built is refused (Apps Script parses and runs the whole bundle on every call, and zod
 * was two fifths of it). It walks the request as `EvaluateRequestSchema` does and names each wrong
 * field by its JSON path with the message zod's schema gives there (messages.ts); a property test
 * holds it to requestProblems.ts: the same paths, a message zod also gives, nothing when the fast
 * reader accepts. Like requestProblems, a refused list element is explained only until
 * MAX_PROBLEMS are listed; past that it is only counted.
 */
import { BAD as REFUSED, readCandidate, readMember } from './fastCheck.ts';
import {
  HAS_YOUTH_UNION,
  MISSING,
  TOO_MANY_CANDIDATES,
  TOO_MANY_INTRODUCERS,
  tooManyItems,
  wrongType,
} from './messages.ts';
import type { Problem, ProblemCollector } from './problems.ts';
import {
  array,
  at,
  bool,
  count,
  day,
  dayOrMonth,
  key,
  lengthOf,
  meetingDay,
  notAList,
  object,
  oneOf,
  optional,
  optionals,
  type Read,
  tooLong,
  typed,
  year,
} from './readers.ts';
import {
  CATEGORIES,
  EDUCATION_LEVELS,
  GENDER_CODES,
  isRequestDay,
  MAX_CANDIDATES,
  MAX_DAYS,
  MAX_INTRODUCERS,
  MAX_MEMBERS,
} from './vocabulary.ts';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

interface Readers {
  member: Read;
  candidate: Read;
  top: Record<string, Read>;
}

/** Built on the first refused request, never at load time: a valid one never needs them. */
let built: Readers | undefined;

function readers(): Readers {
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
      backgroundReadExempt: bool,
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
    (name: string): Read =>
    (v, path, out) => {
      if (Array.isArray(v)) return v;
      out.push({ path, message: v === undefined ? MISSING : wrongType('array') });
      const spec = LISTS[name]!;
      if (tooLong(lengthOf(v), spec.max)) out.push({ path, message: notAList(v, spec.max, spec.custom) });
      return undefined;
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
  element: (c: Readers) => Read;
}

/** In requestProblems.ts's order. */
const LISTS: Record<string, ListSpec> = {
  candidates: {
    max: MAX_CANDIDATES,
    custom: TOO_MANY_CANDIDATES,
    fits: (v) => readCandidate(v) !== REFUSED,
    element: (c) => c.candidate,
  },
  members: {
    max: MAX_MEMBERS,
    fits: (v) => readMember(v) !== REFUSED,
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
  const c = readers();
  const found: Problem[] = [];
  if (!isObj(input)) {
    found.push({ path: '(gốc)', message: input === undefined ? MISSING : wrongType('object') });
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
