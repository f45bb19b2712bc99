/**
 * "Kiểm tra danh sách": read every tab once, build the request, send it once (or check locally),
 * write the annotations back in batches, and return what the sidebar shows.
 *
 * Service calls per check do not grow with the number of rows: one read of each tab, two reads
 * (notes, fills) and a fixed set of writes per annotated tab (tests/addon/check.test.ts counts them).
 */

import { toDay } from '../../../../../shared/dates/day.ts';
import { evaluateRequest } from '../../../../../shared/engine/evaluate.ts';
import { poolOf } from '../../../../../shared/engine/summary.ts';
import type { EvaluateResponse, Result } from '../../../../../shared/schemas/response.ts';
import { type CheckResult, type Failure, type Notice, notice } from '../../../common/model.ts';
import { busyFailure, noListFailure } from '../../actions/failures.ts';
import { withDocumentLock } from '../../adapters/lock.ts';
import { progressReporter } from '../../adapters/progress.ts';
import type { Services, SheetLike } from '../../adapters/services.ts';
import { saveLastCheck } from '../../adapters/state.ts';
import { type EvaluateRemoteOptions, notConfiguredNotice } from '../../backend/client.ts';
import { evaluateRemote } from '../../backend/evaluate.ts';
import { compareTargets, targetsRequest } from '../../backend/targets.ts';
import {
  addCellNote,
  annotate,
  type CellNotes,
  findingColumn,
  findingLine,
  problemLine,
} from '../../sheet/annotate.ts';
import { CANDIDATES } from '../../sheet/candidateColumns.ts';
import { columnById, type TabDef } from '../../sheet/columns.ts';
import { unitIdOf } from '../../sheet/config.ts';
import { createDayReader, parseOffset } from '../../sheet/dates.ts';
import { type BuildOutcome, buildRequest } from '../../sheet/rows.ts';
import {
  appendOwnColumns,
  findSheets,
  readBlock,
  readSheet,
  similarSheetName,
  writeTab,
} from '../../sheet/sheets.ts';
import { CONFIG, HOLIDAYS, MEMBERS, TARGETS } from '../../sheet/tabColumns.ts';
import type { CellProblem, Table } from '../../sheet/table.ts';
import { deadlinesView, goneLine, peopleView, rulesLabel, sheetProblemsView, targetView } from './view.ts';

export interface CheckOptions {
  /** for tests: the backend retry policy and jitter */
  remote?: EvaluateRemoteOptions;
  /** for tests: the clock */
  now?: () => Date;
}

const OWN_CANDIDATE_COLUMNS = ['key', 'stage', 'eligibleFrom', 'nextDue', 'summary'].map(
  (id) => columnById(CANDIDATES, id)!,
);
const OWN_MEMBER_COLUMNS = [columnById(MEMBERS, 'key')!];

function groupByKey(problems: readonly CellProblem[], tab: string): Map<string, CellProblem[]> {
  const out = new Map<string, CellProblem[]>();
  for (const p of problems) {
    if (p.tab !== tab || p.key === undefined) continue;
    const list = out.get(p.key);
    if (list === undefined) out.set(p.key, [p]);
    else list.push(p);
  }
  return out;
}

/** Cell notes of a tab: its problems, and for candidates the engine's findings on their columns. */
function cellNotesFor(
  table: Table,
  problems: readonly CellProblem[],
  build: BuildOutcome,
  results?: ReadonlyMap<string, Result>,
): CellNotes {
  const notes: CellNotes = new Map();
  for (const p of problems) {
    if (p.tab === table.tab.id) addCellNote(notes, p.row, p.column, p.severity, problemLine(p));
  }
  if (results !== undefined) {
    for (const person of build.candidates) {
      const result = results.get(person.key);
      if (result === undefined) continue;
      for (const f of result.findings) {
        if (f.severity === 'info') continue;
        const col = findingColumn(f.field, table, person);
        if (col !== undefined) addCellNote(notes, person.row, col, f.severity, findingLine(f));
      }
    }
  }
  return notes;
}

function run(s: Services, options: CheckOptions): CheckResult | Failure {
  const progress = progressReporter(s);
  const now = options.now?.() ?? new Date();
  const ss = s.SpreadsheetApp.getActive();
  const tz = ss.getSpreadsheetTimeZone();
  const today = toDay(s.Utilities.formatDate(now, tz, 'yyyy-MM-dd'));
  const offset = parseOffset(s.Utilities.formatDate(now, tz, 'Z')) ?? 420;
  const atText = s.Utilities.formatDate(now, tz, 'HH:mm, dd/MM/yyyy');
  const checkedOn = `${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`;
  const reader = createDayReader(tz, offset, now, today);

  const sheets = findSheets(ss, [CANDIDATES, MEMBERS, TARGETS, HOLIDAYS, CONFIG]);
  const candidateSheet = sheets.get(CANDIDATES);
  if (candidateSheet === undefined) return noListFailure(similarSheetName(ss, CANDIDATES));
  const rowCount = Math.max(0, candidateSheet.getLastRow() - 1);
  progress(`Đang đọc ${rowCount} dòng…`, 0.1);

  const tables = new Map<TabDef, Table>();
  for (const [tab, sheet] of sheets) tables.set(tab, readSheet(tab, sheet));
  const candidates = tables.get(CANDIDATES)!;
  const members = tables.get(MEMBERS);

  const build = buildRequest({
    asOf: today,
    dayOfDate: reader.read,
    candidates,
    ...(members ? { members } : {}),
    ...(tables.has(TARGETS) ? { targets: tables.get(TARGETS)! } : {}),
    ...(tables.has(HOLIDAYS) ? { holidays: tables.get(HOLIDAYS)! } : {}),
    ...(tables.has(CONFIG) ? { config: tables.get(CONFIG)! } : {}),
  });

  progress(`Đang đối chiếu quy định (${build.request.candidates.length} người)…`, 0.35);
  const notices: Notice[] = topNotices(build, candidates.sheetName);
  let response: EvaluateResponse | undefined;
  let mode: 'backend' | 'local' = 'local';
  const base = build.config.backendUrl;
  if (base) {
    // The superior's targets for this year ride along, to compare with the "Chỉ tiêu" tab.
    const unitId = unitIdOf(build.config);
    const year = Number(today.slice(0, 4));
    const outcome = evaluateRemote(s, base, build.request, {
      ...options.remote,
      onRetry: (attempt, waitMs) =>
        progress(
          `Máy chủ chưa trả lời, thử lại lần ${attempt + 1} sau ${Math.ceil(waitMs / 1000)} giây…`,
          0.4,
        ),
      ...(unitId ? { alongside: [targetsRequest(unitId, year)] } : {}),
    });
    if (outcome.ok) {
      response = outcome.response;
      mode = 'backend';
      const targets =
        unitId &&
        compareTargets(s, {
          response: outcome.alongside?.[0],
          unitId,
          year,
          sheet: build.request.targets,
          after: 'Kết quả kiểm tra vẫn dùng bảng “Chỉ tiêu”.',
        });
      if (targets) notices.push(targets);
    } else {
      notices.push(outcome.error.notice);
    }
  } else {
    notices.push(notConfiguredNotice());
  }
  if (response === undefined) response = evaluateRequest(build.request);
  const left = response.summary.pastLeaving ?? 0;
  if (left > 0) notices.push(pastLeavingNotice(left, candidates.sheetName));
  const results = new Map(response.results.map((r) => [r.key, r]));

  progress('Đang ghi kết quả…', 0.7);
  // Columns added, per tab: both tabs get a "Mã", so one list would name it twice.
  const added: Array<{ sheetName: string; headers: string[] }> = [];
  const keysCreated =
    build.candidates.filter((p) => p.newKey).length + build.members.filter((p) => p.newKey).length;
  if (build.candidates.length > 0) {
    const headers = appendOwnColumns(candidateSheet, candidates, OWN_CANDIDATE_COLUMNS);
    if (headers.length > 0) added.push({ sheetName: candidates.sheetName, headers });
  }
  const memberSheet = sheets.get(MEMBERS);
  if (members !== undefined && memberSheet !== undefined && build.members.length > 0) {
    const headers = appendOwnColumns(memberSheet, members, OWN_MEMBER_COLUMNS);
    if (headers.length > 0) added.push({ sheetName: members.sheetName, headers });
  }

  const problemsByKey = groupByKey(build.problems, CANDIDATES.id);
  for (const [tab, table] of tables) {
    const sheet = sheets.get(tab) as SheetLike;
    const block = readBlock(sheet, table);
    if (block === null) continue;
    const isCandidates = tab === CANDIDATES;
    const write = annotate({
      table,
      oldNotes: block.notes,
      oldBackgrounds: block.backgrounds,
      cellNotes: cellNotesFor(table, build.problems, build, isCandidates ? results : undefined),
      checkedOn,
      ...(isCandidates ? { people: build.candidates, results, problemsByKey } : {}),
      ...(tab === MEMBERS ? { people: build.members } : {}),
    });
    writeTab(sheet, write);
  }

  const counts = { ...response.summary.byStage };
  const gone = goneLine(response.summary.pastLeavingByStage);
  const label = rulesLabel(response.rulesVersion);
  saveLastCheck(s, { atText, rulesLabel: label, mode, counts, gone });
  const { people, total } = peopleView(candidates.sheetName, build.candidates, results, problemsByKey, today);
  const info = [...build.notices];
  if (added.length > 0) {
    const where = added.map(
      (a) => `cột ${a.headers.map((h) => `“${h}”`).join(', ')} vào bảng “${a.sheetName}”`,
    );
    info.unshift(`Đã thêm ${where.join('; ')} (cột tính tự động, ở bên phải bảng).`);
  }
  if (keysCreated > 0) info.unshift(`Đã cấp mã cho ${keysCreated} dòng mới (cột “Mã”).`);
  if (!reader.exact) info.push('Ngày trong ô được đọc theo múi giờ hiện tại của bảng tính.');
  progress.done();
  return {
    ok: true,
    unitName: build.config.unitName ?? null,
    checkedAtText: atText,
    rulesLabel: label,
    mode,
    notices,
    counts,
    gone,
    waiting: poolOf(response.summary).ready,
    total: build.candidates.length,
    checked: build.request.candidates.length,
    people,
    peopleTotal: total,
    deadlines: deadlinesView(candidates.sheetName, build.candidates, results, build.request),
    target: targetView(response, build.candidates, results),
    sheetProblems: sheetProblemsView(build.problems.filter((p) => p.tab !== CANDIDATES.id)),
    info,
    keysCreated,
    hasExampleRow: build.hasExampleRow,
    candidateSheet: candidates.sheetName,
  };
}

/** What the user must fix in the sheet itself, said first: headers, and the template's example row. */
function topNotices(build: BuildOutcome, sheetName: string): Notice[] {
  const out: Notice[] = build.headerNotices.map((text) => ({
    level: 'warning' as const,
    title: 'Tiêu đề cột cần sửa',
    text,
  }));
  for (const text of build.sensitiveNotices)
    out.push({ level: 'warning', title: 'Thông tin không nên lưu trong bảng tính', text });
  if (build.exampleRows.length > 0) {
    const rows = build.exampleRows.join(', ');
    out.push(
      notice(
        'info',
        'Bảng còn dòng ví dụ',
        `Dòng ${rows} của bảng “${sheetName}” là dòng ví dụ của bảng mẫu: không được kiểm tra, không tính và không gửi đi. Xóa dòng này khi nhập danh sách thật.`,
      ),
    );
  }
  return out;
}

/** Rows past their leaving date: the engine leaves them out of the pool; the sheet should say so. */
function pastLeavingNotice(n: number, sheetName: string): Notice {
  return notice(
    'warning',
    'Có người đã quá ngày rời đơn vị',
    `${n} người trong bảng “${sheetName}” đã qua ngày dự kiến rời đơn vị (ra trường, chuyển đi) nên không còn được tính là đang bồi dưỡng. Nếu họ đã đi, ghi “Ngày thôi theo dõi”; nếu chưa, sửa lại ngày dự kiến.`,
  );
}

/** The whole check under the document lock. */
export function runCheck(s: Services, options: CheckOptions = {}): CheckResult | Failure {
  const locked = withDocumentLock(s, () => run(s, options));
  if (!locked.ok) return busyFailure();
  return locked.value;
}
