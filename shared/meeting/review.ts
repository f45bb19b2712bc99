import type { Day } from '../dates/day.ts';
import { formatDay } from '../dates/format.ts';
import { nameToken } from '../documents/names.ts';
import { two } from '../documents/numbers.ts';
import { evaluateRequest } from '../engine/evaluate.ts';
import { createUnitContext, type UnitContext } from '../engine/unit.ts';
import { MIN_FULL_MEMBERS } from '../rules/cell.ts';
import {
  CEREMONY_WORKING_DAYS,
  DECISION_EXTENSION_WORKING_DAYS,
  DECISION_WORKING_DAYS,
  OFFICIAL_REVIEW_WORKING_DAYS,
  probationEnd,
} from '../rules/deadlines.ts';
import { type Ruleset, rulesetFor } from '../rules/rulesets.ts';
import type { Candidate, EvaluateRequest, Member } from '../schemas/request.ts';
import type { Result } from '../schemas/response.ts';
import { type Attendance, attendanceOf } from './attendance.ts';
import { type Refusal, refusal } from './refusal.ts';
import { type Roster, rosterOn } from './roster.ts';
import type { Meeting } from './schema.ts';
import { type Tally, tally } from './vote.ts';

/** A candidate whose admission the meeting considered (cell resolution dated that day). */
export interface AdmissionItem {
  key: string;
  candidate: Candidate;
  /** the engine's answer for the candidate as the rows stood on the meeting day */
  result: Result;
  tally?: Tally;
  refusals: Refusal[];
  /** the competent committee decides by then (60 working days), or by the extended day (+30) */
  decisionDue: Day;
  decisionDueExtended: Day;
  /** when the decision is already known: the ceremony is held by then (30 working days) */
  ceremonyDue?: Day;
}

/** A probationary member whose recognition the meeting considered (members tab). */
export interface RecognitionItem {
  key: string;
  member: Member;
  tally?: Tally;
  refusals: Refusal[];
  /** the end of the 12 months: recognition takes effect then, however late the meeting */
  probationEnd?: Day;
  /** the cell should have met by then (30 working days after the end of probation) */
  reviewDue?: Day;
  /** the committee decides by then (30 working days after the cell's resolution) */
  decisionDue: Day;
}

export interface MeetingReview {
  date: Day;
  /** the texts in force on the meeting day */
  ruleset: Ruleset;
  /** the members on the day, with their status then */
  roster: Roster;
  attendance: Attendance;
  /** what makes any vote of this meeting wrong (members of unknown status, too few full members) */
  refusals: Refusal[];
  admissions: AdmissionItem[];
  recognitions: RecognitionItem[];
  /** candidates put on the sympathiser list at the meeting, in the sheet's order */
  sympathizers: Candidate[];
  /** candidates on the sympathiser list after the meeting, not yet proposed for admission */
  sympathizerListSize: number;
}

const LATER_STEPS = [
  'decisionDate',
  'decisionReceivedDate',
  'ceremonyDate',
  'officialResolutionDate',
  'officialDecisionDate',
  'removedDate',
] as const;

/** The candidate as the row stood on the day: steps dated later had not happened yet. */
function candidateOn(c: Candidate, day: Day): Candidate {
  let out = c;
  for (const field of LATER_STEPS) {
    const v = c[field];
    if (v !== undefined && v > day) {
      if (out === c) out = { ...c };
      delete out[field];
    }
  }
  return out;
}

/** Rules the review counts itself, from the roster and the meeting's own voters. */
const COUNTED_HERE = new Set(['vote.insufficient', 'cell.tooSmall']);

function meetingRefusals(roster: Roster, att: Attendance): Refusal[] {
  const out: Refusal[] = [];
  for (const e of roster.entries) {
    if (e.status !== 'unknown') continue;
    out.push(
      refusal(
        'unknownStatus',
        `Chưa xác định được đồng chí ${nameToken(e.key)} là đảng viên chính thức hay dự bị tại ngày họp ${formatDay(roster.date)}: ghi ngày kết nạp hoặc ngày chính thức của đồng chí ở bảng Đảng viên.`,
      ),
    );
  }
  if (out.length === 0 && att.members.full < MIN_FULL_MEMBERS) {
    out.push(
      refusal(
        'tooFewFull',
        `Tại ngày họp ${formatDay(roster.date)} chi bộ ${att.members.full === 0 ? 'chưa có đảng viên chính thức nào' : `chỉ có ${two(att.members.full)} đảng viên chính thức`}, chưa đủ ${two(MIN_FULL_MEMBERS)} để biểu quyết kết nạp hay công nhận đảng viên chính thức.`,
      ),
    );
  }
  return out;
}

const unknown = (base: readonly Refusal[]): boolean => base.some((r) => r.fact === 'unknownStatus');

/** The vote on one person, or why it cannot stand. */
function voteOf(
  att: Attendance,
  votesFor: number | undefined,
  who: string,
  missingHint: string,
): { tally?: Tally; refusals: Refusal[] } {
  if (votesFor === undefined) {
    return {
      refusals: [refusal('voteMissing', `Chưa ghi số phiếu tán thành ${who} — ${missingHint}.`)],
    };
  }
  const outcome = tally(att, votesFor);
  if (!outcome.ok) {
    return {
      refusals: [
        refusal(
          'tooManyVotes',
          `Số phiếu tán thành ${who} (${two(votesFor)}) nhiều hơn số đảng viên chính thức được biểu quyết tại cuộc họp (${two(outcome.voters)}). Đảng viên dự bị và đảng viên vắng mặt không biểu quyết; nếu có đảng viên miễn sinh hoạt hoặc sinh hoạt tạm thời nơi khác đã biểu quyết, ghi tên vào bảng Họp chi bộ.`,
        ),
      ],
    };
  }
  const t = outcome.tally;
  if (t.passed) return { tally: t, refusals: [] };
  return {
    tally: t,
    refusals: [
      refusal(
        'belowTwoThirds',
        `Chỉ ${two(t.votesFor)}/${two(t.counted)} đảng viên chính thức (${t.percent}) tán thành ${who}, chưa đủ hai phần ba (cần ít nhất ${two(t.needed)}).`,
      ),
    ],
  };
}

function admissionOf(
  c: Candidate,
  result: Result,
  att: Attendance,
  base: Refusal[],
  unit: UnitContext,
): AdmissionItem {
  const day = att.date;
  const who = `kết nạp quần chúng ${nameToken(c.key)}`;
  const refusals = [...base];
  for (const f of result.findings) {
    if (f.severity !== 'error' || COUNTED_HERE.has(f.rule)) continue;
    refusals.push(refusal('notEligible', `Quần chúng ${nameToken(c.key)}: ${f.message}`, f.rule));
  }
  // Members of unknown status leave no figure to count; too few full members still leave a tally.
  const vote = unknown(base)
    ? { refusals: [] }
    : voteOf(att, c.votesFor, who, 'ghi ở cột Số phiếu tán thành của quần chúng');
  refusals.push(...vote.refusals);
  const item: AdmissionItem = {
    key: c.key,
    candidate: c,
    result,
    refusals,
    decisionDue: unit.addWorkingDays(day, DECISION_WORKING_DAYS),
    decisionDueExtended: unit.addWorkingDays(day, DECISION_WORKING_DAYS + DECISION_EXTENSION_WORKING_DAYS),
  };
  if (vote.tally) item.tally = vote.tally;
  const decision = c.decisionReceivedDate ?? c.decisionDate;
  if (decision !== undefined && decision >= day) {
    item.ceremonyDue = unit.addWorkingDays(decision, CEREMONY_WORKING_DAYS);
  }
  return item;
}

function recognitionOf(m: Member, att: Attendance, base: Refusal[], unit: UnitContext): RecognitionItem {
  const day = att.date;
  const who = `công nhận đồng chí ${nameToken(m.key)} là đảng viên chính thức`;
  const refusals = [...base];
  const item: RecognitionItem = {
    key: m.key,
    member: m,
    refusals,
    decisionDue: unit.addWorkingDays(day, OFFICIAL_REVIEW_WORKING_DAYS),
  };
  if (m.ceremonyDate === undefined) {
    refusals.push(
      refusal(
        'noCeremony',
        `Chưa ghi ngày lễ kết nạp của đồng chí ${nameToken(m.key)} ở bảng Đảng viên — cần ngày này để tính 12 tháng dự bị.`,
      ),
    );
  } else {
    const end = probationEnd(m.ceremonyDate);
    item.probationEnd = end;
    item.reviewDue = unit.addWorkingDays(end, OFFICIAL_REVIEW_WORKING_DAYS);
    if (day < end) {
      refusals.push(
        refusal(
          'probationNotOver',
          `Cuộc họp ngày ${formatDay(day)} diễn ra trước khi đồng chí ${nameToken(m.key)} hết 12 tháng dự bị (ngày ${formatDay(end)}): chi bộ chỉ xét công nhận chính thức từ ngày này.`,
        ),
      );
    }
  }
  if (!unknown(base)) {
    const vote = voteOf(
      att,
      m.officialVotesFor,
      who,
      'ghi ở cột Số phiếu tán thành công nhận của bảng Đảng viên',
    );
    refusals.push(...vote.refusals);
    if (vote.tally) item.tally = vote.tally;
  }
  return item;
}

/**
 * Everything a meeting's papers say, computed once: the roster and attendance on the day, each
 * vote against ⌈2/3⌉ of the counted full members, each candidate's eligibility on the day (the
 * engine's own rules, run as the rows stood then), and the deadlines that follow. Pure.
 * The request and the meeting must be valid (see parseMeetingRequest).
 */
export function reviewMeeting(request: EvaluateRequest, meeting: Meeting): MeetingReview {
  const day = meeting.date;
  const roster = rosterOn(request.members ?? [], day);
  const att = attendanceOf(roster, meeting);
  const base = meetingRefusals(roster, att);
  const considered = request.candidates.filter(
    (c) => c.cellResolutionDate === day && (c.removedDate === undefined || c.removedDate > day),
  );
  const atMeeting: EvaluateRequest = {
    asOf: day,
    unit: request.unit,
    members: roster.members,
    candidates: considered.map((c) => candidateOn(c, day)),
  };
  if (request.holidays) atMeeting.holidays = request.holidays;
  if (request.workdays) atMeeting.workdays = request.workdays;
  const unit = createUnitContext(atMeeting);
  const evaluation = evaluateRequest(atMeeting);
  const admissions = considered.map((c, i) => admissionOf(c, evaluation.results[i]!, att, base, unit));
  const recognitions = (request.members ?? [])
    .filter((m) => m.officialResolutionDate === day)
    .map((m) => recognitionOf(m, att, base, unit));
  // A probationary member still kept on the candidates tab: the members tab holds what 13-KNĐ
  // needs (the member counted on the day, the recognition's yes votes), so say so.
  const onMembers = new Set(recognitions.map((r) => r.key));
  for (const c of request.candidates) {
    if (c.officialResolutionDate !== day || c.ceremonyDate === undefined || onMembers.has(c.key)) continue;
    const member: Member = { key: c.key, ceremonyDate: c.ceremonyDate, officialResolutionDate: day };
    if (c.decisionDate !== undefined) member.decisionDate = c.decisionDate;
    recognitions.push({
      key: c.key,
      member,
      probationEnd: probationEnd(c.ceremonyDate),
      decisionDue: unit.addWorkingDays(day, OFFICIAL_REVIEW_WORKING_DAYS),
      refusals: [
        refusal(
          'notOnMembersTab',
          `Đồng chí ${nameToken(c.key)} còn ở bảng Quần chúng: để soạn nghị quyết đề nghị công nhận chính thức, ghi đồng chí vào bảng Đảng viên (ngày kết nạp, ngày nghị quyết đề nghị công nhận chính thức, số phiếu tán thành công nhận).`,
        ),
      ],
    });
  }
  const pendingOn = (c: Candidate) =>
    (c.removedDate === undefined || c.removedDate > day) &&
    (c.cellResolutionDate === undefined || c.cellResolutionDate > day);
  let listSize = 0;
  for (const c of request.candidates) {
    if (pendingOn(c) && c.sympathizerListDate !== undefined && c.sympathizerListDate <= day) listSize++;
  }
  return {
    date: day,
    ruleset: rulesetFor(day),
    roster,
    attendance: att,
    refusals: base,
    admissions,
    recognitions,
    sympathizers: request.candidates.filter((c) => c.sympathizerListDate === day && pendingOn(c)),
    sympathizerListSize: listSize,
  };
}
