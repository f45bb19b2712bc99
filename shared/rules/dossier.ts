import type { Day } from '../dates/day.ts';
import { formatDay } from '../dates/format.ts';
import { addMonths } from '../dates/months.ts';
import { PAPER_MONTHS, refPhrase } from './context.ts';
import { introducerField } from './fields.ts';
import type { CandidateContext } from './rule.ts';
import { defineRule } from './rule.ts';

function checkPaper(ctx: CandidateContext, field: string, label: string, date: Day | undefined): void {
  if (date === undefined || addMonths(date, PAPER_MONTHS) >= ctx.ref) return;
  ctx.report(dossierStale, {
    field,
    date,
    message: `${label} đề ngày ${formatDay(date)}, đã quá 12 tháng tại ${refPhrase(ctx)} — cần làm lại văn bản này và bổ sung lý lịch.`,
  });
}

export const dossierStale = defineRule({
  id: 'dossier.stale',
  title: 'Văn bản trong hồ sơ quá 12 tháng',
  severity: 'error',
  phase: 'preAdmission',
  citation: {
    '2021-09': [{ text: 'guidance', point: '', secondary: true }],
    '2025-07': [{ text: 'guidance', point: '', secondary: true }],
  },
  check(ctx) {
    const c = ctx.c;
    checkPaper(ctx, 'youthUnionResolutionDate', 'Nghị quyết giới thiệu của Đoàn', c.youthUnionResolutionDate);
    checkPaper(
      ctx,
      'tradeUnionResolutionDate',
      'Nghị quyết giới thiệu của Công đoàn',
      c.tradeUnionResolutionDate,
    );
    checkPaper(ctx, 'feedbackSummaryDate', 'Bản tổng hợp nhận xét', c.feedbackSummaryDate);
    for (const i of ctx.introducers) {
      if (i.letterDate === undefined) continue;
      checkPaper(
        ctx,
        introducerField(i.index, 'letterDate'),
        `Giấy giới thiệu của người thứ ${i.index + 1}`,
        i.letterDate,
      );
    }
  },
});

export const dossierTooEarly = defineRule({
  id: 'dossier.tooEarly',
  title: 'Chưa đến lúc lấy các văn bản có thời hạn 12 tháng',
  severity: 'info',
  phase: 'preAdmission',
  citation: [{ text: 'product', point: '' }],
  check(ctx) {
    if (ctx.papersFrom === undefined || ctx.eligibleFrom === undefined) return;
    ctx.report(dossierTooEarly, {
      date: ctx.papersFrom,
      message: `Đủ điều kiện từ ${formatDay(ctx.eligibleFrom)}: giấy giới thiệu, nghị quyết Đoàn/Công đoàn, bản tổng hợp nhận xét chỉ dùng được 12 tháng — chuẩn bị từ ${formatDay(ctx.papersFrom)}.`,
    });
  },
});
