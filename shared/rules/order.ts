import type { Day } from '../dates/day.ts';
import { earliestBirthDay } from '../dates/months.ts';
import type { Candidate } from '../schemas/request.ts';
import { introducerField } from './fields.ts';
import { constantPhrase } from './phrases.ts';
import { type CandidateContext, defineRule } from './rule.ts';
import type { Phrase } from './texts.ts';

/** The candidate's fields that hold a Day. */
type DayField = {
  [K in keyof Candidate]-?: Candidate[K] extends Day | undefined ? K : never;
}[keyof Candidate];

/** The dated steps, each with its name's phrase (phrases.ts: "Ngày vào đơn vị", …). */
const STEP_FIELDS: readonly DayField[] = [
  'joinedUnitDate',
  'sympathizerListDate',
  'youthUnionResolutionDate',
  'tradeUnionResolutionDate',
  'awarenessCertificateDate',
  'applicationDate',
  'backgroundDeclaredDate',
  'backgroundVerifiedDate',
  'feedbackSummaryDate',
  'cellResolutionDate',
  'decisionDate',
  'decisionReceivedDate',
  'ceremonyDate',
  'officialResolutionDate',
  'officialDecisionDate',
  'removedDate',
] as const;

/** Each step's field (typed, for reading its Day) and its name's phrase, by the field's name. */
const STEPS: ReadonlyMap<string, readonly [DayField, Phrase]> = new Map(
  STEP_FIELDS.map((field) => [field, [field, constantPhrase(`step.${field}`)]]),
);

const labelOf = (field: DayField): Phrase => STEPS.get(field)![1];

/** Steps that must follow each other (each one on or after the previous). */
const CHAINS: ReadonlyArray<readonly DayField[]> = [
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
  const introducers = c.introducers;
  if (introducers !== undefined) {
    // indexed: a for…of loop here allocated its iterator for every candidate
    for (let k = 0; k < introducers.length; k++)
      if (outside(introducers[k]!.letterDate, from, to)) return false;
  }
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
  messages: {
    beforeBirth: '{0} ({1|day}) trước ngày sinh — kiểm tra lại.',
    future:
      '{0} ({1|day}) sau ngày kiểm tra {2|day}: việc đã làm không thể ghi ngày trong tương lai — kiểm tra lại (ngày dự kiến ghi ở cột dự kiến).',
    sequence: '{0} ({1|day}) trước {2|lower} ({3|day}) — thứ tự này không thể xảy ra, kiểm tra lại.',
  },
  check(ctx) {
    const birthStart = earliestBirthDay(ctx.c.birthDate);
    if (!plausible(ctx.c, birthStart, ctx.asOf)) reportOutOfPlace(ctx, birthStart);
  },
});

/** A date before birth or after `asOf`. */
function checkOne(ctx: CandidateContext, birthStart: Day, field: string, label: Phrase, day: Day): void {
  if (day < birthStart) {
    ctx.report(orderDates, 'beforeBirth', field, undefined, label, day);
  } else if (day > ctx.asOf) {
    ctx.report(orderDates, 'future', field, undefined, label, day, ctx.asOf);
  }
}

/**
 * The detailed pass, for the rare candidate with a date out of place: written for reading, not
 * for speed, and a function of its own (a closure in `check` would make every call of `check`
 * allocate the variables it shares with it, found or not).
 */
function reportOutOfPlace(ctx: CandidateContext, birthStart: Day): void {
  const c = ctx.c;
  // Only the fields present: a candidate early in the pipeline has few dates.
  for (const key in c) {
    const step = STEPS.get(key);
    if (step === undefined) continue;
    const day = c[step[0]];
    if (day !== undefined) checkOne(ctx, birthStart, step[0], step[1], day);
  }
  for (const i of ctx.introducers) {
    if (i.letterDate) {
      const field = introducerField(i.index, 'letterDate');
      checkOne(ctx, birthStart, field, ['step.letterDate', i.index + 1], i.letterDate);
    }
  }
  // decision → ceremony is in two chains: report each pair once
  const reported = new Set<string>();
  for (const chain of CHAINS) {
    let prev: DayField | undefined;
    for (const field of chain) {
      const day = c[field];
      if (day === undefined) continue;
      const before = prev === undefined ? undefined : c[prev];
      if (prev !== undefined && before !== undefined && day < before && !reported.has(`${prev}>${field}`)) {
        reported.add(`${prev}>${field}`);
        ctx.report(orderDates, 'sequence', field, undefined, labelOf(field), day, labelOf(prev), before);
      }
      prev = field;
    }
  }
}
