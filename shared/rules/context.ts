/**
 * The constants and phrases rules share, and the parts of a candidate's context they are made of
 * (the context itself is rule.ts's CandidateContext, which shared/engine/context.ts implements):
 * shared/rules imports nothing from shared/engine.
 */
import type { Day } from '../dates/day.ts';
import { formatDay } from '../dates/format.ts';
import type { Severity } from '../schemas/primitives.ts';

export const ADULT_MONTHS = 18 * 12;
export const SENIOR_MONTHS = 60 * 12;
export const YOUTH_UNION_MAX_AGE = 30;
/** Months an introduction, a union resolution or a feedback summary stays usable. */
export const PAPER_MONTHS = 12;

/** An introducer the sheet filled in, with the member's data resolved (inline fields win). */
export interface ResolvedIntroducer {
  index: number;
  memberKey: string | undefined;
  officialSince: Day | undefined;
  togetherSince: Day | undefined;
  letterDate: Day | undefined;
  /**
   * When the official date is not recorded but the member's admission ceremony is: the end of
   * 12 months' probation, the earliest day the member can be a full member.
   */
  earliestOfficial: Day | undefined;
  /** the day 12 months of working together is reached */
  coWorkFrom: Day | undefined;
}

export type ReferenceKind = 'resolution' | 'planned' | 'asOf';

export interface FindingInput {
  message: string;
  field?: string;
  date?: Day;
  severity?: Severity;
}

/** "ngày chi bộ họp xét (05/01/2026)", "ngày dự kiến chi bộ xét (…)", "hôm nay (…)". */
export function refPhrase(ctx: { ref: Day; refKind: ReferenceKind }): string {
  const d = formatDay(ctx.ref);
  if (ctx.refKind === 'resolution') return `ngày chi bộ họp xét (${d})`;
  if (ctx.refKind === 'planned') return `ngày dự kiến chi bộ họp xét (${d})`;
  return `ngày kiểm tra (${d})`;
}
