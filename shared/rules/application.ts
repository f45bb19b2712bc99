import { formatDay } from '../dates/format.ts';
import { refPhrase } from './context.ts';
import { defineRule } from './rule.ts';

export const applicationMissing = defineRule({
  id: 'application.missing',
  title: 'Chưa có đơn xin vào Đảng',
  severity: 'error',
  phase: 'preAdmission',
  citation: [{ text: 'charter', point: 'Điều 4 khoản 1' }],
  check(ctx) {
    const date = ctx.c.applicationDate;
    if (date === undefined) {
      ctx.report(applicationMissing, {
        field: 'applicationDate',
        message: 'Chưa có đơn xin vào Đảng (mẫu 1-KNĐ) — quần chúng tự viết, trước khi khai lý lịch.',
      });
    } else if (date > ctx.ref) {
      ctx.report(applicationMissing, {
        field: 'applicationDate',
        date,
        message: `Đơn xin vào Đảng đề ngày ${formatDay(date)}, sau ${refPhrase(ctx)}.`,
      });
    }
  },
});

export const applicationAfterBackground = defineRule({
  id: 'application.afterBackground',
  title: 'Đơn viết sau lý lịch',
  severity: 'warning',
  phase: 'preAdmission',
  citation: [{ text: 'guidance', point: 'mục 3', secondary: true }],
  check(ctx) {
    const { applicationDate, backgroundDeclaredDate } = ctx.c;
    if (applicationDate === undefined || backgroundDeclaredDate === undefined) return;
    if (applicationDate <= backgroundDeclaredDate) return;
    ctx.report(applicationAfterBackground, {
      field: 'applicationDate',
      message: `Đơn đề ngày ${formatDay(applicationDate)} nhưng lý lịch khai ngày ${formatDay(backgroundDeclaredDate)}: đơn phải có trước lý lịch — kiểm tra lại ngày ghi trên hai văn bản.`,
    });
  },
});
