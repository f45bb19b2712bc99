/**
 * A candidate's dates as the projection reads them: day numbers (days since 1970), read once per
 * candidate into one object that serves every candidate of an evaluation in turn.
 */
import { type DayNumber, toDayNumber } from '../dates/day.ts';
import { addMonthsToDayNumber } from '../dates/months.ts';
import { type CandidateContext, PAPER_MONTHS } from './context.ts';
import { LEAD_TIMES } from './leadTimes.ts';
import type { UnitContext } from './unit.ts';

const num = (day: string | undefined): DayNumber | undefined =>
  day === undefined ? undefined : toDayNumber(day as Parameters<typeof toDayNumber>[0]);

/**
 * A candidate's dates as day numbers, read once. A paper that stays valid 12 months counts for a
 * meeting from its date through its validity's end (`fresh`). Plain objects, not classes, here:
 * the add-on's ES2020 bundle writes each class field out as a call.
 */
export interface CandidateDays {
  /** the unit's: the same for every candidate */
  asOf: DayNumber;
  certificate: DayNumber | undefined;
  certificateEnd: DayNumber | undefined;
  hasApplication: boolean;
  declared: DayNumber | undefined;
  verified: DayNumber | undefined;
  youthResolution: DayNumber | undefined;
  tradeResolution: DayNumber | undefined;
  feedback: DayNumber | undefined;
  /** the introducers' letters (there are at most two introducers) */
  letter0: DayNumber | undefined;
  letter1: DayNumber | undefined;
  /** the day the candidate is over the Youth Union's age: the union route ends */
  youthUntil: DayNumber;
  adultFrom: DayNumber;
  eligibleFrom: DayNumber | undefined;
  papersFrom: DayNumber | undefined;
  planned: DayNumber | undefined;
  resolution: DayNumber | undefined;
  leave: DayNumber | undefined;
  /** the next awareness class from asOf: the configured date, else `classDays` later (the unit's) */
  nextClass: DayNumber;
}

/** The days of `unit`'s candidates before any is read: the unit's own filled in. */
export function createCandidateDays(unit: UnitContext): CandidateDays {
  const asOf = toDayNumber(unit.asOf);
  const configured = num(unit.leadTimes.nextClassDate);
  return {
    asOf,
    certificate: undefined,
    certificateEnd: undefined,
    hasApplication: false,
    declared: undefined,
    verified: undefined,
    youthResolution: undefined,
    tradeResolution: undefined,
    feedback: undefined,
    letter0: undefined,
    letter1: undefined,
    youthUntil: 0,
    adultFrom: 0,
    eligibleFrom: undefined,
    papersFrom: undefined,
    planned: undefined,
    resolution: undefined,
    leave: undefined,
    nextClass: configured !== undefined && configured >= asOf ? configured : asOf + LEAD_TIMES.classDays,
  };
}

/** `d` filled with the context's candidate's days (every field but the unit's). */
export function readCandidateDays(ctx: CandidateContext, d: CandidateDays): CandidateDays {
  const c = ctx.c;
  const introducers = ctx.introducers;
  d.certificate = num(c.awarenessCertificateDate);
  d.certificateEnd = num(ctx.certificateValidThrough);
  d.hasApplication = c.applicationDate !== undefined;
  d.declared = num(c.backgroundDeclaredDate);
  d.verified = num(c.backgroundVerifiedDate);
  d.youthResolution = num(c.youthUnionResolutionDate);
  d.tradeResolution = num(c.tradeUnionResolutionDate);
  d.feedback = num(c.feedbackSummaryDate);
  d.letter0 = num(introducers[0]?.letterDate);
  d.letter1 = num(introducers[1]?.letterDate);
  // "Up to 30" in whole years (ageInYears ≤ 30): until the day the candidate turns 31. Only the
  // Youth Union's route asks (routeAt), so a unit without one leaves it unread (0).
  d.youthUntil = ctx.turns31;
  d.adultFrom = toDayNumber(ctx.adultFrom);
  d.eligibleFrom = num(ctx.eligibleFrom);
  d.papersFrom = num(ctx.papersFrom);
  d.planned = num(c.plannedMeetingDate);
  d.resolution = num(c.cellResolutionDate);
  d.leave = num(c.expectedLeaveDate);
  return d;
}

/**
 * The paper counts for a meeting on `meeting`: done by then and still valid (12 months later, as
 * `addMonths` counts them: 365 or 366 days on). Only a meeting on one of those two days needs
 * the month arithmetic.
 */
export function fresh(paper: DayNumber | undefined, meeting: DayNumber): boolean {
  if (paper === undefined || paper > meeting) return false;
  const age = meeting - paper;
  if (age <= 365) return true;
  return age <= 366 && addMonthsToDayNumber(paper, PAPER_MONTHS) >= meeting;
}
