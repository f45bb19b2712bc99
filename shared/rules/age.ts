import { formatDay } from '../dates/format.ts';
import { ADULT_MONTHS, refPhrase, SENIOR_MONTHS } from './context.ts';
import { defineRule } from './rule.ts';

function ageText(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  return m === 0 ? `${y} tuổi` : `${y} tuổi ${m} tháng`;
}

export const ageUnder18 = defineRule({
  id: 'age.under18',
  title: 'Chưa đủ 18 tuổi (tính theo tháng)',
  severity: 'error',
  phase: 'preAdmission',
  citation: [{ text: 'regulation', point: 'điểm 1.1.1' }],
  check(ctx) {
    if (ctx.ageMonths >= ADULT_MONTHS) return;
    ctx.report(ageUnder18, {
      field: 'birthDate',
      date: ctx.adultFrom,
      message:
        ctx.ageMonths < 0
          ? `Ngày sinh sau ${refPhrase(ctx)} — kiểm tra lại ngày sinh.`
          : `Tại ${refPhrase(ctx)} mới ${ageText(ctx.ageMonths)}, chưa đủ 18 tuổi. Chi bộ xét được từ ngày ${formatDay(ctx.adultFrom)}.`,
    });
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
  check(ctx) {
    if (ctx.ageMonths <= SENIOR_MONTHS) return;
    if (ctx.c.over60Approved) {
      ctx.report(ageOver60, {
        field: 'over60Approved',
        severity: 'warning',
        message: `Tại ${refPhrase(ctx)} đã ${ageText(ctx.ageMonths)}. Đã ghi có văn bản đồng ý của ban thường vụ tỉnh ủy (hoặc tương đương) — lưu văn bản này vào hồ sơ.`,
      });
      return;
    }
    ctx.report(ageOver60, {
      field: 'birthDate',
      message: `Tại ${refPhrase(ctx)} đã ${ageText(ctx.ageMonths)}, quá 60 tuổi. Chỉ xét khi có văn bản đồng ý của ban thường vụ tỉnh ủy (hoặc tương đương).`,
    });
  },
});

export const birthDateIncomplete = defineRule({
  id: 'birthDate.incomplete',
  title: 'Ngày sinh chưa đầy đủ',
  severity: 'warning',
  phase: 'preAdmission',
  citation: [{ text: 'product', point: '' }],
  check(ctx) {
    if (ctx.c.birthDate.length !== 7) return;
    ctx.report(birthDateIncomplete, {
      field: 'birthDate',
      message: `Ngày sinh mới ghi tháng ${formatDay(ctx.c.birthDate)}: đủ để tính tuổi theo tháng, nhưng lý lịch và hồ sơ kết nạp cần ghi đủ ngày, tháng, năm sinh.`,
    });
  },
});
