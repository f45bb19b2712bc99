import { type Day, yearOf } from '../../dates/day.ts';
import { addMonths, firstDayAtAgeInMonths } from '../../dates/months.ts';
import { isPending } from '../../engine/stage.ts';
import type { Stage } from '../../schemas/primitives.ts';
import type { Candidate, EvaluateRequest } from '../../schemas/request.ts';
import type { EvaluateResponse, Result } from '../../schemas/response.ts';

/** Whether a candidate can still be admitted in the plan year (the engine's forecast, per person). */
export type Outlook = 'admissible' | 'blockedByLeaving' | 'blockedByAge' | 'no';

/** Findings that no paperwork fixes within the year (as in the engine's forecast). */
const UNACHIEVABLE = new Set(['age.over60', 'education.insufficient']);
const NEEDS_CLASS = new Set(['awareness.missing', 'awareness.expired']);

/** One candidate as the plan sees it: request fields, the engine's result, and what follows. */
export interface CandidateView {
  key: string;
  c: Candidate;
  r: Result;
  stage: Stage;
  pending: boolean;
  /** first day of the month of the 18th birthday */
  adultFrom: Day;
  outlook: Outlook;
  /** no valid awareness-class certificate */
  needsClass: boolean;
  /** end of the 12 months of probation, for a probationary or full member not removed */
  probationEnd?: Day;
  student: boolean;
}

function outlookOf(c: Candidate, r: Result, adultFrom: Day, asOf: Day, year: number): Outlook {
  if (!isPending(r.stage)) return 'no';
  if (year < yearOf(asOf)) return 'no';
  if (r.stage === 'proposed') return 'admissible';
  if (r.findings.some((f) => f.severity === 'error' && UNACHIEVABLE.has(f.rule))) return 'no';
  const from = r.eligibleFrom;
  if (from === undefined) return 'no';
  const earliest = from > asOf ? from : asOf;
  if (c.expectedLeaveDate !== undefined && c.expectedLeaveDate < earliest) return 'blockedByLeaving';
  if (adultFrom > `${year}-12-31`) return 'blockedByAge';
  return from <= `${year}-12-31` ? 'admissible' : 'no';
}

/** The candidates in request order, each joined with its result. */
export function candidateViews(request: EvaluateRequest, evaluation: EvaluateResponse): CandidateView[] {
  const year = evaluation.summary.year;
  return request.candidates.map((c, i) => {
    const r = evaluation.results[i];
    if (!r || r.key !== c.key) throw new Error(`result ${i} does not match candidate ${c.key}`);
    const adultFrom = firstDayAtAgeInMonths(c.birthDate, 18 * 12);
    const view: CandidateView = {
      key: c.key,
      c,
      r,
      stage: r.stage,
      pending: isPending(r.stage),
      adultFrom,
      outlook: outlookOf(c, r, adultFrom, request.asOf, year),
      needsClass: isPending(r.stage) && r.findings.some((f) => NEEDS_CLASS.has(f.rule)),
      student: c.category === 'student' || c.category === 'higherEducationStudent',
    };
    if (c.ceremonyDate && !c.removedDate) view.probationEnd = addMonths(c.ceremonyDate, 12);
    return view;
  });
}

/** Earlier day first, then request order. */
export function byDay<T>(day: (t: T) => Day | undefined): (a: T, b: T) => number {
  return (a, b) => {
    const x = day(a) ?? '9999-12-31';
    const y = day(b) ?? '9999-12-31';
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
