import { type Day, type DayNumber, fromDayNumber } from '../dates/day.ts';
import {
  addMonths,
  ageInMonths,
  ageInYears,
  firstDayAtAge,
  firstDayAtAgeInMonths,
  monthIndex,
} from '../dates/months.ts';
import { CERTIFICATE_MONTHS } from '../rules/awareness.ts';
import { ruleBit } from '../rules/catalogue.ts';
import {
  ADULT_MONTHS,
  PAPER_MONTHS,
  type ReferenceKind,
  type ResolvedIntroducer,
  YOUTH_UNION_MAX_AGE,
} from '../rules/context.ts';
import { flat } from '../rules/flat.ts';
import { PHRASES, refParam } from '../rules/phrases.ts';
import {
  citationText,
  datesDeadline,
  type Rule,
  type CandidateContext as RuleContext,
  severityOf,
} from '../rules/rule.ts';
import { type Ruleset, rulesetFor } from '../rules/rulesets.ts';
import { type MessageParam, type Phrase, renderTemplate } from '../rules/texts.ts';
import type { Stage } from '../schemas/primitives.ts';
import type { Candidate } from '../schemas/request.ts';
import type { CompactFindings, Deadline, Finding } from '../schemas/response.ts';
import type { KindTable } from './kinds.ts';
import { isPending, stageFromDates } from './stage.ts';
import type { UnitContext } from './unit.ts';

/** An introducer to fill in (the context's two are reused from candidate to candidate). */
function blankIntroducer(): ResolvedIntroducer {
  return {
    index: 0,
    memberKey: undefined,
    officialSince: undefined,
    togetherSince: undefined,
    letterDate: undefined,
    earliestOfficial: undefined,
    coWorkFrom: undefined,
  };
}

/**
 * Introducers the sheet filled in at all (an empty entry says nothing), with member data resolved,
 * written into `pool` (at most two: the schema's cap); how many.
 */
function resolveIntroducers(c: Candidate, unit: UnitContext, pool: readonly ResolvedIntroducer[]): number {
  let n = 0;
  const list = c.introducers ?? NO_INTRODUCERS_SENT;
  for (let index = 0; index < list.length && n < pool.length; index++) {
    const intro = list[index]!;
    if (
      intro.memberKey === undefined &&
      intro.officialSince === undefined &&
      intro.togetherSince === undefined &&
      intro.letterDate === undefined
    ) {
      continue;
    }
    const member = intro.memberKey === undefined ? undefined : unit.memberByKey.get(intro.memberKey);
    const officialSince = intro.officialSince ?? member?.officialSince;
    let togetherSince = intro.togetherSince;
    if (
      togetherSince === undefined &&
      member?.joinedUnitDate !== undefined &&
      c.joinedUnitDate !== undefined
    ) {
      togetherSince = member.joinedUnitDate > c.joinedUnitDate ? member.joinedUnitDate : c.joinedUnitDate;
    }
    const out = pool[n++]!;
    out.index = index;
    out.memberKey = intro.memberKey;
    out.officialSince = officialSince;
    out.togetherSince = togetherSince;
    out.letterDate = intro.letterDate;
    out.earliestOfficial =
      officialSince === undefined && member?.ceremonyDate !== undefined
        ? addMonths(member.ceremonyDate, 12)
        : undefined;
    out.coWorkFrom = togetherSince === undefined ? undefined : addMonths(togetherSince, 12);
  }
  return n;
}

/**
 * The 31st birthday when the unit has a Youth Union, no meeting is planned, the candidate is of
 * its age today and could be 31 at the meeting: the projection puts the meeting at least at
 * `eligibleFrom` and, papers and lead times counted, within 12 months after the later of it and
 * `asOf`. Age arithmetic first, so only those few candidates write the day out.
 */
function youthUntilOf(
  c: Candidate,
  unit: UnitContext,
  refKind: ReferenceKind,
  ageYears: number,
  eligibleFrom: Day | undefined,
  turns31: DayNumber,
): Day | undefined {
  if (refKind !== 'asOf' || !unit.hasYouthUnion || ageYears > YOUTH_UNION_MAX_AGE) return undefined;
  const from = eligibleFrom !== undefined && eligibleFrom > unit.asOf ? eligibleFrom : unit.asOf;
  if (ageInYears(c.birthDate, from) < YOUTH_UNION_MAX_AGE) return undefined;
  return fromDayNumber(turns31);
}

const NO_INTRODUCERS_SENT: NonNullable<Candidate['introducers']> = [];

/**
 * The earliest day at which every time-based condition holds: age 18 (by months), each
 * introducer full member and 12 months together, and the class certificate when known.
 */
function eligibleFromOf(adultFrom: Day, c: Candidate, introducers: readonly ResolvedIntroducer[]): Day {
  let best = adultFrom;
  if (c.awarenessCertificateDate && c.awarenessCertificateDate > best) best = c.awarenessCertificateDate;
  for (const i of introducers) {
    if (i.officialSince && i.officialSince > best) best = i.officialSince;
    if (i.earliestOfficial && i.earliestOfficial > best) best = i.earliestOfficial;
    if (i.coWorkFrom && i.coWorkFrom > best) best = i.coWorkFrom;
  }
  return best;
}

/**
 * The findings and deadlines of every candidate without any; never written to (the context swaps
 * in its own array first). Not frozen, for the reason NO_PARAMS is not.
 */
const NONE: readonly never[] = [];

/**
 * Shared by every candidate without introducers; never written to. Not frozen: a frozen array's
 * elements kind beside the usual one makes V8 iterate these lists (for…of) with an allocated
 * iterator result per step.
 */
const NO_INTRODUCERS: readonly ResolvedIntroducer[] = [];

/**
 * Everything a rule needs about one candidate, computed once (the rules see it as RuleContext).
 * One context serves every candidate of a request in turn (`reset`): nothing is allocated for it
 * per candidate, and nothing may keep it, or what it holds, beyond its candidate's turn but the
 * findings and deadlines it hands to the result.
 */
export class CandidateContext implements RuleContext {
  readonly asOf: Day;
  c!: Candidate;
  /** the day pre-admission rules are judged at */
  ref!: Day;
  refKind!: ReferenceKind;
  ruleset!: Ruleset;
  /** stage from the dates alone (never `ready`) */
  datedStage!: Stage;
  /** the final stage: set by the engine once the pre-admission rules have run */
  stage!: Stage;
  pending!: boolean;
  ageMonths!: number;
  ageYears!: number;
  /** first day of the month of the 18th birthday */
  adultFrom!: Day;
  /**
   * The day a pending candidate turns 31, in a unit with a Youth Union (0 otherwise): the end of
   * the Youth Union's route ("up to 30" in whole years), which the projection's route and the
   * rules' messages both read — the only place it is derived.
   */
  turns31: DayNumber = 0;
  /** the 31st birthday while the meeting, not yet planned, decides the route (rule.ts) */
  youthUntil: Day | undefined;
  introducers: readonly ResolvedIntroducer[] = NO_INTRODUCERS;
  /** earliest day every time-based condition holds */
  eligibleFrom: Day | undefined;
  /**
   * Set while eligibility is more than 12 months after the reference date: the first day it is
   * worth preparing the papers that stay valid for only 12 months (introductions, union
   * resolutions, the feedback summary). Before it, asking for them would only make them stale.
   */
  papersFrom: Day | undefined;
  /**
   * The awareness certificate's last valid day, once per pending candidate who has one: the
   * awareness rules and the projection both read it (the only place it is derived).
   */
  certificateValidThrough: Day | undefined;
  /**
   * The candidate's findings so far: the default answer's objects, or the compact answer's kind
   * index, parameters and date (one flat list, no object per finding). Written into one list
   * reused for every candidate, up to `written`; `takeFindings` copies them out at their final
   * size. A list of its own grown by push would allocate room for 17 elements at its first push
   * (a candidate has some 9 on average) and more at its 18th, all of it living on in the answer.
   */
  private readonly scratch: Array<Finding | Item> = [];
  private written = 0;
  /** the default answer's deadlines, in order of due date (the compact answer marks its findings' kinds) */
  deadlines: Deadline[] = NONE as never[];
  errorRules = 0;
  /** the resolved introducers' objects, and the lists of one and of two of them */
  private readonly pool = [blankIntroducer(), blankIntroducer()];
  private readonly one = [this.pool[0]!];
  /** refPhrase's phrases made so far, by kind and day */
  private readonly refPhrases: Readonly<Record<ReferenceKind, Map<Day, Phrase>>> = {
    resolution: new Map(),
    planned: new Map(),
    asOf: new Map(),
  };
  /** the default answer's parameters of the message being rendered (report) */
  private readonly params: Array<MessageParam | undefined> = [undefined, undefined, undefined, undefined];

  constructor(
    readonly unit: UnitContext,
    /** the compact answer's kinds of finding; undefined for the default answer */
    readonly kinds?: KindTable,
  ) {
    this.asOf = unit.asOf;
  }

  /** Turns to candidate `c`: every field computed again, no finding, no deadline, no error. */
  reset(c: Candidate): this {
    const unit = this.unit;
    const ref = c.cellResolutionDate ?? c.plannedMeetingDate ?? unit.asOf;
    this.c = c;
    this.ref = ref;
    this.refKind = c.cellResolutionDate ? 'resolution' : c.plannedMeetingDate ? 'planned' : 'asOf';
    this.ruleset = rulesetFor(ref);
    this.datedStage = stageFromDates(c);
    this.stage = this.datedStage;
    this.pending = isPending(this.datedStage);
    const resolved = c.introducers === undefined ? 0 : resolveIntroducers(c, unit, this.pool);
    this.introducers = resolved === 0 ? NO_INTRODUCERS : resolved === 1 ? this.one : this.pool;
    this.adultFrom = firstDayAtAgeInMonths(c.birthDate, ADULT_MONTHS);
    this.ageMonths = ageInMonths(c.birthDate, ref);
    this.ageYears = ageInYears(c.birthDate, ref);
    this.eligibleFrom = this.pending ? eligibleFromOf(this.adultFrom, c, this.introducers) : undefined;
    // Cheap month arithmetic first: most candidates are not a year away from eligibility.
    const papersFrom =
      this.eligibleFrom !== undefined && monthIndex(this.eligibleFrom) - monthIndex(ref) >= PAPER_MONTHS
        ? addMonths(this.eligibleFrom, -PAPER_MONTHS)
        : undefined;
    this.papersFrom = papersFrom !== undefined && papersFrom > ref ? papersFrom : undefined;
    this.turns31 =
      this.pending && unit.hasYouthUnion ? firstDayAtAge(c.birthDate, YOUTH_UNION_MAX_AGE + 1) : 0;
    this.youthUntil = this.pending
      ? youthUntilOf(c, unit, this.refKind, this.ageYears, this.eligibleFrom, this.turns31)
      : undefined;
    const certificate = c.awarenessCertificateDate;
    this.certificateValidThrough =
      this.pending && certificate !== undefined ? addMonths(certificate, CERTIFICATE_MONTHS) : undefined;
    this.written = 0;
    this.deadlines = NONE as never[];
    this.errorRules = 0;
    return this;
  }

  report(
    rule: Rule,
    text: string,
    field?: string,
    date?: Day,
    p0?: MessageParam,
    p1?: MessageParam,
    p2?: MessageParam,
    p3?: MessageParam,
  ): void {
    const severity = severityOf(rule, text);
    const deadline = datesDeadline(rule, text);
    if (severity === 'error') this.errorRules |= ruleBit(rule);
    const count =
      p3 !== undefined ? 4 : p2 !== undefined ? 3 : p1 !== undefined ? 2 : p0 !== undefined ? 1 : 0;
    const kinds = this.kinds;
    if (kinds !== undefined) {
      const state = deadline ? (this.overdue(date!) ? 'overdue' : 'running') : undefined;
      const dated = date !== undefined;
      const list = this.scratch;
      let at = this.written;
      list[at++] = kinds.indexOf(rule, text, severity, field, count, dated, state);
      if (count > 0) list[at++] = p0 as Item;
      if (count > 1) list[at++] = p1 as Item;
      if (count > 2) list[at++] = p2 as Item;
      if (count > 3) list[at++] = p3 as Item;
      if (dated) list[at++] = date;
      this.written = at;
      return;
    }
    const id = rule.id;
    const template = rule.messages[text];
    if (template === undefined) throw new Error(`${id} has no message "${text}"`);
    // One list reused for every message: a parameter left out reads as missing (renderTemplate throws).
    const params = this.params;
    params[0] = p0;
    params[1] = p1;
    params[2] = p2;
    params[3] = p3;
    const message = flat(renderTemplate(template, params, PHRASES));
    const citation = citationText(rule.citation, this.ruleset);
    // Only the fields a finding has, in the schema's order, and flat strings: an undefined value
    // or a cons string anywhere in the answer keeps V8's JSON.stringify off its fast path.
    this.scratch[this.written++] =
      field === undefined
        ? date === undefined
          ? { rule: id, severity, message, citation }
          : { rule: id, severity, message, citation, date }
        : date === undefined
          ? { rule: id, severity, field, message, citation }
          : { rule: id, severity, field, message, citation, date };
    if (deadline) this.addDeadline(id, date!);
  }

  /**
   * This candidate's findings in a list of their own, at its final size, for its result (the
   * compact answer's or the default one's, by the context's form); one shared empty list when none.
   */
  takeFindings(): Array<Finding | Item> {
    // slice copies into an array of exactly that length, packed (an array made by `new Array(n)`
    // would be holey, which keeps JSON.stringify off its fast path).
    return this.written === 0 ? (NONE as never[]) : this.scratch.slice(0, this.written);
  }

  get refPhrase(): Phrase {
    const byDay = this.refPhrases[this.refKind];
    let phrase = byDay.get(this.ref);
    if (phrase === undefined) {
      phrase = refParam(this);
      byDay.set(this.ref, phrase);
    }
    return phrase;
  }

  overdue(due: Day): boolean {
    return this.asOf > due;
  }

  /** Kept in order of due date as they come (stable: equal dates in the order recorded). */
  private addDeadline(rule: string, due: Day): void {
    const deadline: Deadline = { rule, due, overdue: this.overdue(due) };
    if ((this.deadlines as unknown) === NONE) {
      this.deadlines = [deadline];
      return;
    }
    const list = this.deadlines;
    let at = list.length;
    while (at > 0 && list[at - 1]!.due > due) at--;
    list.splice(at, 0, deadline);
  }
}

/** An element of a compact findings list (the schema's MessageParam, with its phrases mutable) */
type Item = CompactFindings[number];

/** A context for `unit`'s candidates, one at a time (`reset(c)` before each). */
export function createCandidateContext(unit: UnitContext, kinds?: KindTable): CandidateContext {
  return new CandidateContext(unit, kinds);
}

export type { ReferenceKind, ResolvedIntroducer } from '../rules/context.ts';
// The constants and the phrase live with the rules that use them (shared/rules/context.ts).
export {
  ADULT_MONTHS,
  PAPER_MONTHS,
  SENIOR_MONTHS,
  YOUTH_UNION_MAX_AGE,
} from '../rules/context.ts';
