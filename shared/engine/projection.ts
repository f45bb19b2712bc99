/**
 * One projection per pending candidate (domain.md §5): the steps still to do with their earliest
 * and latest dates, the meeting, the decision and the ceremony, and the outlook for the year.
 * Every forecast the product shows — the summary, the sidebar, the plan, the superior's report —
 * reads this, so the same fact is the same number everywhere. Pure: relative to `asOf`, no clock.
 *
 * Computed in day numbers (days since 1970) and written as the compact projection (days after
 * `asOf`); the default answer's dates are written from that by shared/rules/projectionForm.ts.
 * A candidate's schedule is tried up to six times (two paces, a meeting that moves its papers'
 * freshness), so nothing here builds a string, a Date or a closure per try.
 */
import { type DayNumber, dayNumberOfParts, toDayNumber, yearOf } from '../dates/day.ts';
import { addMonthsToDayNumber, firstDayAtAge } from '../dates/months.ts';
import { ruleBits } from '../rules/catalogue.ts';
import { stepCode } from '../rules/projectionForm.ts';
import type { CompactProjection, Outlook, Route, StepLimit } from '../schemas/response.ts';
import { type CandidateContext, PAPER_MONTHS, YOUTH_UNION_MAX_AGE } from './context.ts';
import {
  CEREMONY_DUE_WORKING_DAYS,
  DECISION_DUE_WORKING_DAYS,
  FASTEST,
  LEAD_TIMES,
  type Pace,
  regularMeetingNumberOnOrAfter,
} from './leadTimes.ts';
import type { UnitContext } from './unit.ts';

/** Findings that no amount of paperwork fixes. */
const UNACHIEVABLE = ruleBits(['age.over60', 'education.insufficient']);

const max = (a: DayNumber, b: DayNumber): DayNumber => (a > b ? a : b);
const min = (a: DayNumber, b: DayNumber): DayNumber => (a < b ? a : b);
const num = (day: string | undefined): DayNumber | undefined =>
  day === undefined ? undefined : toDayNumber(day as Parameters<typeof toDayNumber>[0]);

// The steps before the meeting, as bits by their index in STEP_IDS (and in that order).
const CLASS = 1 << 0;
const APPLICATION = 1 << 1;
const BACKGROUND = 1 << 2;
const VERIFICATION = 1 << 3;
const YOUTH_RESOLUTION = 1 << 4;
const INTRODUCTIONS = 1 << 5;
const FEEDBACK = 1 << 6;
const MEETING_STEP = 7;

/**
 * A candidate's dates as day numbers, read once. A paper that stays valid 12 months counts for a
 * meeting from its date through its validity's end (`fresh`). Plain objects, not classes, here:
 * the add-on's ES2020 bundle writes each class field out as a call.
 */
interface CandidateDays {
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
  /** the next awareness class from asOf: the configured date, else `classDays` later */
  nextClass: DayNumber;
}

function candidateDays(ctx: CandidateContext): CandidateDays {
  const c = ctx.c;
  const asOf = toDayNumber(ctx.asOf);
  const certificate = num(c.awarenessCertificateDate);
  const introducers = ctx.introducers;
  const configured = num(ctx.unit.leadTimes.nextClassDate);
  return {
    asOf,
    certificate,
    certificateEnd: num(ctx.certificateValidThrough),
    hasApplication: c.applicationDate !== undefined,
    declared: num(c.backgroundDeclaredDate),
    verified: num(c.backgroundVerifiedDate),
    youthResolution: num(c.youthUnionResolutionDate),
    tradeResolution: num(c.tradeUnionResolutionDate),
    feedback: num(c.feedbackSummaryDate),
    letter0: num(introducers[0]?.letterDate),
    letter1: num(introducers[1]?.letterDate),
    // "Up to 30" in whole years (ageInYears ≤ 30): until the day the candidate turns 31.
    youthUntil: firstDayAtAge(c.birthDate, YOUTH_UNION_MAX_AGE + 1),
    adultFrom: toDayNumber(ctx.adultFrom),
    eligibleFrom: num(ctx.eligibleFrom),
    papersFrom: num(ctx.papersFrom),
    planned: num(c.plannedMeetingDate),
    resolution: num(c.cellResolutionDate),
    leave: num(c.expectedLeaveDate),
    nextClass: configured !== undefined && configured >= asOf ? configured : asOf + LEAD_TIMES.classDays,
  };
}

/**
 * The paper counts for a meeting on `meeting`: done by then and still valid (12 months later, as
 * `addMonths` counts them: 365 or 366 days on). Only a meeting on one of those two days needs
 * the month arithmetic.
 */
function fresh(paper: DayNumber | undefined, meeting: DayNumber): boolean {
  if (paper === undefined || paper > meeting) return false;
  const age = meeting - paper;
  if (age <= 365) return true;
  return age <= 366 && addMonthsToDayNumber(paper, PAPER_MONTHS) >= meeting;
}

/**
 * The introduction route that fits the candidate's age at the meeting: the Youth Union up to 30
 * where the unit has one, else the trade union (4A-KNĐ) where it has one, else two members.
 */
function routeAt(unit: UnitContext, d: CandidateDays, meeting: DayNumber): Route {
  if (unit.hasYouthUnion && meeting < d.youthUntil) return 'youthUnion';
  return unit.hasTradeUnion ? 'tradeUnion' : 'introducers';
}

/**
 * A plan at one pace: the steps before the meeting (as bits, with the day each kind is done),
 * the meeting, the decision. Filled in place by `scheduleBefore` and `planAt`.
 */
interface Plan {
  /** steps before the meeting */
  before: number;
  /** the certificate the meeting relies on (actual or projected) */
  certificate: DayNumber;
  /** the certificate is the one the candidate already has */
  certificateHeld: boolean;
  /** application and lý lịch done */
  papersDone: DayNumber;
  /** the background verification done */
  verified: DayNumber;
  /** the verification is past its usual time: chased now, marked overdue */
  verificationLate: boolean;
  /** introductions, union resolution, feedback summary done */
  supportDone: DayNumber;
  /** the day every condition holds and every paper is done */
  readyFrom: DayNumber;
  /** union route the candidate's age at the meeting calls for */
  route: Route;
  meeting: DayNumber;
  decision: DayNumber;
  /** the planned date was earlier than the day everything holds */
  plannedTooEarly: boolean;
  /** the meeting the row planned has passed without a resolution */
  meetingOverdue: boolean;
  /** the row's planned meeting falls after the certificate expires or after the leaving date */
  plannedTooLate: boolean;
}

function newPlan(): Plan {
  return {
    before: 0,
    certificate: 0,
    certificateHeld: false,
    papersDone: 0,
    verified: 0,
    verificationLate: false,
    supportDone: 0,
    readyFrom: 0,
    route: 'introducers',
    meeting: 0,
    decision: 0,
    plannedTooEarly: false,
    meetingOverdue: false,
    plannedTooLate: false,
  };
}

/** One pass of the schedule at a pace, for a given meeting guess (papers' freshness depends on it). */
function scheduleBefore(
  unit: UnitContext,
  d: CandidateDays,
  pace: Pace,
  guess: DayNumber,
  retake: boolean,
  s: Plan,
): void {
  const asOf = d.asOf;
  const days = unit.workingDays;
  let before = 0;
  // The class: none yet, or the one held expires before the meeting (then it is retaken).
  let certificate = d.certificate;
  s.certificateHeld = certificate !== undefined && !retake;
  if (certificate === undefined || retake) {
    certificate = d.nextClass;
    before |= CLASS;
  }
  s.certificate = certificate;
  // Application and lý lịch follow the certificate.
  const papersDone = max(asOf, certificate) + pace.papersDays;
  s.papersDone = papersDone;
  if (!d.hasApplication) before |= APPLICATION;
  let declared = d.declared;
  if (declared === undefined) {
    before |= BACKGROUND;
    declared = papersDone;
  }
  s.verificationLate = false;
  if (d.verified === undefined) {
    // Still not certified well after the usual time: chase it now (the step is marked overdue).
    const usual = days.after(declared, pace.verificationWorkingDays);
    s.verified = max(usual, asOf);
    s.verificationLate = usual < asOf;
    before |= VERIFICATION;
  }
  // Papers that stay valid 12 months: not before `papersFrom`, in parallel with the verification.
  s.supportDone = max(max(asOf, declared), d.papersFrom ?? asOf) + pace.supportingPapersDays;
  const route = routeAt(unit, d, guess);
  s.route = route;
  const youthRoute = route === 'youthUnion';
  const tradeResolution = route === 'tradeUnion' && fresh(d.tradeResolution, guess);
  if (youthRoute && !fresh(d.youthResolution, guess)) before |= YOUTH_RESOLUTION;
  const letters = (fresh(d.letter0, guess) ? 1 : 0) + (fresh(d.letter1, guess) ? 1 : 0);
  if (letters < (youthRoute || tradeResolution ? 1 : 2)) before |= INTRODUCTIONS;
  if (!fresh(d.feedback, guess)) before |= FEEDBACK;
  s.before = before;
  let readyFrom = max(asOf, max(d.eligibleFrom ?? d.adultFrom, certificate));
  // A paper the meeting reads is done at least a working day before it, as each step's latest
  // day says (projectCandidate): a lý lịch certified on the day of the vote is too late to read.
  if (before & (APPLICATION | BACKGROUND)) readyFrom = max(readyFrom, days.after(papersDone, 1));
  if (before & VERIFICATION) readyFrom = max(readyFrom, days.after(s.verified, 1));
  if (before & (YOUTH_RESOLUTION | INTRODUCTIONS | FEEDBACK)) {
    readyFrom = max(readyFrom, days.after(s.supportDone, 1));
  }
  s.readyFrom = readyFrom;
}

/** The meeting a schedule allows, inside `limit` (certificate expiry, leaving) when it can be. */
function pickMeeting(
  unit: UnitContext,
  d: CandidateDays,
  readyFrom: DayNumber,
  limit: DayNumber | undefined,
  usePlan: boolean,
): DayNumber {
  const planned = usePlan ? d.planned : undefined;
  if (planned !== undefined && planned >= readyFrom && (limit === undefined || planned <= limit)) {
    return planned;
  }
  const day = unit.leadTimes.meetingDay;
  if (usePlan && day !== undefined) {
    const regular = regularMeetingNumberOnOrAfter(readyFrom, day);
    if (limit === undefined || regular <= limit) return regular;
  }
  return readyFrom;
}

function planAt(unit: UnitContext, d: CandidateDays, pace: Pace, usual: boolean): Plan {
  const asOf = d.asOf;
  const p = newPlan();
  if (d.resolution !== undefined) {
    const meeting = d.resolution;
    p.readyFrom = meeting;
    p.certificate = d.certificate ?? meeting;
    p.certificateHeld = d.certificate !== undefined;
    p.route = routeAt(unit, d, meeting);
    p.meeting = meeting;
    p.decision = max(unit.workingDays.after(meeting, pace.decisionWorkingDays), asOf);
    return p;
  }
  // The leaving date is the last day in the unit (as leave.beforeEligible reads it).
  const leaveLimit = d.leave;
  // The papers' freshness and the union route depend on the meeting, and the meeting on the
  // papers: guess, schedule, pick the meeting, and again until the meeting stays put.
  let guess = max(asOf, d.eligibleFrom ?? asOf);
  let retake = false;
  scheduleBefore(unit, d, pace, guess, retake, p);
  let meeting = guess;
  let limit: DayNumber | undefined;
  for (let i = 0; i < 3; i++) {
    if (i > 0) scheduleBefore(unit, d, pace, guess, retake, p);
    if (p.certificateHeld && p.readyFrom > d.certificateEnd!) {
      // The certificate lapses before the cell can meet: the class must be taken again.
      retake = true;
      scheduleBefore(unit, d, pace, guess, retake, p);
    }
    const certLimit = p.certificateHeld ? d.certificateEnd : undefined;
    limit =
      certLimit === undefined
        ? leaveLimit
        : leaveLimit === undefined
          ? certLimit
          : min(certLimit, leaveLimit);
    meeting = pickMeeting(unit, d, p.readyFrom, limit, usual);
    if (meeting === guess) break;
    guess = meeting;
  }
  const planned = d.planned;
  p.meeting = meeting;
  p.decision = unit.workingDays.after(meeting, pace.decisionWorkingDays);
  p.plannedTooEarly = usual && planned !== undefined && planned >= asOf && planned < p.readyFrom;
  p.meetingOverdue = usual && planned !== undefined && planned < asOf;
  p.plannedTooLate = usual && planned !== undefined && limit !== undefined && planned > limit;
  return p;
}

/**
 * The plan's certificate still holds at its meeting. A certificate the plan holds is the
 * candidate's own (a new one is never "held"), so its expiry is `certificateEnd`.
 */
function certificateHolds(d: CandidateDays, p: Plan): boolean {
  return !p.certificateHeld || d.certificateEnd! >= p.meeting;
}

/** The plan's meeting is on or before the leaving date. */
function beforeLeaving(p: Plan, leave: DayNumber | undefined): boolean {
  return leave === undefined || p.meeting <= leave;
}

/** The usual plan, and the fastest one once something asked for it (`fastPlan`). */
interface Plans {
  unit: UnitContext;
  d: CandidateDays;
  usual: Plan;
  fastest: Plan | undefined;
}

function fastPlan(plans: Plans): Plan {
  plans.fastest ??= planAt(plans.unit, plans.d, FASTEST, false);
  return plans.fastest;
}

/**
 * The outlook, and the plan that supports it (`plans.fastest` when the answer rests on it): the
 * usual pace, or — for `atRisk` when only the fastest pace makes it — the fastest, so the dates
 * shown are the ones the outlook relies on. The fastest plan is made only when the outlook needs it.
 */
function outlookOf(ctx: CandidateContext, plans: Plans, year: number): { outlook: Outlook; plan: Plan } {
  const usual = plans.usual;
  if (year < yearOf(ctx.asOf)) return { outlook: 'no', plan: usual };
  if ((ctx.errorRules & UNACHIEVABLE) !== 0) return { outlook: 'no', plan: usual };
  const d = plans.d;
  const yearEnd = dayNumberOfParts(year, 12, 31);
  const leave = d.leave;
  if (d.resolution === undefined) {
    if (d.adultFrom > yearEnd || (leave !== undefined && d.adultFrom > leave)) {
      return { outlook: 'blockedByAge', plan: usual };
    }
    if (leave !== undefined && fastPlan(plans).meeting > leave) {
      return { outlook: 'blockedByLeaving', plan: usual };
    }
  }
  if (usual.decision <= yearEnd && beforeLeaving(usual, leave) && certificateHolds(d, usual)) {
    const due = ctx.unit.workingDays.after(usual.meeting, DECISION_DUE_WORKING_DAYS);
    return { outlook: leave !== undefined && due > leave ? 'atRisk' : 'admissible', plan: usual };
  }
  const fast = fastPlan(plans);
  if (fast.decision <= yearEnd && beforeLeaving(fast, leave) && certificateHolds(d, fast)) {
    return { outlook: 'atRisk', plan: fast };
  }
  return { outlook: 'later', plan: usual };
}

/** The latest day the meeting can be for the outlook to hold, and why (undefined: no limit). */
function meetingLimit(
  unit: UnitContext,
  d: CandidateDays,
  p: Plan,
  outlook: Outlook,
  year: number,
  pace: Pace,
) {
  let by: DayNumber | undefined;
  let limit: StepLimit | undefined;
  if (p.certificateHeld) {
    by = d.certificateEnd!;
    limit = 'certificate';
  }
  const leave = d.leave;
  if (leave !== undefined && (by === undefined || leave < by)) {
    by = leave;
    limit = 'leaving';
  }
  if (outlook === 'admissible' || outlook === 'atRisk') {
    const yearEnd = unit.workingDays.latestStartFor(dayNumberOfParts(year, 12, 31), pace.decisionWorkingDays);
    if (by === undefined || yearEnd < by) {
      by = yearEnd;
      limit = 'yearEnd';
    }
  }
  return by === undefined ? { by: p.meeting, limit: undefined } : { by, limit };
}

/** The projection of a pending candidate (source … proposed) for the unit's year, in compact form. */
export function projectCandidate(ctx: CandidateContext): CompactProjection {
  const unit = ctx.unit;
  const year = unit.year;
  const days = unit.workingDays;
  const d = candidateDays(ctx);
  const asOf = d.asOf;
  const plans: Plans = { unit, d, usual: planAt(unit, d, LEAD_TIMES, true), fastest: undefined };
  const { outlook, plan: p } = outlookOf(ctx, plans, year);
  // An `atRisk` outlook may rest on the fastest pace: its limits are then the fastest's too.
  const pace: Pace = p === plans.fastest ? FASTEST : LEAD_TIMES;
  const steps: number[] = [];
  if (d.resolution === undefined) {
    const m = meetingLimit(unit, d, p, outlook, year, pace);
    // What feeds the meeting must be done before it: the working day before the meeting's latest
    // day, never the same day (a lý lịch certified on the day of the vote is too late to read).
    const verifyBy = days.after(days.latestStartFor(m.by, 2), 1);
    const papersBy =
      p.before & VERIFICATION ? days.latestStartFor(verifyBy, pace.verificationWorkingDays) : verifyBy;
    const classBy = papersBy - pace.papersDays;
    const before = p.before;
    for (let i = 0; i < MEETING_STEP; i++) {
      if ((before & (1 << i)) === 0) continue;
      const bit = 1 << i;
      const from =
        bit === CLASS
          ? p.certificate
          : bit & (APPLICATION | BACKGROUND)
            ? p.papersDone
            : bit === VERIFICATION
              ? p.verified
              : p.supportDone;
      const by = bit === CLASS ? classBy : bit & (APPLICATION | BACKGROUND) ? papersBy : verifyBy;
      steps.push(stepCode(i, m.limit, bit === VERIFICATION && p.verificationLate), from - asOf, by - asOf);
    }
    steps.push(stepCode(MEETING_STEP, m.limit, p.meetingOverdue), p.meeting - asOf, m.by - asOf);
  }
  const projection: CompactProjection = {
    outlook,
    route: p.route,
    days: [
      p.meeting - asOf,
      p.decision - asOf,
      days.after(p.meeting, DECISION_DUE_WORKING_DAYS) - asOf,
      days.after(p.decision, LEAD_TIMES.ceremonyWorkingDays) - asOf,
      days.after(p.decision, CEREMONY_DUE_WORKING_DAYS) - asOf,
    ],
    steps,
  };
  if (p.plannedTooEarly) projection.plannedTooEarly = true;
  if (p.plannedTooLate) projection.plannedTooLate = true;
  return projection;
}
