/**
 * The thin layer between the pure logic and SpreadsheetApp: find the tabs, read each in one
 * batch, add the add-on's own columns when missing, write a tab's annotations in a fixed number
 * of calls whatever the number of rows.
 */
import { COMPUTED_FILL, COMPUTED_HEADER_FILL, SEVERITY_FILL } from '../../common/palette.ts';
import type { SheetLike, SpreadsheetLike } from '../adapters/services.ts';
import { columnLetter } from './a1.ts';
import type { TabWrite } from './annotate.ts';
import type { ColumnDef, TabDef } from './columns.ts';
import { readTable } from './headers.ts';
import { fold } from './normalize.ts';
import type { Table } from './table.ts';

export const DATE_FORMAT = 'dd/mm/yyyy';
export const PROTECTION_DESCRIPTION = 'PTĐV: cột tính tự động';

/**
 * The spreadsheet's tabs by the add-on's tab ids, matched forgivingly ("quan chung" is "Quần chúng").
 * A tab with no such match is also found by a name that contains its name or an alias as whole
 * words ("Quần chúng 2026"), when exactly one tab does: as for headers (ux.md), an unambiguous
 * match is accepted rather than sending the secretary to make a second, empty list.
 */
export function findSheets(
  ss: SpreadsheetLike,
  tabs: readonly TabDef[],
  options: { contained?: boolean } = {},
): Map<TabDef, SheetLike> {
  const sheets = ss.getSheets();
  const byName = new Map<string, SheetLike>();
  for (const sheet of sheets) byName.set(fold(sheet.getName()), sheet);
  const found = new Map<TabDef, SheetLike>();
  for (const tab of tabs) {
    for (const name of [tab.name, ...tab.aliases]) {
      const sheet = byName.get(fold(name));
      if (sheet !== undefined) {
        found.set(tab, sheet);
        break;
      }
    }
  }
  if (options.contained === false) return found;
  const taken = new Set(found.values());
  for (const tab of tabs) {
    if (found.has(tab)) continue;
    const similar = sheets.filter((sheet) => !taken.has(sheet) && containsTabName(sheet.getName(), tab));
    if (similar.length === 1) {
      found.set(tab, similar[0]!);
      taken.add(similar[0]!);
    }
  }
  return found;
}

function containsTabName(sheetName: string, tab: TabDef): boolean {
  const folded = ` ${fold(sheetName)} `;
  return [tab.name, ...tab.aliases].some((n) => folded.includes(` ${fold(n)} `));
}

/** A tab whose name contains the tab's name or an alias as whole words ("Quần chúng 2026"), or undefined. */
export function similarSheetName(ss: SpreadsheetLike, tab: TabDef): string | undefined {
  return ss
    .getSheets()
    .find((sheet) => containsTabName(sheet.getName(), tab))
    ?.getName();
}

/** One `getValues()` for the whole tab. */
export function readSheet(tab: TabDef, sheet: SheetLike): Table {
  const values = sheet.getDataRange().getValues();
  const empty = values.length === 1 && (values[0] ?? []).every((v) => v === '' || v === null);
  return readTable(tab, sheet.getName(), empty ? [] : values);
}

/**
 * Appends the add-on's missing columns (Mã, the computed ones) at the right of the header row —
 * never between the user's columns — and updates the table in memory to match.
 * Returns the headers added.
 */
export function appendOwnColumns(sheet: SheetLike, table: Table, defs: readonly ColumnDef[]): string[] {
  const missing = defs.filter((d) => !table.headers.columns.has(d.id));
  if (missing.length === 0 || table.headers.headerRow === 0) return [];
  const width = table.values[0]?.length ?? 0;
  const headerRow = table.headers.headerRow;
  const needed = width + missing.length - sheet.getMaxColumns();
  if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
  const header = sheet.getRange(headerRow, width + 1, 1, missing.length);
  header.setValues([missing.map((d) => d.header)]);
  header.setNotes([missing.map((d) => d.hint)]);
  header.setBackground(COMPUTED_HEADER_FILL);
  header.setFontWeight('bold');
  const rows = Math.max(1, sheet.getMaxRows() - headerRow);
  const body = sheet.getRange(headerRow + 1, width + 1, rows, missing.length);
  body.setBackground(COMPUTED_FILL);
  body.protect().setDescription(PROTECTION_DESCRIPTION).setWarningOnly(true);
  // in memory: the new headers, and empty cells below them
  missing.forEach((d, i) => {
    table.headers.columns.set(d.id, width + i);
  });
  table.values.forEach((row, r) => {
    for (const d of missing) row.push(r === headerRow - 1 ? d.header : '');
  });
  return missing.map((d) => d.header);
}

export interface Block {
  firstRow: number;
  numRows: number;
  numColumns: number;
  notes: string[][];
  backgrounds: string[][];
}

/** Notes and fills of every cell below the header: two reads. */
export function readBlock(sheet: SheetLike, table: Table): Block | null {
  const firstRow = table.headers.headerRow + 1;
  const numRows = table.values.length - table.headers.headerRow;
  const numColumns = table.values[0]?.length ?? 0;
  if (table.headers.headerRow === 0 || numRows <= 0 || numColumns === 0) return null;
  const range = sheet.getRange(firstRow, 1, numRows, numColumns);
  return { firstRow, numRows, numColumns, notes: range.getNotes(), backgrounds: range.getBackgrounds() };
}

/** Writes one tab's annotations: a fixed number of calls, whatever the number of rows. */
export function writeTab(sheet: SheetLike, w: TabWrite): void {
  if (w.numRows <= 0 || w.numColumns <= 0) return;
  sheet.getRange(w.firstRow, 1, w.numRows, w.numColumns).setNotes(w.notes);
  if (w.red.length > 0) sheet.getRangeList(w.red).setBackground(SEVERITY_FILL.error);
  if (w.amber.length > 0) sheet.getRangeList(w.amber).setBackground(SEVERITY_FILL.warning);
  if (w.reset.length > 0) sheet.getRangeList(w.reset).setBackground(null);
  const dateColumns: string[] = [];
  for (const c of w.computed) {
    const range = sheet.getRange(w.firstRow, c.column + 1, w.numRows, 1);
    range.setValues(c.values);
    range.setBackgrounds(c.backgrounds);
    if (c.dates) {
      const letter = columnLetter(c.column);
      dateColumns.push(`${letter}${w.firstRow}:${letter}${w.firstRow + w.numRows - 1}`);
    }
  }
  if (dateColumns.length > 0) sheet.getRangeList(dateColumns).setNumberFormat(DATE_FORMAT);
  if (w.keys !== null) sheet.getRange(w.firstRow, w.keys.column + 1, w.numRows, 1).setValues(w.keys.values);
}
