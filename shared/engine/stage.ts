import type { Stage } from '../schemas/primitives.ts';
import type { Candidate } from '../schemas/request.ts';

/**
 * The stage a candidate's dates show, before the rules decide whether a candidate in the dossier
 * stage is `ready`. Derived, never typed, so it cannot disagree with the dates.
 */
export function stageFromDates(c: Candidate): Stage {
  if (c.removedDate) return 'removed';
  if (c.officialDecisionDate) return 'official';
  if (c.ceremonyDate) return 'probationary';
  if (c.decisionDate) return 'admitted';
  if (c.cellResolutionDate) return 'proposed';
  if (c.applicationDate || c.backgroundDeclaredDate) return 'dossier';
  if (c.awarenessCertificateDate) return 'trained';
  return 'source';
}

/** Not yet admitted and still followed: the pre-admission rules apply. */
export function isPending(stage: Stage): boolean {
  return (
    stage === 'source' ||
    stage === 'trained' ||
    stage === 'dossier' ||
    stage === 'ready' ||
    stage === 'proposed'
  );
}

export const STAGE_LABELS: Record<Stage, string> = {
  source: 'Tạo nguồn',
  trained: 'Đã học lớp nhận thức',
  dossier: 'Đang hoàn thiện hồ sơ',
  ready: 'Đủ điều kiện xét kết nạp',
  proposed: 'Chi bộ đã đề nghị kết nạp',
  admitted: 'Đã có quyết định kết nạp',
  probationary: 'Đảng viên dự bị',
  official: 'Đảng viên chính thức',
  removed: 'Thôi theo dõi',
};
