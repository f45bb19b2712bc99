import type { Day } from '../dates/day.ts';
import { formatDay } from '../dates/format.ts';
import { defineRule } from './rule.ts';

/** Vietnamese names of the dated steps, as the sheet's headers call them. */
const STEP_LABELS: Record<string, string> = {
  joinedUnitDate: 'Ngày vào đơn vị',
  sympathizerListDate: 'Ngày vào danh sách cảm tình Đảng',
  youthUnionResolutionDate: 'Ngày NQ Đoàn giới thiệu',
  tradeUnionResolutionDate: 'Ngày NQ Công đoàn giới thiệu',
  awarenessCertificateDate: 'Ngày cấp GCN lớp nhận thức',
  applicationDate: 'Ngày viết đơn',
  backgroundDeclaredDate: 'Ngày khai lý lịch',
  backgroundVerifiedDate: 'Ngày chứng nhận lý lịch',
  feedbackSummaryDate: 'Ngày tổng hợp nhận xét',
  cellResolutionDate: 'Ngày NQ chi bộ đề nghị kết nạp',
  decisionDate: 'Ngày quyết định kết nạp',
  decisionReceivedDate: 'Ngày nhận quyết định kết nạp',
  ceremonyDate: 'Ngày lễ kết nạp',
  officialResolutionDate: 'Ngày NQ chi bộ đề nghị công nhận chính thức',
  officialDecisionDate: 'Ngày quyết định công nhận chính thức',
  removedDate: 'Ngày thôi theo dõi',
};

/** Steps that must follow each other (each one on or after the previous). */
const CHAINS: ReadonlyArray<readonly string[]> = [
  ['cellResolutionDate', 'decisionDate', 'decisionReceivedDate', 'ceremonyDate'],
  ['decisionDate', 'ceremonyDate', 'officialResolutionDate', 'officialDecisionDate'],
  ['backgroundDeclaredDate', 'backgroundVerifiedDate'],
];

export const orderDates = defineRule({
  id: 'order.dates',
  title: 'Thứ tự các ngày không hợp lý',
  severity: 'error',
  phase: 'always',
  citation: [{ text: 'product', point: '' }],
  check(ctx) {
    const c = ctx.c as unknown as Record<string, unknown>;
    const dated: Array<[string, string, Day]> = [];
    for (const field of Object.keys(STEP_LABELS)) {
      const v = c[field];
      if (typeof v === 'string') dated.push([field, STEP_LABELS[field]!, v]);
    }
    for (const i of ctx.introducers) {
      if (i.letterDate)
        dated.push([
          `introducers[${i.index}].letterDate`,
          `Ngày giấy giới thiệu ${i.index + 1}`,
          i.letterDate,
        ]);
    }
    const birthStart = ctx.c.birthDate.length === 7 ? `${ctx.c.birthDate}-01` : ctx.c.birthDate;
    for (const [field, label, day] of dated) {
      if (day < birthStart) {
        ctx.report(orderDates, {
          field,
          message: `${label} (${formatDay(day)}) trước ngày sinh — kiểm tra lại.`,
        });
      } else if (day > ctx.asOf) {
        ctx.report(orderDates, {
          field,
          message: `${label} (${formatDay(day)}) sau ngày kiểm tra ${formatDay(ctx.asOf)}: việc đã làm không thể ghi ngày trong tương lai — kiểm tra lại (ngày dự kiến ghi ở cột dự kiến).`,
        });
      }
    }
    for (const chain of CHAINS) {
      let prev: string | undefined;
      for (const field of chain) {
        const day = c[field];
        if (typeof day !== 'string') continue;
        if (prev !== undefined && day < (c[prev] as string)) {
          ctx.report(orderDates, {
            field,
            message: `${STEP_LABELS[field]} (${formatDay(day)}) trước ${STEP_LABELS[prev]!.toLowerCase()} (${formatDay(c[prev] as string)}) — thứ tự này không thể xảy ra, kiểm tra lại.`,
          });
        }
        prev = field;
      }
    }
  },
});
