import { addDays, type Day } from '../dates/day.ts';
import { defineRule } from './rule.ts';

/** Months an awareness-class certificate stays valid. */
export const CERTIFICATE_MONTHS = 60;
/** How far ahead PTĐV warns about an expiring certificate. */
export const EXPIRY_NOTICE_DAYS = 90;

/** The last day of the notice period from `asOf`, remembered for the asOf asked last (one per evaluation). */
let noticeFrom: Day | undefined;
let noticeUntil: Day | undefined;
function noticeEnd(asOf: Day): Day {
  if (asOf !== noticeFrom || noticeUntil === undefined) {
    noticeUntil = addDays(asOf, EXPIRY_NOTICE_DAYS);
    noticeFrom = asOf;
  }
  return noticeUntil;
}

export const awarenessMissing = defineRule({
  id: 'awareness.missing',
  title: 'Chưa có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng',
  severity: 'error',
  phase: 'preAdmission',
  citation: {
    '2021-09': [{ text: 'guidance', point: 'mục 3' }],
    '2025-07': [{ text: 'guidance', point: 'mục 3' }],
  },
  messages: {
    missing: 'Chưa học lớp bồi dưỡng nhận thức về Đảng — đăng ký lớp gần nhất với trung tâm chính trị.',
    late: 'Giấy chứng nhận cấp ngày {0|day}, sau {1} — chi bộ chỉ xét sau khi có giấy.',
  },
  check(ctx) {
    const cert = ctx.c.awarenessCertificateDate;
    if (cert === undefined) {
      ctx.report(awarenessMissing, 'missing', 'awarenessCertificateDate');
    } else if (cert > ctx.ref) {
      ctx.report(awarenessMissing, 'late', 'awarenessCertificateDate', cert, cert, ctx.refPhrase);
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
  messages: {
    expired:
      'Giấy chứng nhận lớp nhận thức hết hạn ngày {0|day}, trước {1} — cần học lại lớp trước khi chi bộ xét.',
  },
  check(ctx) {
    const validThrough = ctx.certificateValidThrough;
    if (validThrough === undefined || ctx.ref <= validThrough) return;
    ctx.report(
      awarenessExpired,
      'expired',
      'awarenessCertificateDate',
      validThrough,
      validThrough,
      ctx.refPhrase,
    );
  },
});

export const awarenessExpiresSoon = defineRule({
  id: 'awareness.expiresSoon',
  title: 'Giấy chứng nhận lớp nhận thức sắp hết hạn',
  severity: 'warning',
  phase: 'preAdmission',
  citation: [{ text: 'product', point: '' }],
  messages: {
    soon: 'Giấy chứng nhận lớp nhận thức còn giá trị đến hết ngày {0|day} — chi bộ cần họp xét chậm nhất ngày này, nếu không phải học lại.',
  },
  check(ctx) {
    const validThrough = ctx.certificateValidThrough;
    if (validThrough === undefined || ctx.datedStage === 'proposed') return;
    if (validThrough < ctx.asOf || validThrough < ctx.ref) return;
    if (validThrough > noticeEnd(ctx.asOf)) return;
    ctx.report(awarenessExpiresSoon, 'soon', 'awarenessCertificateDate', validThrough, validThrough);
  },
});
