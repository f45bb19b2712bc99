import { formatDay } from '../dates/format.ts';
import { addMonths } from '../dates/months.ts';
import { refPhrase } from '../engine/context.ts';
import { defineRule } from './rule.ts';

/** Months an introduction, a union resolution or a feedback summary stays usable. */
export const DOSSIER_FRESH_MONTHS = 12;

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
    const papers: Array<[string, string, string | undefined]> = [
      ['youthUnionResolutionDate', 'Nghị quyết giới thiệu của Đoàn', ctx.c.youthUnionResolutionDate],
      ['tradeUnionResolutionDate', 'Nghị quyết giới thiệu của Công đoàn', ctx.c.tradeUnionResolutionDate],
      ['feedbackSummaryDate', 'Bản tổng hợp nhận xét', ctx.c.feedbackSummaryDate],
    ];
    for (const i of ctx.introducers) {
      papers.push([
        `introducers[${i.index}].letterDate`,
        `Giấy giới thiệu của người thứ ${i.index + 1}`,
        i.letterDate,
      ]);
    }
    for (const [field, label, date] of papers) {
      if (date === undefined) continue;
      if (addMonths(date, DOSSIER_FRESH_MONTHS) >= ctx.ref) continue;
      ctx.report(dossierStale, {
        field,
        date,
        message: `${label} đề ngày ${formatDay(date)}, đã quá 12 tháng tại ${refPhrase(ctx)} — cần làm lại văn bản này và bổ sung lý lịch.`,
      });
    }
  },
});
