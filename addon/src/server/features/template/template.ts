/**
 * "Tạo bảng mẫu": the six tabs with their canonical headers, a hint note on each header,
 * dropdowns, dd/mm/yyyy dates, a frozen header, the computed columns grey and protected (warning
 * only), and an example row that explains itself. On a spreadsheet that already has data it only
 * adds what is missing — tabs, columns (at the right), configuration lines — and says what it did.
 * It never deletes, moves or rewrites a user's column.
 */

import { dayFromParts } from '../../../../../shared/dates/day.ts';
import type { TemplateReport } from '../../../common/model.ts';
import { COMPUTED_FILL, COMPUTED_HEADER_FILL, HEADER_FILL } from '../../../common/palette.ts';
import { withDocumentLock } from '../../adapters/lock.ts';
import type { RangeLike, Services, SheetLike, SpreadsheetLike } from '../../adapters/services.ts';
import { columnLetter } from '../../sheet/a1.ts';
import { CANDIDATES } from '../../sheet/candidateColumns.ts';
import { type ColumnDef, isDateKind, NO, type TabDef, YES } from '../../sheet/columns.ts';
import { TABS } from '../../sheet/contract.ts';
import { serialOfDay } from '../../sheet/dates.ts';
import { mapHeaders } from '../../sheet/headers.ts';
import { MEETINGS } from '../../sheet/meetingColumns.ts';
import { fold } from '../../sheet/normalize.ts';
import { DATE_FORMAT, findSheets, PROTECTION_DESCRIPTION } from '../../sheet/sheets.ts';
import { CONFIG, CONFIG_ITEMS, MEMBERS, TARGETS } from '../../sheet/tabColumns.ts';
import { headerFixes } from '../../sheet/table.ts';

export const EXAMPLE_MEMBER = 'Ví dụ: Trần Thị Bình';
export const EXAMPLE_CANDIDATE = 'Ví dụ: Nguyễn Văn An (xóa dòng này khi nhập danh sách thật)';

/** Example rows by column id, relative to the current year so that they stay meaningful. */
function exampleRow(tab: TabDef, year: number): Record<string, unknown> | undefined {
  const d = (day: number, month: number, y: number) => serialOfDay(dayFromParts(y, month, day));
  if (tab === CANDIDATES) {
    return {
      name: EXAMPLE_CANDIDATE,
      birthDate: d(15, 3, year - 17),
      gender: 'Nam',
      ethnicMinority: 'Kinh',
      religion: NO,
      category: 'Học sinh',
      education: 'THCS',
      specialArea: NO,
      joinedUnitDate: d(5, 9, year - 2),
      expectedLeaveDate: d(31, 5, year + 1),
      youthUnionMember: YES,
      sympathizerListDate: d(15, 10, year - 1),
      helper: EXAMPLE_MEMBER,
      awarenessCertificateDate: d(20, 11, year - 1),
      introducer1: EXAMPLE_MEMBER,
    };
  }
  if (tab === MEMBERS) {
    return {
      name: EXAMPLE_MEMBER,
      joinedUnitDate: d(1, 9, 2015),
      ceremonyDate: d(10, 5, 2010),
      officialSince: d(10, 5, 2011),
      exempt: NO,
      temporarilyAway: NO,
    };
  }
  if (tab === TARGETS) return { year };
  return undefined;
}

interface Ctx {
  s: Services;
  lines: string[];
  changed: boolean;
  year: number;
  /** the members' name column: the dropdown of every 'member' column created after it is known */
  memberNames?: RangeLike;
}

/** Header cells, formats and dropdowns for `defs` placed from column `start` (1-based). */
function formatColumns(
  ctx: Ctx,
  sheet: SheetLike,
  headerRow: number,
  start: number,
  defs: readonly ColumnDef[],
): void {
  const { s } = ctx;
  const n = defs.length;
  const header = sheet.getRange(headerRow, start, 1, n);
  header.setValues([defs.map((d) => d.header)]);
  header.setNotes([
    defs.map((d) => {
      if (!d.options) return d.hint;
      const choices = `Chọn trong danh sách: ${d.options.join(', ')}.`;
      return d.hint ? `${d.hint}\n${choices}` : choices;
    }),
  ]);
  header.setFontWeight('bold');
  header.setWrap(true);
  header.setVerticalAlignment('middle');
  header.setBackground(HEADER_FILL);

  const bodyRows = Math.max(1, sheet.getMaxRows() - headerRow);
  const colA1 = (i: number) => {
    const letter = columnLetter(start - 1 + i);
    return `${letter}${headerRow + 1}:${letter}${headerRow + bodyRows}`;
  };
  const own = defs.map((d, i) => [d, i] as const).filter(([d]) => d.kind === 'computed' || d.kind === 'key');
  if (own.length > 0) {
    sheet
      .getRangeList(own.map(([, i]) => `${columnLetter(start - 1 + i)}${headerRow}`))
      .setBackground(COMPUTED_HEADER_FILL);
    sheet.getRangeList(own.map(([, i]) => colA1(i))).setBackground(COMPUTED_FILL);
    // one protection per run of adjacent own columns (warning only: the add-on itself writes there)
    let runStart = -1;
    let prev = -2;
    const runs: Array<[number, number]> = [];
    for (const [, i] of own) {
      if (i !== prev + 1) {
        if (runStart >= 0) runs.push([runStart, prev]);
        runStart = i;
      }
      prev = i;
    }
    if (runStart >= 0) runs.push([runStart, prev]);
    for (const [a, b] of runs) {
      sheet
        .getRange(headerRow + 1, start + a, bodyRows, b - a + 1)
        .protect()
        .setDescription(PROTECTION_DESCRIPTION)
        .setWarningOnly(true);
    }
  }
  const dates = defs
    .map((d, i) => [d, i] as const)
    .filter(([d]) => isDateKind(d.kind) || d.id === 'eligibleFrom' || d.id === 'nextDue');
  if (dates.length > 0) sheet.getRangeList(dates.map(([, i]) => colA1(i))).setNumberFormat(DATE_FORMAT);
  defs.forEach((d, i) => {
    const body = () => sheet.getRange(headerRow + 1, start + i, bodyRows, 1);
    if (d.options) {
      body().setDataValidation(
        s.SpreadsheetApp.newDataValidation()
          .requireValueInList([...d.options], true)
          .setAllowInvalid(true)
          .setHelpText(`Chọn trong danh sách: ${d.options.join(', ')}.`)
          .build(),
      );
    } else if (d.kind === 'member' && ctx.memberNames) {
      body().setDataValidation(
        s.SpreadsheetApp.newDataValidation()
          .requireValueInRange(ctx.memberNames, true)
          .setAllowInvalid(true)
          .setHelpText('Chọn họ tên trong bảng “Đảng viên”.')
          .build(),
      );
    } else if (d.kind === 'day') {
      body().setDataValidation(
        s.SpreadsheetApp.newDataValidation()
          .requireDate()
          .setAllowInvalid(true)
          .setHelpText('Ghi ngày theo dạng dd/mm/yyyy (nhấp đúp để chọn trên lịch).')
          .build(),
      );
    }
  });
  // widths: one call per run of equal widths
  let i = 0;
  while (i < n) {
    const w = defs[i]!.width ?? 120;
    let j = i + 1;
    while (j < n && (defs[j]!.width ?? 120) === w) j++;
    sheet.setColumnWidths(start + i, j - i, w);
    i = j;
  }
}

function ensureColumnCount(sheet: SheetLike, needed: number): void {
  const max = sheet.getMaxColumns();
  if (needed > max) sheet.insertColumnsAfter(max, needed - max);
}

function writeExample(sheet: SheetLike, tab: TabDef, defs: readonly ColumnDef[], year: number): boolean {
  const example = exampleRow(tab, year);
  if (example === undefined) return false;
  sheet.getRange(2, 1, 1, defs.length).setValues([defs.map((d) => example[d.id] ?? '')]);
  return true;
}

function newTab(ctx: Ctx, ss: SpreadsheetLike, tab: TabDef, index: number, existing?: SheetLike): void {
  const sheet = existing ?? ss.insertSheet(tab.name, index);
  if (tab === CONFIG) {
    writeConfig(ctx, sheet, 1, CONFIG_ITEMS.length);
    ctx.lines.push(`Đã tạo bảng “${tab.name}”: ghi tên chi bộ và các thông tin khác vào cột “Giá trị”.`);
  } else {
    const defs = tab.columns.filter((c) => !c.optional);
    ensureColumnCount(sheet, defs.length);
    formatColumns(ctx, sheet, 1, 1, defs);
    const example = writeExample(sheet, tab, defs, ctx.year);
    sheet.setFrozenRows(1);
    if (tab.frozenColumns) sheet.setFrozenColumns(tab.frozenColumns);
    ctx.lines.push(
      `Đã tạo bảng “${tab.name}”: ${defs.length} cột có ghi chú hướng dẫn, dòng tiêu đề cố định, danh sách chọn, ngày dạng dd/mm/yyyy${example ? ', một dòng ví dụ' : ''}.`,
    );
  }
  sheet.setTabColor(tab.tabColor);
  ctx.changed = true;
}

/** The configuration's header and every item; `from` is the first item row (1-based; 1 = header too). */
function writeConfig(ctx: Ctx, sheet: SheetLike, from: number, count: number): void {
  if (from === 1) {
    ensureColumnCount(sheet, 3);
    const header = sheet.getRange(1, 1, 1, 3);
    header.setValues([CONFIG.columns.map((c) => c.header)]);
    header.setFontWeight('bold');
    header.setBackground(HEADER_FILL);
    sheet.setFrozenRows(1);
    CONFIG.columns.forEach((c, i) => {
      sheet.setColumnWidths(i + 1, 1, c.width ?? 200);
    });
  }
  const items = CONFIG_ITEMS.slice(CONFIG_ITEMS.length - count);
  const start = from === 1 ? 2 : from;
  sheet
    .getRange(start, 1, items.length, 3)
    .setValues(items.map((item) => [item.label, item.initial ?? '', item.help]));
  const yesNo = items.map((item, i) => [item, i] as const).filter(([item]) => item.kind === 'yesNo');
  for (const [, i] of yesNo) {
    sheet
      .getRange(start + i, 2, 1, 1)
      .setDataValidation(
        ctx.s.SpreadsheetApp.newDataValidation()
          .requireValueInList([YES, NO], true)
          .setAllowInvalid(true)
          .build(),
      );
  }
  sheet.getRange(start, 1, items.length, 1).setFontWeight('bold');
  sheet.getRange(start, 3, items.length, 1).setFontColor('#5f6368');
  sheet.getRange(start, 3, items.length, 1).setWrap(true);
}

function completeConfig(ctx: Ctx, sheet: SheetLike, values: unknown[][]): void {
  const present = new Set<string>();
  for (const row of values) {
    const label = fold(String(row[0] ?? ''));
    for (const item of CONFIG_ITEMS) {
      if ([item.label, ...item.aliases].some((t) => fold(t) === label)) present.add(item.id);
    }
  }
  // The guidance column is the add-on's: an empty guidance cell of a known item is filled in
  // (never one the user wrote in, and only under a "Hướng dẫn" header).
  let guided = 0;
  if (fold(String(values[0]?.[2] ?? '')) === 'huong dan') {
    values.forEach((row, r) => {
      if (r === 0 || String(row[2] ?? '').trim() !== '') return;
      const label = fold(String(row[0] ?? ''));
      const item = CONFIG_ITEMS.find((i) => [i.label, ...i.aliases].some((t) => fold(t) === label));
      if (item === undefined) return;
      sheet.getRange(r + 1, 3, 1, 1).setValues([[item.help]]);
      guided += 1;
    });
  }
  if (guided > 0) {
    ctx.changed = true;
    ctx.lines.push(`Bảng “${sheet.getName()}”: đã điền cột “Hướng dẫn” cho ${guided} mục.`);
  }
  const missing = CONFIG_ITEMS.filter((i) => !present.has(i.id));
  if (missing.length === 0) {
    if (guided === 0) ctx.lines.push(`Bảng “${sheet.getName()}” đã đủ các mục — giữ nguyên.`);
    return;
  }
  const start = values.length + 1;
  sheet
    .getRange(start, 1, missing.length, 3)
    .setValues(missing.map((item) => [item.label, item.initial ?? '', item.help]));
  sheet.getRange(start, 1, missing.length, 1).setFontWeight('bold');
  ctx.changed = true;
  ctx.lines.push(
    `Bảng “${sheet.getName()}”: đã thêm ${missing.length} mục còn thiếu ở cuối (${missing.map((m) => `“${m.label}”`).join(', ')}).`,
  );
}

function completeTab(ctx: Ctx, sheet: SheetLike, tab: TabDef, values: unknown[][]): void {
  const headers = mapHeaders(tab, values);
  if (headers.headerRow === 0) {
    ctx.lines.push(
      `Bảng “${sheet.getName()}” đã có dữ liệu nhưng không thấy dòng tiêu đề quen thuộc — tiện ích không sửa gì. Hãy đặt tên cột theo mẫu (ví dụ “Họ và tên”, “Ngày sinh”) rồi bấm lại.`,
    );
    return;
  }
  // A misspelt header is the user's column: say how to rename it, never add a second, empty one.
  const fixes = headerFixes({ tab, sheetName: sheet.getName(), headers });
  for (const fix of fixes) ctx.lines.push(`${fix.text} (Tiện ích không thêm cột mới cho mục này.)`);
  const misspelt = new Set(fixes.map((f) => f.id));
  const missing = tab.columns.filter((c) => !c.optional && !headers.columns.has(c.id) && !misspelt.has(c.id));
  const done: string[] = [];
  if (missing.length > 0) {
    const width = values[headers.headerRow - 1]?.length ?? 0;
    ensureColumnCount(sheet, width + missing.length);
    formatColumns(ctx, sheet, headers.headerRow, width + 1, missing);
    done.push(
      `thêm ${missing.length} cột còn thiếu ở bên phải (${missing.map((c) => `“${c.header}”`).join(', ')})`,
    );
  }
  if (sheet.getFrozenRows() < headers.headerRow) {
    sheet.setFrozenRows(headers.headerRow);
    done.push('cố định dòng tiêu đề');
  }
  if (done.length === 0) {
    ctx.lines.push(`Bảng “${sheet.getName()}” đã đủ cột — giữ nguyên.`);
    return;
  }
  ctx.changed = true;
  ctx.lines.push(`Bảng “${sheet.getName()}” đã có dữ liệu: ${done.join('; ')}.`);
}

/** The members tab's name column below its header, as it stands now (for the dropdowns). */
function memberNameRange(ss: SpreadsheetLike): RangeLike | undefined {
  const sheet = findSheets(ss, [MEMBERS]).get(MEMBERS);
  if (sheet === undefined) return undefined;
  const headers = mapHeaders(MEMBERS, sheet.getDataRange().getValues());
  const col = headers.columns.get('name');
  if (col === undefined || headers.headerRow === 0) return undefined;
  return sheet.getRange(
    headers.headerRow + 1,
    col + 1,
    Math.max(1, sheet.getMaxRows() - headers.headerRow),
    1,
  );
}

function run(s: Services, now: Date): TemplateReport {
  const ss = s.SpreadsheetApp.getActive();
  const tz = ss.getSpreadsheetTimeZone();
  const year = Number(s.Utilities.formatDate(now, tz, 'yyyy'));
  const ctx: Ctx = { s, lines: [], changed: false, year };
  const found = findSheets(ss, TABS);
  let index = ss.getSheets().length;
  let freshList = false;
  for (const tab of TABS) {
    if (tab === MEETINGS) ctx.memberNames = memberNameRange(ss);
    const sheet = found.get(tab);
    if (sheet === undefined) {
      newTab(ctx, ss, tab, index++);
      if (tab === CANDIDATES) freshList = true;
      continue;
    }
    const values = sheet.getDataRange().getValues();
    const empty = values.every((row) => row.every((v) => v === '' || v === null));
    if (empty) {
      newTab(ctx, ss, tab, 0, sheet);
      if (tab === CANDIDATES) freshList = true;
    } else if (tab === CONFIG) completeConfig(ctx, sheet, values);
    else completeTab(ctx, sheet, tab, values);
  }
  const locale = ss.getSpreadsheetLocale();
  if (!/^vi/i.test(locale)) {
    if (freshList) {
      ss.setSpreadsheetLocale('vi_VN');
      ctx.lines.push('Đã đặt vùng của bảng tính là Việt Nam, để ngày gõ vào được hiểu là ngày/tháng/năm.');
    } else {
      ctx.lines.push(
        `Lưu ý: bảng tính đang dùng vùng “${locale}”, nên khi gõ 03/04/2025 Google có thể hiểu là ngày 4 tháng 3. Vào Tệp → Cài đặt → Ngôn ngữ và vùng, chọn Việt Nam.`,
      );
    }
  }
  ctx.lines.push('Không xóa, không di chuyển cột nào và không sửa giá trị nào bạn đã nhập.');
  return { ok: true, lines: ctx.lines, changed: ctx.changed };
}

export function createTemplate(
  s: Services,
  now: Date = new Date(),
): TemplateReport | { ok: false; kind: 'busy'; title: string; text: string } {
  const locked = withDocumentLock(s, () => run(s, now));
  if (!locked.ok) {
    return {
      ok: false,
      kind: 'busy',
      title: 'Bảng tính đang bận',
      text: 'Một lần kiểm tra hoặc tạo bảng mẫu khác đang chạy. Chờ một lát rồi bấm lại.',
    };
  }
  return locked.value;
}
