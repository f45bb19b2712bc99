import { defineRule } from './rule.ts';

export const feedbackMissing = defineRule({
  id: 'feedback.missing',
  title: 'Chưa tổng hợp ý kiến nhận xét',
  severity: 'error',
  phase: 'preAdmission',
  citation: [{ text: 'charter', point: 'Điều 4 khoản 3' }],
  messages: {
    missing:
      'Chưa tổng hợp nhận xét của đoàn thể và chi ủy nơi cư trú (mẫu 5-KNĐ) — cần có trước khi chi bộ xét.',
  },
  check(ctx) {
    const date = ctx.c.feedbackSummaryDate;
    if ((date !== undefined && date <= ctx.ref) || ctx.papersFrom !== undefined) return;
    ctx.report(feedbackMissing, 'missing', 'feedbackSummaryDate');
  },
});
