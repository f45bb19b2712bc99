import { type Day, yearOf } from '../dates/day.ts';
import type { Stage } from '../schemas/primitives.ts';
import type { Finding } from '../schemas/response.ts';
import { isPending } from './stage.ts';

/** Whether a candidate can still be admitted in a year (domain.md §5), one candidate at a time. */
export type Forecast = 'admissible' | 'blockedByLeaving' | 'blockedByAge' | 'no';

/** What the forecast reads: a candidate's context, or a result joined with its request row. */
export interface ForecastFacts {
  stage: Stage;
  eligibleFrom: Day | undefined;
  findings: readonly Finding[];
  /** first day of the month of the 18th birthday */
  adultFrom: Day;
  c: { expectedLeaveDate?: Day | undefined };
}

/** Findings that no amount of paperwork fixes within the year. */
const UNACHIEVABLE = new Set(['age.over60', 'education.insufficient']);

export function forecastOf(x: ForecastFacts, asOf: Day, year: number): Forecast {
  if (!isPending(x.stage) || year < yearOf(asOf)) return 'no';
  if (x.stage === 'proposed') return 'admissible';
  for (const f of x.findings) if (f.severity === 'error' && UNACHIEVABLE.has(f.rule)) return 'no';
  const from = x.eligibleFrom;
  if (from === undefined) return 'no';
  const yearEnd = `${year}-12-31`;
  const leave = x.c.expectedLeaveDate;
  const earliest = from > asOf ? from : asOf;
  if (leave !== undefined && leave < earliest) return 'blockedByLeaving';
  if (x.adultFrom > yearEnd) return 'blockedByAge';
  return from <= yearEnd ? 'admissible' : 'no';
}

/** No valid awareness-class certificate yet: someone to send to the next class. */
export function needsClass(findings: readonly Finding[]): boolean {
  for (const f of findings) if (f.rule === 'awareness.missing' || f.rule === 'awareness.expired') return true;
  return false;
}
