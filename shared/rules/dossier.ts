import type { Day } from '../dates/day.ts';
import { addMonths, monthIndex } from '../dates/months.ts';
import { PAPER_MONTHS } from './context.ts';
import { introducerField } from './fields.ts';
import { constantPhrase } from './phrases.ts';
import type { CandidateContext } from './rule.ts';
import { defineRule } from './rule.ts';
import type { Phrase } from './texts.ts';

const YOUTH_UNION = constantPhrase('paper.youthUnion');
const TRADE_UNION = constantPhrase('paper.tradeUnion');
const FEEDBACK = constantPhrase('paper.feedback');

/**
 * Whether a paper dated `date` is within its 12 months at `ref` (`addMonths(date, 12) >= ref`):
 * by month numbers, and the exact day only when `ref` is in the 12th month after. Run for every
 * paper of every pending candidate; most are months away from the edge.
 */
function stillValid(date: Day, ref: Day): boolean {
  const months = monthIndex(ref) - monthIndex(date);
  return months === PAPER_MONTHS ? addMonths(date, PAPER_MONTHS) >= ref : months < PAPER_MONTHS;
}

/** `paper`: the paper's phrase, or the number of the introducer whose letter it is. */
function checkPaper(
  ctx: CandidateContext,
  field: string,
  paper: Phrase | number,
  date: Day | undefined,
): void {
  if (date === undefined || stillValid(date, ctx.ref)) return;
  const label: Phrase = typeof paper === 'number' ? ['paper.letter', paper] : paper;
  ctx.report(dossierStale, 'stale', field, date, label, date, ctx.refPhrase);
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
  messages: {
    stale: '{0} đề ngày {1|day}, đã quá 12 tháng tại {2} — cần làm lại văn bản này và bổ sung lý lịch.',
  },
  check(ctx) {
    const c = ctx.c;
    checkPaper(ctx, 'youthUnionResolutionDate', YOUTH_UNION, c.youthUnionResolutionDate);
    checkPaper(ctx, 'tradeUnionResolutionDate', TRADE_UNION, c.tradeUnionResolutionDate);
    checkPaper(ctx, 'feedbackSummaryDate', FEEDBACK, c.feedbackSummaryDate);
    const introducers = ctx.introducers;
    // Indexed loops here and in the other rules: run for every candidate, and a for…of loop
    // whose iterator V8 does not optimise away allocates per step.
    for (let k = 0; k < introducers.length; k++) {
      const i = introducers[k]!;
      if (i.letterDate === undefined) continue;
      checkPaper(ctx, introducerField(i.index, 'letterDate'), i.index + 1, i.letterDate);
    }
  },
});

export const dossierTooEarly = defineRule({
  id: 'dossier.tooEarly',
  title: 'Chưa đến lúc lấy các văn bản có thời hạn 12 tháng',
  severity: 'info',
  phase: 'preAdmission',
  citation: [{ text: 'product', point: '' }],
  messages: {
    early:
      'Đủ điều kiện từ {0|day}: giấy giới thiệu, nghị quyết Đoàn/Công đoàn, bản tổng hợp nhận xét chỉ dùng được 12 tháng — chuẩn bị từ {1|day}.',
  },
  check(ctx) {
    if (ctx.papersFrom === undefined || ctx.eligibleFrom === undefined) return;
    ctx.report(dossierTooEarly, 'early', undefined, ctx.papersFrom, ctx.eligibleFrom, ctx.papersFrom);
  },
});
