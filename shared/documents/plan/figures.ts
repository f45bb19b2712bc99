import { poolOf } from '../../engine/summary.ts';
import type { CandidateView } from './candidates.ts';
import type { PlanContext } from './context.ts';
import { membership } from './membership.ts';

/**
 * The figures of a plan, computed once from the engine's summary and projections
 * (documents.md, "Every number comes from one place"). They go into the model's `meta.figures`
 * as they are, and the text is written from them.
 */
export interface PlanFigures {
  /** members at the data date: the members tab plus admitted candidate rows (none without the tab) */
  fullMembers: number | undefined;
  probationaryMembers: number | undefined;
  /** decided but the ceremony not yet held */
  awaitingCeremony: number;
  /** decisions and certificates dated in the year before the plan */
  admittedLastYear: number;
  trainedLastYear: number;
  /** candidates followed (source … proposed): admitted people are members, never in the pool */
  pipeline: number;
  sympathizers: number;
  /** still on the list but past their leaving date (the sheet not updated): outside the pool */
  pastLeaving: number;
  /** of those, the ones who were ready (eligible, the cell's vote never held): summary.pastLeavingByStage */
  pastLeavingReady: number;
  /** followed but not yet on the sympathiser list */
  notOnList: number;
  /**
   * ready and still in the unit: every condition holds, the cell's vote is still to come
   * (summary.pool.ready — the sidebar's "chờ chi bộ xét"; its tile also counts ready rows past the
   * leaving date, which are in pastLeaving)
   */
  readyNow: number;
  /** proposed: the cell has voted, the superior's decision is still to come (never in readyNow) */
  proposed: number;
  /** decisions dated in the year so far */
  admittedSoFar: number;
  /** still to admit: from the candidates expected in the year … */
  admitLow: number;
  /** … to those also possible if every step goes at its fastest */
  admitHigh: number;
  admitTarget: number | undefined;
  /** target − admitted so far − admitHigh, when positive: what the pool cannot give this year */
  admitShortfall: number | undefined;
  /** among the candidates of admitHigh: the breakdown the targets use */
  admitStudents: number;
  admitWomen: number;
  admitEthnicMinority: number;
  admitYouthUnion: number;
  studentsTarget: number | undefined;
  womenTarget: number | undefined;
  /** certificates already issued this year */
  classIssued: number;
  /** candidates the projection sends to the class later this year */
  classPlanned: number;
  classTarget: number | undefined;
  /** target − issued − planned, never below 0: how many more people to find for the class */
  classStillNeeded: number | undefined;
  /** probationary members (candidates and the members tab) whose 12 months end in the year */
  recognitions: number;
  /** their months (1–12), one entry per member */
  recognitionMonths: number[];
  atRisk: number;
  /** will leave before they can be admitted here, among those still in the unit (summary.pool) */
  blockedByLeaving: number;
  /** turn 18 only after the year or after leaving, among those still in the unit (summary.pool) */
  blockedByAge: number;
  later: number;
}

/** The candidates the admissions range counts: expected, then at risk. */
export function admitViews(ctx: PlanContext): CandidateView[] {
  return ctx.views.filter((v) => v.outlook === 'admissible' || v.outlook === 'atRisk');
}

/** The candidates the plan sends to the awareness class this year (the same as the summary counts). */
export function classViews(ctx: PlanContext): CandidateView[] {
  return ctx.views.filter((v) => v.needsClass);
}

export function planFigures(ctx: PlanContext): PlanFigures {
  const s = ctx.summary;
  const f = s.forecast;
  const pool = poolOf(s);
  const atRisk = f.atRisk ?? 0;
  const admit = admitViews(ctx);
  const count = (pred: (v: CandidateView) => boolean) => admit.filter(pred).length;
  const recognitionMonths: number[] = [];
  (s.probationEndsByMonth ?? []).forEach((n, i) => {
    for (let k = 0; k < n; k++) recognitionMonths.push(i + 1);
  });
  const classPlanned = s.awarenessClassPlanned ?? classViews(ctx).length;
  const classTarget = s.targets?.awarenessClass;
  const cell = membership(
    ctx.request,
    ctx.views.map((v) => v.stage),
    ctx.year,
  );
  return {
    fullMembers: cell.full,
    probationaryMembers: cell.probationary,
    awaitingCeremony: cell.awaitingCeremony,
    admittedLastYear: cell.admittedLastYear,
    trainedLastYear: cell.trainedLastYear,
    pipeline: s.breakdown.pipeline.total,
    sympathizers: s.sympathizers,
    pastLeaving: s.pastLeaving ?? 0,
    pastLeavingReady: s.pastLeavingByStage?.ready ?? 0,
    notOnList: s.breakdown.pipeline.total - s.sympathizers,
    readyNow: pool.ready,
    proposed: s.byStage.proposed,
    admittedSoFar: s.admittedThisYear,
    admitLow: f.admissible,
    admitHigh: f.admissible + atRisk,
    admitTarget: s.targets?.admitted,
    admitShortfall:
      s.targets?.admitted === undefined
        ? undefined
        : Math.max(0, s.targets.admitted - s.admittedThisYear - f.admissible - atRisk),
    admitStudents: count((v) => v.student),
    admitWomen: count((v) => v.c.gender === 'female'),
    admitEthnicMinority: count((v) => v.c.ethnicMinority === true),
    admitYouthUnion: count((v) => v.c.youthUnionMember === true),
    studentsTarget: s.targets?.students,
    womenTarget: s.targets?.women,
    classIssued: s.awarenessClassThisYear,
    classPlanned,
    classTarget,
    classStillNeeded:
      classTarget === undefined
        ? undefined
        : Math.max(0, classTarget - s.awarenessClassThisYear - classPlanned),
    recognitions: s.probationEndsThisYear,
    recognitionMonths,
    atRisk,
    blockedByLeaving: pool.blockedByLeaving,
    blockedByAge: pool.blockedByAge,
    later: f.later ?? 0,
  };
}

/** The figures as `meta.figures` keeps them: numbers only, absent targets left out. */
export function figuresMeta(f: PlanFigures): Record<string, number | number[]> {
  const out: Record<string, number | number[]> = {};
  for (const [k, v] of Object.entries(f)) if (v !== undefined) out[k] = v;
  return out;
}
