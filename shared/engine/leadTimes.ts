/**
 * Lead times the projection assumes (domain.md §5). They are product assumptions, not law: the
 * secretary may override the next class date and the cell's regular meeting day in "Cấu hình",
 * and everything that shows a projected date says it is an estimate.
 */
import { type DayNumber, dayNumberOfParts, daysInMonth, packedOfDayNumber } from '../dates/day.ts';
import { CEREMONY_WORKING_DAYS, DECISION_WORKING_DAYS } from '../rules/deadlines.ts';

/** The usual pace: what "expected" dates assume. */
export const LEAD_TIMES = {
  /** next awareness class when no date is configured or it has passed (calendar days after asOf) */
  classDays: 60,
  /** application (1-KNĐ) and lý lịch (2-KNĐ) after the certificate (calendar days) */
  papersDays: 15,
  /** background verification and certification after the lý lịch (working days) */
  verificationWorkingDays: 30,
  /** introductions, union resolution, feedback summary, in parallel with the verification (days) */
  supportingPapersDays: 15,
  /** the competent committee's decision after the cell's meeting (working days) */
  decisionWorkingDays: 20,
  /** the ceremony after the decision (working days) */
  ceremonyWorkingDays: 10,
} as const;

/**
 * The fastest pace still plausible: what `atRisk` ("possible only if every step goes at its
 * fastest") assumes. The class date cannot be hurried; everything else can, up to a point: the
 * applicant writes the đơn and the lý lịch by hand and the cell committee reads them (a week), the
 * residence's party organisation answers the verification (three weeks), the introductions and
 * the feedback summary take a week in parallel, and the upper committees review and decide (two
 * weeks). So a whole dossier takes about six weeks even at this pace: someone with every paper
 * missing a month before the year ends is not counted (ux.md).
 */
export const FASTEST = {
  papersDays: 7,
  verificationWorkingDays: 15,
  supportingPapersDays: 7,
  decisionWorkingDays: 10,
  ceremonyWorkingDays: 1,
} as const;

/** The legal limits (domain.md §4), restated here so the projection reads in one place. */
export const DECISION_DUE_WORKING_DAYS = DECISION_WORKING_DAYS;
export const CEREMONY_DUE_WORKING_DAYS = CEREMONY_WORKING_DAYS;

export type Pace = typeof LEAD_TIMES | typeof FASTEST;

/** The cell's regular meeting day (day of month, clamped to short months) on or after `from`. */
export function regularMeetingNumberOnOrAfter(from: DayNumber, meetingDay: number): DayNumber {
  const packed = packedOfDayNumber(from);
  let y = Math.floor(packed / 10_000);
  let m = Math.floor(packed / 100) % 100;
  for (let i = 0; i < 2; i++) {
    const d = dayNumberOfParts(y, m, Math.min(meetingDay, daysInMonth(y, m)));
    if (d >= from) return d;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  // Unreachable: next month's meeting day is always after `from`.
  return packed % 100 <= meetingDay ? from : from + 31;
}
