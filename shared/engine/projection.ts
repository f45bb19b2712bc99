/**
 * One projection per pending candidate (domain.md §5): the steps still to do with their earliest
 * and latest dates, the meeting, the decision and the ceremony, and the outlook for the year.
 * Every forecast the product shows — the summary, the sidebar, the plan, the superior's report —
 * reads this, so the same fact is the same number everywhere. Pure: relative to `asOf`, no clock.
 */
import { addDays, type Day, dayFromParts, yearOf } from '../dates/day.ts';
import { ageInYears } from '../dates/months.ts';
import { CERTIFICATE_MONTHS as AWARENESS_MONTHS } from '../rules/awareness.ts';
import type { Outlook, Projection, ProjectionStep, Route, StepId, StepLimit } from '../schemas/response.ts';
import { type CandidateContext, PAPER_MONTHS, YOUTH_UNION_MAX_AGE } from './context.ts';
import {
  CEREMONY_DUE_WORKING_DAYS,
  DECISION_DUE_WORKING_DAYS,
  FASTEST,
  LEAD_TIMES,
  nextClassDate,
  type Pace,
  regularMeetingOnOrAfter,
} from './leadTimes.ts';
import type { UnitContext } from './unit.ts';

/** Findings that no amount of paperwork fixes. */
const UNACHIEVABLE = new Set(['age.over60', 'education.insufficient']);

const max = (a: Day, b: Day): Day => (a > b ? a : b);
const min = (a: Day, b: Day): Day => (a < b ? a : b);
const fresh = (unit: UnitContext, paper: Day | undefined, meeting: Day): boolean =>
  paper !== undefined && paper <= meeting && unit.addMonths(paper, PAPER_MONTHS) >= meeting;

/** One pass of the schedule at a pace, for a given meeting guess (papers' freshness depends on it). */
interface Schedule {
  /** steps before the meeting, each with the day it is expected done */
  before: { step: StepId; done: Day; late?: true }[];
  /** the day every condition holds and every paper is done */
  readyFrom: Day;
  /** the certificate the meeting relies on (actual or projected) */
  certificate: Day;
  /** the certificate is the one the candidate already has */
  certificateHeld: boolean;
  /** union route the candidate's age at the meeting calls for */
  route: Route;
}

/**
 * The introduction route that fits the candidate's age at the meeting: the Youth Union up to 30
 * where the unit has one, else the trade union (4A-KNĐ) where it has one, else two members.
 */
export function routeAt(ctx: CandidateContext, meeting: Day): Route {
  const unit = ctx.unit;
  if (unit.hasYouthUnion && ageInYears(ctx.c.birthDate, meeting) <= YOUTH_UNION_MAX_AGE) return 'youthUnion';
  return unit.hasTradeUnion ? 'tradeUnion' : 'introducers';
}

function scheduleBefore(ctx: CandidateContext, pace: Pace, meetingGuess: Day, retake: boolean): Schedule {
  const c = ctx.c;
  const asOf = ctx.asOf;
  const unit = ctx.unit;
  const before: Schedule['before'] = [];
  // The class: none yet, or the one held expires before the meeting (then it is retaken).
  let certificate = c.awarenessCertificateDate;
  let certificateHeld = certificate !== undefined && !retake;
  if (certificate === undefined || retake) {
    certificate = nextClassDate(asOf, unit.leadTimes.nextClassDate);
    certificateHeld = false;
    before.push({ step: 'awarenessClass', done: certificate });
  }
  // Application and lý lịch follow the certificate.
  const papersStart = max(asOf, certificate);
  const papersDone = addDays(papersStart, pace.papersDays);
  if (c.applicationDate === undefined) before.push({ step: 'application', done: papersDone });
  let declared = c.backgroundDeclaredDate;
  if (declared === undefined) {
    before.push({ step: 'background', done: papersDone });
    declared = papersDone;
  }
  let verified = c.backgroundVerifiedDate;
  if (verified === undefined) {
    // Still not certified well after the usual time: chase it now (the step is marked overdue).
    const usual = unit.addWorkingDays(declared, pace.verificationWorkingDays);
    verified = max(usual, asOf);
    before.push(
      usual < asOf
        ? { step: 'backgroundVerification', done: verified, late: true }
        : { step: 'backgroundVerification', done: verified },
    );
  }
  // Papers that stay valid 12 months: not before `papersFrom`, in parallel with the verification.
  const supportStart = max(max(asOf, declared), ctx.papersFrom ?? asOf);
  const supportDone = addDays(supportStart, pace.supportingPapersDays);
  const route = routeAt(ctx, meetingGuess);
  const youthRoute = route === 'youthUnion';
  const tradeRoute = route === 'tradeUnion';
  const youthResolution = youthRoute && fresh(unit, c.youthUnionResolutionDate, meetingGuess);
  const tradeResolution = tradeRoute && fresh(unit, c.tradeUnionResolutionDate, meetingGuess);
  let letters = 0;
  for (const i of ctx.introducers) if (fresh(unit, i.letterDate, meetingGuess)) letters++;
  if (youthRoute && !youthResolution) before.push({ step: 'youthUnionResolution', done: supportDone });
  const neededLetters = youthRoute || tradeResolution ? 1 : 2;
  if (letters < neededLetters) before.push({ step: 'introductions', done: supportDone });
  if (!fresh(unit, c.feedbackSummaryDate, meetingGuess)) before.push({ step: 'feedback', done: supportDone });
  let readyFrom = max(asOf, max(ctx.eligibleFrom ?? ctx.adultFrom, certificate));
  // A paper the meeting reads is done at least a working day before it, as each step's latest
  // day says (projectCandidate): a lý lịch certified on the day of the vote is too late to read.
  for (const s of before) {
    readyFrom = max(readyFrom, s.step === 'awarenessClass' ? s.done : unit.addWorkingDays(s.done, 1));
  }
  return { before, readyFrom, certificate, certificateHeld, route };
}

interface Plan extends Schedule {
  meeting: Day;
  decision: Day;
  /** the planned date was earlier than the day everything holds */
  plannedTooEarly: boolean;
  /** the meeting the row planned has passed without a resolution */
  meetingOverdue: boolean;
  /** the row's planned meeting falls after the certificate expires or after the leaving date */
  plannedTooLate: boolean;
}

// No closures on the per-candidate path: each would be a new object per call, and bundlers that
// keep function names (wrangler's esbuild, tsx) wrap each creation in a defineProperty call.

/** The meeting a schedule allows, inside `limit` (certificate expiry, leaving) when it can be. */
function pickMeeting(ctx: CandidateContext, readyFrom: Day, limit: Day | undefined, usePlan: boolean) {
  const planned = usePlan ? ctx.c.plannedMeetingDate : undefined;
  if (planned !== undefined && planned >= readyFrom && (limit === undefined || planned <= limit)) {
    return planned;
  }
  const day = ctx.unit.leadTimes.meetingDay;
  if (usePlan && day !== undefined) {
    const regular = regularMeetingOnOrAfter(readyFrom, day);
    if (limit === undefined || regular <= limit) return regular;
  }
  return readyFrom;
}

function planAt(ctx: CandidateContext, pace: Pace, usual: boolean): Plan {
  const c = ctx.c;
  const asOf = ctx.asOf;
  const unit = ctx.unit;
  if (c.cellResolutionDate !== undefined) {
    const meeting = c.cellResolutionDate;
    const decision = max(unit.addWorkingDays(meeting, pace.decisionWorkingDays), asOf);
    return {
      before: [],
      readyFrom: meeting,
      certificate: c.awarenessCertificateDate ?? meeting,
      certificateHeld: c.awarenessCertificateDate !== undefined,
      route: routeAt(ctx, meeting),
      meeting,
      decision,
      plannedTooEarly: false,
      meetingOverdue: false,
      plannedTooLate: false,
    };
  }
  // The leaving date is the last day in the unit (as leave.beforeEligible reads it).
  const leaveLimit = c.expectedLeaveDate;
  // The papers' freshness and the union route depend on the meeting, and the meeting on the
  // papers: guess, schedule, pick the meeting, and again until the meeting stays put.
  let guess = max(asOf, ctx.eligibleFrom ?? asOf);
  let retake = false;
  let s = scheduleBefore(ctx, pace, guess, retake);
  let meeting = guess;
  let limit: Day | undefined;
  for (let i = 0; i < 3; i++) {
    if (i > 0) s = scheduleBefore(ctx, pace, guess, retake);
    if (s.certificateHeld && s.readyFrom > unit.addMonths(s.certificate, AWARENESS_MONTHS)) {
      // The certificate lapses before the cell can meet: the class must be taken again.
      retake = true;
      s = scheduleBefore(ctx, pace, guess, retake);
    }
    const certLimit = s.certificateHeld ? unit.addMonths(s.certificate, AWARENESS_MONTHS) : undefined;
    limit =
      certLimit === undefined
        ? leaveLimit
        : leaveLimit === undefined
          ? certLimit
          : min(certLimit, leaveLimit);
    meeting = pickMeeting(ctx, s.readyFrom, limit, usual);
    if (meeting === guess) break;
    guess = meeting;
  }
  const planned = c.plannedMeetingDate;
  // Every field written out: `{ ...s, meeting, … }` copied the schedule through V8's generic
  // spread path and cost a tenth of the whole compact evaluate (CPU profile, 10,000 rows).
  return {
    before: s.before,
    readyFrom: s.readyFrom,
    certificate: s.certificate,
    certificateHeld: s.certificateHeld,
    route: s.route,
    meeting,
    decision: unit.addWorkingDays(meeting, pace.decisionWorkingDays),
    plannedTooEarly: usual && planned !== undefined && planned >= asOf && planned < s.readyFrom,
    meetingOverdue: usual && planned !== undefined && planned < asOf,
    plannedTooLate: usual && planned !== undefined && limit !== undefined && planned > limit,
  };
}

/** The plan's certificate still holds at its meeting. */
function certificateHolds(unit: UnitContext, p: Plan): boolean {
  return !p.certificateHeld || unit.addMonths(p.certificate, AWARENESS_MONTHS) >= p.meeting;
}

/** The plan's meeting is on or before the leaving date. */
function beforeLeaving(p: Plan, leave: Day | undefined): boolean {
  return leave === undefined || p.meeting <= leave;
}

/**
 * The outlook, and the plan that supports it: the usual pace, or — for `atRisk` when only the
 * fastest pace makes it — the fastest, so the dates shown are the ones the outlook relies on.
 * The fastest plan is made only when the outlook needs it (`fastest` remembers it).
 */
function outlookOf(
  ctx: CandidateContext,
  usual: Plan,
  fastest: { plan?: Plan },
  year: number,
): { outlook: Outlook; plan: Plan } {
  if (year < yearOf(ctx.asOf)) return { outlook: 'no', plan: usual };
  for (const rule of ctx.errors) if (UNACHIEVABLE.has(rule)) return { outlook: 'no', plan: usual };
  const yearEnd = dayFromParts(year, 12, 31);
  const leave = ctx.c.expectedLeaveDate;
  if (ctx.c.cellResolutionDate === undefined) {
    if (ctx.adultFrom > yearEnd || (leave !== undefined && ctx.adultFrom > leave)) {
      return { outlook: 'blockedByAge', plan: usual };
    }
    if (leave !== undefined && fastestPlan(ctx, fastest).meeting > leave) {
      return { outlook: 'blockedByLeaving', plan: usual };
    }
  }
  if (usual.decision <= yearEnd && beforeLeaving(usual, leave) && certificateHolds(ctx.unit, usual)) {
    const due = ctx.unit.addWorkingDays(usual.meeting, DECISION_DUE_WORKING_DAYS);
    return { outlook: leave !== undefined && due > leave ? 'atRisk' : 'admissible', plan: usual };
  }
  const fast = fastestPlan(ctx, fastest);
  if (fast.decision <= yearEnd && beforeLeaving(fast, leave) && certificateHolds(ctx.unit, fast)) {
    return { outlook: 'atRisk', plan: fast };
  }
  return { outlook: 'later', plan: usual };
}

function fastestPlan(ctx: CandidateContext, fastest: { plan?: Plan }): Plan {
  fastest.plan ??= planAt(ctx, FASTEST, false);
  return fastest.plan;
}

/** The latest day each step can be done for the meeting to hold its limits, and why. */
function meetingLimit(ctx: CandidateContext, p: Plan, outlook: Outlook, year: number, pace: Pace) {
  let by: Day | undefined;
  let limit: StepLimit | undefined;
  if (p.certificateHeld) {
    by = ctx.unit.addMonths(p.certificate, AWARENESS_MONTHS);
    limit = 'certificate';
  }
  const leave = ctx.c.expectedLeaveDate;
  if (leave !== undefined && (by === undefined || leave < by)) {
    by = leave;
    limit = 'leaving';
  }
  if (outlook === 'admissible' || outlook === 'atRisk') {
    const yearEnd = ctx.unit.latestStartFor(dayFromParts(year, 12, 31), pace.decisionWorkingDays);
    if (by === undefined || yearEnd < by) {
      by = yearEnd;
      limit = 'yearEnd';
    }
  }
  return by === undefined ? { by: p.meeting, limit: undefined } : { by, limit };
}

function step(id: StepId, from: Day, by: Day, asOf: Day, limit: StepLimit | undefined): ProjectionStep {
  // Only the fields a step has (no undefined values: see evaluate.ts on the fast JSON path).
  const s: ProjectionStep = { step: id, from, by };
  if (by < asOf) s.overdue = true;
  if (limit !== undefined) s.limit = limit;
  return s;
}

/** The projection of a pending candidate (source … proposed) for the unit's year. */
export function projectCandidate(ctx: CandidateContext): Projection {
  const asOf = ctx.asOf;
  const unit = ctx.unit;
  const year = unit.year;
  const fastest: { plan?: Plan } = {};
  const { outlook, plan: usual } = outlookOf(ctx, planAt(ctx, LEAD_TIMES, true), fastest, year);
  // An `atRisk` outlook may rest on the fastest pace: its limits are then the fastest's too.
  const pace: Pace = usual === fastest.plan ? FASTEST : LEAD_TIMES;
  const decisionDue = unit.addWorkingDays(usual.meeting, DECISION_DUE_WORKING_DAYS);
  const ceremony = unit.addWorkingDays(usual.decision, LEAD_TIMES.ceremonyWorkingDays);
  const ceremonyDue = unit.addWorkingDays(usual.decision, CEREMONY_DUE_WORKING_DAYS);
  const steps: ProjectionStep[] = [];
  if (ctx.c.cellResolutionDate === undefined) {
    const m = meetingLimit(ctx, usual, outlook, year, pace);
    // What feeds the meeting must be done before it: the working day before the meeting's latest
    // day, never the same day (a lý lịch certified on the day of the vote is too late to read).
    const verifyBy = unit.addWorkingDays(unit.latestStartFor(m.by, 2), 1);
    const hasVerification = usual.before.some((b) => b.step === 'backgroundVerification');
    const papersBy = hasVerification ? unit.latestStartFor(verifyBy, pace.verificationWorkingDays) : verifyBy;
    const classBy = addDays(papersBy, -pace.papersDays);
    for (const b of usual.before) {
      const by =
        b.step === 'awarenessClass'
          ? classBy
          : b.step === 'application' || b.step === 'background'
            ? papersBy
            : verifyBy;
      const st = step(b.step, b.done, by, asOf, m.limit);
      if (b.late) st.overdue = true;
      steps.push(st);
    }
    const meeting = step('meeting', usual.meeting, m.by, asOf, m.limit);
    if (usual.meetingOverdue) meeting.overdue = true;
    steps.push(meeting);
  }
  steps.push(step('decision', usual.decision, decisionDue, asOf, 'due'));
  steps.push(step('ceremony', ceremony, ceremonyDue, asOf, 'due'));
  const projection: Projection = {
    meeting: usual.meeting,
    decision: usual.decision,
    decisionDue,
    ceremony,
    ceremonyDue,
    outlook,
    route: usual.route,
    steps,
  };
  if (usual.plannedTooEarly) projection.plannedTooEarly = true;
  if (usual.plannedTooLate) projection.plannedTooLate = true;
  return projection;
}
