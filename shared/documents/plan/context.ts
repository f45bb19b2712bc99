import { type Day, dayFromParts } from '../../dates/day.ts';
import { type Ruleset, rulesetFor } from '../../rules/rulesets.ts';
import type { EvaluateRequest } from '../../schemas/request.ts';
import type { EvaluateResponse, Summary } from '../../schemas/response.ts';
import { committeeOf } from '../header.ts';
import type { PlanDocument } from '../schemas.ts';
import { type CandidateView, candidateViews } from './candidates.ts';

/** Everything the sections of a plan draw on, computed once. */
export interface PlanContext {
  request: EvaluateRequest;
  evaluation: EvaluateResponse;
  summary: Summary;
  doc: PlanDocument;
  views: CandidateView[];
  year: number;
  /** the ruleset in force on the plan date: it decides which texts the plan cites */
  ruleset: Ruleset;
  /** the first day the plan's timeline covers: 1 January, or the plan date when later in the year */
  start: Day;
  yearEnd: Day;
  hasYouthUnion: boolean;
  hasTradeUnion: boolean;
  /** the superior committee as the body text names it ("Đảng ủy xã Sơn Hà") */
  superior: string;
}

export function planContext(
  request: EvaluateRequest,
  evaluation: EvaluateResponse,
  doc: PlanDocument,
): PlanContext {
  const year = evaluation.summary.year;
  const yearStart = dayFromParts(year, 1, 1);
  return {
    request,
    evaluation,
    summary: evaluation.summary,
    doc,
    views: candidateViews(request, evaluation),
    year,
    ruleset: rulesetFor(doc.date),
    start: doc.date > yearStart ? doc.date : yearStart,
    yearEnd: dayFromParts(year, 12, 31),
    hasYouthUnion: request.unit.hasYouthUnion,
    hasTradeUnion: request.unit.hasTradeUnion ?? true,
    superior: committeeOf(doc.superiorName),
  };
}

/** "Đoàn Thanh niên và Công đoàn", "Đoàn Thanh niên", "Công đoàn" or "" — the mass organisations present. */
export function massOrganisations(ctx: PlanContext): string {
  const orgs = [ctx.hasYouthUnion ? 'Đoàn Thanh niên' : '', ctx.hasTradeUnion ? 'Công đoàn' : ''].filter(
    Boolean,
  );
  return orgs.join(' và ');
}
