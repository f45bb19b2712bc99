import type { Category } from '../../schemas/request.ts';
import { type Block, heading, para } from '../model.ts';
import { two } from '../numbers.ts';
import { didCount, learners } from '../wording.ts';
import type { PlanContext } from './context.ts';
import { type PlanFigures, planFigures } from './figures.ts';

/** Whether the unit is a school: its name says so, or its candidates are pupils or teachers. */
export function isSchool(ctx: PlanContext): boolean {
  if (/\btrường\b/iu.test(ctx.doc.unitName)) return true;
  return ctx.views.some((v) => v.c.category === 'student' || v.c.category === 'teacher');
}

/** The word for the learners among the unit's pending candidates, if any ("học sinh"). */
export function learnersOf(ctx: PlanContext): string | undefined {
  return learners(ctx.views.filter((v) => v.pending).map((v): Category | undefined => v.c.category));
}

/** What the cell achieved the year before the plan: admissions and certificates, from the figures. */
function lastYear(ctx: PlanContext, f: PlanFigures): string {
  return `Năm ${ctx.year - 1}, chi bộ ${didCount(f.admittedLastYear, 'kết nạp', 'đảng viên')} và ${didCount(f.trainedLastYear, 'cử', 'quần chúng')} học lớp bồi dưỡng nhận thức về Đảng.`;
}

/** I. Đặc điểm tình hình: the cell, last year's results, the pool — each figure said once, here. */
export function situation(ctx: PlanContext): Block[] {
  const f = planFigures(ctx);
  const parts: string[] = [];
  if (f.fullMembers !== undefined && f.probationaryMembers !== undefined) {
    const total = f.fullMembers + f.probationaryMembers;
    parts.push(
      `${ctx.doc.unitName} có ${two(total)} đảng viên` +
        (f.probationaryMembers > 0
          ? ` (${two(f.fullMembers)} đảng viên chính thức, ${two(f.probationaryMembers)} đảng viên dự bị).`
          : ', đều là đảng viên chính thức.'),
    );
  }
  if (f.awaitingCeremony > 0) {
    parts.push(`Có ${two(f.awaitingCeremony)} người đã có quyết định kết nạp, đang chờ tổ chức lễ kết nạp.`);
  }
  parts.push(lastYear(ctx, f));
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
        `${f.readyNow > 0 ? `${two(f.readyNow)} quần chúng đã đủ điều kiện, chờ chi bộ xem xét kết nạp` : 'chưa có quần chúng nào đủ điều kiện để chi bộ xem xét kết nạp ngay'}` +
        `${f.proposed > 0 ? `; ${two(f.proposed)} quần chúng chi bộ đã đề nghị kết nạp, chờ cấp trên quyết định` : ''}.`,
    );
  }
  // Who is past the leaving date is out of the pool (the engine's count): said, so the pool adds up
  if (f.pastLeaving > 0) {
    pool.push(
      `Ngoài ra, ${two(f.pastLeaving)} quần chúng trong danh sách đã qua ngày dự kiến rời đơn vị mà chưa được kết nạp (${f.pastLeavingReady > 0 ? `trong đó ${two(f.pastLeavingReady)} quần chúng đã đủ điều kiện nhưng chi bộ chưa xét; ` : ''}không tính ở trên).`,
    );
  }
  return [heading(1, 'I.', 'ĐẶC ĐIỂM TÌNH HÌNH'), para(`${parts.join(' ')} ${pool.join(' ')}`)];
}
