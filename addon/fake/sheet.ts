/** A sheet: a grid of values, formats, notes, fills and validations, with frozen rows and charts. */
import type {
  DataValidationLike,
  EmbeddedChartBuilderLike,
  EmbeddedChartLike,
  ProtectionLike,
  RangeLike,
  RangeListLike,
  SheetLike,
} from '../src/server/adapters/services.ts';
import type { CallCounter } from './calls.ts';
import { FakeChart, FakeChartBuilder } from './charts.ts';
import { coerceInput } from './coerce.ts';
import { FakeRange, FakeRangeList, parseA1 } from './range.ts';
import type { FakeSpreadsheet } from './spreadsheet.ts';
import { dayOfSerial, isDateFormat, isTimeFormat, MS_PER_DAY, zonedMidnight } from './zone.ts';

/** 31/12/9999, the last day a Sheets date cell can show. */
const LAST_DATE_SERIAL = 2_958_465;

export const DEFAULT_BACKGROUND = '#ffffff';

/** A growable 2-D grid with a default value. Rows and columns are 0-based here. */
export class Grid<T> {
  readonly rows: T[][] = [];
  constructor(readonly fallback: T) {}
  get(r: number, c: number): T {
    const row = this.rows[r];
    if (row === undefined || c >= row.length) return this.fallback;
    return row[c] as T;
  }
  set(r: number, c: number, v: T): void {
    while (this.rows.length <= r) this.rows.push([]);
    const row = this.rows[r]!;
    while (row.length < c) row.push(this.fallback);
    row[c] = v;
  }
  insertColumns(at: number, n: number): void {
    for (const row of this.rows)
      if (row.length > at) row.splice(at, 0, ...new Array<T>(n).fill(this.fallback));
  }
}

export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface FakeValidation extends DataValidationLike {
  kind: 'list' | 'date' | 'range';
  values?: string[];
  /** `range`: the range whose values the dropdown offers */
  source?: { sheet: string; row: number; column: number; numRows: number };
  showDropdown?: boolean;
  allowInvalid: boolean;
  helpText: string;
}

export class FakeProtection implements ProtectionLike {
  description = '';
  warningOnly = false;
  constructor(
    private readonly calls: CallCounter,
    readonly sheet: FakeSheet,
    readonly rect: Rect,
  ) {}
  setDescription(description: string): ProtectionLike {
    this.calls.hit('Protection.setDescription');
    this.description = description;
    return this;
  }
  getDescription(): string {
    this.calls.hit('Protection.getDescription');
    return this.description;
  }
  setWarningOnly(warningOnly: boolean): ProtectionLike {
    this.calls.hit('Protection.setWarningOnly');
    this.warningOnly = warningOnly;
    return this;
  }
}

export class FakeSheet implements SheetLike {
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  readonly values = new Grid<unknown>('');
  readonly notes = new Grid<string>('');
  readonly backgrounds = new Grid<string>(DEFAULT_BACKGROUND);
  readonly formats = new Grid<string>('');
  /** formulas as written ("=…"); the cell's value is what the fake could work out of it */
  readonly formulas = new Grid<string>('');
  readonly validations = new Grid<FakeValidation | null>(null);
  readonly fontWeights = new Grid<string>('normal');
  readonly widths = new Map<number, number>();
  readonly protections: FakeProtection[] = [];
  readonly charts: FakeChart[] = [];

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
  ) {}

  private get calls(): CallCounter {
    return this.spreadsheet.calls;
  }

  // --- test helpers (not counted) ---------------------------------------------------------

  /** Puts rows of values from A1 (1-based `startRow`), growing the sheet when needed. */
  load(rows: readonly (readonly unknown[])[], startRow = 1): this {
    rows.forEach((row, r) => {
      row.forEach((v, c) => {
        this.values.set(startRow - 1 + r, c, v);
      });
    });
    this.maxRows = Math.max(this.maxRows, startRow - 1 + rows.length + 10);
    this.maxColumns = Math.max(this.maxColumns, ...rows.map((r) => r.length));
    return this;
  }

  /**
   * A user typing `text` into the (1-based) cell and pressing Enter: read the way Sheets reads
   * typed text in the spreadsheet's locale (coerce.ts), the same as setValue(text).
   */
  type(row: number, column: number, text: string): this {
    // as in Sheets, a user can only type inside the grid (rows and columns are added first)
    this.checkRect({ row, column, numRows: 1, numColumns: 1 });
    this.write(row - 1, column - 1, text);
    return this;
  }

  /** Stores a written value as Sheets would (coerce.ts): the value, and the format it brings. */
  write(r: number, c: number, input: unknown): void {
    const ss = this.spreadsheet;
    const cell = coerceInput(input, {
      locale: ss.locale,
      timeZone: ss.timeZone,
      format: this.formats.get(r, c),
      currentYear: ss.currentYear,
    });
    this.values.set(r, c, cell.value);
    this.formulas.set(r, c, cell.formula ?? '');
    if (cell.format !== undefined) this.formats.set(r, c, cell.format);
  }

  /** Test helper: the range at an A1 notation ("B2", "A1:C3"), as getRange would give it. */
  range(a1: string): FakeRange {
    return new FakeRange(this, parseA1(a1, this));
  }

  /** The value a user sees stored at (1-based) row, column. */
  cell(row: number, column: number): unknown {
    return this.values.get(row - 1, column - 1);
  }

  note(row: number, column: number): string {
    return this.notes.get(row - 1, column - 1);
  }

  background(row: number, column: number): string {
    return this.backgrounds.get(row - 1, column - 1);
  }

  format(row: number, column: number): string {
    return this.formats.get(row - 1, column - 1);
  }

  validation(row: number, column: number): FakeValidation | null {
    return this.validations.get(row - 1, column - 1);
  }

  lastRow(): number {
    for (let r = this.values.rows.length - 1; r >= 0; r--) {
      if (this.values.rows[r]!.some((v) => v !== '' && v !== null && v !== undefined)) return r + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.values.rows) {
      for (let c = row.length - 1; c >= last; c--) {
        const v = row[c];
        if (v !== '' && v !== null && v !== undefined) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** Every value of rows 1..lastRow, columns 1..lastColumn, as getValues() gives it (date cells as Dates). */
  dump(): unknown[][] {
    const rows = this.lastRow();
    const cols = this.lastColumn();
    const out: unknown[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < cols; c++) row.push(this.readValue(r, c));
      out.push(row);
    }
    return out;
  }

  /** The value a date-formatted numeric cell gives to getValues(): a Date at local midnight. */
  readValue(r: number, c: number): unknown {
    const v = this.values.get(r, c);
    const format = this.formats.get(r, c);
    // Like Sheets, dates end at 31/12/9999 (serial 2,958,465): a larger number in a date-formatted
    // cell (a phone number typed over a date) stays a number, shown as the number.
    if (
      typeof v === 'number' &&
      (isDateFormat(format) || isTimeFormat(format)) &&
      v >= 0 &&
      v <= LAST_DATE_SERIAL
    ) {
      const midnight = zonedMidnight(dayOfSerial(v), this.spreadsheet.timeZone);
      return new Date(midnight.getTime() + Math.round((v - Math.floor(v)) * MS_PER_DAY));
    }
    if (v instanceof Date) return new Date(v.getTime());
    return v;
  }

  checkRect(rect: Rect): void {
    const { row, column, numRows, numColumns } = rect;
    if (![row, column, numRows, numColumns].every(Number.isInteger))
      throw new Error('Range coordinates must be integers.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (
      row < 1 ||
      column < 1 ||
      row + numRows - 1 > this.maxRows ||
      column + numColumns - 1 > this.maxColumns
    ) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  // --- SheetLike ----------------------------------------------------------------------------

  getName(): string {
    this.calls.hit('Sheet.getName');
    return this.name;
  }
  getLastRow(): number {
    this.calls.hit('Sheet.getLastRow');
    return this.lastRow();
  }
  getLastColumn(): number {
    this.calls.hit('Sheet.getLastColumn');
    return this.lastColumn();
  }
  getMaxRows(): number {
    this.calls.hit('Sheet.getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.calls.hit('Sheet.getMaxColumns');
    return this.maxColumns;
  }
  getDataRange(): RangeLike {
    this.calls.hit('Sheet.getDataRange');
    return new FakeRange(this, {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.lastRow()),
      numColumns: Math.max(1, this.lastColumn()),
    });
  }
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike {
    this.calls.hit('Sheet.getRange');
    const rect = { row, column, numRows, numColumns };
    this.checkRect(rect);
    return new FakeRange(this, rect);
  }
  getRangeList(a1Notations: string[]): RangeListLike {
    this.calls.hit('Sheet.getRangeList');
    if (a1Notations.length === 0)
      throw new Error('Exception: The parameters (number[]) don’t match the method signature.');
    return new FakeRangeList(
      this,
      a1Notations.map((a) => parseA1(a, this)),
    );
  }
  getFrozenRows(): number {
    this.calls.hit('Sheet.getFrozenRows');
    return this.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.calls.hit('Sheet.setFrozenRows');
    this.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.calls.hit('Sheet.setFrozenColumns');
    this.frozenColumns = columns;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetLike {
    this.calls.hit('Sheet.setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.widths.set(c, width);
    return this;
  }
  /** Every per-cell grid: inserting or deleting rows and columns moves them all together. */
  private grids(): Grid<unknown>[] {
    return [
      this.values,
      this.formulas,
      this.notes,
      this.backgrounds,
      this.formats,
      this.validations,
      this.fontWeights,
    ] as Grid<unknown>[];
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetLike {
    this.calls.hit('Sheet.insertColumnsAfter');
    if (afterPosition < 1 || afterPosition > this.maxColumns)
      throw new Error('Those columns are out of bounds.');
    for (const g of this.grids()) {
      g.insertColumns(afterPosition, howMany);
    }
    this.maxColumns += howMany;
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): SheetLike {
    this.calls.hit('Sheet.insertRowsAfter');
    if (afterPosition < 1 || afterPosition > this.maxRows) throw new Error('Those rows are out of bounds.');
    for (const g of this.grids()) {
      if (g.rows.length > afterPosition)
        g.rows.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    }
    this.maxRows += howMany;
    return this;
  }
  /** Sheet.deleteRow: the rows below move up with their values, notes, colours and formats. */
  deleteRow(rowPosition: number): SheetLike {
    this.calls.hit('Sheet.deleteRow');
    if (rowPosition < 1 || rowPosition > this.maxRows) throw new Error('Those rows are out of bounds.');
    if (this.maxRows === 1) throw new Error('You can’t delete all the rows on the sheet.');
    for (const g of this.grids()) {
      if (g.rows.length >= rowPosition) g.rows.splice(rowPosition - 1, 1);
    }
    this.maxRows -= 1;
    return this;
  }
  getProtections(_type: unknown): ProtectionLike[] {
    this.calls.hit('Sheet.getProtections');
    return [...this.protections];
  }
  setTabColor(color: string | null): SheetLike {
    this.calls.hit('Sheet.setTabColor');
    this.tabColor = color;
    return this;
  }
  activate(): SheetLike {
    this.calls.hit('Sheet.activate');
    this.spreadsheet.active = { sheet: this.name, rect: { row: 1, column: 1, numRows: 1, numColumns: 1 } };
    return this;
  }
  clear(): SheetLike {
    this.calls.hit('Sheet.clear');
    for (const g of [
      this.values,
      this.formulas,
      this.backgrounds,
      this.formats,
      this.fontWeights,
    ] as Grid<unknown>[])
      g.rows.length = 0;
    return this;
  }
  clearNotes(): SheetLike {
    this.calls.hit('Sheet.clearNotes');
    this.notes.rows.length = 0;
    return this;
  }
  newChart(): EmbeddedChartBuilderLike {
    this.calls.hit('Sheet.newChart');
    return new FakeChartBuilder(this);
  }
  insertChart(chart: EmbeddedChartLike): void {
    this.calls.hit('Sheet.insertChart');
    if (!(chart instanceof FakeChart) || chart.sheet !== this)
      throw new Error('Invalid argument: chart (built for another sheet?)');
    if (this.charts.includes(chart)) throw new Error('This chart is already on the sheet.');
    this.charts.push(chart);
  }
  getCharts(): EmbeddedChartLike[] {
    this.calls.hit('Sheet.getCharts');
    return [...this.charts];
  }
  removeChart(chart: EmbeddedChartLike): void {
    this.calls.hit('Sheet.removeChart');
    const i = this.charts.indexOf(chart as FakeChart);
    if (i < 0) throw new Error('The chart is not on this sheet.');
    this.charts.splice(i, 1);
  }
}
