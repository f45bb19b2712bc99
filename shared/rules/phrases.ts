/**
 * The phrases several messages share (a message names them as parameters, see texts.ts), published
 * with the rules' templates by `GET /v1/rules`. A phrase's own parameters are plain values.
 */
import type { Day } from '../dates/day.ts';
import type { ReferenceKind } from './context.ts';
import type { Phrase } from './texts.ts';

export const PHRASES: Readonly<Record<string, string>> = {
  // The day pre-admission rules are judged at (refPhrase).
  'ref.resolution': 'ngày chi bộ họp xét ({0|day})',
  'ref.planned': 'ngày dự kiến chi bộ họp xét ({0|day})',
  'ref.asOf': 'ngày kiểm tra ({0|day})',
  // The dated steps, as the sheet's headers call them (order.dates).
  'step.joinedUnitDate': 'Ngày vào đơn vị',
  'step.sympathizerListDate': 'Ngày vào danh sách cảm tình Đảng',
  'step.youthUnionResolutionDate': 'Ngày NQ Đoàn giới thiệu',
  'step.tradeUnionResolutionDate': 'Ngày NQ Công đoàn giới thiệu',
  'step.awarenessCertificateDate': 'Ngày cấp GCN lớp nhận thức',
  'step.applicationDate': 'Ngày viết đơn',
  'step.backgroundDeclaredDate': 'Ngày khai lý lịch',
  'step.backgroundVerifiedDate': 'Ngày chứng nhận lý lịch',
  'step.feedbackSummaryDate': 'Ngày tổng hợp nhận xét',
  'step.cellResolutionDate': 'Ngày NQ chi bộ đề nghị kết nạp',
  'step.decisionDate': 'Ngày quyết định kết nạp',
  'step.decisionReceivedDate': 'Ngày nhận quyết định kết nạp',
  'step.ceremonyDate': 'Ngày lễ kết nạp',
  'step.officialResolutionDate': 'Ngày NQ chi bộ đề nghị công nhận chính thức',
  'step.officialDecisionDate': 'Ngày quyết định công nhận chính thức',
  'step.removedDate': 'Ngày thôi theo dõi',
  'step.letterDate': 'Ngày giấy giới thiệu {0}',
  // Papers valid for 12 months (dossier.stale).
  'paper.youthUnion': 'Nghị quyết giới thiệu của Đoàn',
  'paper.tradeUnion': 'Nghị quyết giới thiệu của Công đoàn',
  'paper.feedback': 'Bản tổng hợp nhận xét',
  'paper.letter': 'Giấy giới thiệu của người thứ {0}',
  // What the ceremony's 30 working days count from (deadline.ceremony).
  'ceremony.fromReceived': 'ngày chi bộ nhận quyết định',
  'ceremony.fromDecision': 'ngày quyết định',
};

/**
 * A phrase without parameters, made once: findings share it (never written to; not frozen, since
 * V8's fast JSON.stringify path does not take frozen arrays).
 */
export function constantPhrase(name: string): Phrase {
  return [name];
}

const REF_PHRASE: Readonly<Record<ReferenceKind, string>> = {
  resolution: 'ref.resolution',
  planned: 'ref.planned',
  asOf: 'ref.asOf',
};

/** "ngày chi bộ họp xét (05/01/2026)", "ngày dự kiến chi bộ họp xét (…)", "ngày kiểm tra (…)". */
export function refParam(ctx: { ref: Day; refKind: ReferenceKind }): Phrase {
  return [REF_PHRASE[ctx.refKind], ctx.ref];
}
