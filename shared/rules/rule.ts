import type { Day } from '../dates/day.ts';
import type { Severity, Stage } from '../schemas/primitives.ts';
import type { Candidate } from '../schemas/request.ts';
import type { ReferenceKind, ResolvedIntroducer } from './context.ts';
import { flat } from './flat.ts';
import type { RuleContentId, Ruleset, TextRef } from './rulesets.ts';
import type { MessageParam, Phrase } from './texts.ts';

/** Full members of the cell on a day, as the rules count them. */
export interface RuleMemberCount {
  full: number;
  voting: number;
  unknown: number;
}

/** What the rules read of the unit (the engine's UnitContext has more). */
export interface RuleUnit {
  hasYouthUnion: boolean;
  hasTradeUnion: boolean;
  membersAt(day: Day): RuleMemberCount | undefined;
  addWorkingDays(start: Day, n: number): Day;
}

/** Everything a rule needs about one candidate, computed once by the engine. */
export interface CandidateContext {
  readonly c: Candidate;
  readonly unit: RuleUnit;
  readonly asOf: Day;
  /** the day pre-admission rules are judged at */
  readonly ref: Day;
  readonly refKind: ReferenceKind;
  /**
   * The reference date as a message parameter (phrases.ts `refParam`: "ngày kiểm tra (…)"), one
   * per day and kind for a whole evaluation: the many findings that cite it share it.
   */
  readonly refPhrase: Phrase;
  readonly ruleset: Ruleset;
  /** stage from the dates alone (never `ready`) */
  readonly datedStage: Stage;
  /** the final stage: set by the engine once the pre-admission rules have run */
  stage: Stage;
  readonly pending: boolean;
  readonly ageMonths: number;
  readonly ageYears: number;
  /** first day of the month of the 18th birthday */
  readonly adultFrom: Day;
  /**
   * The 31st birthday, set only when no meeting is planned (the reference date is `asOf`), the
   * unit has a Youth Union and the candidate, of its age today, could be 31 at the meeting (31
   * within 12 months of the later of `asOf` and `eligibleFrom`): the meeting then decides the
   * route, so the Youth Union's messages say both routes with this day (domain.md §4 "(route)").
   */
  readonly youthUntil: Day | undefined;
  readonly introducers: readonly ResolvedIntroducer[];
  /** earliest day every time-based condition holds */
  readonly eligibleFrom: Day | undefined;
  /** the first day worth preparing papers that stay valid for only 12 months (see the engine) */
  readonly papersFrom: Day | undefined;
  /**
   * The last day the awareness certificate is valid (CERTIFICATE_MONTHS after its date), for a
   * pending candidate who has one: the awareness rules and the projection read this one day.
   */
  readonly certificateValidThrough: Day | undefined;
  /**
   * The rules that reported an error for this candidate so far, as bits (catalogue.ts: ruleBit,
   * ruleBits): 0 when none. What the engine and the projection ask, without a list per candidate.
   */
  readonly errorRules: number;
  /**
   * A finding of `rule`: its message `text` (a name among the rule's messages), the sheet's `field`
   * it is about (none: the row as a whole), its `date`, and the message's parameters in order
   * (texts.ts; as many as the message has, none left out in between). Its severity and whether
   * its date is a deadline are the message's (Rule.severities, Rule.deadlines).
   *
   * Positional rather than one input object with a parameter list: rules report tens of
   * thousands of findings per unit, and this way a finding allocates nothing but its place in
   * the answer (issue 15: the garbage of an evaluation is what makes it slow).
   */
  report(
    rule: Rule,
    text: string,
    field?: string,
    date?: Day,
    p0?: MessageParam,
    p1?: MessageParam,
    p2?: MessageParam,
    p3?: MessageParam,
  ): void;
  /** Whether a deadline has passed at `asOf` (a deadline message's finding records it: Rule.deadlines). */
  overdue(due: Day): boolean;
}

/** Where a rule comes from: a text of the ruleset and the point inside it. */
export interface CitationPart {
  text: TextRef;
  /** e.g. "điểm 1.1.1", "Điều 4 khoản 1"; empty for the whole text */
  point: string;
  /**
   * the point was read from a secondary source, not confirmed verbatim. Developer information only
   * (the catalogue's `unconfirmed`, docs/rules.md): never part of a citation a user reads.
   */
  secondary?: boolean;
}

/** One list for every era, or one per rule content (the 2025-01 era cites as 2021-09 does). */
export type CitationSpec = readonly CitationPart[] | Readonly<Record<RuleContentId, readonly CitationPart[]>>;

/** When a rule is looked at. */
export type Phase =
  /** standards and dossier, checked at the reference date while a candidate is not yet admitted */
  | 'preAdmission'
  /** the cell's meeting, the decision, the ceremony, probation: checked against `asOf` */
  | 'admission'
  /** every row */
  | 'always';

export interface Rule {
  id: string;
  /** Short Vietnamese title for the catalogue and the sidebar. */
  title: string;
  /** Default severity; a finding may be milder when the data only lets the rule warn. */
  severity: Severity;
  phase: Phase;
  citation: CitationSpec;
  /**
   * The rule's message templates by name (texts.ts): what a finding says, with its parameters as
   * placeholders. Published by `GET /v1/rules` so a client renders the compact answer's findings.
   */
  messages: Readonly<Record<string, string>>;
  /**
   * The messages whose findings are not of the rule's severity: milder when the data only lets
   * the rule warn (an unknown date), a deadline's that turns into a warning once passed.
   */
  severities?: Readonly<Record<string, Severity>>;
  /**
   * The messages whose date is a deadline of the rule: the default answer lists it in the result's
   * `deadlines` (overdue when passed at `asOf`), the compact answer marks the finding's kind.
   */
  deadlines?: readonly string[];
  check(ctx: CandidateContext): void;
}

/** The severity of a finding of `rule` with the message `text`. */
export function severityOf(rule: Rule, text: string): Severity {
  return rule.severities?.[text] ?? rule.severity;
}

/** Whether a finding of `rule` with the message `text` dates a deadline. */
export function datesDeadline(rule: Rule, text: string): boolean {
  const deadlines = rule.deadlines;
  if (deadlines === undefined) return false;
  for (let i = 0; i < deadlines.length; i++) if (deadlines[i] === text) return true;
  return false;
}

/**
 * A rule of the catalogue, in one shape whatever it declares (every field present, in one order):
 * the engine calls `check` on every rule for every candidate, and rules of several shapes would
 * make each of those calls look `check` up the slow, megamorphic way.
 */
export function defineRule(rule: Rule): Rule {
  return {
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    phase: rule.phase,
    citation: rule.citation,
    messages: rule.messages,
    severities: rule.severities,
    deadlines: rule.deadlines,
    check: rule.check,
  };
}

function partsFor(spec: CitationSpec, ruleset: Ruleset): readonly CitationPart[] {
  return Array.isArray(spec)
    ? (spec as readonly CitationPart[])
    : (spec as Record<RuleContentId, readonly CitationPart[]>)[ruleset.content];
}

/** Whether any point of a rule's citation in a ruleset rests on a secondary source (developer docs). */
export function citationUnconfirmed(spec: CitationSpec, ruleset: Ruleset): boolean {
  return partsFor(spec, ruleset).some((p) => p.secondary === true);
}

const citationCache = new WeakMap<CitationSpec, Map<string, string>>();

/** "Quy định 294-QĐ/TW, điểm 1.1.1; Hướng dẫn 06-HD/TW, điểm 1.1" (computed once per rule and ruleset) */
export function citationText(spec: CitationSpec, ruleset: Ruleset): string {
  let byRuleset = citationCache.get(spec);
  if (byRuleset === undefined) {
    byRuleset = new Map();
    citationCache.set(spec, byRuleset);
  }
  let text = byRuleset.get(ruleset.id);
  if (text === undefined) {
    text = flat(buildCitation(spec, ruleset));
    byRuleset.set(ruleset.id, text);
  }
  return text;
}

function buildCitation(spec: CitationSpec, ruleset: Ruleset): string {
  return partsFor(spec, ruleset)
    .map((p) => (p.point ? `${ruleset.texts[p.text].short}, ${p.point}` : ruleset.texts[p.text].short))
    .join('; ');
}
