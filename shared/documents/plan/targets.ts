import { formatDay } from '../../dates/format.ts';
import { type Block, bold, heading, type Inline, list, para } from '../model.ts';
import { joinVi, monthList, range, two } from '../numbers.ts';
import type { PlanContext } from './context.ts';
import { type PlanFigures, planFigures } from './figures.ts';
import { learnersOf } from './situation.ts';

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
      `${soFar}theo danh sách hiện có, chưa có quần chúng có thể hoàn thành các bước để được kết nạp trong năm ${year}${targetNote}. Chi bộ tập trung tạo nguồn và hoàn thiện hồ sơ để sớm có quần chúng đủ điều kiện.`,
    ];
  }
  const more = f.admittedSoFar > 0 ? 'thêm ' : '';
  const parts: Array<string | Inline> = [
    lead,
    `${soFar}phấn đấu kết nạp ${more}${range(f.admitLow, f.admitHigh)} đảng viên trong năm ${year}${targetNote}`,
  ];
  if (f.admitShortfall !== undefined && f.admitShortfall > 0) {
    parts.push(
      `; nguồn có thể kết nạp trong năm còn thiếu ${two(f.admitShortfall)} so với chỉ tiêu, chi bộ khắc phục bằng các nhiệm vụ, giải pháp nêu ở mục “Nhiệm vụ, giải pháp” dưới đây`,
    );
  }
  parts.push('.');
  // A plan for next year is drafted from today's list: someone counted here may still be admitted
  // this year (the current year's plan counts them too), and is then not admitted twice.
  const thisYear = Number(ctx.request.asOf.slice(0, 4));
  if (year > thisYear) {
    parts.push(
      ` Số này tính theo danh sách hiện nay, gồm cả những quần chúng có thể được kết nạp ngay trong năm ${thisYear} (nếu chưa kết nạp được trong năm ${thisYear}).`,
    );
  }
  if (f.atRisk > 0) {
    parts.push(
      ` Trong đó ${two(f.atRisk)} quần chúng chỉ kịp kết nạp trong năm nếu mọi bước được làm nhanh nhất (thời gian các bước là ước tính).`,
    );
  }
  const kinds = [
    f.admitStudents > 0 ? `${two(f.admitStudents)} ${learnersOf(ctx) ?? 'học sinh, sinh viên'}` : '',
    f.admitWomen > 0 ? `${two(f.admitWomen)} nữ` : '',
    f.admitEthnicMinority > 0 ? `${two(f.admitEthnicMinority)} người dân tộc thiểu số` : '',
    f.admitYouthUnion > 0 ? `${two(f.admitYouthUnion)} đoàn viên thanh niên` : '',
  ].filter(Boolean);
  if (kinds.length > 0) {
    const who = f.admitHigh === 1 ? 'quần chúng này là' : `${two(f.admitHigh)} quần chúng này có`;
    parts.push(` Trong ${who} ${joinVi(kinds)}.`);
  }
  return parts;
}

function awarenessClass(f: PlanFigures): Array<string | Inline> {
  const lead = bold('Bồi dưỡng nhận thức về Đảng: ');
  const soFar =
    f.classIssued > 0 ? ` Từ đầu năm đã có ${two(f.classIssued)} quần chúng được cấp giấy chứng nhận.` : '';
  const targetNote = f.classTarget !== undefined ? ` (chỉ tiêu được giao: ${two(f.classTarget)})` : '';
  const parts: Array<string | Inline> = [lead];
  if (f.classPlanned === 0) {
    parts.push(
      `các quần chúng trong danh sách không cần học lớp trong năm hoặc đã có giấy chứng nhận còn giá trị${targetNote}; chi bộ đăng ký học lớp cho những quần chúng mới được bổ sung vào danh sách`,
    );
  } else {
    parts.push(
      `cử ${two(f.classPlanned)} quần chúng ưu tú đi học lớp bồi dưỡng nhận thức về Đảng${targetNote}`,
    );
  }
  if (f.classStillNeeded !== undefined && f.classStillNeeded > 0) {
    parts.push(`; cần phát hiện thêm ${two(f.classStillNeeded)} quần chúng để đủ chỉ tiêu`);
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
  const missing = f.notOnList;
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
