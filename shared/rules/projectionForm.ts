/**
 * The projection's compact form and the one function that writes the default form from it.
 *
 * The compact answer (`?form=compact`) carries each projection as small integers: its five dates
 * as days after the answer's `asOf`, and its steps as `[code, from, by]` triples. The engine
 * computes only this form; its default answer is `expandProjection` of it, and so is the add-on's
 * rendering of a compact answer (render.ts) — one writer, so the two cannot disagree.
 *
 * Here beside render.ts, not in the engine: the add-on renders without the engine (shared/rules
 * imports nothing from shared/engine).
 */
import type { DayNames } from '../dates/dayNames.ts';
import type { CompactProjection, Projection, ProjectionStep } from '../schemas/response.ts';
// The lists from the vocabulary, not response.ts: the add-on bundles this file and no zod.
import { STEP_IDS, STEP_LIMITS, type StepId, type StepLimit } from '../schemas/vocabulary.ts';

/**
 * A step's code: `step × 100 + limit × 10 + late`, where `step` is its index in STEP_IDS, `limit`
 * 0 for none or 1 + its index in STEP_LIMITS, and `late` 1 when the step is marked overdue though
 * its latest day is still ahead (the verification, long past its usual time; a planned meeting
 * that has passed). A latest day before `asOf` (a negative `by`) is overdue in itself.
 */
export function stepCode(step: number, limit: StepLimit | undefined, late: boolean): number {
  return step * 100 + limitDigit(limit) * 10 + (late ? 1 : 0);
}

/** 0 for no limit, else 1 + its index in STEP_LIMITS (a loop, not indexOf: the engine asks per step). */
function limitDigit(limit: StepLimit | undefined): number {
  if (limit !== undefined)
    for (let i = 0; i < STEP_LIMITS.length; i++) if (STEP_LIMITS[i] === limit) return i + 1;
  return 0;
}

/** The step the code names. */
export function stepOfCode(code: number): StepId {
  const id = code >= 0 ? STEP_IDS[Math.floor(code / 100)] : undefined;
  if (id === undefined) throw new Error(`no projection step ${code}`);
  return id;
}

const DECISION = STEP_IDS.indexOf('decision');
const CEREMONY = STEP_IDS.indexOf('ceremony');

/**
 * One step as the default answer writes it: `overdue` before `limit` when its latest day has
 * passed, after it when the step is only marked late — the order the engine has always written.
 */
function stepOf(
  step: StepId,
  from: number,
  by: number,
  limit: StepLimit | undefined,
  late: boolean,
  names: DayNames,
) {
  // Only the fields a step has (no undefined values: V8's fast JSON path).
  const s: ProjectionStep = { step, from: names.day(from), by: names.day(by) };
  if (by < 0) s.overdue = true;
  if (limit !== undefined) s.limit = limit;
  if (late) s.overdue = true;
  return s;
}

/**
 * The default form of a compact projection: `names` writes the days after `asOf`. The decision
 * and the ceremony steps are the `days` they repeat (their legal due dates as latest days).
 */
export function expandProjection(p: CompactProjection, names: DayNames): Projection {
  const days = p.days;
  const steps: ProjectionStep[] = [];
  const codes = p.steps;
  // A list that does not read is refused, never half read: the caller then treats the answer as unreadable.
  if (codes.length % 3 !== 0) throw new Error(`projection steps: ${codes.length} integers, not triples`);
  for (let i = 0; i < codes.length; i += 3) {
    const code = codes[i]!;
    const limit = Math.floor(code / 10) % 10;
    const late = code % 10;
    if (limit > STEP_LIMITS.length || late > 1) throw new Error(`no projection step ${code}`);
    steps.push(
      stepOf(
        stepOfCode(code),
        codes[i + 1]!,
        codes[i + 2]!,
        limit === 0 ? undefined : STEP_LIMITS[limit - 1],
        late === 1,
        names,
      ),
    );
  }
  steps.push(stepOf(STEP_IDS[DECISION]!, days[1]!, days[2]!, 'due', false, names));
  steps.push(stepOf(STEP_IDS[CEREMONY]!, days[3]!, days[4]!, 'due', false, names));
  const out: Projection = {
    meeting: names.day(days[0]!),
    decision: names.day(days[1]!),
    decisionDue: names.day(days[2]!),
    ceremony: names.day(days[3]!),
    ceremonyDue: names.day(days[4]!),
    outlook: p.outlook,
    route: p.route,
    steps,
  };
  if (p.plannedTooEarly) out.plannedTooEarly = true;
  if (p.plannedTooLate) out.plannedTooLate = true;
  return out;
}

/** The day (after `asOf`) the projection sends the candidate to the awareness class, if it does. */
export function classDayOf(p: CompactProjection): number | undefined {
  const codes = p.steps;
  for (let i = 0; i + 2 < codes.length; i += 3) if (Math.floor(codes[i]! / 100) === 0) return codes[i + 1];
  return undefined;
}
