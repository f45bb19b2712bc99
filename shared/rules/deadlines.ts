import type { Day } from '../dates/day.ts';
import { addMonths } from '../dates/months.ts';
import { constantPhrase } from './phrases.ts';
import { type CandidateContext, defineRule, type Rule } from './rule.ts';
import type { MessageParam } from './texts.ts';

export const DECISION_WORKING_DAYS = 60;
export const DECISION_EXTENSION_WORKING_DAYS = 30;
export const CEREMONY_WORKING_DAYS = 30;
export const PROBATION_MONTHS = 12;
export const OFFICIAL_REVIEW_WORKING_DAYS = 30;
/** The new member fills in the lý lịch đảng viên within this many working days of the ceremony. */
export const MEMBER_RECORD_WORKING_DAYS = 30;

export function probationEnd(ceremony: Day): Day {
  return addMonths(ceremony, PROBATION_MONTHS);
}

function addWd(ctx: CandidateContext, start: Day, n: number): Day {
  return ctx.unit.addWorkingDays(start, n);
}

/**
 * A deadline's finding: the `running` message while it runs, the `overdue` one once it has
 * passed (a warning: the rule's `severities`); both take the same parameters.
 */
function reportDue(
  ctx: CandidateContext,
  rule: Rule,
  field: string,
  due: Day,
  texts: { running: string; overdue: string },
  p0: MessageParam,
  p1?: MessageParam,
  p2?: MessageParam,
): void {
  ctx.report(rule, ctx.overdue(due) ? texts.overdue : texts.running, field, due, p0, p1, p2);
}

/** The messages of a deadline that runs, then is overdue. */
const DUE_MESSAGES = { severities: { overdue: 'warning' }, deadlines: ['running', 'overdue'] } as const;

const DUE = { running: 'running', overdue: 'overdue' };
const DECISION_DUE = { running: 'decisionRunning', overdue: 'decisionOverdue' };
const FROM_RECEIVED = constantPhrase('ceremony.fromReceived');
const FROM_DECISION = constantPhrase('ceremony.fromDecision');

export const deadlineDecision = defineRule({
  id: 'deadline.decision',
  title: 'Hạn cấp ủy có thẩm quyền ra quyết định kết nạp',
  severity: 'info',
  phase: 'admission',
  citation: [{ text: 'regulation', point: 'điểm 4.3.1' }],
  messages: {
    overdue:
      'Đã quá hạn ra quyết định kết nạp ({0|day}, 60 ngày làm việc từ nghị quyết chi bộ {1|day}); nếu được kéo dài thì hạn cuối là {2|day} — đề nghị cấp ủy cơ sở đôn đốc.',
    running:
      'Cấp ủy có thẩm quyền ra quyết định kết nạp chậm nhất ngày {0|day} (60 ngày làm việc từ nghị quyết chi bộ; có thể kéo dài đến {2|day}).',
  },
  ...DUE_MESSAGES,
  check(ctx) {
    const resolution = ctx.c.cellResolutionDate;
    if (ctx.datedStage !== 'proposed' || resolution === undefined) return;
    const due = addWd(ctx, resolution, DECISION_WORKING_DAYS);
    const extended = addWd(ctx, resolution, DECISION_WORKING_DAYS + DECISION_EXTENSION_WORKING_DAYS);
    reportDue(ctx, deadlineDecision, 'decisionDate', due, DUE, due, resolution, extended);
  },
});

export const deadlineCeremony = defineRule({
  id: 'deadline.ceremony',
  title: 'Hạn tổ chức lễ kết nạp',
  severity: 'info',
  phase: 'admission',
  citation: [{ text: 'regulation', point: 'điểm 4.1' }],
  messages: {
    overdue:
      'Đã quá hạn tổ chức lễ kết nạp ({0|day}, 30 ngày làm việc từ {1}) — tổ chức lễ ngay và báo cáo cấp ủy cấp trên lý do chậm.',
    running: 'Chi bộ tổ chức lễ kết nạp chậm nhất ngày {0|day} (30 ngày làm việc từ {1} {2|day}).',
  },
  ...DUE_MESSAGES,
  check(ctx) {
    const decision = ctx.c.decisionDate;
    if (ctx.datedStage !== 'admitted' || decision === undefined) return;
    const received = ctx.c.decisionReceivedDate ?? decision;
    const due = addWd(ctx, received, CEREMONY_WORKING_DAYS);
    const from = ctx.c.decisionReceivedDate ? FROM_RECEIVED : FROM_DECISION;
    reportDue(ctx, deadlineCeremony, 'ceremonyDate', due, DUE, due, from, received);
  },
});

export const deadlineMemberRecord = defineRule({
  id: 'deadline.memberRecord',
  title: 'Hạn khai lý lịch đảng viên sau lễ kết nạp',
  severity: 'info',
  phase: 'admission',
  citation: [{ text: 'procedure', point: 'điểm 2.2', secondary: true }],
  messages: {
    due: 'Đảng viên mới khai lý lịch đảng viên (mẫu 1-HSĐV) trong 30 ngày làm việc sau lễ kết nạp, chậm nhất ngày {0|day}; chi ủy hướng dẫn và kiểm tra.',
  },
  deadlines: ['due'],
  check(ctx) {
    const ceremony = ctx.c.ceremonyDate;
    if (ctx.datedStage !== 'probationary' || ceremony === undefined) return;
    const due = addWd(ctx, ceremony, MEMBER_RECORD_WORKING_DAYS);
    // A reminder, not a check: the sheet does not record when the lý lịch đảng viên was filled in.
    if (ctx.asOf > addWd(ctx, due, MEMBER_RECORD_WORKING_DAYS)) return;
    ctx.report(deadlineMemberRecord, 'due', 'ceremonyDate', due, due);
  },
});

export const probationEnds = defineRule({
  id: 'probation.ends',
  title: 'Ngày hết thời gian dự bị',
  severity: 'info',
  phase: 'admission',
  citation: [{ text: 'charter', point: 'Điều 5' }],
  messages: {
    ends: 'Hết 12 tháng dự bị ngày {0|day}.',
    endsPartyAge: 'Hết 12 tháng dự bị ngày {0|day}. Tuổi đảng tính từ ngày quyết định kết nạp {1|day}.',
  },
  check(ctx) {
    const ceremony = ctx.c.ceremonyDate;
    if (ctx.datedStage !== 'probationary' || ceremony === undefined) return;
    const end = probationEnd(ceremony);
    const decision = ctx.c.decisionDate;
    if (decision) ctx.report(probationEnds, 'endsPartyAge', 'ceremonyDate', end, end, decision);
    else ctx.report(probationEnds, 'ends', 'ceremonyDate', end, end);
  },
});

export const deadlineOfficialReview = defineRule({
  id: 'deadline.officialReview',
  title: 'Hạn xét công nhận đảng viên chính thức',
  severity: 'info',
  phase: 'admission',
  citation: [{ text: 'regulation', point: 'điểm 4.2, 4.3.1' }],
  messages: {
    overdue:
      'Đã quá hạn chi bộ xét công nhận chính thức ({0|day}) — họp xét ngay; ngày công nhận vẫn tính từ {1|day}.',
    running:
      'Chi bộ xét công nhận chính thức trong 30 ngày làm việc sau khi hết dự bị: từ {1|day} đến {0|day}.',
    early:
      'Nghị quyết đề nghị công nhận chính thức đề ngày {0|day}, trước khi hết dự bị ({1|day}) — chi bộ chỉ xét khi đã đủ 12 tháng dự bị.',
    decisionOverdue:
      'Đã quá hạn cấp ủy có thẩm quyền quyết định công nhận chính thức ({0|day}) — đề nghị cấp ủy cơ sở đôn đốc.',
    decisionRunning:
      'Cấp ủy có thẩm quyền quyết định công nhận chính thức chậm nhất ngày {0|day} (30 ngày làm việc từ nghị quyết chi bộ).',
  },
  severities: { overdue: 'warning', decisionOverdue: 'warning', early: 'error' },
  deadlines: ['running', 'overdue', 'decisionRunning', 'decisionOverdue'],
  check(ctx) {
    const ceremony = ctx.c.ceremonyDate;
    if (ctx.datedStage !== 'probationary' || ceremony === undefined) return;
    const end = probationEnd(ceremony);
    const resolution = ctx.c.officialResolutionDate;
    if (resolution === undefined) {
      const due = addWd(ctx, end, OFFICIAL_REVIEW_WORKING_DAYS);
      reportDue(ctx, deadlineOfficialReview, 'officialResolutionDate', due, DUE, due, end);
      return;
    }
    if (resolution < end) {
      ctx.report(deadlineOfficialReview, 'early', 'officialResolutionDate', end, resolution, end);
      return;
    }
    const due = addWd(ctx, resolution, OFFICIAL_REVIEW_WORKING_DAYS);
    reportDue(ctx, deadlineOfficialReview, 'officialDecisionDate', due, DECISION_DUE, due);
  },
});
