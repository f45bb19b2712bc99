import { isMonthOnly } from '../dates/months.ts';
import { ADULT_MONTHS, SENIOR_MONTHS } from './context.ts';
import { defineRule } from './rule.ts';

export const ageUnder18 = defineRule({
  id: 'age.under18',
  title: 'Chưa đủ 18 tuổi (tính theo tháng)',
  severity: 'error',
  phase: 'preAdmission',
  citation: [{ text: 'regulation', point: 'điểm 1.1.1' }],
  messages: {
    bornAfter: 'Ngày sinh sau {0} — kiểm tra lại ngày sinh.',
    young: 'Tại {0} mới {1|age}, chưa đủ 18 tuổi. Chi bộ xét được từ ngày {2|day}.',
  },
  check(ctx) {
    if (ctx.ageMonths >= ADULT_MONTHS) return;
    if (ctx.ageMonths < 0) {
      ctx.report(ageUnder18, 'bornAfter', 'birthDate', ctx.adultFrom, ctx.refPhrase);
    } else {
      ctx.report(
        ageUnder18,
        'young',
        'birthDate',
        ctx.adultFrom,
        ctx.refPhrase,
        ctx.ageMonths,
        ctx.adultFrom,
      );
    }
  },
});

export const ageOver60 = defineRule({
  id: 'age.over60',
  title: 'Trên 60 tuổi',
  severity: 'error',
  phase: 'preAdmission',
  citation: {
    '2021-09': [
      { text: 'regulation', point: 'điểm 1.1.2' },
      { text: 'guidance', point: 'điểm 1.1' },
    ],
    '2025-07': [
      { text: 'regulation', point: 'điểm 1.1.2' },
      { text: 'guidance', point: 'điểm 1.1', secondary: true },
    ],
  },
  messages: {
    approved:
      'Tại {0} đã {1|age}. Đã ghi có văn bản đồng ý của ban thường vụ tỉnh ủy (hoặc tương đương) — lưu văn bản này vào hồ sơ.',
    over: 'Tại {0} đã {1|age}, quá 60 tuổi. Chỉ xét khi có văn bản đồng ý của ban thường vụ tỉnh ủy (hoặc tương đương).',
  },
  severities: { approved: 'warning' },
  check(ctx) {
    if (ctx.ageMonths <= SENIOR_MONTHS) return;
    if (ctx.c.over60Approved) {
      ctx.report(ageOver60, 'approved', 'over60Approved', undefined, ctx.refPhrase, ctx.ageMonths);
      return;
    }
    ctx.report(ageOver60, 'over', 'birthDate', undefined, ctx.refPhrase, ctx.ageMonths);
  },
});

export const birthDateIncomplete = defineRule({
  id: 'birthDate.incomplete',
  title: 'Ngày sinh chưa đầy đủ',
  severity: 'warning',
  phase: 'preAdmission',
  citation: [{ text: 'product', point: '' }],
  messages: {
    monthOnly:
      'Ngày sinh mới ghi tháng {0|day}: đủ để tính tuổi theo tháng, nhưng lý lịch và hồ sơ kết nạp cần ghi đủ ngày, tháng, năm sinh.',
  },
  check(ctx) {
    if (!isMonthOnly(ctx.c.birthDate)) return;
    ctx.report(birthDateIncomplete, 'monthOnly', 'birthDate', undefined, ctx.c.birthDate);
  },
});
