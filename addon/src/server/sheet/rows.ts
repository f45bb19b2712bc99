/**
 * The tabs' cells → the engine's request, with every cell-level problem named by tab, row and
 * column in Vietnamese.
 *
 * Decision (documented in addon/README.md): a cell that cannot be read is left out of the request
 * and its row still goes with every field that did parse — the problem is noted on that cell and
 * the engine's own findings (e.g. "no application date") say what that means. Only a row without
 * a readable birth date, or with a key another row already has, is left out, with a note saying
 * so. A problem never blocks the whole sheet.
 *
 * Privacy (domain.md §6): names are read only to map introducers to member keys; the request
 * carries keys, dates, flags and categories.
 */
import type { Day } from '../../../../shared/dates/day.ts';
import { checkEvaluateRequest } from '../../../../shared/engine/readRequest.ts';
import type { EvaluateRequest, EvaluateRequestInput } from '../../../../shared/schemas/request.ts';
import { CANDIDATES } from './candidateColumns.ts';
import type { TabId } from './columns.ts';
import { buildConfig, type ConfigValues } from './config.ts';
import { buildCandidates, buildMembers } from './people.ts';
import { CONFIG, HOLIDAYS, MEMBERS, TARGETS } from './tabColumns.ts';
import { type CellProblem, Collector, isExampleName, type PersonRow, type Table } from './table.ts';
import { buildHolidays, buildTargets } from './targetsHolidays.ts';
import type { DayOfDate } from './values.ts';

export interface BuildInput {
  asOf: Day;
  /** the year of the summary and of the targets read (default: the year of asOf) */
  year?: number;
  dayOfDate: DayOfDate;
  candidates?: Table;
  members?: Table;
  targets?: Table;
  holidays?: Table;
  config?: Table;
}

export interface BuildOutcome {
  request: EvaluateRequest;
  config: ConfigValues;
  candidates: PersonRow[];
  members: PersonRow[];
  problems: CellProblem[];
  /** one line each: unknown or missing columns, assumptions made */
  notices: string[];
  /** header problems with their exact fix, for the top of the sidebar */
  headerNotices: string[];
  /** columns holding data the sheet must not hold (domain.md §8), for the top of the sidebar */
  sensitiveNotices: string[];
  /** the example row of the template is still there */
  hasExampleRow: boolean;
  /** its row in the candidates' tab (the first one), when it is */
  exampleRows: number[];
}

const TAB_ORDER: readonly TabId[] = ['candidates', 'members', 'targets', 'holidays', 'config'];

const FIELD_PATH = /^(candidates|members)\[(\d+)\]\.?(.*)$/;

/** Deletes the value at a path like `introducers[0].memberKey` inside `item`. */
function deleteAt(item: Record<string, unknown>, path: string): void {
  const parts = path.split(/\.|\[|\]/).filter((p) => p !== '');
  let target: unknown = item;
  for (let i = 0; i < parts.length - 1; i++) {
    if (target === null || typeof target !== 'object') return;
    target = (target as Record<string, unknown>)[parts[i]!];
  }
  if (target !== null && typeof target === 'object')
    delete (target as Record<string, unknown>)[parts[parts.length - 1]!];
}

/**
 * Holds the assembled request to the shared schema (the safety net behind the per-cell parsers):
 * each problem is mapped back to its cell and that field (or row) is dropped. Never throws.
 */
function enforceSchema(
  request: EvaluateRequestInput,
  tables: { candidates?: Table; members?: Table },
  people: { candidates: PersonRow[]; members: PersonRow[] },
  c: Collector,
): EvaluateRequest {
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = checkEvaluateRequest(request);
    if (outcome.ok) return outcome.value;
    const dropCandidates = new Set<number>();
    const dropMembers = new Set<number>();
    for (const problem of outcome.problems) {
      const m = FIELD_PATH.exec(problem.path);
      if (m === null) {
        c.notices.push(`Yêu cầu kiểm tra chưa hợp lệ (${problem.path}): ${problem.message}`);
        continue;
      }
      const list = m[1] === 'candidates' ? request.candidates : (request.members ?? []);
      const index = Number(m[2]);
      const item = list[index] as unknown as Record<string, unknown> | undefined;
      const path = m[3] ?? '';
      const table = m[1] === 'candidates' ? tables.candidates : tables.members;
      const rows = m[1] === 'candidates' ? people.candidates : people.members;
      const person = item === undefined ? undefined : rows.find((p) => p.key === item.key);
      const top = path.split(/[.[]/)[0] ?? '';
      const col = table?.headers.columns.get(top === 'introducers' ? 'introducer1' : top);
      if (table !== undefined && person !== undefined && col !== undefined) {
        c.add(table, person.row, col, problem.message, 'warning', person.key);
      } else {
        c.notices.push(
          `${m[1] === 'candidates' ? 'Quần chúng' : 'Đảng viên'} ${person?.key ?? `#${index + 1}`}: ${problem.message}`,
        );
      }
      if (item === undefined || top === 'key' || top === 'birthDate' || top === '') {
        (m[1] === 'candidates' ? dropCandidates : dropMembers).add(index);
        if (person !== undefined) {
          person.included = false;
          person.excludedBecause = problem.message;
        }
      } else {
        deleteAt(item, path);
      }
    }
    request = {
      ...request,
      candidates: request.candidates.filter((_, i) => !dropCandidates.has(i)),
      ...(request.members ? { members: request.members.filter((_, i) => !dropMembers.has(i)) } : {}),
    };
  }
  const last = checkEvaluateRequest(request);
  if (last.ok) return last.value;
  throw new Error(`request still invalid: ${last.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
}

/** Reads every tab into one request. */
export function buildRequest(input: BuildInput): BuildOutcome {
  const c = new Collector();
  const config = buildConfig(input.config, c, input.dayOfDate);
  const year = input.year ?? Number(input.asOf.slice(0, 4));
  const members = buildMembers(input.members, input.dayOfDate, c);
  const membersTab = input.members?.sheetName ?? MEMBERS.name;
  const cand = buildCandidates(input.candidates, input.dayOfDate, members, membersTab, c);
  const targets = buildTargets(input.targets, year, c);
  const { holidays, workdays } = buildHolidays(input.holidays, input.dayOfDate, c);
  if (config.hasYouthUnion === undefined && input.candidates !== undefined) {
    c.notices.push(`Chưa ghi “Có tổ chức Đoàn” ở bảng “${CONFIG.name}” — tạm coi là Có.`);
  }
  const assembled: EvaluateRequestInput = {
    asOf: input.asOf,
    unit: { hasYouthUnion: config.hasYouthUnion ?? true, hasTradeUnion: config.hasTradeUnion ?? true },
    candidates: cand.candidates,
    year,
  };
  if (members.members.length > 0) assembled.members = members.members;
  else if (cand.candidates.length > 0) {
    // A missing tab is most often a renamed one ("DV", "Danh sách đảng viên"): say how to fix it.
    c.notices.push(
      input.members === undefined
        ? `Không tìm thấy bảng “${MEMBERS.name}”: chưa kiểm tra được người giới thiệu và số đảng viên chính thức của chi bộ. Nếu danh sách đảng viên đang ở bảng tên khác, đổi tên bảng đó thành “${MEMBERS.name}” rồi kiểm tra lại.`
        : `Bảng “${membersTab}” chưa có đảng viên nào: chưa kiểm tra được người giới thiệu và số đảng viên chính thức của chi bộ.`,
    );
  }
  // "Cấu hình" overrides of the projection's lead times (an estimate either way).
  const leadTimes: NonNullable<EvaluateRequestInput['leadTimes']> = {};
  if (config.nextClassDate !== undefined) leadTimes.nextClassDate = config.nextClassDate;
  if (config.meetingDay !== undefined) leadTimes.meetingDay = config.meetingDay;
  if (Object.keys(leadTimes).length > 0) assembled.leadTimes = leadTimes;
  if (holidays.length > 0) assembled.holidays = holidays;
  if (workdays.length > 0) assembled.workdays = workdays;
  if (targets !== undefined && Object.keys(targets).length > 0) assembled.targets = targets;
  // The checked request: its dates are Days from here on.
  const request = enforceSchema(
    assembled,
    {
      ...(input.candidates ? { candidates: input.candidates } : {}),
      ...(input.members ? { members: input.members } : {}),
    },
    { candidates: cand.rows, members: members.rows },
    c,
  );
  return {
    request,
    config,
    candidates: cand.rows,
    members: members.rows,
    problems: c.problems.sort(
      (a, b) => TAB_ORDER.indexOf(a.tab) - TAB_ORDER.indexOf(b.tab) || a.row - b.row || a.column - b.column,
    ),
    notices: c.notices,
    headerNotices: c.headerNotices,
    sensitiveNotices: c.sensitiveNotices,
    hasExampleRow: cand.rows.some((r) => isExampleName(r.name)),
    exampleRows: cand.rows.filter((r) => r.example).map((r) => r.row),
  };
}

export { CANDIDATES, HOLIDAYS, MEMBERS, TARGETS };
