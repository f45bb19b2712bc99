import { addMonths } from '../../dates/months.ts';
import type { Category, EvaluateRequest } from '../../schemas/request.ts';
import { type Block, heading, para } from '../model.ts';
import { two } from '../numbers.ts';
import { didCount, learners } from '../wording.ts';
import type { PlanContext } from './context.ts';
import { planFigures } from './figures.ts';

/** Whether the unit is a school: its name says so, or its candidates are pupils or teachers. */
export function isSchool(ctx: PlanContext): boolean {
  if (/\btrường\b/iu.test(ctx.doc.unitName)) return true;
  return ctx.views.some((v) => v.c.category === 'student' || v.c.category === 'teacher');
}

/** The word for the learners among the unit's pending candidates, if any ("học sinh"). */
export function learnersOf(ctx: PlanContext): string | undefined {
  return learners(ctx.views.filter((v) => v.pending).map((v): Category | undefined => v.c.category));
}

/** Full and probationary members on the members list at `asOf` (undefined without a list). */
export function memberCounts(request: EvaluateRequest): { full: number; probationary: number } | undefined {
  const members = request.members;
  if (members === undefined || members.length === 0) return undefined;
  const day = request.asOf;
  let probationary = 0;
  let total = 0;
  for (const m of members) {
    if (m.joinedUnitDate !== undefined && m.joinedUnitDate > day) continue;
    total++;
    const official = m.officialSince !== undefined && m.officialSince <= day;
    const onProbation =
      !official &&
      ((m.officialSince !== undefined && m.officialSince > day) ||
        (m.ceremonyDate !== undefined && addMonths(m.ceremonyDate, 12) > day));
    if (onProbation) probationary++;
  }
  return { full: total - probationary, probationary };
}

/** What the cell achieved the year before the plan: admissions and certificates, from the sheet. */
function lastYear(ctx: PlanContext): string {
  const prefix = `${ctx.year - 1}-`;
  const admitted = ctx.request.candidates.filter((c) => c.decisionDate?.startsWith(prefix)).length;
  const trained = ctx.request.candidates.filter((c) => c.awarenessCertificateDate?.startsWith(prefix)).length;
  return `Năm ${ctx.year - 1}, chi bộ ${didCount(admitted, 'kết nạp', 'đảng viên')} và ${didCount(trained, 'cử', 'quần chúng')} học lớp bồi dưỡng nhận thức về Đảng.`;
}

/** I. Đặc điểm tình hình: the cell, last year's results, the pool — each figure said once, here. */
export function situation(ctx: PlanContext): Block[] {
  const f = planFigures(ctx);
  const members = memberCounts(ctx.request);
  const parts: string[] = [];
  if (members) {
    const total = members.full + members.probationary;
    parts.push(
      `${ctx.doc.unitName} có ${two(total)} đảng viên` +
        (members.probationary > 0
          ? ` (${two(members.full)} đảng viên chính thức, ${two(members.probationary)} đảng viên dự bị).`
          : ', đều là đảng viên chính thức.'),
    );
  }
  parts.push(lastYear(ctx));
  const pool: string[] = [];
  if (f.pipeline === 0) {
    pool.push('Hiện chi bộ chưa có quần chúng trong diện theo dõi, bồi dưỡng.');
  } else {
    const b = ctx.summary.breakdown.pipeline;
    const word = learnersOf(ctx);
    const among = [
      word && b.students > 0 ? `${two(b.students)} ${word}` : '',
      b.women > 0 ? `${two(b.women)} nữ` : '',
      b.youthUnion > 0 ? `${two(b.youthUnion)} đoàn viên` : '',
    ].filter(Boolean);
    pool.push(
      `Chi bộ đang theo dõi, bồi dưỡng ${two(f.pipeline)} quần chúng ưu tú${among.length > 0 ? ` (trong đó ${among.join(', ')})` : ''}; ` +
        `${f.sympathizers > 0 ? `${two(f.sympathizers)} quần chúng có tên trong danh sách cảm tình Đảng` : 'chưa có quần chúng nào trong danh sách cảm tình Đảng'}, ` +
        `${f.readyNow > 0 ? `${two(f.readyNow)} quần chúng đã đủ điều kiện để chi bộ xem xét kết nạp` : 'chưa có quần chúng nào đủ điều kiện để chi bộ xem xét kết nạp ngay'}.`,
    );
  }
  return [heading(1, 'I.', 'ĐẶC ĐIỂM TÌNH HÌNH'), para(`${parts.join(' ')} ${pool.join(' ')}`)];
}
