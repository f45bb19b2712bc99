/**
 * The constants and phrases rules share, and the parts of a candidate's context they are made of
 * (the context itself is rule.ts's CandidateContext, which shared/engine/context.ts implements):
 * shared/rules imports nothing from shared/engine.
 */
import type { Day } from '../dates/day.ts';

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
