import type { Day } from '../dates/day.ts';
import { formatDay } from '../dates/format.ts';
import type { Candidate } from '../schemas/request.ts';
import { introducerField } from './fields.ts';
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

const STEP_LABEL_MAP: ReadonlyMap<string, string> = new Map(Object.entries(STEP_LABELS));

/** Steps that must follow each other (each one on or after the previous). */
const CHAINS: ReadonlyArray<readonly string[]> = [
  ['cellResolutionDate', 'decisionDate', 'decisionReceivedDate', 'ceremonyDate'],
  ['decisionDate', 'ceremonyDate', 'officialResolutionDate', 'officialDecisionDate'],
  ['backgroundDeclaredDate', 'backgroundVerifiedDate'],
];

/** Present days a, b, c, d (any may be missing) never go backwards. */
function ordered(a?: Day, b?: Day, c?: Day, d?: Day): boolean {
  let last = a;
  if (b !== undefined) {
    if (last !== undefined && b < last) return false;
    last = b;
  }
  if (c !== undefined) {
    if (last !== undefined && c < last) return false;
    last = c;
  }
  return d === undefined || last === undefined || d >= last;
}

const outside = (d: Day | undefined, from: Day, to: Day): boolean => d !== undefined && (d < from || d > to);

/**
 * The common case, checked with plain property reads and no allocation: every step between birth
 * and `asOf`, every chain in order. Only a candidate failing it goes through the detailed pass.
 */
function plausible(c: Candidate, from: Day, to: Day): boolean {
  if (
    outside(c.joinedUnitDate, from, to) ||
    outside(c.sympathizerListDate, from, to) ||
    outside(c.youthUnionResolutionDate, from, to) ||
    outside(c.tradeUnionResolutionDate, from, to) ||
    outside(c.awarenessCertificateDate, from, to) ||
    outside(c.applicationDate, from, to) ||
    outside(c.backgroundDeclaredDate, from, to) ||
    outside(c.backgroundVerifiedDate, from, to) ||
    outside(c.feedbackSummaryDate, from, to) ||
    outside(c.cellResolutionDate, from, to) ||
    outside(c.decisionDate, from, to) ||
    outside(c.decisionReceivedDate, from, to) ||
    outside(c.ceremonyDate, from, to) ||
    outside(c.officialResolutionDate, from, to) ||
    outside(c.officialDecisionDate, from, to) ||
    outside(c.removedDate, from, to)
  ) {
    return false;
  }
  if (c.introducers) for (const i of c.introducers) if (outside(i.letterDate, from, to)) return false;
  return (
    ordered(c.cellResolutionDate, c.decisionDate, c.decisionReceivedDate, c.ceremonyDate) &&
    ordered(c.decisionDate, c.ceremonyDate, c.officialResolutionDate, c.officialDecisionDate) &&
    ordered(c.backgroundDeclaredDate, c.backgroundVerifiedDate)
  );
}

export const orderDates = defineRule({
  id: 'order.dates',
  title: 'Thứ tự các ngày không hợp lý',
  severity: 'error',
  phase: 'always',
  citation: [{ text: 'product', point: '' }],
  check(ctx) {
    const c = ctx.c as unknown as Record<string, unknown>;
    const birthStart = ctx.c.birthDate.length === 7 ? `${ctx.c.birthDate}-01` : ctx.c.birthDate;
    if (plausible(ctx.c, birthStart, ctx.asOf)) return;
    const checkOne = (field: string, label: string, day: Day): void => {
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
    };
    // Only the fields present: a candidate early in the pipeline has few dates.
    for (const field in c) {
      const label = STEP_LABEL_MAP.get(field);
      const day = c[field];
      if (label !== undefined && typeof day === 'string') checkOne(field, label, day);
    }
    for (const i of ctx.introducers) {
      if (i.letterDate)
        checkOne(introducerField(i.index, 'letterDate'), `Ngày giấy giới thiệu ${i.index + 1}`, i.letterDate);
    }
    // decision → ceremony is in two chains: report each pair once
    const reported = new Set<string>();
    for (const chain of CHAINS) {
      let prev: string | undefined;
      for (const field of chain) {
        const day = c[field];
        if (typeof day !== 'string') continue;
        if (prev !== undefined && day < (c[prev] as string) && !reported.has(`${prev}>${field}`)) {
          reported.add(`${prev}>${field}`);
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
