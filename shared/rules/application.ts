import { defineRule } from './rule.ts';

export const applicationMissing = defineRule({
  id: 'application.missing',
  title: 'Chưa có đơn xin vào Đảng',
  severity: 'error',
  phase: 'preAdmission',
  citation: [{ text: 'charter', point: 'Điều 4 khoản 1' }],
  messages: {
    missing: 'Chưa có đơn xin vào Đảng (mẫu 1-KNĐ) — quần chúng tự viết, trước khi khai lý lịch.',
    late: 'Đơn xin vào Đảng đề ngày {0|day}, sau {1}.',
  },
  check(ctx) {
    const date = ctx.c.applicationDate;
    if (date === undefined) {
      ctx.report(applicationMissing, 'missing', 'applicationDate');
    } else if (date > ctx.ref) {
      ctx.report(applicationMissing, 'late', 'applicationDate', date, date, ctx.refPhrase);
    }
  },
});

export const applicationAfterBackground = defineRule({
  id: 'application.afterBackground',
  title: 'Đơn viết sau lý lịch',
  severity: 'warning',
  phase: 'preAdmission',
  citation: [{ text: 'guidance', point: 'mục 3', secondary: true }],
  messages: {
    after:
      'Đơn đề ngày {0|day} nhưng lý lịch khai ngày {1|day}: đơn phải có trước lý lịch — kiểm tra lại ngày ghi trên hai văn bản.',
  },
  check(ctx) {
    const { applicationDate, backgroundDeclaredDate } = ctx.c;
    if (applicationDate === undefined || backgroundDeclaredDate === undefined) return;
    if (applicationDate <= backgroundDeclaredDate) return;
    ctx.report(
      applicationAfterBackground,
      'after',
      'applicationDate',
      undefined,
      applicationDate,
      backgroundDeclaredDate,
    );
  },
});
