import type { Day } from '../dates/day.ts';
import { createDayNames } from '../dates/dayNames.ts';
import { ADMISSION_RULES, ALWAYS_RULES, PRE_ADMISSION_RULES, textsVersion } from '../rules/catalogue.ts';
import { expandProjection } from '../rules/projectionForm.ts';
import type { Rule } from '../rules/rule.ts';
import { RULESETS, type Ruleset, rulesetFor } from '../rules/rulesets.ts';
import { BAD, CandidateReader, type EvaluateHead } from '../schemas/fastCheck.ts';
import type { Candidate, EvaluateRequest } from '../schemas/request.ts';
import type {
  CompactEvaluateResponse,
  CompactFindings,
  CompactProjection,
  CompactResult,
  EvaluateRejection,
  EvaluateResponse,
  Finding,
  Projection,
  Result,
} from '../schemas/response.ts';
import { type CandidateContext, createCandidateContext } from './context.ts';
import { KindTable } from './kinds.ts';
import { parseEvaluateRequest } from './parse.ts';
import { createProjectionWork, projectCandidate } from './projection.ts';
import { CandidateReferences, readRequestHead } from './readRequest.ts';
import { SummaryCounter } from './summary.ts';
import { createUnitContext, type UnitContext } from './unit.ts';

function runRules(ctx: CandidateContext): void {
  checkAll(ALWAYS_RULES, ctx);
  if (ctx.datedStage === 'removed') return;
  if (ctx.pending) {
    checkAll(PRE_ADMISSION_RULES, ctx);
    if (ctx.datedStage !== 'proposed' && ctx.errorRules === 0) ctx.stage = 'ready';
  }
  checkAll(ADMISSION_RULES, ctx);
  // cell.tooSmall looks at `ready` rows: its error blocks `ready` too (domain.md §4).
  if (ctx.stage === 'ready' && ctx.errorRules !== 0) ctx.stage = ctx.datedStage;
}

/** Indexed: runs some 200,000 times per 10,000 candidates. */
function checkAll(rules: readonly Rule[], ctx: CandidateContext): void {
  for (let i = 0; i < rules.length; i++) rules[i]!.check(ctx);
}

/**
 * One literal per combination of the optional fields: a result is then allocated at its final
 * size, where adding a field later gives every pending candidate's result a second allocation.
 */
function toResult(ctx: CandidateContext, projection: Projection | undefined): Result {
  const key = ctx.c.key;
  const stage = ctx.stage;
  const rulesVersion = ctx.ruleset.id;
  const referenceDate = ctx.ref;
  const findings = ctx.takeFindings() as Finding[];
  const deadlines = ctx.deadlines;
  const eligibleFrom = ctx.eligibleFrom;
  if (eligibleFrom === undefined) {
    return projection === undefined
      ? { key, stage, rulesVersion, referenceDate, findings, deadlines }
      : { key, stage, rulesVersion, referenceDate, findings, deadlines, projection };
  }
  return projection === undefined
    ? { key, stage, rulesVersion, referenceDate, findings, deadlines, eligibleFrom }
    : { key, stage, rulesVersion, referenceDate, findings, deadlines, eligibleFrom, projection };
}

/** The same without `deadlines`: the compact findings' kinds carry them. */
function toCompactResult(ctx: CandidateContext, projection: CompactProjection | undefined): CompactResult {
  const key = ctx.c.key;
  const stage = ctx.stage;
  const rulesVersion = ctx.ruleset.id;
  const referenceDate = ctx.ref;
  const findings = ctx.takeFindings() as CompactFindings;
  const eligibleFrom = ctx.eligibleFrom;
  if (eligibleFrom === undefined) {
    return projection === undefined
      ? { key, stage, rulesVersion, referenceDate, findings }
      : { key, stage, rulesVersion, referenceDate, findings, projection };
  }
  return projection === undefined
    ? { key, stage, rulesVersion, referenceDate, findings, eligibleFrom }
    : { key, stage, rulesVersion, referenceDate, findings, eligibleFrom, projection };
}

/** Which answer: the default one (contract.md §2), or compact findings (kinds, parameters, dates). */
export type AnswerForm = 'default' | 'compact';

export interface EvaluateOptions {
  form?: AnswerForm;
}

/**
 * Evaluates a request that already passed validation: the default answer. Pure: everything is
 * relative to `asOf`. What the add-on's check and the drafted documents call — the compact form's
 * code (its kinds table; the texts' version, which needs the whole rule catalogue) is reachable
 * only through evaluateRequestAs and evaluate, so the add-on's bundle leaves it out.
 */
export function evaluateRequest(request: EvaluateRequest): EvaluateResponse {
  return evaluateCandidates(request, defaultForm(request.asOf)) as EvaluateResponse;
}

/** The same, in the answer's form of `options` (the worker's routes). */
export function evaluateRequestAs(
  request: EvaluateRequest,
  options: { form: 'compact' },
): CompactEvaluateResponse;
export function evaluateRequestAs(
  request: EvaluateRequest,
  options: EvaluateOptions,
): EvaluateResponse | CompactEvaluateResponse;
export function evaluateRequestAs(
  request: EvaluateRequest,
  options: EvaluateOptions,
): EvaluateResponse | CompactEvaluateResponse {
  return evaluateCandidates(request, formOf(options, request.asOf))!;
}

/** How an answer is made of the candidates' contexts: the default form or the compact one. */
interface Form {
  /** the compact answer's kinds of finding; undefined for the default answer */
  kinds: KindTable | undefined;
  result(ctx: CandidateContext, projection: CompactProjection | undefined): Result | CompactResult;
  answer(
    rulesVersion: string,
    results: Array<Result | CompactResult>,
    summary: EvaluateResponse['summary'],
  ): EvaluateResponse | CompactEvaluateResponse;
}

function defaultForm(asOf: Day): Form {
  const names = createDayNames(asOf);
  return {
    kinds: undefined,
    // The default answer writes the projection's days out, with the one function the add-on
    // renders a compact answer with (shared/rules/projectionForm.ts).
    result: (ctx, projection) =>
      toResult(ctx, projection === undefined ? undefined : expandProjection(projection, names)),
    answer: (rulesVersion, results, summary) => ({
      ok: true,
      rulesVersion,
      results: results as Result[],
      summary,
    }),
  };
}

function compactForm(asOf: Day): Form {
  const kinds = new KindTable();
  return {
    kinds,
    result: toCompactResult,
    answer: (rulesVersion, results, summary) => ({
      ok: true,
      form: 'compact',
      textsVersion: textsVersion(),
      asOf,
      rulesVersion,
      kinds: kinds.kinds,
      results: results as CompactResult[],
      summary,
    }),
  };
}

const formOf = (options: EvaluateOptions, asOf: Day): Form =>
  options.form === 'compact' ? compactForm(asOf) : defaultForm(asOf);

/**
 * How candidates not read yet are read (a request whose head readRequestHead read): each is read,
 * and its references checked, just before it is judged. Made by evaluate() alone, so a bundle that
 * only evaluates requests already read (the add-on's) carries neither reader.
 */
type RawReading = (
  unit: UnitContext,
  candidates: readonly unknown[],
) => { reader: CandidateReader; references: CandidateReferences };

const RAW: RawReading = (unit, candidates) => ({
  // One object read into for every candidate: it is dropped (read over) when its turn ends.
  reader: new CandidateReader(),
  references: new CandidateReferences(unit.memberByKey, candidates),
});

/**
 * The answer. With `raw`, the candidates are read as they come, and the answer is undefined as
 * soon as one is refused. Each candidate is judged and dropped in turn: only its result lives on.
 */
function evaluateCandidates(
  request: EvaluateHead,
  form: Form,
  raw?: RawReading,
): EvaluateResponse | CompactEvaluateResponse | undefined {
  const kinds = form.kinds;
  const unit = createUnitContext(request);
  const candidates = request.candidates;
  const reading = raw?.(unit, candidates);
  const references = reading?.references;
  const reader = reading?.reader;
  const ctx = createCandidateContext(unit, kinds);
  const projectionWork = createProjectionWork(unit);
  const counter = new SummaryCounter(request, unit);
  const rulesets = new RulesetTally();
  // Filled by push, not preallocated: an array made with `new Array(n)` stays "holey" in V8,
  // and one holey array anywhere in the answer keeps JSON.stringify off its fast path.
  const results: Array<Result | CompactResult> = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = reader !== undefined ? reader.read(candidates[i]) : (candidates[i] as Candidate);
    if (c === BAD || (references !== undefined && !references.hold(c, i))) return undefined;
    ctx.reset(c);
    runRules(ctx);
    const projection = ctx.pending ? projectCandidate(ctx, projectionWork) : undefined;
    results.push(form.result(ctx, projection));
    counter.add(ctx, projection);
    rulesets.add(ctx.ruleset);
  }
  const rulesVersion = rulesets.majority(rulesetFor(request.asOf));
  return form.answer(rulesVersion, results, counter.finish());
}

/**
 * How many rows each ruleset judged, counted by its place in RULESETS, and the order in which the
 * rulesets first came. Not a Map by id: its two lookups per candidate cost more than all the rest.
 */
class RulesetTally {
  private readonly counts = RULESETS.map(() => 0);
  private readonly order: Ruleset[] = [];

  add(ruleset: Ruleset): void {
    if (this.counts[RULESETS.indexOf(ruleset)]!++ === 0) this.order.push(ruleset);
  }

  /** The ruleset of most rows (`asOf`'s when there are none or on a tie; else the first to come). */
  majority(asOf: Ruleset): string {
    let best = asOf;
    let bestCount = this.counts[RULESETS.indexOf(asOf)]!;
    for (const ruleset of this.order) {
      const n = this.counts[RULESETS.indexOf(ruleset)]!;
      if (n > bestCount) {
        best = ruleset;
        bestCount = n;
      }
    }
    return best.id;
  }
}

/**
 * Checks every candidate of a unit against the admission rules. A malformed request is answered
 * with all its problems (JSON path + Vietnamese message), never with an exception or a partial answer.
 */
export function evaluate(input: unknown): EvaluateResponse | EvaluateRejection;
export function evaluate(
  input: unknown,
  options: { form: 'compact' },
): CompactEvaluateResponse | EvaluateRejection;
export function evaluate(
  input: unknown,
  options?: EvaluateOptions,
): EvaluateResponse | CompactEvaluateResponse | EvaluateRejection;
export function evaluate(
  input: unknown,
  options: EvaluateOptions = {},
): EvaluateResponse | CompactEvaluateResponse | EvaluateRejection {
  // The usual case, a valid request: its candidates read one at a time as they are judged, so
  // no copy of all of them outlives its turn (the garbage collector would move it around).
  const head = readRequestHead(input);
  if (head !== undefined) {
    const answer = evaluateCandidates(head, formOf(options, head.asOf), RAW);
    if (answer !== undefined) return answer;
  }
  // A refused request (or the bug of a reader disagreeing with zod): all its problems.
  const parsed = parseEvaluateRequest(input);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return evaluateRequestAs(parsed.value, options);
}
