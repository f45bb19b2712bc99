/**
 * The projection's compact form and the one function that writes the default form from it.
 *
 * The compact answer (`?form=compact`) carries each projection as one list of small integers:
 * `[outlook, route, flags, meeting, decision, decisionDue, ceremony, ceremonyDue, code, from, by, …]`
 * — the outlook and the route as their index in OUTLOOKS and ROUTES, the flags 1 for
 * `plannedTooEarly` plus 2 for `plannedTooLate`, the five dates as days after the answer's `asOf`,
 * then the steps before the decision as `code, from, by` triples (`stepCode`). One array per
 * candidate, made at its final size: the engine allocates nothing else for it. The engine computes
 * only this form; its default answer is `expandProjection` of it, and so is the add-on's rendering
 * of a compact answer (render.ts) — one writer, so the two cannot disagree.
 *
 * Here beside render.ts, not in the engine: the add-on renders without the engine (shared/rules
 * imports nothing from shared/engine).
 */
import type { DayNames } from '../dates/dayNames.ts';
import type { CompactProjection, Projection, ProjectionStep } from '../schemas/response.ts';
// The lists from the vocabulary, not response.ts: the add-on bundles this file and no zod.
import {
  OUTLOOKS,
  type Outlook,
  ROUTES,
  type Route,
  STEP_IDS,
  STEP_LIMITS,
  type StepId,
  type StepLimit,
} from '../schemas/vocabulary.ts';

/** Where a compact projection's parts are (see above): its step triples start at `steps`. */
export const PROJECTION_AT = { outlook: 0, route: 1, flags: 2, days: 3, steps: 8 } as const;
export const PLANNED_TOO_EARLY = 1;
export const PLANNED_TOO_LATE = 2;

/** The index of `value` in `list` (a loop, not indexOf: the engine asks a few times per candidate). */
function indexIn(list: readonly string[], value: string): number {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return i;
  return -1;
}

export const outlookCode = (outlook: Outlook): number => indexIn(OUTLOOKS, outlook);
export const routeCode = (route: Route): number => indexIn(ROUTES, route);

/** The outlook a compact projection gives (what the summary counts). */
export function outlookOfCompact(p: CompactProjection): Outlook {
  const outlook = OUTLOOKS[p[PROJECTION_AT.outlook]!];
  if (outlook === undefined) throw new Error(`no projection outlook ${p[PROJECTION_AT.outlook]}`);
  return outlook;
}

/**
 * A step's code: `step × 100 + limit × 10 + late`, where `step` is its index in STEP_IDS, `limit`
 * 0 for none or 1 + its index in STEP_LIMITS, and `late` 1 when the step is marked overdue though
 * its latest day is still ahead (the verification, long past its usual time; a planned meeting
 * that has passed). A latest day before `asOf` (a negative `by`) is overdue in itself.
 */
export function stepCode(step: number, limit: StepLimit | undefined, late: boolean): number {
  return step * 100 + (limit === undefined ? 0 : indexIn(STEP_LIMITS, limit) + 1) * 10 + (late ? 1 : 0);
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
  const at = PROJECTION_AT.steps;
  // A list that does not read is refused, never half read: the caller then treats the answer as unreadable.
  if (p.length < at || (p.length - at) % 3 !== 0) {
    throw new Error(`projection: ${p.length} integers, not ${at} and then step triples`);
  }
  const outlook = outlookOfCompact(p);
  const route = ROUTES[p[PROJECTION_AT.route]!];
  if (route === undefined) throw new Error(`no projection route ${p[PROJECTION_AT.route]}`);
  const flags = p[PROJECTION_AT.flags]!;
  if (!(flags >= 0 && flags <= (PLANNED_TOO_EARLY | PLANNED_TOO_LATE))) {
    throw new Error(`no projection flags ${flags}`);
  }
  const d = PROJECTION_AT.days;
  const steps: ProjectionStep[] = [];
  const codes = p;
  for (let i = at; i < codes.length; i += 3) {
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
  steps.push(stepOf(STEP_IDS[DECISION]!, p[d + 1]!, p[d + 2]!, 'due', false, names));
  steps.push(stepOf(STEP_IDS[CEREMONY]!, p[d + 3]!, p[d + 4]!, 'due', false, names));
  const out: Projection = {
    meeting: names.day(p[d]!),
    decision: names.day(p[d + 1]!),
    decisionDue: names.day(p[d + 2]!),
    ceremony: names.day(p[d + 3]!),
    ceremonyDue: names.day(p[d + 4]!),
    outlook,
    route,
    steps,
  };
  if (flags & PLANNED_TOO_EARLY) out.plannedTooEarly = true;
  if (flags & PLANNED_TOO_LATE) out.plannedTooLate = true;
  return out;
}

/** The day (after `asOf`) the projection sends the candidate to the awareness class, if it does. */
export function classDayOf(p: CompactProjection): number | undefined {
  for (let i = PROJECTION_AT.steps; i + 2 < p.length; i += 3)
    if (Math.floor(p[i]! / 100) === 0) return p[i + 1];
  return undefined;
}
