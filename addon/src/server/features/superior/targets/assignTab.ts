/**
 * "Giao chỉ tiêu": the targets the superior gives each unit, typed in the "Giao chỉ tiêu" tab (one
 * row per unit: its id, name, year and the four figures) and sent with
 * `PUT /v1/units/{id}/targets/{year}` — only the rows that differ from what the backend holds,
 * all at once (`UrlFetchApp.fetchAll`: one service call). The first time, the tab is created
 * from the subtree with the current targets, to be filled in. Each row's outcome goes to its
 * "Kết quả gửi" cell; nothing the user typed is changed.
 */
import type { Targets } from '../../../../../../shared/schemas/request.ts';
import type { Failure, TargetsInput, TargetsResult } from '../../../../common/model.ts';
import { COMPUTED_FILL, HEADER_FILL, SEVERITY_FILL } from '../../../../common/palette.ts';
import { backendFailure } from '../../../actions/failures.ts';
import type { ActionOptions } from '../../../actions/options.ts';
import { statusInWords } from '../../../adapters/httpWords.ts';
import type { Services, SheetLike } from '../../../adapters/services.ts';
import { readAnswer } from '../../../backend/answer.ts';
import { type ApiRequest, serverMessage } from '../../../backend/client.ts';
import { targetsRecordAnswer } from '../../../backend/contract.gen.ts';
import { callApiAll } from '../../../backend/fetchAll.ts';
import { columns, type TabDef } from '../../../sheet/columns.ts';
import { readTable } from '../../../sheet/headers.ts';
import { cellText, isBlank } from '../../../sheet/normalize.ts';
import { findSheets } from '../../../sheet/sheets.ts';
import type { Table } from '../../../sheet/table.ts';
import { parseCount, parseYear } from '../../../sheet/values.ts';
import { type Aggregate, fetchAggregate } from '../../../superior/aggregate.ts';
import { superiorContext } from '../../../superior/context.ts';
import { SUPERIOR_WORDING } from '../../../superior/wording.ts';

const TARGET_IDS = ['admitted', 'students', 'women', 'awarenessClass'] as const;

export const ASSIGN: TabDef = {
  id: 'assign',
  name: 'Giao chỉ tiêu',
  aliases: ['chi tieu cac chi bo', 'chi tieu giao'],
  tabColor: '#e37400',
  columns: columns([
    ['unitId', 'text', 'Mã đơn vị', 'ma chi bo|ma', 'Mã của đơn vị trên máy chủ PTĐV (đừng sửa).', 160],
    [
      'unitName',
      'text',
      'Đơn vị',
      'ten don vi|chi bo|to chuc dang',
      'Tên đơn vị (để đọc; tiện ích không đọc cột này).',
      260,
    ],
    ['year', 'year', 'Năm', 'nam chi tieu', 'Năm áp dụng chỉ tiêu.', 70],
    [
      'admitted',
      'count',
      'Kết nạp',
      'chi tieu ket nap|so ket nap',
      'Số đảng viên mới giao kết nạp trong năm. Để trống cả dòng: không giao chỉ tiêu.',
    ],
    [
      'students',
      'count',
      'Trong đó học sinh, sinh viên',
      'hoc sinh, sinh vien|trong do hoc sinh',
      'Trong số kết nạp: học sinh, sinh viên (không lớn hơn số kết nạp).',
      120,
    ],
    ['women', 'count', 'Trong đó nữ', 'nu', 'Trong số kết nạp: nữ (không lớn hơn số kết nạp).'],
    [
      'awarenessClass',
      'count',
      'Cử đi học lớp nhận thức',
      'lop nhan thuc|hoc lop nhan thuc',
      'Số quần chúng giao cử đi học lớp bồi dưỡng nhận thức về Đảng.',
      120,
    ],
    [
      'result',
      'computed',
      'Kết quả gửi',
      'ket qua',
      '🔒 Tiện ích ghi kết quả lần “Giao chỉ tiêu” gần nhất vào đây.',
      300,
    ],
  ]),
};

function sameTargets(a: Targets | undefined, b: Targets): boolean {
  return TARGET_IDS.every((k) => (a?.[k] ?? undefined) === (b[k] ?? undefined));
}

/** Creates the tab (or appends the units it lacks) from the subtree, with the current targets. */
function prefill(
  s: Services,
  sheet: SheetLike | undefined,
  table: Table | undefined,
  agg: Aggregate,
  year: number,
): {
  sheet: SheetLike;
  added: number;
} {
  const ss = s.SpreadsheetApp.getActive();
  const units = agg.units.filter((u) => u.depth > 0);
  const present = new Set<string>();
  const idCol = table?.headers.columns.get('unitId');
  if (table && idCol !== undefined) {
    for (let r = table.headers.headerRow; r < table.values.length; r++)
      present.add(cellText(table.values[r]![idCol]).toLowerCase());
  }
  const rows = units
    .filter((u) => !present.has(u.id))
    .map((u) => [
      u.id,
      `${'   '.repeat(Math.max(0, u.depth - 1))}${u.name}`,
      year,
      ...TARGET_IDS.map((k) => u.targets?.[k] ?? ''),
      '',
    ]);
  let target = sheet;
  let start: number;
  if (target === undefined || table === undefined || table.headers.headerRow === 0) {
    if (target === undefined) {
      target = ss.insertSheet(ASSIGN.name, ss.getSheets().length);
      target.setTabColor(ASSIGN.tabColor);
    }
    const header = target.getRange(1, 1, 1, ASSIGN.columns.length);
    header.setValues([ASSIGN.columns.map((c) => c.header)]);
    header.setNotes([ASSIGN.columns.map((c) => c.hint)]);
    header.setFontWeight('bold').setWrap(true).setBackground(HEADER_FILL);
    target.setFrozenRows(1);
    target.setColumnWidths(1, 1, 160);
    target.setColumnWidths(2, 1, 260);
    target.setColumnWidths(3, ASSIGN.columns.length - 2, 100);
    start = 2;
  } else {
    start = table.values.length + 1;
  }
  if (rows.length > 0) {
    const need = start + rows.length - 1 - target.getMaxRows();
    if (need > 0) target.insertRowsAfter(target.getMaxRows(), need);
    target.getRange(start, 1, rows.length, ASSIGN.columns.length).setValues(rows);
  }
  return { sheet: target, added: rows.length };
}

interface RowPlan {
  /** 0-based index in the table's values */
  r: number;
  unitId: string;
  /** the unit's name, for the lines a user reads (never its id) */
  name: string;
  year: number;
  targets: Targets;
}

export function runTargets(
  s: Services,
  rawInput: unknown,
  options: ActionOptions = {},
): TargetsResult | Failure {
  const i = (rawInput ?? {}) as Partial<TargetsInput>;
  const ctx = superiorContext(s, options);
  if ('kind' in ctx) return ctx;
  const year = Number.isInteger(Number(i.year)) ? Number(i.year) : Number(ctx.clock.today.slice(0, 4));
  const aggregate = fetchAggregate(s, ctx, year, options);
  if ('kind' in aggregate) return aggregate;
  // Exact names only: last year's "Giao chỉ tiêu 2025", kept for the record, is never this year's tab.
  const sheet = findSheets(ctx.ss, [ASSIGN], { contained: false }).get(ASSIGN);
  const table = sheet ? readTable(ASSIGN, sheet.getName(), sheet.getDataRange().getValues()) : undefined;
  const base = { ok: true as const, year, sent: 0, unchanged: 0, failed: 0, notices: [] };

  const recognised =
    table !== undefined && table.headers.headerRow > 0 && table.headers.columns.has('unitId');
  const empty = table === undefined || table.values.every((row) => row.every(isBlank));
  if (sheet !== undefined && !recognised && !empty) {
    // Someone's own tab of that name: never written over.
    return {
      ok: false,
      kind: 'invalid',
      title: `Bảng “${sheet.getName()}” chưa đúng mẫu`,
      text: `Bảng “${sheet.getName()}” đã có nội dung nhưng không có cột “Mã đơn vị”. Tiện ích không ghi đè lên đó: đổi tên bảng ấy (hoặc xóa nếu không cần), rồi bấm “Giao chỉ tiêu” để tiện ích tạo bảng mới.`,
    };
  }
  // First time (or an empty tab): create it, to be filled in.
  if (sheet === undefined || table === undefined || !recognised) {
    const made = prefill(s, sheet, undefined, aggregate, year);
    made.sheet.activate();
    return {
      ...base,
      sheetName: made.sheet.getName(),
      created: true,
      lines: [
        `${made.added} đơn vị, kèm chỉ tiêu năm ${year} đang có trên máy chủ. Ghi chỉ tiêu vào các cột số rồi bấm “Giao chỉ tiêu” lần nữa để gửi.`,
      ],
    };
  }

  const known = new Map(aggregate.units.filter((u) => u.depth > 0).map((u) => [u.id, u]));
  const lines: string[] = [];
  const results = new Map<number, { text: string; fill: string }>();
  const plans: RowPlan[] = [];
  const cols = table.headers.columns;
  const yearCol = cols.get('year');
  for (let r = table.headers.headerRow; r < table.values.length; r++) {
    const row = table.values[r]!;
    const unitId = cellText(row[cols.get('unitId')!]).toLowerCase();
    const inputs = TARGET_IDS.map((k) => (cols.has(k) ? row[cols.get(k)!] : ''));
    if (unitId === '' && inputs.every(isBlank)) continue;
    const fail = (text: string) => {
      results.set(r, { text: `✖ ${text}`, fill: SEVERITY_FILL.error });
      lines.push(`Dòng ${r + 1}: ${text}`);
    };
    const unit = known.get(unitId);
    if (unit === undefined) {
      fail(`mã “${unitId}” không thuộc ${aggregate.unit.name} — kiểm tra cột “Mã đơn vị”.`);
      continue;
    }
    const y = yearCol === undefined ? { kind: 'ok' as const, value: year } : parseYear(row[yearCol]);
    const rowYear = y.kind === 'ok' ? y.value : y.kind === 'empty' ? year : undefined;
    if (rowYear === undefined) {
      fail(`năm ${cellText(row[yearCol!])} chưa đúng (ví dụ ${year}).`);
      continue;
    }
    const targets: Targets = {};
    let bad = '';
    TARGET_IDS.forEach((k, j) => {
      const n = parseCount(inputs[j], 100_000);
      if (n.kind === 'ok') targets[k] = n.value;
      else if (n.kind === 'problem' && !bad)
        bad = `${ASSIGN.columns.find((c) => c.id === k)!.header}: ${n.message}`;
    });
    if (bad) {
      fail(bad);
      continue;
    }
    for (const k of ['students', 'women'] as const) {
      if (
        targets[k] !== undefined &&
        targets.admitted !== undefined &&
        targets[k]! > targets.admitted &&
        !bad
      )
        bad = `“${ASSIGN.columns.find((c) => c.id === k)!.header}” (${targets[k]}) lớn hơn số kết nạp (${targets.admitted}).`;
    }
    if (bad) {
      fail(bad);
      continue;
    }
    if (
      rowYear === year &&
      (sameTargets(unit.targets, targets) ||
        (unit.targets === undefined && Object.keys(targets).length === 0))
    ) {
      base.unchanged++;
      // The apostrophe keeps it text: Sheets would read a leading "=" as a (broken) formula.
      results.set(r, { text: `'= Không đổi (năm ${year})`, fill: COMPUTED_FILL });
      continue;
    }
    plans.push({ r, unitId, name: unit.name, year: rowYear, targets });
  }

  const requests: ApiRequest[] = plans.map((p) => ({
    method: 'put',
    path: `units/${encodeURIComponent(p.unitId)}/targets/${p.year}`,
    body: p.targets,
  }));
  const sent = callApiAll(s, ctx.base, requests, { ...SUPERIOR_WORDING, action: 'giao chỉ tiêu' });
  if (!sent.ok) return backendFailure(sent.error.notice);
  let sentCount = 0;
  sent.responses.forEach((response, j) => {
    const p = plans[j]!;
    const status = response.getResponseCode();
    const stored =
      status === 200 &&
      readAnswer(s, targetsRecordAnswer, response, `PUT ${requests[j]!.path}`, {
        what: 'biên nhận',
        after: '',
      }).ok;
    if (status === 200 && !stored) {
      const why = 'máy chủ đã nhận nhưng trả lời không đúng dạng — bấm lại để kiểm tra.';
      results.set(p.r, { text: `✖ ${why}`, fill: SEVERITY_FILL.error });
      lines.push(`Dòng ${p.r + 1} (${p.unitId}): ${why}`);
    } else if (stored) {
      sentCount++;
      results.set(p.r, {
        text: `✓ Đã giao chỉ tiêu năm ${p.year} lúc ${ctx.clock.atText}`,
        fill: COMPUTED_FILL,
      });
    } else {
      const said = serverMessage(response.getContentText());
      const why =
        status === 403
          ? 'tài khoản không có quyền giao chỉ tiêu cho đơn vị này.'
          : status === 401
            ? 'máy chủ chưa xác nhận được tài khoản — tải lại bảng tính rồi thử lại.'
            : `${said.message ?? `máy chủ PTĐV ${statusInWords(status)}`}${said.details.length ? ` (${said.details.join('; ')})` : ''}${status === 429 || status >= 500 ? ' — bấm lại sau ít phút.' : ''}`;
      results.set(p.r, { text: `✖ ${why}`, fill: SEVERITY_FILL.error });
      lines.push(`Dòng ${p.r + 1} (${p.name}): ${why}`);
    }
  });

  // The "Kết quả gửi" column: one write of values, one of fills.
  let resultCol = cols.get('result');
  const width = table.values[0]?.length ?? 0;
  if (resultCol === undefined) {
    resultCol = width;
    if (resultCol + 1 > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
    const h = sheet.getRange(table.headers.headerRow, resultCol + 1, 1, 1);
    h.setValues([['Kết quả gửi']]);
    h.setFontWeight('bold');
  }
  const first = table.headers.headerRow + 1;
  const count = table.values.length - table.headers.headerRow;
  if (count > 0) {
    const out: string[][] = [];
    const fills: string[][] = [];
    for (let r = table.headers.headerRow; r < table.values.length; r++) {
      const res = results.get(r);
      out.push([res?.text ?? '']);
      fills.push([res?.fill ?? '#ffffff']);
    }
    const range = sheet.getRange(first, resultCol + 1, count, 1);
    range.setValues(out);
    range.setBackgrounds(fills);
  }
  // Units of the subtree the tab does not list yet: appended, to be filled in next time.
  const added = prefill(s, sheet, table, aggregate, year).added;
  if (added > 0) lines.push(`Đã thêm ${added} đơn vị mới vào cuối bảng “${ASSIGN.name}”.`);
  sheet.activate();
  return {
    ...base,
    sheetName: sheet.getName(),
    created: false,
    sent: sentCount,
    failed: [...results.values()].filter((res) => res.fill === SEVERITY_FILL.error).length,
    lines,
  };
}
