/**
 * The plan's timeline: the engine's projection laid out by month (documents.md). No date is
 * re-derived here: meetings, decisions and ceremonies of pending candidates are their
 * projection's; deadlines after admission are the engine's. Overdue steps, and steps due before
 * the plan's first day, come first under "Thực hiện ngay".
 */
import { addDays, type Day, dayFromParts } from '../../dates/day.ts';
import { formatDay } from '../../dates/format.ts';
import { createWorkCalendar } from '../../dates/holidays.ts';
import { addWorkingDays } from '../../dates/workingDays.ts';
import { OFFICIAL_REVIEW_WORKING_DAYS, probationEnd } from '../../rules/deadlines.ts';
import type { ProjectionStep, StepLimit } from '../../schemas/response.ts';
import { type Block, type Cell, cell, cellLines, type Inline, type TimelineEntry } from '../model.ts';
import { two } from '../numbers.ts';
import type { CandidateView } from './candidates.ts';
import type { PlanContext } from './context.ts';
import { dues, limitSuffix } from './deadlines.ts';
import { classViews } from './figures.ts';
import { names } from './people.ts';

/** One dated step of the plan. */
export interface PlanEvent {
  day: Day;
  task: Array<string | Inline>;
  who: string;
  /** the projection step, the deadline rule, or a cell-wide task */
  step: string;
  keys?: string[];
  /** the latest day, said as "chậm nhất ngày …" */
  by?: Day;
  /** overdue at the plan's data date: goes under "Thực hiện ngay" */
  overdue?: boolean;
}

export const NOW_LABEL = 'Thực hiện ngay';

const LIMIT_REASON: Record<StepLimit, string> = {
  certificate: ', ngày giấy chứng nhận lớp nhận thức hết hạn',
  leaving: ', ngày quần chúng dự kiến rời đơn vị',
  yearEnd: ', để kịp có quyết định kết nạp trong năm',
  due: '',
};

/**
 * " chậm nhất ngày 29/01/2027", with the reason and notes in brackets when there are any
 * (" (đủ điều kiện … từ …; chậm nhất ngày …, ngày giấy chứng nhận … hết hạn)"), or the passed limit.
 */
export function latest(
  by: Day,
  limit: StepLimit | undefined,
  overdue: boolean,
  notes: string[] = [],
): string {
  return limitSuffix(by, overdue, notes, limit ? LIMIT_REASON[limit] : '');
}

const PAPER_LABELS: Partial<Record<ProjectionStep['step'], string>> = {
  application: 'đơn xin vào Đảng',
  background: 'lý lịch',
  backgroundVerification: 'thẩm tra, chứng nhận lý lịch',
  youthUnionResolution: 'nghị quyết giới thiệu của Đoàn',
  introductions: 'giấy giới thiệu của đảng viên chính thức',
  feedback: 'tổng hợp nhận xét của đoàn thể và chi ủy nơi cư trú',
};

/** The papers still to do before the meeting, as one entry (or one overdue entry now). */
function paperEvents(ctx: PlanContext, v: CandidateView, steps: readonly ProjectionStep[]): PlanEvent[] {
  // Papers on time are implied by the meeting ("khi hồ sơ hoàn chỉnh"); only late ones are listed.
  const papers = steps.filter((s) => PAPER_LABELS[s.step] !== undefined && s.overdue);
  if (papers.length === 0) return [];
  const out: PlanEvent[] = [];
  for (const group of [papers]) {
    const overdue = true;
    const by = group.reduce((m, s) => (s.by < m ? s.by : m), group[0]!.by);
    const day = group.reduce((m, s) => (s.from < m ? s.from : m), group[0]!.from);
    out.push({
      day,
      step: 'papers',
      keys: [v.key],
      by,
      overdue,
      task: [
        'Hoàn thiện hồ sơ của ',
        ...names([v.key]),
        `: ${group.map((s) => PAPER_LABELS[s.step]).join(', ')}`,
        latest(by, group[0]!.limit, by < ctx.request.asOf, ['đã quá thời gian thường cần']),
      ],
      who: 'Chi ủy, đảng viên giúp đỡ',
    });
  }
  return out;
}

/** The events of one pending candidate who can be admitted in the year: all from its projection. */
function candidateEvents(ctx: PlanContext, v: CandidateView): PlanEvent[] {
  const p = v.projection;
  if (!p || (v.outlook !== 'admissible' && v.outlook !== 'atRisk')) return [];
  const out = paperEvents(ctx, v, p.steps);
  const meeting = p.steps.find((s) => s.step === 'meeting');
  if (meeting) {
    const planned = v.c.plannedMeetingDate;
    const from = v.r.eligibleFrom;
    const notes = [
      from !== undefined && from > ctx.request.asOf ? `đủ điều kiện về thời gian từ ${formatDay(from)}` : '',
      v.outlook === 'atRisk' ? 'chỉ kịp trong năm nếu mọi bước được làm nhanh nhất' : '',
      p.plannedTooLate && planned ? `ngày dự kiến trong danh sách (${formatDay(planned)}) là quá muộn` : '',
    ].filter(Boolean);
    out.push({
      day: p.meeting,
      step: 'meeting',
      keys: [v.key],
      by: meeting.by,
      overdue: meeting.overdue === true,
      task: [
        'Họp xét đề nghị kết nạp ',
        ...names([v.key]),
        v.stage === 'ready' ? '' : ' khi hồ sơ hoàn chỉnh',
        latest(meeting.by, meeting.limit, meeting.overdue === true, notes),
      ],
      who: v.stage === 'ready' ? 'Chi bộ' : 'Chi bộ, đảng viên giúp đỡ',
    });
    return out;
  }
  // Proposed: the decision, then the ceremony.
  const decision = p.steps.find((s) => s.step === 'decision')!;
  out.push({
    day: p.decision,
    step: 'decision',
    keys: [v.key],
    by: p.decisionDue,
    overdue: decision.overdue === true,
    task: [
      'Đề nghị cấp ủy có thẩm quyền ra quyết định kết nạp ',
      ...names([v.key]),
      latest(p.decisionDue, undefined, decision.overdue === true),
    ],
    who: 'Chi ủy',
  });
  if (p.ceremony <= ctx.yearEnd) {
    out.push({
      day: p.ceremony,
      step: 'ceremony',
      keys: [v.key],
      task: [
        'Tổ chức lễ kết nạp ',
        ...names([v.key]),
        ' trong 30 ngày làm việc kể từ ngày nhận quyết định (dự kiến)',
      ],
      who: 'Chi bộ',
    });
  }
  return out;
}

/** Probationary members of the members tab whose 12 months end in the plan year. */
function memberReviews(ctx: PlanContext): PlanEvent[] {
  const out: PlanEvent[] = [];
  const calendar = createWorkCalendar({
    extraHolidays: ctx.request.holidays ?? [],
    extraWorkdays: ctx.request.workdays ?? [],
  });
  for (const m of ctx.request.members ?? []) {
    if (m.ceremonyDate === undefined || m.officialDecisionDate !== undefined) continue;
    const end = probationEnd(m.ceremonyDate);
    if (!end.startsWith(`${ctx.year}-`)) continue;
    const by = addWorkingDays(end, OFFICIAL_REVIEW_WORKING_DAYS, calendar);
    const overdue = by < ctx.request.asOf;
    out.push({
      day: end,
      step: 'deadline.officialReview',
      keys: [m.key],
      by,
      overdue,
      task: [
        m.officialResolutionDate
          ? 'Đề nghị cấp ủy có thẩm quyền quyết định công nhận đảng viên chính thức cho '
          : 'Họp xét công nhận đảng viên chính thức cho ',
        ...names([m.key]),
        latest(by, undefined, overdue, [`hết dự bị ngày ${formatDay(end)}`]),
      ],
      who: 'Chi bộ',
    });
  }
  return out;
}

/** A recognition review and a ceremony are the cell's meetings, whoever prepares them. */
function cellMeets(rule: string, v: CandidateView): boolean {
  return rule === 'deadline.ceremony' || (rule === 'deadline.officialReview' && !v.c.officialResolutionDate);
}

/** Every dated step of the plan, from the projections and the engine's deadlines. */
export function planEvents(ctx: PlanContext): PlanEvent[] {
  const events: PlanEvent[] = [];
  // The class: one entry per class date, naming exactly whom the figures count.
  const byClass = new Map<Day, CandidateView[]>();
  for (const v of classViews(ctx)) {
    const day = v.projection!.steps.find((s) => s.step === 'awarenessClass')!.from;
    byClass.set(day, [...(byClass.get(day) ?? []), v]);
  }
  for (const [day, list] of byClass) {
    events.push({
      day,
      step: 'awarenessClass',
      keys: list.map((v) => v.key),
      task: [
        `Cử quần chúng học lớp bồi dưỡng nhận thức về Đảng (dự kiến ngày ${formatDay(day)}): `,
        ...names(list.map((v) => v.key)),
      ],
      who: 'Chi ủy',
    });
  }
  for (const v of ctx.views) if (v.pending) events.push(...candidateEvents(ctx, v));
  for (const d of dues(ctx)) {
    if (d.view.pending) continue; // the projection already gave these
    // The cell reviews a probationary member once probation ends: place it there, not at the deadline.
    const opens =
      d.deadline.rule === 'deadline.officialReview' && !d.view.c.officialResolutionDate
        ? d.view.probationEnd
        : undefined;
    const day = opens !== undefined && opens > ctx.request.asOf ? opens : d.deadline.due;
    events.push({
      day: d.deadline.overdue ? ctx.request.asOf : day,
      step: d.deadline.rule,
      keys: [d.view.key],
      by: d.deadline.due,
      overdue: d.deadline.overdue,
      task: [...d.task, latest(d.deadline.due, undefined, d.deadline.overdue, d.notes)],
      who: cellMeets(d.deadline.rule, d.view) ? 'Chi bộ' : 'Chi ủy',
    });
  }
  events.push(...memberReviews(ctx));
  const midYear = dayFromParts(ctx.year, 6, 30);
  if (ctx.start <= midYear) {
    events.push({
      day: addDays(midYear, -14),
      step: 'report.halfYear',
      task: [`Sơ kết 6 tháng đầu năm; báo cáo ${ctx.superior}`],
      who: 'Chi ủy',
    });
  }
  events.push({
    day: dayFromParts(ctx.year, 12, 15),
    step: 'report.year',
    task: [
      `Tổng kết công tác phát triển đảng viên năm ${ctx.year}, báo cáo ${ctx.superior}; xây dựng kế hoạch năm ${ctx.year + 1}`,
    ],
    who: 'Chi ủy',
  });
  return events
    .filter((e) => e.day <= ctx.yearEnd || e.overdue)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

const QUARTERS = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];

/** The period an event is listed under. */
export function periodOf(ctx: PlanContext, e: PlanEvent, byQuarter: boolean): string {
  if (e.overdue || e.day < ctx.start) return NOW_LABEL;
  const month = Number(e.day.slice(5, 7));
  const year = e.day.slice(0, 4);
  return byQuarter ? `${QUARTERS[Math.floor((month - 1) / 3)]}/${year}` : `Tháng ${two(month)}/${year}`;
}

/** The events grouped by period, "Thực hiện ngay" first, then in order of time. */
export function timelinePeriods(ctx: PlanContext): Map<string, PlanEvent[]> {
  const events = planEvents(ctx);
  const byQuarter = events.length > 16;
  const periods = new Map<string, PlanEvent[]>([[NOW_LABEL, []]]);
  for (const e of events) {
    const label = periodOf(ctx, e, byQuarter);
    const list = periods.get(label) ?? [];
    list.push(e);
    periods.set(label, list);
  }
  if (periods.get(NOW_LABEL)!.length === 0) periods.delete(NOW_LABEL);
  return periods;
}

/** The timeline as `meta.timeline` keeps it. */
export function timelineMeta(ctx: PlanContext): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const [period, list] of timelinePeriods(ctx)) {
    for (const e of list) {
      const entry: TimelineEntry = { period, day: e.day, step: e.step };
      if (e.keys) entry.keys = e.keys;
      if (e.by) entry.by = e.by;
      out.push(entry);
    }
  }
  return out;
}

/** Month rows when the year is light, quarter rows when there are many steps. */
export function timelineTable(ctx: PlanContext): Block {
  const rows: Cell[][] = [];
  const periods = timelinePeriods(ctx);
  const monthly: Cell[] = [
    cell('Hằng tháng', { align: 'center' }),
    cell(
      'Rà soát danh sách cảm tình Đảng; đảng viên giúp đỡ báo cáo tiến bộ của quần chúng tại kỳ sinh hoạt chi bộ',
    ),
    cell('Chi bộ', { align: 'center' }),
  ];
  if (!periods.has(NOW_LABEL)) rows.push(monthly);
  for (const [label, list] of periods) {
    const who = [...new Set(list.flatMap((e) => e.who.split(', ')))];
    rows.push([
      cell(label, { align: 'center' }),
      cellLines(list.map((e) => ['- ', ...e.task, '.'])),
      cell(who.join(', '), { align: 'center' }),
    ]);
    if (label === NOW_LABEL) rows.push(monthly);
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
