/** One tab as read, and what reading it found: problems by cell, notices, data rows, keys. */

import { a1 } from './a1.ts';
import type { TabDef, TabId } from './columns.ts';
import { cellText, fold, foldWithoutParentheses, isBlank } from './normalize.ts';
import { sensitiveColumn, sensitiveColumnWarning } from './sensitive.ts';

/** Where each known column of a tab is, and what else the header row holds. */
export interface HeaderMap {
  /** 1-based row of the headers (0 when the tab has none) */
  headerRow: number;
  /** column id → 0-based column index */
  columns: Map<string, number>;
  /** headers the add-on does not know: left alone, reported once */
  unknown: Array<{ index: number; header: string }>;
  /** a second column for a field already found: the first one wins */
  duplicates: Array<{ index: number; header: string; id: string }>;
}

/** One tab as read: every value of its data range (row 1 first). */
export interface Table {
  tab: TabDef;
  sheetName: string;
  values: unknown[][];
  headers: HeaderMap;
}

export type ProblemSeverity = 'error' | 'warning';

/** A cell the add-on could not read, or a row it left out. */
export interface CellProblem {
  tab: TabId;
  sheetName: string;
  /** 1-based sheet row */
  row: number;
  /** 0-based column */
  column: number;
  header: string;
  message: string;
  severity: ProblemSeverity;
  /** the row's key, when it has one */
  key?: string;
}

/** A person row of "Quần chúng" or "Đảng viên" as the add-on understood it. */
export interface PersonRow {
  /** 1-based sheet row */
  row: number;
  key: string;
  /** the key was created by this check (written into the empty Mã cell) */
  newKey: boolean;
  name: string;
  /** sent to the engine */
  included: boolean;
  /** why not, when not */
  excludedBecause?: string;
  /** the template's example row ("Ví dụ: …"): never checked, counted or sent */
  example?: boolean;
  /** candidates: request introducer index → sheet slot (1 or 2) */
  introducerSlots?: number[];
  /** candidates: the category, for the target sentence */
  student?: boolean;
}

const EXAMPLE_PREFIX = 'ví dụ';

/** Rows whose name starts with "Ví dụ" are the template's example rows. */
export function isExampleName(name: string): boolean {
  return name.toLocaleLowerCase('vi').startsWith(EXAMPLE_PREFIX);
}

export class Collector {
  readonly problems: CellProblem[] = [];
  readonly notices: string[] = [];
  /** header problems with their exact fix: shown at the top of the sidebar */
  readonly headerNotices: string[] = [];
  /** columns holding data the sheet must not hold (phones, ID numbers…): also at the top */
  readonly sensitiveNotices: string[] = [];

  add(
    table: Table,
    row: number,
    column: number,
    message: string,
    severity: ProblemSeverity,
    key?: string,
  ): void {
    const header = headerText(table, column);
    const p: CellProblem = {
      tab: table.tab.id,
      sheetName: table.sheetName,
      row,
      column,
      header,
      message,
      severity,
    };
    if (key !== undefined) p.key = key;
    this.problems.push(p);
  }
}

export function headerText(table: Table, column: number): string {
  const h = table.values[table.headers.headerRow - 1]?.[column];
  return typeof h === 'string' && h.trim() !== ''
    ? h.trim()
    : a1(column, table.headers.headerRow || 1).replace(/\d+$/, '');
}

/** Where a problem is, for the sidebar: "dòng 7, cột “Ngày sinh” (D7)". */
export function locate(p: Pick<CellProblem, 'row' | 'column' | 'header'>): string {
  return `dòng ${p.row}, cột “${p.header}” (${a1(p.column, p.row)})`;
}

/** Header texts shorter than this are never taken for a misspelling of another ("STT", "Mã"). */
const MIN_LOOKALIKE_LENGTH = 6;

/** Edit distance, for telling a misspelt header from an unrelated one (short strings only). */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 4;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The canonical header an unknown header probably means, among the columns not found: a
 * misspelling (at most two letters off, ignoring case and diacritics) or a header that contains
 * it elsewhere than at the start. Undefined when nothing, or more than one column, fits.
 */
export function lookalikeColumn(
  tab: TabDef,
  header: string,
  found: ReadonlyMap<string, number>,
): string | undefined {
  const folded = foldWithoutParentheses(header);
  if (folded.length < 4) return undefined;
  const fits = new Set<string>();
  for (const column of tab.columns) {
    if (found.has(column.id) || column.kind === 'computed') continue;
    for (const text of [column.header, ...column.aliases]) {
      const t = foldWithoutParentheses(text);
      if (t.length < 4) continue;
      const misspelt = t.length >= MIN_LOOKALIKE_LENGTH && distance(folded, t) <= 2;
      const contains = t.length >= MIN_LOOKALIKE_LENGTH && ` ${folded} `.includes(` ${t} `);
      if (misspelt || contains) fits.add(column.id);
    }
  }
  return fits.size === 1 ? [...fits][0] : undefined;
}

/** "Cột G “Ngày snh” có phải “Ngày sinh”? …" for each unknown header that looks like a missing column. */
export function headerFixes(table: {
  tab: TabDef;
  sheetName: string;
  headers: HeaderMap;
}): Array<{ id: string; text: string }> {
  const { headers, tab, sheetName } = table;
  const out: Array<{ id: string; text: string }> = [];
  for (const u of headers.unknown) {
    const id = lookalikeColumn(tab, u.header, headers.columns);
    const def = tab.columns.find((col) => col.id === id);
    if (id === undefined || def === undefined) continue;
    const letter = a1(u.index, headers.headerRow).replace(/\d+$/, '');
    out.push({
      id,
      text: `Bảng “${sheetName}”, cột ${letter} “${u.header}” có phải “${def.header}”? Đổi tên tiêu đề thành “${def.header}” rồi kiểm tra lại.`,
    });
  }
  return out;
}

export function reportHeaders(table: Table, c: Collector): void {
  const { headers, tab, sheetName } = table;
  const fixes = headerFixes(table);
  c.headerNotices.push(...fixes.map((f) => f.text));
  for (const u of headers.unknown) {
    if (fixes.some((f) => f.text.includes(`“${u.header}” có phải`))) continue;
    const what = sensitiveColumn(fold(u.header));
    if (what !== undefined) {
      const letter = a1(u.index, headers.headerRow).replace(/\d+$/, '');
      c.sensitiveNotices.push(sensitiveColumnWarning(sheetName, letter, u.header, what));
      continue;
    }
    c.notices.push(
      `Bảng “${sheetName}”: cột “${u.header}” (${a1(u.index, headers.headerRow).replace(/\d+$/, '')}) không thuộc mẫu — tiện ích để nguyên, không đọc.`,
    );
  }
  for (const d of headers.duplicates) {
    const first = headers.columns.get(d.id) ?? 0;
    const def = tab.columns.find((col) => col.id === d.id);
    c.notices.push(
      `Bảng “${sheetName}”: cột “${d.header}” cũng là “${def?.header ?? d.id}” (đã có ở cột ${a1(first, 1).replace(/\d+$/, '')}) — chỉ đọc cột đầu tiên.`,
    );
  }
}

/** Data rows: after the header row, skipping rows with nothing in any input column. */
export function dataRows(table: Table, inputColumns: number[]): number[] {
  const rows: number[] = [];
  for (let r = table.headers.headerRow; r < table.values.length; r++) {
    const values = table.values[r]!;
    for (const col of inputColumns) {
      if (!isBlank(values[col])) {
        rows.push(r);
        break;
      }
    }
  }
  return rows;
}

export function inputColumnsOf(table: Table): number[] {
  const out: number[] = [];
  for (const def of table.tab.columns) {
    if (def.kind === 'key' || def.kind === 'computed') continue;
    const col = table.headers.columns.get(def.id);
    if (col !== undefined) out.push(col);
  }
  return out;
}

/** Existing keys in the Mã column, and a generator of new ones after the highest number. */
export function keyMaker(table: Table, rows: number[], keyCol: number | undefined, prefix: string) {
  let max = 0;
  const pattern = new RegExp(`^${prefix}-(\\d+)$`, 'i');
  if (keyCol !== undefined) {
    for (const r of rows) {
      const m = pattern.exec(cellText(table.values[r]![keyCol]));
      if (m) max = Math.max(max, Number(m[1]));
    }
  }
  return () => {
    max += 1;
    return `${prefix}-${String(max).padStart(4, '0')}`;
  };
}
