/**
 * A candidate's plan at one pace (the usual one, or the fastest still plausible): the steps still
 * to do before the cell's meeting, the day each is done, the meeting and the decision
 * (domain.md §5). Filled in place: an evaluation keeps two plans and fills them for each candidate.
 */
import type { DayNumber } from '../dates/day.ts';
import type { Route } from '../schemas/response.ts';
import { type CandidateDays, fresh } from './candidateDays.ts';
import { type Pace, regularMeetingNumberOnOrAfter } from './leadTimes.ts';
import type { UnitContext } from './unit.ts';

const max = (a: DayNumber, b: DayNumber): DayNumber => (a > b ? a : b);
const min = (a: DayNumber, b: DayNumber): DayNumber => (a < b ? a : b);

// The steps before the meeting, as bits by their index in STEP_IDS (and in that order).
export const CLASS = 1 << 0;
export const APPLICATION = 1 << 1;
export const BACKGROUND = 1 << 2;
export const VERIFICATION = 1 << 3;
const YOUTH_RESOLUTION = 1 << 4;
const INTRODUCTIONS = 1 << 5;
const FEEDBACK = 1 << 6;
export const MEETING_STEP = 7;

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
 * the meeting, the decision. Filled in place by `planAt` (through `scheduleBefore`).
 */
export interface Plan {
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

/** A plan's object, written in full so it has every field from the start (one shape). */
export function newPlan(): Plan {
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

/** `p` as newPlan makes it: nothing a previous candidate left in it remains. */
function clearPlan(p: Plan): Plan {
  p.before = 0;
  p.certificate = 0;
  p.certificateHeld = false;
  p.papersDone = 0;
  p.verified = 0;
  p.verificationLate = false;
  p.supportDone = 0;
  p.readyFrom = 0;
  p.route = 'introducers';
  p.meeting = 0;
  p.decision = 0;
  p.plannedTooEarly = false;
  p.meetingOverdue = false;
  p.plannedTooLate = false;
  return p;
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
  const readyFrom = max(asOf, max(d.eligibleFrom ?? d.adultFrom, certificate));
  // A paper the meeting reads is done at least a working day before it, as each step's latest
  // day says (projectCandidate): a lý lịch certified on the day of the vote is too late to read.
  // The working day after the last paper (one lookup: the next working day never comes earlier
  // for a later day).
  let lastPaper: DayNumber | undefined;
  if (before & (APPLICATION | BACKGROUND)) lastPaper = papersDone;
  if (before & VERIFICATION) lastPaper = max(lastPaper ?? s.verified, s.verified);
  if (before & (YOUTH_RESOLUTION | INTRODUCTIONS | FEEDBACK)) {
    lastPaper = max(lastPaper ?? s.supportDone, s.supportDone);
  }
  s.readyFrom = lastPaper === undefined ? readyFrom : max(readyFrom, days.after(lastPaper, 1));
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

/** `p` filled with the plan at `pace` (`usual`: the usual pace, which reads the planned meeting). */
export function planAt(unit: UnitContext, d: CandidateDays, pace: Pace, usual: boolean, p: Plan): Plan {
  const asOf = d.asOf;
  clearPlan(p);
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
export function certificateHolds(d: CandidateDays, p: Plan): boolean {
  return !p.certificateHeld || d.certificateEnd! >= p.meeting;
}

/** The plan's meeting is on or before the leaving date. */
export function beforeLeaving(p: Plan, leave: DayNumber | undefined): boolean {
  return leave === undefined || p.meeting <= leave;
}
