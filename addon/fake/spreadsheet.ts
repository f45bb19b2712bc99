/** The spreadsheet: its sheets, time zone and what getValues() gives for a date cell. */
import type { SheetLike, SpreadsheetLike } from '../src/server/adapters/services.ts';
import type { CallCounter } from './calls.ts';
import { FakeSheet, type Rect } from './sheet.ts';
import { zonedMidnight } from './zone.ts';

export class FakeSpreadsheet implements SpreadsheetLike {
  readonly sheets: FakeSheet[] = [];
  timeZone: string;
  locale: string;
  /** the year a date typed without one falls in (Sheets: the current year) */
  currentYear: number;
  active: { sheet: string; rect: Rect } | null = null;

  constructor(
    readonly calls: CallCounter,
    options: { timeZone?: string; locale?: string; currentYear?: number } = {},
  ) {
    this.currentYear = options.currentYear ?? new Date().getFullYear();
    this.timeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
    this.locale = options.locale ?? 'vi_VN';
  }

  /** Test helper: a new tab with rows from A1. */
  addSheet(name: string, rows: readonly (readonly unknown[])[] = []): FakeSheet {
    const sheet = new FakeSheet(this, name);
    this.sheets.push(sheet);
    if (rows.length > 0) sheet.load(rows);
    return sheet;
  }

  /** Test helper: the tab named `name` (exactly). */
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (found === undefined) throw new Error(`no sheet ${name}`);
    return found;
  }

  /** Test helper: a date cell's value as getValues() would give it. */
  date(day: string): Date {
    return zonedMidnight(day, this.timeZone);
  }

  getSheets(): SheetLike[] {
    this.calls.hit('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  insertSheet(sheetName: string, sheetIndex: number): SheetLike {
    this.calls.hit('Spreadsheet.insertSheet');
    if (this.sheets.some((s) => s.name === sheetName))
      throw new Error(`A sheet with the name "${sheetName}" already exists.`);
    const sheet = new FakeSheet(this, sheetName);
    this.sheets.splice(Math.min(sheetIndex, this.sheets.length), 0, sheet);
    return sheet;
  }
  getSpreadsheetTimeZone(): string {
    this.calls.hit('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }
  getSpreadsheetLocale(): string {
    this.calls.hit('Spreadsheet.getSpreadsheetLocale');
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.calls.hit('Spreadsheet.setSpreadsheetLocale');
    this.locale = locale;
  }
}
