import { addDays } from '../dates/day.ts';
import { formatDay } from '../dates/format.ts';
import { addMonths } from '../dates/months.ts';
import { refPhrase } from './context.ts';
import { defineRule } from './rule.ts';

/** Months an awareness-class certificate stays valid. */
export const CERTIFICATE_MONTHS = 60;
/** How far ahead PTĐV warns about an expiring certificate. */
export const EXPIRY_NOTICE_DAYS = 90;

export const awarenessMissing = defineRule({
  id: 'awareness.missing',
  title: 'Chưa có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng',
  severity: 'error',
  phase: 'preAdmission',
  citation: {
    '2021-09': [{ text: 'guidance', point: 'mục 3' }],
    '2025-07': [{ text: 'guidance', point: 'mục 3' }],
  },
  check(ctx) {
    const cert = ctx.c.awarenessCertificateDate;
    if (cert === undefined) {
      ctx.report(awarenessMissing, {
        field: 'awarenessCertificateDate',
        message: 'Chưa học lớp bồi dưỡng nhận thức về Đảng — đăng ký lớp gần nhất với trung tâm chính trị.',
      });
    } else if (cert > ctx.ref) {
      ctx.report(awarenessMissing, {
        field: 'awarenessCertificateDate',
        date: cert,
        message: `Giấy chứng nhận cấp ngày ${formatDay(cert)}, sau ${refPhrase(ctx)} — chi bộ chỉ xét sau khi có giấy.`,
      });
    }
  },
});

export const awarenessExpired = defineRule({
  id: 'awareness.expired',
  title: 'Giấy chứng nhận lớp nhận thức quá 60 tháng',
  severity: 'error',
  phase: 'preAdmission',
  citation: {
    '2021-09': [{ text: 'guidance', point: 'điểm 3.1', secondary: true }],
    '2025-07': [{ text: 'guidance', point: 'điểm 5.4', secondary: true }],
  },
  check(ctx) {
    const cert = ctx.c.awarenessCertificateDate;
    if (cert === undefined) return;
    const validThrough = addMonths(cert, CERTIFICATE_MONTHS);
    if (ctx.ref <= validThrough) return;
    ctx.report(awarenessExpired, {
      field: 'awarenessCertificateDate',
      date: validThrough,
      message: `Giấy chứng nhận lớp nhận thức hết hạn ngày ${formatDay(validThrough)}, trước ${refPhrase(ctx)} — cần học lại lớp trước khi chi bộ xét.`,
    });
  },
});

export const awarenessExpiresSoon = defineRule({
  id: 'awareness.expiresSoon',
  title: 'Giấy chứng nhận lớp nhận thức sắp hết hạn',
  severity: 'warning',
  phase: 'preAdmission',
  citation: [{ text: 'product', point: '' }],
  check(ctx) {
    const cert = ctx.c.awarenessCertificateDate;
    if (cert === undefined || ctx.datedStage === 'proposed') return;
    const validThrough = addMonths(cert, CERTIFICATE_MONTHS);
    if (validThrough < ctx.asOf || validThrough < ctx.ref) return;
    if (validThrough > addDays(ctx.asOf, EXPIRY_NOTICE_DAYS)) return;
    ctx.report(awarenessExpiresSoon, {
      field: 'awarenessCertificateDate',
      date: validThrough,
      message: `Giấy chứng nhận lớp nhận thức còn giá trị đến hết ngày ${formatDay(validThrough)} — chi bộ cần họp xét trước ngày này, nếu không phải học lại.`,
    });
  },
});
