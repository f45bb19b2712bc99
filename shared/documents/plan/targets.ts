import { formatDay } from '../../dates/format.ts';
import { type Block, bold, heading, type Inline, list, para } from '../model.ts';
import { joinVi, monthList, range, two } from '../numbers.ts';
import type { PlanContext } from './context.ts';
import { type PlanFigures, planFigures } from './figures.ts';
import { learnersOf } from './situation.ts';

/** "từ 02 đến 04", never starting at 00 when there is anyone at all. */
function goal(low: number, high: number, target: number | undefined): string {
  let from = target === undefined ? low : Math.max(low, Math.min(target, high));
  if (from === 0 && high > 0) from = 1;
  return range(from, high);
}

function admissions(f: PlanFigures, ctx: PlanContext): Array<string | Inline> {
  const lead = bold('Kết nạp đảng viên mới: ');
  const year = ctx.year;
  const soFar =
    f.admittedSoFar > 0 ? `từ đầu năm đến nay chi bộ đã kết nạp ${two(f.admittedSoFar)} đảng viên; ` : '';
  const assigned: string[] = [];
  if (f.admitTarget !== undefined) assigned.push(`${two(f.admitTarget)} đảng viên`);
  if (f.studentsTarget !== undefined)
    assigned.push(`${learnersOf(ctx) ?? 'học sinh'} ${two(f.studentsTarget)}`);
  if (f.womenTarget !== undefined) assigned.push(`nữ ${two(f.womenTarget)}`);
  const [main, ...of] = assigned;
  const targetNote = main
    ? ` (chỉ tiêu được giao: ${main}${of.length > 0 ? `, trong đó ${of.join(', ')}` : ''})`
    : '';
  if (f.admitHigh === 0) {
    return [
      lead,
      `${soFar}theo danh sách hiện có, chưa có quần chúng đủ điều kiện về thời gian để xét kết nạp trong năm ${year}${targetNote}. Chi bộ tập trung tạo nguồn và hoàn thiện hồ sơ để sớm có quần chúng đủ điều kiện.`,
    ];
  }
  const parts: Array<string | Inline> = [
    lead,
    `${soFar}phấn đấu kết nạp ${goal(f.admitLow, f.admitHigh, f.admitTarget)} đảng viên trong năm ${year}${targetNote}`,
  ];
  if (f.admitTarget !== undefined && f.admitHigh < f.admitTarget) {
    parts.push(
      `; nguồn đủ điều kiện trong năm còn thiếu ${two(f.admitTarget - f.admitHigh)} so với chỉ tiêu, chi bộ khắc phục bằng các giải pháp tại mục III`,
    );
  }
  parts.push('.');
  const b = f.admitBreakdown;
  const kinds = [
    b.students > 0 ? `${two(b.students)} ${learnersOf(ctx) ?? 'học sinh, sinh viên'}` : '',
    b.women > 0 ? `${two(b.women)} nữ` : '',
    b.ethnicMinority > 0 ? `${two(b.ethnicMinority)} người dân tộc thiểu số` : '',
    b.youthUnion > 0 ? `${two(b.youthUnion)} đoàn viên thanh niên` : '',
  ].filter(Boolean);
  if (kinds.length > 0) {
    parts.push(` Trong số ${two(f.admitHigh)} quần chúng có thể được kết nạp trong năm có ${joinVi(kinds)}.`);
  }
  return parts;
}

function awarenessClass(f: PlanFigures): Array<string | Inline> {
  const lead = bold('Bồi dưỡng nhận thức về Đảng: ');
  const soFar =
    f.classSoFar > 0 ? ` Từ đầu năm đã có ${two(f.classSoFar)} quần chúng được cấp giấy chứng nhận.` : '';
  const targetNote = f.classTarget !== undefined ? ` (chỉ tiêu được giao: ${two(f.classTarget)})` : '';
  if (f.classHigh === 0) {
    return [
      lead,
      `các quần chúng trong danh sách đều đã có giấy chứng nhận còn giá trị${targetNote}; chi bộ đăng ký học lớp cho những quần chúng mới được bổ sung vào danh sách.${soFar}`,
    ];
  }
  const parts: Array<string | Inline> = [
    lead,
    `cử ${goal(f.classLow, f.classHigh, f.classTarget)} quần chúng ưu tú đi học lớp bồi dưỡng nhận thức về Đảng${targetNote}`,
  ];
  if (f.classTarget !== undefined && f.classHigh < f.classTarget) {
    parts.push(`; cần phát hiện thêm ${two(f.classTarget - f.classHigh)} quần chúng để đủ chỉ tiêu`);
  }
  parts.push(`.${soFar}`);
  return parts;
}

function recognition(f: PlanFigures, year: number): Array<string | Inline> {
  const lead = bold('Công nhận đảng viên chính thức: ');
  if (f.recognitions === 0) {
    return [lead, `trong năm ${year}, chi bộ không có đảng viên dự bị đến hạn xét công nhận chính thức.`];
  }
  return [
    lead,
    `xét công nhận đảng viên chính thức đúng thời hạn cho ${two(f.recognitions)} đảng viên dự bị hết 12 tháng dự bị trong năm (${monthList(f.recognitionMonths)}).`,
  ];
}

function sympathizers(f: PlanFigures): Array<string | Inline> {
  const lead = bold('Danh sách cảm tình Đảng: ');
  if (f.pipeline === 0) {
    return [lead, 'chi bộ lập danh sách quần chúng ưu tú và đưa vào diện cảm tình Đảng ngay trong quý I.'];
  }
  const missing = f.pipeline - f.sympathizers;
  const keep =
    f.sympathizers > 0
      ? `duy trì ${two(f.sympathizers)} quần chúng đã có tên trong danh sách`
      : 'lập danh sách cảm tình Đảng';
  return [
    lead,
    missing > 0
      ? `${keep} và xem xét bổ sung ${two(missing)} quần chúng đang được bồi dưỡng nhưng chưa có tên.`
      : `${keep}; bổ sung quần chúng mới được các đoàn thể giới thiệu.`,
  ];
}

/** II. Chỉ tiêu: the figures computed from the sheet and the superior's targets. */
export function targets(ctx: PlanContext): Block[] {
  const f = planFigures(ctx);
  // the pool itself is stated once, under Đặc điểm tình hình (situation.ts)
  const intro = `Trên cơ sở nguồn quần chúng hiện có (số liệu đến ngày ${formatDay(ctx.request.asOf)}), chi bộ đề ra các chỉ tiêu năm ${ctx.year} như sau:`;
  return [
    heading(1, 'II.', 'CHỈ TIÊU'),
    para(intro),
    list('dash', [admissions(f, ctx), awarenessClass(f), recognition(f, ctx.year), sympathizers(f)]),
  ];
}
