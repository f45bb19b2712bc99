import type { Day } from '../../dates/day.ts';
import { firstDayAtAgeInMonths } from '../../dates/months.ts';
import { ADULT_MONTHS } from '../../engine/context.ts';
import { goesToClassInYear, type Outlook } from '../../engine/forecast.ts';
import { isPending } from '../../engine/stage.ts';
import { hasLeft as engineHasLeft } from '../../engine/summary.ts';
import { probationEnd } from '../../rules/deadlines.ts';
import type { Stage } from '../../schemas/primitives.ts';
import type { Candidate, EvaluateRequest } from '../../schemas/request.ts';
import type { EvaluateResponse, Projection, Result } from '../../schemas/response.ts';

export type { Outlook } from '../../engine/forecast.ts';

/** One candidate as the plan sees it: request fields, the engine's result, and what follows. */
export interface CandidateView {
  key: string;
  c: Candidate;
  r: Result;
  stage: Stage;
  pending: boolean;
  /** first day of the month of the 18th birthday */
  adultFrom: Day;
  /** the engine's projection (pending candidates only): the one source of dates and outlook */
  projection: Projection | undefined;
  /** the projection's outlook ('no' for people no longer pending) */
  outlook: Outlook;
  /** the projection sends the candidate to the awareness class in the plan year (as the summary counts) */
  needsClass: boolean;
  /** end of the 12 months of probation, for a probationary or full member not removed */
  probationEnd?: Day;
  student: boolean;
}

/** The candidates in request order, each joined with its result. */
export function candidateViews(request: EvaluateRequest, evaluation: EvaluateResponse): CandidateView[] {
  return request.candidates.map((c, i) => {
    const r = evaluation.results[i];
    if (!r || r.key !== c.key) throw new Error(`result ${i} does not match candidate ${c.key}`);
    const adultFrom = firstDayAtAgeInMonths(c.birthDate, ADULT_MONTHS);
    const view: CandidateView = {
      key: c.key,
      c,
      r,
      stage: r.stage,
      pending: isPending(r.stage),
      adultFrom,
      projection: r.projection,
      outlook: r.projection?.outlook ?? 'no',
      needsClass: goesToClassInYear(c, adultFrom, r.projection, evaluation.summary.year),
      student: c.category === 'student' || c.category === 'higherEducationStudent',
    };
    if (c.ceremonyDate && !c.removedDate) view.probationEnd = probationEnd(c.ceremonyDate);
    return view;
  });
}

/**
 * Whether the candidate had left by the data date: gone, not "sẽ ra trường" — the engine's test,
 * so the plan names exactly the people the summary's `pastLeaving` counts (and the pool leaves out).
 */
export function hasLeft(v: CandidateView, asOf: Day): boolean {
  return v.pending && engineHasLeft(v.c, v.stage, asOf);
}

/** Earlier day first, then request order. */
export function byDay<T>(day: (t: T) => Day | undefined): (a: T, b: T) => number {
  return (a, b) => {
    const x = day(a) ?? '9999-12-31';
    const y = day(b) ?? '9999-12-31';
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
