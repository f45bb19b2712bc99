import type { Day } from '../dates/day.ts';
import { formatDay } from '../dates/format.ts';
import { addMonths } from '../dates/months.ts';
import { type CandidateContext, defineRule, type Rule } from './rule.ts';

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
 * Records a deadline and its finding: information while it runs, a warning once it has passed.
 * `message` is told which of the two to word.
 */
function reportDue(
  ctx: CandidateContext,
  rule: Rule,
  field: string,
  due: Day,
  message: (overdue: boolean) => string,
): void {
  const overdue = ctx.due(rule, due);
  ctx.report(rule, { field, date: due, severity: overdue ? 'warning' : 'info', message: message(overdue) });
}

export const deadlineDecision = defineRule({
  id: 'deadline.decision',
  title: 'Hạn cấp ủy có thẩm quyền ra quyết định kết nạp',
  severity: 'info',
  phase: 'admission',
  citation: [{ text: 'regulation', point: 'điểm 4.3.1' }],
  check(ctx) {
    const resolution = ctx.c.cellResolutionDate;
    if (ctx.datedStage !== 'proposed' || resolution === undefined) return;
    const due = addWd(ctx, resolution, DECISION_WORKING_DAYS);
    const extended = addWd(ctx, resolution, DECISION_WORKING_DAYS + DECISION_EXTENSION_WORKING_DAYS);
    reportDue(ctx, deadlineDecision, 'decisionDate', due, (overdue) =>
      overdue
        ? `Đã quá hạn ra quyết định kết nạp (${formatDay(due)}, 60 ngày làm việc từ nghị quyết chi bộ ${formatDay(resolution)}); nếu được kéo dài thì hạn cuối là ${formatDay(extended)} — đề nghị cấp ủy cơ sở đôn đốc.`
        : `Cấp ủy có thẩm quyền cần ra quyết định kết nạp trước ngày ${formatDay(due)} (60 ngày làm việc từ nghị quyết chi bộ; có thể kéo dài đến ${formatDay(extended)}).`,
    );
  },
});

export const deadlineCeremony = defineRule({
  id: 'deadline.ceremony',
  title: 'Hạn tổ chức lễ kết nạp',
  severity: 'info',
  phase: 'admission',
  citation: [{ text: 'regulation', point: 'điểm 4.1' }],
  check(ctx) {
    const decision = ctx.c.decisionDate;
    if (ctx.datedStage !== 'admitted' || decision === undefined) return;
    const received = ctx.c.decisionReceivedDate ?? decision;
    const due = addWd(ctx, received, CEREMONY_WORKING_DAYS);
    const from = ctx.c.decisionReceivedDate ? 'ngày chi bộ nhận quyết định' : 'ngày quyết định';
    reportDue(ctx, deadlineCeremony, 'ceremonyDate', due, (overdue) =>
      overdue
        ? `Đã quá hạn tổ chức lễ kết nạp (${formatDay(due)}, 30 ngày làm việc từ ${from}) — tổ chức lễ ngay và báo cáo cấp ủy cấp trên lý do chậm.`
        : `Chi bộ tổ chức lễ kết nạp trước ngày ${formatDay(due)} (30 ngày làm việc từ ${from} ${formatDay(received)}).`,
    );
  },
});

export const deadlineMemberRecord = defineRule({
  id: 'deadline.memberRecord',
  title: 'Hạn khai lý lịch đảng viên sau lễ kết nạp',
  severity: 'info',
  phase: 'admission',
  citation: [{ text: 'procedure', point: 'điểm 2.2', secondary: true }],
  check(ctx) {
    const ceremony = ctx.c.ceremonyDate;
    if (ctx.datedStage !== 'probationary' || ceremony === undefined) return;
    const due = addWd(ctx, ceremony, MEMBER_RECORD_WORKING_DAYS);
    // A reminder, not a check: the sheet does not record when the lý lịch đảng viên was filled in.
    if (ctx.asOf > addWd(ctx, due, MEMBER_RECORD_WORKING_DAYS)) return;
    ctx.due(deadlineMemberRecord, due);
    ctx.report(deadlineMemberRecord, {
      field: 'ceremonyDate',
      date: due,
      message: `Đảng viên mới khai lý lịch đảng viên (mẫu 1-HSĐV) trong 30 ngày làm việc sau lễ kết nạp, chậm nhất ngày ${formatDay(due)}; chi ủy hướng dẫn và kiểm tra.`,
    });
  },
});

export const probationEnds = defineRule({
  id: 'probation.ends',
  title: 'Ngày hết thời gian dự bị',
  severity: 'info',
  phase: 'admission',
  citation: [{ text: 'charter', point: 'Điều 5' }],
  check(ctx) {
    const ceremony = ctx.c.ceremonyDate;
    if (ctx.datedStage !== 'probationary' || ceremony === undefined) return;
    const end = probationEnd(ceremony);
    const partyAge = ctx.c.decisionDate
      ? ` Tuổi đảng tính từ ngày quyết định kết nạp ${formatDay(ctx.c.decisionDate)}.`
      : '';
    ctx.report(probationEnds, {
      field: 'ceremonyDate',
      date: end,
      message: `Hết 12 tháng dự bị ngày ${formatDay(end)}.${partyAge}`,
    });
  },
});

export const deadlineOfficialReview = defineRule({
  id: 'deadline.officialReview',
  title: 'Hạn xét công nhận đảng viên chính thức',
  severity: 'info',
  phase: 'admission',
  citation: [{ text: 'regulation', point: 'điểm 4.2, 4.3.1' }],
  check(ctx) {
    const ceremony = ctx.c.ceremonyDate;
    if (ctx.datedStage !== 'probationary' || ceremony === undefined) return;
    const end = probationEnd(ceremony);
    const resolution = ctx.c.officialResolutionDate;
    if (resolution === undefined) {
      const due = addWd(ctx, end, OFFICIAL_REVIEW_WORKING_DAYS);
      reportDue(ctx, deadlineOfficialReview, 'officialResolutionDate', due, (overdue) =>
        overdue
          ? `Đã quá hạn chi bộ xét công nhận chính thức (${formatDay(due)}) — họp xét ngay; ngày công nhận vẫn tính từ ${formatDay(end)}.`
          : `Chi bộ xét công nhận chính thức trong 30 ngày làm việc sau khi hết dự bị: từ ${formatDay(end)} đến ${formatDay(due)}.`,
      );
      return;
    }
    if (resolution < end) {
      ctx.report(deadlineOfficialReview, {
        field: 'officialResolutionDate',
        severity: 'error',
        date: end,
        message: `Nghị quyết đề nghị công nhận chính thức đề ngày ${formatDay(resolution)}, trước khi hết dự bị (${formatDay(end)}) — chi bộ chỉ xét khi đã đủ 12 tháng dự bị.`,
      });
      return;
    }
    const due = addWd(ctx, resolution, OFFICIAL_REVIEW_WORKING_DAYS);
    reportDue(ctx, deadlineOfficialReview, 'officialDecisionDate', due, (overdue) =>
      overdue
        ? `Đã quá hạn cấp ủy có thẩm quyền quyết định công nhận chính thức (${formatDay(due)}) — đề nghị cấp ủy cơ sở đôn đốc.`
        : `Cấp ủy có thẩm quyền quyết định công nhận chính thức trước ngày ${formatDay(due)} (30 ngày làm việc từ nghị quyết chi bộ).`,
    );
  },
});
