/**
 * What a meeting gives, before anything is drafted: its papers and why each cannot be drafted.
 * Apart from the drafting (build.ts) so that the add-on, which lists the papers but leaves the
 * drafting to the worker, carries none of the documents' builders.
 */
import { formatDay } from '../../dates/format.ts';
import { type Refusal, refusal } from '../../meeting/refusal.ts';
import type { MeetingReview } from '../../meeting/review.ts';
import type { Candidate } from '../../schemas/request.ts';
import type { PaperKind } from '../model.ts';
import { nameToken } from '../names.ts';

/** The Vietnamese names of the papers, as the sidebar lists them and files are called. */
export const PAPER_TITLES: Record<PaperKind, string> = {
  'admission-resolution': 'Nghị quyết đề nghị kết nạp đảng viên (mẫu 6-KNĐ)',
  'recognition-resolution': 'Nghị quyết đề nghị công nhận đảng viên chính thức (mẫu 13-KNĐ)',
  'minutes-extract': 'Trích biên bản họp chi bộ',
  'helper-assignment': 'Nghị quyết phân công đảng viên giúp đỡ',
  'sympathizer-list': 'Nghị quyết bổ sung danh sách cảm tình Đảng',
};

/** One paper a meeting gives: its kind, the person it is about, and why it cannot be drafted. */
export interface PaperPlan {
  kind: PaperKind;
  /** the candidate (6-KNĐ) or member (13-KNĐ) */
  key?: string;
  title: string;
  refusals: Refusal[];
}

/** Why the minutes' extract cannot be drafted: figures that cannot be counted, a vote that cannot be. */
export function minutesRefusals(review: MeetingReview): Refusal[] {
  const out = review.refusals.filter((r) => r.fact === 'unknownStatus');
  if (review.admissions.length === 0 && review.recognitions.length === 0) {
    out.push(
      refusal(
        'nothingConsidered',
        `Cuộc họp ngày ${formatDay(review.date)} không xét kết nạp hay công nhận chính thức ai (không dòng nào có ngày nghị quyết chi bộ là ngày họp).`,
      ),
    );
  }
  for (const item of [...review.admissions, ...review.recognitions])
    out.push(...item.refusals.filter((r) => r.fact === 'tooManyVotes'));
  return out;
}

/** Every paper of a meeting, with its refusals: what the sidebar shows before anything is drafted. */
export function meetingPapers(review: MeetingReview): PaperPlan[] {
  const plans: PaperPlan[] = [];
  for (const a of review.admissions)
    plans.push({
      kind: 'admission-resolution',
      key: a.key,
      title: PAPER_TITLES['admission-resolution'],
      refusals: a.refusals,
    });
  for (const r of review.recognitions)
    plans.push({
      kind: 'recognition-resolution',
      key: r.key,
      title: PAPER_TITLES['recognition-resolution'],
      refusals: r.refusals,
    });
  if (review.admissions.length + review.recognitions.length > 0)
    plans.push({
      kind: 'minutes-extract',
      title: PAPER_TITLES['minutes-extract'],
      refusals: minutesRefusals(review),
    });
  if (review.sympathizers.length > 0) {
    plans.push({
      kind: 'sympathizer-list',
      title: PAPER_TITLES['sympathizer-list'],
      refusals: listRefusals(review, 'sympathizer-list'),
    });
    plans.push({
      kind: 'helper-assignment',
      title: PAPER_TITLES['helper-assignment'],
      refusals: listRefusals(review, 'helper-assignment'),
    });
  }
  return plans;
}

/** Why neither list resolution can be drafted for a meeting, or nothing. */
export function listRefusals(
  review: MeetingReview,
  kind: 'helper-assignment' | 'sympathizer-list',
): Refusal[] {
  const out: Refusal[] = review.refusals.filter((r) => r.fact === 'unknownStatus');
  if (review.sympathizers.length === 0) {
    out.push(
      refusal(
        'nobodyAdded',
        `Cuộc họp ngày ${formatDay(review.date)} không đưa quần chúng nào vào danh sách cảm tình Đảng (không dòng nào ở bảng Quần chúng có “Ngày vào DS cảm tình Đảng” là ngày họp)${kind === 'helper-assignment' ? ', nên không có phân công đảng viên giúp đỡ mới' : ''}.`,
      ),
    );
  }
  if (kind === 'helper-assignment') {
    for (const c of review.sympathizers) {
      const helper = helperOf(c);
      if (helper === undefined) continue;
      const status = review.roster.byKey.get(helper)?.status;
      if (status !== 'full')
        out.push(
          refusal(
            'helperNotFull',
            `Đồng chí ${nameToken(helper)}, người được ghi giúp đỡ quần chúng ${nameToken(c.key)}, chưa là đảng viên chính thức tại ngày họp ${formatDay(review.date)}: đảng viên giúp đỡ phải là đảng viên chính thức.`,
          ),
        );
    }
  }
  return out;
}

const helperOf = (c: Candidate): string | undefined => c.helperKey;
