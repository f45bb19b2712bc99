import { formatDay, formatMonth } from '../../dates/format.ts';
import { type Block, heading, type Inline, list, para } from '../model.ts';
import { two } from '../numbers.ts';
import { byDay, type CandidateView, hasLeft } from './candidates.ts';
import type { PlanContext } from './context.ts';
import { names } from './people.ts';

function leaving(v: CandidateView): string {
  const leave = v.c.expectedLeaveDate;
  if (leave === undefined) return '';
  return v.student
    ? `dự kiến ra trường ngày ${formatDay(leave)}`
    : `dự kiến rời đơn vị ngày ${formatDay(leave)}`;
}

function line(v: CandidateView, tail: string): Array<string | Inline> {
  return [...names([v.key]), `: ${tail}.`];
}

/**
 * III.x — age planning, only when the data calls for it: candidates who leave before they are
 * eligible (students finishing grade 12 before 18), who turn 18 during the year, or only after it.
 */
export function agePlanning(ctx: PlanContext, number: string): Block[] {
  // Someone whose leaving date is before the plan date has left: "đã ra trường", never "sẽ".
  const gone = (v: CandidateView) => hasLeft(v, ctx.request.asOf);
  const left = ctx.views.filter((v) => v.pending && gone(v)).sort(byDay((v) => v.c.expectedLeaveDate));
  const pending = ctx.views.filter((v) => v.pending && !gone(v));
  // Turning 18 only after leaving is blocked by age, but what the cell must plan for is the leaving.
  const leavesFirst = (v: CandidateView) =>
    v.c.expectedLeaveDate !== undefined && v.adultFrom > v.c.expectedLeaveDate;
  const leavers = pending
    .filter((v) => v.outlook === 'blockedByLeaving' || (v.outlook === 'blockedByAge' && leavesFirst(v)))
    .sort(byDay((v) => v.r.eligibleFrom));
  const turning = pending
    .filter((v) => (v.outlook === 'admissible' || v.outlook === 'atRisk') && v.adultFrom > ctx.request.asOf)
    .sort(byDay((v) => v.adultFrom));
  const later = pending
    .filter((v) => v.outlook === 'blockedByAge' && !leavesFirst(v))
    .sort(byDay((v) => v.adultFrom));
  if (left.length + leavers.length + turning.length + later.length === 0) return [];

  const students = [...left, ...leavers, ...turning, ...later].some((v) => v.student);
  const blocks: Block[] = [
    heading(
      2,
      number,
      students
        ? 'Kế hoạch hóa theo độ tuổi đối với học sinh'
        : 'Theo dõi tuổi đời và thời gian công tác tại đơn vị',
    ),
  ];
  if (left.length > 0) {
    const anyStudent = left.some((v) => v.student);
    blocks.push(
      para(
        `Có ${two(left.length)} quần chúng đã ${anyStudent ? 'ra trường hoặc ' : ''}rời đơn vị trước ngày lập kế hoạch mà chưa được kết nạp:`,
      ),
      list(
        'plus',
        left.map((v) =>
          line(
            v,
            `${v.student ? 'ra trường' : 'rời đơn vị'} ngày ${formatDay(v.c.expectedLeaveDate ?? ctx.doc.date)}`,
          ),
        ),
      ),
      para(
        'Chi bộ ghi ngày thôi theo dõi đối với các trường hợp này và chuyển nhận xét, kết quả bồi dưỡng cho tổ chức đảng nơi quần chúng đến học tập, công tác; nếu quần chúng chưa rời đơn vị, chi bộ sửa lại ngày dự kiến trong danh sách.',
      ),
    );
  }
  if (leavers.length > 0) {
    // who turns 18 only after leaving is counted under age in the figures sent up (the outlooks are
    // exclusive): said here, so the two counts of the report and the sidebar meet this list
    const young = leavers.filter((v) => v.outlook === 'blockedByAge');
    const when = young.every((v) => v.student) ? 'khi ra trường' : 'khi rời đơn vị';
    const under18 =
      young.length === 0
        ? ''
        : young.length === leavers.length
          ? ` (${leavers.length > 1 ? 'đều ' : ''}chưa đủ 18 tuổi ${when})`
          : ` (trong đó ${two(young.length)} quần chúng chưa đủ 18 tuổi ${when})`;
    blocks.push(
      para(
        `Có ${two(leavers.length)} quần chúng ${students ? 'sẽ ra trường hoặc ' : ''}rời đơn vị trước khi đủ điều kiện về thời gian để chi bộ xét kết nạp${under18}:`,
      ),
      list(
        'plus',
        leavers.map((v) => {
          const byAge = v.r.eligibleFrom === v.adultFrom;
          const when = byAge
            ? `đủ 18 tuổi từ ${formatMonth(v.adultFrom)}`
            : `đủ điều kiện từ ngày ${formatDay(v.r.eligibleFrom ?? v.adultFrom)}`;
          const leave = leaving(v);
          return line(v, leave ? `${when}, ${leave}` : when);
        }),
      ),
      para(
        'Với các trường hợp này, chi bộ vẫn tiếp tục bồi dưỡng, cử học lớp bồi dưỡng nhận thức về Đảng (giấy chứng nhận có giá trị 60 tháng), hoàn chỉnh nhận xét về quá trình rèn luyện và trao đổi với tổ chức đảng nơi quần chúng sẽ đến học tập, công tác để tiếp tục xem xét kết nạp.',
      ),
    );
  }
  if (turning.length > 0) {
    blocks.push(
      para(
        `Có ${two(turning.length)} quần chúng đủ 18 tuổi (tuổi tính theo tháng) trong năm ${ctx.year}; chi bộ hoàn thiện hồ sơ trước để họp xét ngay khi quần chúng đủ tuổi:`,
      ),
      list(
        'plus',
        turning.map((v) => {
          const leave = leaving(v);
          // adultFrom is the first of the birth month (age counts by months), not the birthday
          return line(v, `đủ 18 tuổi từ ${formatMonth(v.adultFrom)}${leave ? `, ${leave}` : ''}`);
        }),
      ),
    );
  }
  if (later.length > 0) {
    blocks.push(
      para(
        `Có ${two(later.length)} quần chúng chỉ đủ 18 tuổi sau ngày 31/12/${ctx.year}; chi bộ tiếp tục bồi dưỡng và đưa vào kế hoạch năm ${ctx.year + 1}:`,
      ),
      list(
        'plus',
        later.map((v) => line(v, `đủ 18 tuổi từ ${formatMonth(v.adultFrom)}`)),
      ),
    );
  }
  return blocks;
}
