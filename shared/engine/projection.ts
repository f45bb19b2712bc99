/**
 * One projection per pending candidate (domain.md §5): the steps still to do with their earliest
 * and latest dates, the meeting, the decision and the ceremony, and the outlook for the year.
 * Every forecast the product shows — the summary, the sidebar, the plan, the superior's report —
 * reads this, so the same fact is the same number everywhere. Pure: relative to `asOf`, no clock.
 *
 * Computed in day numbers (days since 1970) and written as the compact projection (days after
 * `asOf`); the default answer's dates are written from that by shared/rules/projectionForm.ts.
 * A candidate's schedule is tried up to six times (two paces, a meeting that moves its papers'
 * freshness), so nothing here builds a string, a Date or a closure per try; and what a candidate's
 * projection works in (its days, its plans, its steps as they are written) is made once per
 * evaluation (`createProjectionWork`) and filled again for each candidate, so the compact
 * projection returned is the only object left of it.
 */
import { type DayNumber, dayNumberOfParts, yearOf } from '../dates/day.ts';
import { ruleBits } from '../rules/catalogue.ts';
import {
  outlookCode,
  PLANNED_TOO_EARLY,
  PLANNED_TOO_LATE,
  PROJECTION_AT,
  routeCode,
  stepCode,
} from '../rules/projectionForm.ts';
import type { CompactProjection, Outlook, StepLimit } from '../schemas/response.ts';
import { type CandidateDays, createCandidateDays, readCandidateDays } from './candidateDays.ts';
import type { CandidateContext } from './context.ts';
import {
  CEREMONY_DUE_WORKING_DAYS,
  DECISION_DUE_WORKING_DAYS,
  FASTEST,
  LEAD_TIMES,
  type Pace,
} from './leadTimes.ts';
import {
  APPLICATION,
  BACKGROUND,
  beforeLeaving,
  CLASS,
  certificateHolds,
  MEETING_STEP,
  newPlan,
  type Plan,
  planAt,
  VERIFICATION,
} from './projectionPlan.ts';
import type { UnitContext } from './unit.ts';

/** Findings that no amount of paperwork fixes. */
const UNACHIEVABLE = ruleBits(['age.over60', 'education.insufficient']);

/**
 * What one evaluation's projections work in, filled again for each candidate: the candidate's
 * days, the usual plan, the fastest one once something asked for it (`fastPlan`), the plan the
 * outlook rests on, the meeting's latest day and why, and the steps as they are written.
 */
export interface ProjectionWork {
  unit: UnitContext;
  /** the year of `asOf`, and the last day of the unit's year (the projection's year) */
  asOfYear: number;
  yearEnd: DayNumber;
  d: CandidateDays;
  usual: Plan;
  fastest: Plan;
  /** `fastest` is this candidate's */
  fastestMade: boolean;
  /** the plan the outlook rests on: `usual` or `fastest` */
  plan: Plan;
  /** the meeting's latest day for the outlook to hold, and why (`meetingLimit`) */
  by: DayNumber;
  limit: StepLimit | undefined;
  /**
   * The compact projection's integers (projectionForm.ts), written from the start and copied out
   * at their length: one array of the exact size per projection, where pushing would grow (and
   * drop) a few. Never shorter than the longest projection (every step before the meeting, and
   * the meeting), and only small integers, so its copies are packed arrays of small integers
   * (JSON.stringify's fast path).
   */
  written: number[];
}

/** The work for `unit`'s candidates, one at a time (`projectCandidate(ctx, work)`). */
export function createProjectionWork(unit: UnitContext): ProjectionWork {
  const usual = newPlan();
  const written: number[] = [];
  for (let i = 0; i < PROJECTION_AT.steps + 3 * (MEETING_STEP + 1); i++) written.push(0);
  return {
    unit,
    asOfYear: yearOf(unit.asOf),
    yearEnd: dayNumberOfParts(unit.year, 12, 31),
    d: createCandidateDays(unit),
    usual,
    fastest: newPlan(),
    fastestMade: false,
    plan: usual,
    by: 0,
    limit: undefined,
    written,
  };
}

function fastPlan(w: ProjectionWork): Plan {
  if (!w.fastestMade) {
    planAt(w.unit, w.d, FASTEST, false, w.fastest);
    w.fastestMade = true;
  }
  return w.fastest;
}

/**
 * The outlook, and the plan that supports it (`w.plan`: `w.fastest` when the answer rests on it):
 * the usual pace, or — for `atRisk` when only the fastest pace makes it — the fastest, so the
 * dates shown are the ones the outlook relies on. The fastest plan is made only when the outlook
 * needs it.
 */
function outlookOf(ctx: CandidateContext, w: ProjectionWork): Outlook {
  const usual = w.usual;
  w.plan = usual;
  if (w.unit.year < w.asOfYear) return 'no';
  if ((ctx.errorRules & UNACHIEVABLE) !== 0) return 'no';
  const d = w.d;
  const yearEnd = w.yearEnd;
  const leave = d.leave;
  if (d.resolution === undefined) {
    if (d.adultFrom > yearEnd || (leave !== undefined && d.adultFrom > leave)) return 'blockedByAge';
    if (leave !== undefined && fastPlan(w).meeting > leave) return 'blockedByLeaving';
  }
  if (usual.decision <= yearEnd && beforeLeaving(usual, leave) && certificateHolds(d, usual)) {
    const due = ctx.unit.workingDays.after(usual.meeting, DECISION_DUE_WORKING_DAYS);
    return leave !== undefined && due > leave ? 'atRisk' : 'admissible';
  }
  const fast = fastPlan(w);
  if (fast.decision <= yearEnd && beforeLeaving(fast, leave) && certificateHolds(d, fast)) {
    w.plan = fast;
    return 'atRisk';
  }
  return 'later';
}

/**
 * The latest day the meeting can be for the outlook to hold, and why, into `w.by` and `w.limit`
 * (no limit: the meeting itself, and undefined).
 */
function meetingLimit(w: ProjectionWork, p: Plan, outlook: Outlook, pace: Pace): void {
  const unit = w.unit;
  const d = w.d;
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
    const yearEnd = unit.workingDays.latestStartFor(w.yearEnd, pace.decisionWorkingDays);
    if (by === undefined || yearEnd < by) {
      by = yearEnd;
      limit = 'yearEnd';
    }
  }
  w.by = by ?? p.meeting;
  w.limit = limit;
}

/**
 * The projection of a pending candidate (source … proposed) for the unit's year, in compact form,
 * worked out in `w` (made for the context's unit by createProjectionWork).
 */
export function projectCandidate(ctx: CandidateContext, w: ProjectionWork): CompactProjection {
  const unit = w.unit;
  const days = unit.workingDays;
  const d = readCandidateDays(ctx, w.d);
  const asOf = d.asOf;
  planAt(unit, d, LEAD_TIMES, true, w.usual);
  w.fastestMade = false;
  const outlook = outlookOf(ctx, w);
  const p = w.plan;
  // An `atRisk` outlook may rest on the fastest pace: its limits are then the fastest's too.
  const pace: Pace = p === w.fastest ? FASTEST : LEAD_TIMES;
  const written = w.written;
  let n = PROJECTION_AT.steps;
  if (d.resolution === undefined) {
    meetingLimit(w, p, outlook, pace);
    const limit = w.limit;
    // What feeds the meeting must be done before it: the working day before the meeting's latest
    // day, never the same day (a lý lịch certified on the day of the vote is too late to read).
    const verifyBy = days.after(days.latestStartFor(w.by, 2), 1);
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
      written[n] = stepCode(i, limit, bit === VERIFICATION && p.verificationLate);
      written[n + 1] = from - asOf;
      written[n + 2] = by - asOf;
      n += 3;
    }
    written[n] = stepCode(MEETING_STEP, limit, p.meetingOverdue);
    written[n + 1] = p.meeting - asOf;
    written[n + 2] = w.by - asOf;
    n += 3;
  }
  written[PROJECTION_AT.outlook] = outlookCode(outlook);
  written[PROJECTION_AT.route] = routeCode(p.route);
  written[PROJECTION_AT.flags] =
    (p.plannedTooEarly ? PLANNED_TOO_EARLY : 0) | (p.plannedTooLate ? PLANNED_TOO_LATE : 0);
  const at = PROJECTION_AT.days;
  written[at] = p.meeting - asOf;
  written[at + 1] = p.decision - asOf;
  written[at + 2] = days.after(p.meeting, DECISION_DUE_WORKING_DAYS) - asOf;
  written[at + 3] = days.after(p.decision, LEAD_TIMES.ceremonyWorkingDays) - asOf;
  written[at + 4] = days.after(p.decision, CEREMONY_DUE_WORKING_DAYS) - asOf;
  return written.slice(0, n);
}
