import type { Day } from '../../dates/day.ts';
import { formatDay } from '../../dates/format.ts';
import type { Deadline } from '../../schemas/response.ts';
import { type Block, heading, type Inline, list, para } from '../model.ts';
import { byDay } from '../wording.ts';
import type { CandidateView } from './candidates.ts';
import type { PlanContext } from './context.ts';
import { names } from './people.ts';

/** One deadline of one candidate, in words: what must happen, by when. */
export interface Due {
  view: CandidateView;
  deadline: Deadline;
  /** the task, with the candidate's name placeholder */
  task: Array<string | Inline>;
  /** said in the brackets before the due date ("hết dự bị ngày …") */
  notes: string[];
}

function taskOf(v: CandidateView, d: Deadline): Array<string | Inline> | undefined {
  const who = names([v.key]);
  switch (d.rule) {
    case 'deadline.decision':
      return ['Đề nghị cấp ủy có thẩm quyền ra quyết định kết nạp ', ...who];
    case 'deadline.ceremony':
      return ['Tổ chức lễ kết nạp ', ...who];
    case 'deadline.memberRecord':
      return ['Hướng dẫn ', ...who, ' khai lý lịch đảng viên'];
    case 'deadline.officialReview':
      return v.c.officialResolutionDate
        ? ['Đề nghị cấp ủy có thẩm quyền quyết định công nhận đảng viên chính thức cho ', ...who]
        : ['Họp xét công nhận đảng viên chính thức cho ', ...who];
    default:
      return undefined;
  }
}

/** Every deadline of the candidates, soonest first. */
export function dues(ctx: PlanContext): Due[] {
  const out: Due[] = [];
  for (const v of ctx.views) {
    for (const d of v.r.deadlines) {
      const task = taskOf(v, d);
      const notes =
        d.rule === 'deadline.officialReview' && v.probationEnd && !v.c.officialResolutionDate
          ? [`hết dự bị ngày ${formatDay(v.probationEnd)}`]
          : [];
      if (task) out.push({ view: v, deadline: d, task, notes });
    }
  }
  return out.sort((a, b) => (a.deadline.due < b.deadline.due ? -1 : a.deadline.due > b.deadline.due ? 1 : 0));
}

/**
 * " chậm nhất ngày 23/12/2026" (the last day itself is allowed); a passed limit is stated as a fact,
 * not as an order — the plan goes to the superior, whose step it may be.
 */
export function dueSuffix(d: Deadline, notes: readonly string[] = []): string {
  return limitSuffix(d.due, d.overdue, notes);
}

/**
 * The same for any latest day, with notes that share the brackets: " chậm nhất ngày …",
 * " (hết dự bị ngày …; chậm nhất ngày …)", " (thời hạn ngày … đã qua, cần hoàn thành sớm)".
 */
export function limitSuffix(due: Day, overdue: boolean, notes: readonly string[] = [], reason = ''): string {
  const limit = overdue
    ? `thời hạn ngày ${formatDay(due)} đã qua, cần hoàn thành sớm`
    : `${byDay(due)}${reason}`;
  return notes.length === 0 && !overdue && reason === '' ? ` ${limit}` : ` (${[...notes, limit].join('; ')})`;
}

/** III.x — the steps after the cell's vote, with their legal time limits (only when there are any). */
export function deadlines(ctx: PlanContext, number: string): Block[] {
  const all = dues(ctx);
  if (all.length === 0) return [];
  return [
    heading(2, number, 'Bảo đảm thời hạn các bước sau khi chi bộ xét kết nạp'),
    para(
      'Chi ủy theo dõi và đôn đốc để các bước sau được thực hiện trong thời hạn quy định (tính theo ngày làm việc):',
    ),
    list(
      'plus',
      all.map((d) => [...d.task, `${dueSuffix(d.deadline, d.notes)}.`]),
    ),
  ];
}
