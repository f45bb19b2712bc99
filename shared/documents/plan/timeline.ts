import { addDays, type Day } from '../../dates/day.ts';
import { formatDay } from '../../dates/format.ts';
import { addMonths } from '../../dates/months.ts';
import { type Block, type Cell, cell, cellLines, type Inline } from '../model.ts';
import { two } from '../numbers.ts';
import type { CandidateView } from './candidates.ts';
import type { PlanContext } from './context.ts';
import { dueSuffix, dues } from './deadlines.ts';
import { names } from './people.ts';

/** One dated step of the plan. */
export interface PlanEvent {
  day: Day;
  task: Array<string | Inline>;
  who: string;
}

/** Months a candidate still needs before the cell can vote: the class, or the rest of the dossier. */
function preparationMonths(v: CandidateView): number {
  if (v.stage === 'ready' || v.stage === 'proposed') return 0;
  return v.needsClass ? 3 : 2;
}

/** When the cell can expect to vote on a candidate admissible this year. */
export function meetingDay(ctx: PlanContext, v: CandidateView): Day {
  const eligible = v.r.eligibleFrom ?? ctx.start;
  let day = addMonths(ctx.start, preparationMonths(v));
  if (day < eligible) day = eligible;
  const leave = v.c.expectedLeaveDate;
  if (leave !== undefined && day > leave) day = eligible > ctx.start ? eligible : ctx.start;
  return day > ctx.yearEnd ? ctx.yearEnd : day;
}

/** Every dated step within the plan year, from each candidate's eligibleFrom and deadlines. */
export function planEvents(ctx: PlanContext): PlanEvent[] {
  const events: PlanEvent[] = [];
  const needing = ctx.views.filter((v) => v.needsClass);
  if (needing.length > 0) {
    events.push({
      day: ctx.start,
      task: [
        'Đăng ký cử quần chúng học lớp bồi dưỡng nhận thức về Đảng: ',
        ...names(needing.map((v) => v.key)),
      ],
      who: 'Chi ủy',
    });
  }
  for (const v of ctx.views) {
    if (v.outlook !== 'admissible' || v.stage === 'proposed') continue;
    const ready = v.stage === 'ready';
    const from = v.r.eligibleFrom;
    events.push({
      day: meetingDay(ctx, v),
      task: [
        'Họp xét đề nghị kết nạp ',
        ...names([v.key]),
        ready ? '' : ' khi hồ sơ hoàn chỉnh',
        from !== undefined && from > ctx.start ? ` (đủ điều kiện về thời gian từ ${formatDay(from)})` : '',
      ],
      who: ready ? 'Chi bộ' : 'Chi bộ, đảng viên giúp đỡ',
    });
  }
  for (const d of dues(ctx)) {
    // The cell reviews a probationary member once probation ends: place it there, not at the deadline.
    const opens =
      d.deadline.rule === 'deadline.officialReview' && !d.view.c.officialResolutionDate
        ? d.view.probationEnd
        : undefined;
    const planned = opens !== undefined && opens > ctx.start ? opens : d.deadline.due;
    const day = d.deadline.overdue || planned < ctx.start ? ctx.start : planned;
    if (day > ctx.yearEnd) continue;
    events.push({ day, task: [...d.task, dueSuffix(d.deadline)], who: 'Chi ủy' });
  }
  const midYear = `${ctx.year}-06-30`;
  if (ctx.start <= midYear) {
    events.push({
      day: addDays(midYear, -14),
      task: [`Sơ kết 6 tháng đầu năm; báo cáo ${ctx.superior}`],
      who: 'Chi ủy',
    });
  }
  events.push({
    day: `${ctx.year}-12-15`,
    task: [
      `Tổng kết công tác phát triển đảng viên năm ${ctx.year}, báo cáo ${ctx.superior}; xây dựng kế hoạch năm ${ctx.year + 1}`,
    ],
    who: 'Chi ủy',
  });
  return events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

const QUARTERS = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];

/** Month rows when the year is light, quarter rows when there are many steps. */
export function timelineTable(ctx: PlanContext): Block {
  const events = planEvents(ctx);
  const byQuarter = events.length > 16;
  const periods = new Map<string, PlanEvent[]>();
  for (const e of events) {
    const month = Number(e.day.slice(5, 7));
    const label = byQuarter
      ? `${QUARTERS[Math.floor((month - 1) / 3)]}/${ctx.year}`
      : `Tháng ${two(month)}/${ctx.year}`;
    const list = periods.get(label) ?? [];
    list.push(e);
    periods.set(label, list);
  }
  const rows: Cell[][] = [
    [
      cell('Hằng tháng', { align: 'center' }),
      cell(
        'Rà soát danh sách cảm tình Đảng; đảng viên giúp đỡ báo cáo tiến bộ của quần chúng tại kỳ sinh hoạt chi bộ',
      ),
      cell('Chi bộ', { align: 'center' }),
    ],
  ];
  for (const [label, list] of periods) {
    const who = [...new Set(list.flatMap((e) => e.who.split(', ')))];
    rows.push([
      cell(label, { align: 'center' }),
      cellLines(list.map((e) => ['- ', ...e.task, '.'])),
      cell(who.join(', '), { align: 'center' }),
    ]);
  }
  return {
    kind: 'table',
    columns: [
      { header: 'Thời gian', width: 18, align: 'center' },
      { header: 'Nội dung công việc', width: 62 },
      { header: 'Thực hiện', width: 20, align: 'center' },
    ],
    rows,
  };
}
