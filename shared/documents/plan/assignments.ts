import { formatDay } from '../../dates/format.ts';
import { STAGE_LABELS } from '../../engine/stage.ts';
import type { Stage } from '../../schemas/primitives.ts';
import { type Block, cell, heading, type Inline, para, text } from '../model.ts';
import { two } from '../numbers.ts';
import { byDay, type CandidateView, hasLeft } from './candidates.ts';
import type { PlanContext } from './context.ts';
import { helperKeys, names } from './people.ts';

/** Furthest along first. */
const PROGRESS: Record<Stage, number> = {
  proposed: 4,
  ready: 3,
  dossier: 2,
  trained: 1,
  source: 0,
  admitted: 0,
  probationary: 0,
  official: 0,
  removed: 0,
};

/** III.2 — who helps whom: one row per candidate followed, soonest eligible first. */
export function assignments(ctx: PlanContext, number: string): Block[] {
  // Who has already left (the sheet not yet updated) comes last, said as such: their step and
  // time conditions no longer describe anyone the cell is helping (III.x says what to do).
  const left = (v: CandidateView) => hasLeft(v, ctx.request.asOf);
  const followed = ctx.views
    .filter((v) => v.pending)
    .sort(
      (a, b) =>
        Number(left(a)) - Number(left(b)) ||
        PROGRESS[b.stage] - PROGRESS[a.stage] ||
        byDay<CandidateView>((v) => v.r.eligibleFrom)(a, b),
    );
  const blocks: Block[] = [heading(2, number, 'Phân công đảng viên giúp đỡ quần chúng')];
  if (followed.length === 0) {
    blocks.push(
      para(
        'Khi quần chúng được đưa vào danh sách cảm tình Đảng, chi bộ phân công ngay một đảng viên chính thức giúp đỡ; đảng viên được phân công báo cáo tiến bộ của quần chúng tại kỳ sinh hoạt hằng tháng.',
      ),
    );
    return blocks;
  }
  blocks.push(
    para(
      'Chi bộ phân công đảng viên chính thức trực tiếp giúp đỡ từng quần chúng: gặp gỡ, trao đổi định kỳ, hướng dẫn hoàn thiện hồ sơ và báo cáo chi bộ tại kỳ sinh hoạt hằng tháng. Phân công cụ thể như sau:',
    ),
  );
  const memberKeys = new Set((ctx.request.members ?? []).map((m) => m.key));
  const rows = followed.map((v, i) => {
    const helpers = helperKeys(v.c, memberKeys);
    const helper: Inline[] = helpers.length > 0 ? names(helpers) : [text('Chưa phân công')];
    const eligible = v.r.eligibleFrom;
    // "Đã đủ" only once the person is past the first steps: at Tạo nguồn the time conditions say little
    const early = v.stage === 'source' || v.stage === 'trained';
    const from =
      eligible === undefined || left(v) || (early && eligible <= ctx.request.asOf)
        ? ''
        : eligible <= ctx.request.asOf
          ? 'Đã đủ'
          : formatDay(eligible);
    const step = left(v)
      ? `Đã ${v.student ? 'ra trường' : 'rời đơn vị'} ngày ${formatDay(v.c.expectedLeaveDate!)}`
      : STAGE_LABELS[v.stage];
    return [
      cell(two(i + 1), { align: 'center' }),
      cell(names([v.key])),
      cell(helper),
      cell(step),
      cell(from, { align: 'center' }),
    ];
  });
  blocks.push({
    kind: 'table',
    columns: [
      { header: 'TT', width: 6, align: 'center' },
      { header: 'Quần chúng', width: 24 },
      { header: 'Đảng viên giúp đỡ', width: 22 },
      // wide enough for "Đủ điều kiện xét kết nạp" on one line (a name wraps between words)
      { header: 'Bước hiện tại', width: 30 },
      { header: 'Đủ điều kiện về thời gian từ', width: 18, align: 'center' },
    ],
    rows,
  });
  return blocks;
}
