/**
 * The check's outcome → what the sidebar shows (common/model.ts): counts by stage, the people
 * with something to do and the citation for each item, the next deadlines with the working days
 * left, the year's target. Names come from the sheet here — this stays inside Google.
 */
import type { Day } from '../../../../../shared/dates/day.ts';
import { formatDay } from '../../../../../shared/dates/format.ts';
import { createWorkCalendar } from '../../../../../shared/dates/holidays.ts';
import { workingDaysBetween } from '../../../../../shared/dates/workingDays.ts';
import { poolOf } from '../../../../../shared/engine/summary.ts';
import { rulesetLabel } from '../../../../../shared/rules/rulesets.ts';
import type { EvaluateRequest } from '../../../../../shared/schemas/request.ts';
import type {
  EvaluateResponse,
  PastLeavingByStage,
  Result,
  Summary,
} from '../../../../../shared/schemas/response.ts';
import type { Stage } from '../../../../../shared/schemas/vocabulary.ts';
import type {
  DeadlineView,
  ExpectedPerson,
  PersonItem,
  PersonView,
  SheetProblem,
  TargetView,
} from '../../../common/model.ts';
import { STAGE_STYLES } from '../../../common/palette.ts';
import { ruleTitle } from '../../sheet/annotate.ts';
import { CANDIDATES } from '../../sheet/candidateColumns.ts';
import { type CellProblem, locate, type PersonRow } from '../../sheet/table.ts';

/** How many people the sidebar receives at most (the sheet has them all). */
export const MAX_PEOPLE = 300;
export const MAX_DEADLINES = 30;

const DEADLINE_WHAT: Record<string, string> = {
  'deadline.decision': 'Cấp ủy ra quyết định kết nạp',
  'deadline.ceremony': 'Tổ chức lễ kết nạp',
  'deadline.officialReview': 'Xét công nhận đảng viên chính thức',
  'awareness.expiresSoon': 'Chi bộ xét trước khi giấy chứng nhận lớp nhận thức hết hạn',
};

/** A ruleset named by its texts ("Quy định 294-QĐ/TW, Hướng dẫn 06-HD/TW"), never by its id. */
export function rulesLabel(id: string): string {
  return rulesetLabel(id);
}

/**
 * The line under the tiles: how many of their rows are past the leaving date, and at which stage.
 * The tiles count rows as the sheet colours them; the pool and "chờ chi bộ xét" leave these out.
 */
export function goneLine(gone: PastLeavingByStage | undefined): string | null {
  if (gone === undefined) return null;
  const at = (Object.keys(gone) as Array<keyof PastLeavingByStage>).filter((stage) => gone[stage] > 0);
  if (at.length === 0) return null;
  const n = at.reduce((sum, stage) => sum + gone[stage], 0);
  const where = at.map((stage) => `${gone[stage]} ở ô “${STAGE_STYLES[stage].short}”`).join(', ');
  return `Trong đó ${n} người đã qua ngày dự kiến rời đơn vị (${where}), không tính vào số đang bồi dưỡng.`;
}

/** Order of the list: who is closest to a decision first. */
const STAGE_ORDER: Record<Stage, number> = {
  ready: 0,
  proposed: 1,
  dossier: 2,
  trained: 3,
  source: 4,
  admitted: 5,
  probationary: 6,
  official: 7,
  removed: 8,
};

export function peopleView(
  sheetName: string,
  rows: readonly PersonRow[],
  results: ReadonlyMap<string, Result>,
  problemsByKey: ReadonlyMap<string, CellProblem[]>,
  asOf: Day,
): { people: PersonView[]; total: number } {
  const all: PersonView[] = [];
  for (const row of rows) {
    const result = results.get(row.key);
    const items: PersonItem[] = [];
    for (const p of problemsByKey.get(row.key) ?? []) {
      items.push({ severity: p.severity, text: p.message, where: locate(p) });
    }
    for (const f of result?.findings ?? []) {
      if (f.severity === 'info') continue;
      items.push({ severity: f.severity, text: f.message, citation: f.citation });
    }
    items.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    const person: PersonView = {
      key: row.key,
      sheetName,
      name: row.name || `(chưa có tên, ${row.key})`,
      row: row.row,
      stage: result?.stage ?? null,
      items,
    };
    if (row.example) continue;
    // One line per problem: a cell note that already says the row was not checked is enough.
    if (!row.included && !items.some((i) => i.text.includes('chưa được kiểm tra')))
      person.excluded = row.excludedBecause ?? 'dòng chưa đọc được';
    const pending = result?.stage === 'source' || result?.stage === 'trained' || result?.stage === 'dossier';
    // only a day still ahead says something ("from when"); a past one is already met
    if (result?.eligibleFrom && pending && result.eligibleFrom > asOf)
      person.eligibleFrom = formatDay(result.eligibleFrom);
    all.push(person);
  }
  const rank = (p: PersonView) => (p.stage === null ? -1 : STAGE_ORDER[p.stage]);
  const errors = (p: PersonView) => p.items.filter((i) => i.severity === 'error').length;
  all.sort((a, b) => {
    const busyA = a.items.length > 0 || a.excluded ? 0 : 1;
    const busyB = b.items.length > 0 || b.excluded ? 0 : 1;
    return busyA - busyB || rank(a) - rank(b) || errors(a) - errors(b) || a.row - b.row;
  });
  return { people: all.slice(0, MAX_PEOPLE), total: all.length };
}

export function deadlinesView(
  sheetName: string,
  rows: readonly PersonRow[],
  results: ReadonlyMap<string, Result>,
  request: EvaluateRequest,
): DeadlineView[] {
  const calendar = createWorkCalendar({
    extraHolidays: request.holidays ?? [],
    extraWorkdays: request.workdays ?? [],
  });
  const asOf = request.asOf;
  const out: DeadlineView[] = [];
  const add = (row: PersonRow, rule: string, due: Day, overdue: boolean) => {
    out.push({
      key: row.key,
      sheetName,
      name: row.name || row.key,
      row: row.row,
      what: DEADLINE_WHAT[rule] ?? ruleTitle(rule),
      due: formatDay(due),
      workingDaysLeft: workingDaysBetween(asOf, due, calendar),
      overdue,
    });
  };
  for (const row of rows) {
    const result = results.get(row.key);
    if (result === undefined || result.stage === 'removed') continue;
    for (const d of result.deadlines) add(row, d.rule, d.due, d.overdue);
    for (const f of result.findings) {
      if (f.rule === 'awareness.expiresSoon' && f.date !== undefined) add(row, f.rule, f.date, false);
    }
  }
  out.sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    return a.workingDaysLeft - b.workingDaysLeft;
  });
  return out.slice(0, MAX_DEADLINES);
}

/** The projection's steps, as the sidebar names them. */
const STEP_LABELS: Record<string, string> = {
  awarenessClass: 'Học lớp bồi dưỡng nhận thức về Đảng',
  application: 'Viết đơn xin vào Đảng',
  background: 'Khai lý lịch',
  backgroundVerification: 'Thẩm tra, chứng nhận lý lịch',
  youthUnionResolution: 'Nghị quyết giới thiệu của Đoàn',
  introductions: 'Giấy giới thiệu của đảng viên',
  feedback: 'Tổng hợp nhận xét (mẫu 5-KNĐ)',
  meeting: 'Chi bộ họp xét kết nạp',
  decision: 'Cấp ủy có thẩm quyền ra quyết định kết nạp',
  ceremony: 'Tổ chức lễ kết nạp',
};

/**
 * Who "Dự kiến" counts: the rows behind the engine's forecast (admissible, then at risk), each
 * with its projection's first step still to do and that step's latest day.
 */
export function countedPeople(
  summary: EvaluateResponse['summary'],
  rows: readonly PersonRow[],
  results: ReadonlyMap<string, Result>,
): ExpectedPerson[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const out: ExpectedPerson[] = [];
  const keys = summary.forecast.keys;
  if (keys === undefined) return out;
  for (const [list, atRisk] of [
    [keys.admissible, false],
    [keys.atRisk, true],
  ] as const) {
    for (const key of list) {
      const row = byKey.get(key);
      const step = results.get(key)?.projection?.steps[0];
      if (row === undefined || step === undefined) continue;
      out.push({
        key,
        name: row.name,
        row: row.row,
        sheetName: CANDIDATES.name,
        outlook: atRisk ? 'Chỉ kịp nếu mọi bước làm nhanh nhất' : 'Dự kiến kết nạp trong năm',
        atRisk,
        next: STEP_LABELS[step.step] ?? step.step,
        by: formatDay(step.by),
        overdue: step.overdue === true,
      });
    }
  }
  return out;
}

/**
 * Why the target cannot be met, from the engine's counts over the pool (`summary.pool`), so each
 * figure is the one the plan and the report say: who will leave first, who turns 18 too late, and
 * apart, who is already past the leaving date. "học sinh" when everyone behind a count is one.
 */
function shortfallSentence(summary: Summary, rows: readonly PersonRow[], shortfall: number): string {
  const student = new Set(rows.filter((r) => r.student).map((r) => r.key));
  const keys = summary.forecast.keys;
  const pupils = (list: readonly string[] | undefined) =>
    list !== undefined && list.length > 0 && list.every((k) => student.has(k));
  const pool = poolOf(summary);
  const why: string[] = [];
  if (pool.blockedByLeaving > 0) {
    why.push(
      pupils(keys?.blockedByLeaving)
        ? `${pool.blockedByLeaving} học sinh sẽ ra trường trước khi đủ điều kiện`
        : `${pool.blockedByLeaving} người sẽ rời đơn vị trước khi đủ điều kiện`,
    );
  }
  if (pool.blockedByAge > 0) {
    why.push(
      pupils(keys?.blockedByAge)
        ? `${pool.blockedByAge} học sinh chưa đủ 18 tuổi đến 31/12/${summary.year} hoặc đến khi ra trường`
        : `${pool.blockedByAge} người chưa đủ 18 tuổi đến 31/12/${summary.year} hoặc đến khi rời đơn vị`,
    );
  }
  const gone = summary.pastLeaving ?? 0;
  if (gone > 0) why.push(`${gone} người đã qua ngày dự kiến rời đơn vị`);
  return (
    `Dự kiến còn thiếu ${shortfall} so với chỉ tiêu` +
    (why.length > 0 ? `: ${why.join('; ')}.` : ': chưa đủ người có thể hoàn thiện hồ sơ trong năm.')
  );
}

export function targetView(
  response: EvaluateResponse,
  rows: readonly PersonRow[],
  results: ReadonlyMap<string, Result>,
): TargetView | null {
  const { summary } = response;
  const progress = summary.progress?.admitted;
  const students = summary.progress?.students;
  const admitted = summary.admittedThisYear;
  const expected = progress?.expected ?? admitted + summary.forecast.admissible;
  const target = progress?.target ?? null;
  if (target === null && admitted === 0 && expected === 0) return null;
  const shortfall = progress?.shortfall ?? 0;
  let sentence: string | null = null;
  if (target !== null && shortfall > 0) sentence = shortfallSentence(summary, rows, shortfall);
  return {
    year: summary.year,
    target: target ?? 0,
    admitted,
    expected,
    shortfall,
    sentence,
    counted: countedPeople(summary, rows, results),
    students: students
      ? { target: students.target, admitted: students.actual, expected: students.expected }
      : null,
  };
}

export function sheetProblemsView(problems: readonly CellProblem[]): SheetProblem[] {
  return problems.map((p) => ({
    sheetName: p.sheetName,
    row: p.row,
    where: locate(p),
    text: p.message,
    severity: p.severity,
  }));
}
