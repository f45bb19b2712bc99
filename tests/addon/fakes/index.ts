/**
 * One typed, in-memory fake of the Apps Script services the add-on uses (Sheets with embedded
 * charts, Html, UrlFetch, Properties, Lock, Cache, Script, Utilities with blobs and zip, Charts),
 * counting every service call, and of the one Google API the add-on calls through UrlFetch: the
 * Drive v3 multipart upload (`FakeDrive`). Used by every add-on
 * test, by the vm test of the built bundle (installed as globals) and by the local preview (in a
 * Web Worker, with UrlFetchApp over synchronous XMLHttpRequest). Plain TypeScript: no Node APIs.
 *
 * It behaves like Apps Script where the add-on could trip: ranges outside the sheet or of size
 * zero throw, `setValues` with the wrong shape throws, `getValues` gives `Date`s for date cells
 * (at midnight in the spreadsheet's zone, historical offsets included), `getDataRange` starts at
 * A1 and ends at the last cell with a value, and in AuthMode.NONE only the menu may be built.
 */
import { unzipSync, zipSync } from 'fflate';
import type {
  BlobLike,
  BlobSourceLike,
  CacheLike,
  CacheServiceLike,
  DataValidationBuilderLike,
  DataValidationLike,
  EmbeddedChartBuilderLike,
  EmbeddedChartLike,
  FetchParams,
  FetchRequest,
  HtmlOutputLike,
  HtmlServiceLike,
  HttpResponseLike,
  LockLike,
  LockServiceLike,
  MenuLike,
  PropertiesLike,
  PropertiesServiceLike,
  ProtectionLike,
  RangeLike,
  RangeListLike,
  ScriptAppLike,
  Services,
  SheetLike,
  SpreadsheetAppLike,
  SpreadsheetLike,
  UiLike,
  UrlFetchAppLike,
  UtilitiesLike,
} from '../../../addon/src/server/services.ts';

// ---------------------------------------------------------------------------------------------
// Call counting

export class CallCounter {
  total = 0;
  readonly byName = new Map<string, number>();

  hit(name: string): void {
    this.total++;
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1);
  }

  reset(): void {
    this.total = 0;
    this.byName.clear();
  }

  /** name → count, sorted by name: for reports and equality checks */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.byName].sort((a, b) => a[0].localeCompare(b[0])));
  }
}

export class AuthModeError extends Error {
  constructor(what: string) {
    super(`You do not have permission to call ${what} in AuthMode.NONE`);
    this.name = 'AuthModeError';
  }
}

// ---------------------------------------------------------------------------------------------
// Dates in a time zone (the way Sheets gives date cells to Apps Script)

const MS_PER_DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const out: ZonedParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of zoneFormatter(timeZone).formatToParts(date)) {
    if (p.type in out) (out as unknown as Record<string, number>)[p.type] = Number(p.value);
  }
  return out;
}

/** The zone's offset from UTC at an instant, in ms (local mean times have seconds: +7:06:40). */
function zoneOffsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** The zone's offset from UTC at an instant, in minutes. */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  return Math.round(zoneOffsetMs(date, timeZone) / 60_000);
}

/** The instant of local midnight of `day` (YYYY-MM-DD) in `timeZone`: what getValues() gives. */
export function zonedMidnight(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  let guess = utcMidnight;
  for (let i = 0; i < 3; i++) guess = utcMidnight - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** A Sheets serial number (days since 30/12/1899) → the day it shows. */
export function dayOfSerial(serial: number): string {
  return new Date((Math.floor(serial) - 25_569) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Java SimpleDateFormat, the subset the add-on uses: yyyy MM dd HH mm ss Z and 'quoted' text. */
export function formatInZone(date: Date, timeZone: string, format: string): string {
  const p = zonedParts(date, timeZone);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  let out = '';
  for (let i = 0; i < format.length; ) {
    const ch = format[i]!;
    if (ch === "'") {
      const end = format.indexOf("'", i + 1);
      out += format.slice(i + 1, end === -1 ? undefined : end);
      i = end === -1 ? format.length : end + 1;
      continue;
    }
    let run = 1;
    while (format[i + run] === ch) run++;
    switch (ch) {
      case 'y':
        out += run === 2 ? pad(p.year % 100) : pad(p.year, 4);
        break;
      case 'M':
        out += pad(p.month, run);
        break;
      case 'd':
        out += pad(p.day, run);
        break;
      case 'H':
        out += pad(p.hour, run);
        break;
      case 'm':
        out += pad(p.minute, run);
        break;
      case 's':
        out += pad(p.second, run);
        break;
      case 'Z': {
        const off = zoneOffsetMinutes(date, timeZone);
        const sign = off < 0 ? '-' : '+';
        out += `${sign}${pad(Math.floor(Math.abs(off) / 60))}${pad(Math.abs(off) % 60)}`;
        break;
      }
      default:
        out += ch.repeat(run);
    }
    i += run;
  }
  return out;
}

function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && /d/i.test(format) && /y/i.test(format) && !/^[#0.,]+$/.test(format);
}

// ---------------------------------------------------------------------------------------------
// Sheets

const DEFAULT_BACKGROUND = '#ffffff';

/** A growable 2-D grid with a default value. Rows and columns are 0-based here. */
class Grid<T> {
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
  kind: 'list' | 'date';
  values?: string[];
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

  /** Every stored value of rows 1..lastRow, columns 1..lastColumn, as stored (no Date conversion). */
  dump(): unknown[][] {
    const rows = this.lastRow();
    const cols = this.lastColumn();
    const out: unknown[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < cols; c++) row.push(this.values.get(r, c));
      out.push(row);
    }
    return out;
  }

  /** The value a date-formatted numeric cell gives to getValues(): a Date at local midnight. */
  readValue(r: number, c: number): unknown {
    const v = this.values.get(r, c);
    if (typeof v === 'number' && isDateFormat(this.formats.get(r, c))) {
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
  insertColumnsAfter(afterPosition: number, howMany: number): SheetLike {
    this.calls.hit('Sheet.insertColumnsAfter');
    if (afterPosition < 1 || afterPosition > this.maxColumns)
      throw new Error('Those columns are out of bounds.');
    for (const g of [
      this.values,
      this.notes,
      this.backgrounds,
      this.formats,
      this.validations,
      this.fontWeights,
    ] as Grid<unknown>[]) {
      g.insertColumns(afterPosition, howMany);
    }
    this.maxColumns += howMany;
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): SheetLike {
    this.calls.hit('Sheet.insertRowsAfter');
    if (afterPosition < 1 || afterPosition > this.maxRows) throw new Error('Those rows are out of bounds.');
    for (const g of [
      this.values,
      this.notes,
      this.backgrounds,
      this.formats,
      this.validations,
      this.fontWeights,
    ] as Grid<unknown>[]) {
      if (g.rows.length > afterPosition)
        g.rows.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    }
    this.maxRows += howMany;
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
    for (const g of [this.values, this.backgrounds, this.formats, this.fontWeights] as Grid<unknown>[])
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

// ---------------------------------------------------------------------------------------------
// Embedded charts: the builder records what the add-on asked for; the preview draws it.

/** A chart as built: its type, data ranges (A1), options and anchor cell. */
export class FakeChart implements EmbeddedChartLike {
  constructor(
    readonly sheet: FakeSheet,
    readonly type: string,
    readonly ranges: Rect[],
    readonly options: ReadonlyMap<string, unknown>,
    readonly numHeaders: number,
    readonly position: { row: number; column: number; offsetX: number; offsetY: number },
  ) {}
  getOptions(): { get(option: string): unknown } {
    this.sheet.spreadsheet.calls.hit('EmbeddedChart.getOptions');
    return { get: (option: string) => this.options.get(option) };
  }
  /** The ranges' displayed values (what the chart plots), read without counting. */
  data(): unknown[][][] {
    return this.ranges.map((rect) => {
      const out: unknown[][] = [];
      for (let i = 0; i < rect.numRows; i++) {
        const row: unknown[] = [];
        for (let j = 0; j < rect.numColumns; j++)
          row.push(this.sheet.readValue(rect.row - 1 + i, rect.column - 1 + j));
        out.push(row);
      }
      return out;
    });
  }
}

export class FakeChartBuilder implements EmbeddedChartBuilderLike {
  private type = '';
  private readonly ranges: Rect[] = [];
  private readonly options = new Map<string, unknown>();
  private headers = -1;
  private position = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  constructor(private readonly sheet: FakeSheet) {}
  private hit(name: string): void {
    this.sheet.spreadsheet.calls.hit(`EmbeddedChartBuilder.${name}`);
  }
  addRange(range: RangeLike): EmbeddedChartBuilderLike {
    this.hit('addRange');
    if (!(range instanceof FakeRange) || range.sheet !== this.sheet)
      throw new Error('Invalid argument: range (must be on the chart’s sheet)');
    this.ranges.push({ ...range.rect });
    return this;
  }
  setChartType(type: unknown): EmbeddedChartBuilderLike {
    this.hit('setChartType');
    if (typeof type !== 'string' || !(type in CHART_TYPES)) throw new Error(`Invalid argument: type ${type}`);
    this.type = type;
    return this;
  }
  setNumHeaders(headers: number): EmbeddedChartBuilderLike {
    this.hit('setNumHeaders');
    this.headers = headers;
    return this;
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilderLike {
    this.hit('setOption');
    this.options.set(option, value);
    return this;
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilderLike {
    this.hit('setPosition');
    if (anchorRowPos < 1 || anchorColPos < 1) throw new Error('Invalid argument: anchor position');
    this.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  build(): EmbeddedChartLike {
    this.hit('build');
    if (this.type === '') throw new Error('A chart type must be set before building the chart.');
    if (this.ranges.length === 0) throw new Error('A chart needs at least one range.');
    return new FakeChart(this.sheet, this.type, [...this.ranges], new Map(this.options), this.headers, {
      ...this.position,
    });
  }
}

const CHART_TYPES = { BAR: 'BAR', COLUMN: 'COLUMN' } as const;

/** "D5", "D5:F9", "E2:E" (to the last row), "A:A". */
function parseA1(a1: string, sheet: FakeSheet): Rect {
  const m = /^([A-Z]+)(\d*)(?::([A-Z]+)(\d*))?$/.exec(a1.trim().toUpperCase());
  if (m === null) throw new Error(`Range not found: ${a1}`);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = col(m[1]!);
  const r1 = m[2] ? Number(m[2]) : 1;
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[3] ? (m[4] ? Number(m[4]) : sheet.maxRows) : m[2] ? r1 : sheet.maxRows;
  const rect = {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
  sheet.checkRect(rect);
  return rect;
}

function forEachCell(rect: Rect, fn: (r: number, c: number, i: number, j: number) => void): void {
  for (let i = 0; i < rect.numRows; i++) {
    for (let j = 0; j < rect.numColumns; j++) fn(rect.row - 1 + i, rect.column - 1 + j, i, j);
  }
}

export class FakeRange implements RangeLike {
  constructor(
    readonly sheet: FakeSheet,
    readonly rect: Rect,
  ) {}

  private hit(name: string): void {
    this.sheet.spreadsheet.calls.hit(`Range.${name}`);
  }

  private grid<T>(source: Grid<T>, read?: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.rect.numRows; i++) {
      const row: T[] = [];
      for (let j = 0; j < this.rect.numColumns; j++) {
        const r = this.rect.row - 1 + i;
        const c = this.rect.column - 1 + j;
        row.push(read ? read(r, c) : source.get(r, c));
      }
      out.push(row);
    }
    return out;
  }

  private checkShape(data: unknown[][], what: string): void {
    if (!Array.isArray(data) || data.length !== this.rect.numRows) {
      throw new Error(
        `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${Array.isArray(data) ? data.length : 0} but the range has ${this.rect.numRows}.`,
      );
    }
    for (const row of data) {
      if (!Array.isArray(row) || row.length !== this.rect.numColumns) {
        throw new Error(
          `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${Array.isArray(row) ? row.length : 0} but the range has ${this.rect.numColumns}.`,
        );
      }
    }
  }

  private each(fn: (r: number, c: number) => void): void {
    forEachCell(this.rect, (r, c) => fn(r, c));
  }

  getRow(): number {
    this.hit('getRow');
    return this.rect.row;
  }
  getColumn(): number {
    this.hit('getColumn');
    return this.rect.column;
  }
  getNumRows(): number {
    this.hit('getNumRows');
    return this.rect.numRows;
  }
  getNumColumns(): number {
    this.hit('getNumColumns');
    return this.rect.numColumns;
  }
  getValues(): unknown[][] {
    this.hit('getValues');
    return this.grid(this.sheet.values, (r, c) => this.sheet.readValue(r, c));
  }
  setValues(values: unknown[][]): RangeLike {
    this.hit('setValues');
    this.checkShape(values, 'data');
    forEachCell(this.rect, (r, c, i, j) => {
      const v = values[i]![j];
      if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]')
        this.sheet.values.set(r, c, new Date((v as Date).getTime()));
      else if (v === null || v === undefined) this.sheet.values.set(r, c, '');
      else if (typeof v === 'object') throw new Error('Cannot convert an object to a cell value.');
      else this.sheet.values.set(r, c, v);
    });
    return this;
  }
  getNotes(): string[][] {
    this.hit('getNotes');
    return this.grid(this.sheet.notes);
  }
  setNotes(notes: string[][]): RangeLike {
    this.hit('setNotes');
    this.checkShape(notes, 'notes');
    forEachCell(this.rect, (r, c, i, j) => this.sheet.notes.set(r, c, String(notes[i]![j] ?? '')));
    return this;
  }
  setNote(note: string): RangeLike {
    this.hit('setNote');
    this.each((r, c) => this.sheet.notes.set(r, c, note));
    return this;
  }
  getBackgrounds(): string[][] {
    this.hit('getBackgrounds');
    return this.grid(this.sheet.backgrounds);
  }
  setBackgrounds(colors: string[][]): RangeLike {
    this.hit('setBackgrounds');
    this.checkShape(colors, 'colors');
    forEachCell(this.rect, (r, c, i, j) =>
      this.sheet.backgrounds.set(r, c, normalizeColor(colors[i]![j] ?? null)),
    );
    return this;
  }
  setBackground(color: string | null): RangeLike {
    this.hit('setBackground');
    this.each((r, c) => this.sheet.backgrounds.set(r, c, normalizeColor(color)));
    return this;
  }
  setNumberFormat(format: string): RangeLike {
    this.hit('setNumberFormat');
    this.each((r, c) => this.sheet.formats.set(r, c, format));
    return this;
  }
  setDataValidation(rule: DataValidationLike | null): RangeLike {
    this.hit('setDataValidation');
    this.each((r, c) => this.sheet.validations.set(r, c, rule as FakeValidation | null));
    return this;
  }
  setFontWeight(weight: string | null): RangeLike {
    this.hit('setFontWeight');
    this.each((r, c) => this.sheet.fontWeights.set(r, c, weight ?? 'normal'));
    return this;
  }
  setFontColor(_color: string | null): RangeLike {
    this.hit('setFontColor');
    return this;
  }
  setWrap(_wrap: boolean): RangeLike {
    this.hit('setWrap');
    return this;
  }
  setVerticalAlignment(_alignment: string | null): RangeLike {
    this.hit('setVerticalAlignment');
    return this;
  }
  activate(): RangeLike {
    this.hit('activate');
    this.sheet.spreadsheet.active = { sheet: this.sheet.name, rect: { ...this.rect } };
    return this;
  }
  protect(): ProtectionLike {
    this.hit('protect');
    const p = new FakeProtection(this.sheet.spreadsheet.calls, this.sheet, { ...this.rect });
    this.sheet.protections.push(p);
    return p;
  }
}

function normalizeColor(color: string | null): string {
  if (color === null || color === '') return DEFAULT_BACKGROUND;
  return color.toLowerCase();
}

export class FakeRangeList implements RangeListLike {
  constructor(
    readonly sheet: FakeSheet,
    readonly rects: Rect[],
  ) {}
  setBackground(color: string | null): RangeListLike {
    this.sheet.spreadsheet.calls.hit('RangeList.setBackground');
    for (const rect of this.rects)
      forEachCell(rect, (r, c) => this.sheet.backgrounds.set(r, c, normalizeColor(color)));
    return this;
  }
  setNumberFormat(format: string): RangeListLike {
    this.sheet.spreadsheet.calls.hit('RangeList.setNumberFormat');
    for (const rect of this.rects) forEachCell(rect, (r, c) => this.sheet.formats.set(r, c, format));
    return this;
  }
}

export class FakeSpreadsheet implements SpreadsheetLike {
  readonly sheets: FakeSheet[] = [];
  timeZone: string;
  locale: string;
  active: { sheet: string; rect: Rect } | null = null;

  constructor(
    readonly calls: CallCounter,
    options: { timeZone?: string; locale?: string } = {},
  ) {
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

// ---------------------------------------------------------------------------------------------
// UI, HTML

export class FakeMenu implements MenuLike {
  readonly items: Array<{ caption: string; functionName: string } | 'separator'> = [];
  constructor(
    private readonly ui: FakeUi,
    private readonly calls: CallCounter,
  ) {}
  addItem(caption: string, functionName: string): MenuLike {
    this.calls.hit('Menu.addItem');
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): MenuLike {
    this.calls.hit('Menu.addSeparator');
    this.items.push('separator');
    return this;
  }
  addToUi(): void {
    this.calls.hit('Menu.addToUi');
    this.ui.menus.push(this);
  }
}

export class FakeUi implements UiLike {
  readonly menus: FakeMenu[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly alerts: Array<{ title: string; prompt: string }> = [];
  /** the dialogs shown, the last one open until `closeDialog` */
  readonly dialogs: Array<{ title: string; html: string; width: number; height: number }> = [];
  openDialog: { title: string; html: string; width: number; height: number } | null = null;
  readonly ButtonSet = { OK: 'OK' } as const;
  constructor(private readonly calls: CallCounter) {}
  createAddonMenu(): MenuLike {
    this.calls.hit('Ui.createAddonMenu');
    return new FakeMenu(this, this.calls);
  }
  showSidebar(userInterface: FakeHtmlOutput): void {
    this.calls.hit('Ui.showSidebar');
    this.sidebars.push(userInterface);
  }
  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.calls.hit('Ui.showModalDialog');
    const dialog = {
      title,
      html: userInterface.content,
      width: userInterface.width,
      height: userInterface.height,
    };
    this.dialogs.push(dialog);
    this.openDialog = dialog;
  }
  closeDialog(): void {
    this.openDialog = null;
  }
  alert(title: string, prompt: string, _buttons: unknown): unknown {
    this.calls.hit('Ui.alert');
    this.alerts.push({ title, prompt });
    return 'OK';
  }
}

export class FakeHtmlOutput implements HtmlOutputLike {
  title = '';
  width = 600;
  height = 400;
  constructor(
    readonly content: string,
    private readonly calls: CallCounter,
  ) {}
  setTitle(title: string): HtmlOutputLike {
    this.calls.hit('HtmlOutput.setTitle');
    this.title = title;
    return this;
  }
  setWidth(width: number): HtmlOutputLike {
    this.calls.hit('HtmlOutput.setWidth');
    this.width = width;
    return this;
  }
  setHeight(height: number): HtmlOutputLike {
    this.calls.hit('HtmlOutput.setHeight');
    this.height = height;
    return this;
  }
  getContent(): string {
    this.calls.hit('HtmlOutput.getContent');
    return this.content;
  }
}

// ---------------------------------------------------------------------------------------------
// UrlFetch

export interface FakeHttp {
  status: number;
  body?: string;
  /** a binary body (a .docx); `body` is its text when not given */
  bytes?: Uint8Array;
  headers?: Record<string, string>;
}

/** Answers a fetch, or throws like UrlFetchApp does for network failures and quotas. */
export type FetchHandler = (url: string, params: FetchParams) => FakeHttp;

export class FakeHttpResponse implements HttpResponseLike {
  constructor(
    private readonly http: FakeHttp,
    private readonly calls: CallCounter,
  ) {}
  getResponseCode(): number {
    this.calls.hit('HTTPResponse.getResponseCode');
    return this.http.status;
  }
  getContentText(): string {
    this.calls.hit('HTTPResponse.getContentText');
    return this.http.body ?? (this.http.bytes ? utf8Decode(this.http.bytes) : '');
  }
  getHeaders(): object {
    this.calls.hit('HTTPResponse.getHeaders');
    return { ...(this.http.headers ?? {}) };
  }
  getBlob(): BlobLike {
    this.calls.hit('HTTPResponse.getBlob');
    const type = Object.entries(this.http.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type');
    const bytes = this.http.bytes ?? utf8Encode(this.http.body ?? '');
    return new FakeBlob(this.calls, bytes, type ? type[1].split(';')[0]!.trim() : null, null);
  }
}

// ---------------------------------------------------------------------------------------------
// Blobs (Utilities.newBlob, zip, unzip; HTTPResponse.getBlob)

export function utf8Encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function utf8Decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Java bytes (-128…127), as Apps Script's getBytes() gives them. */
export function toJavaBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i]! > 127 ? bytes[i]! - 256 : bytes[i]!;
  return out;
}

export function fromJavaBytes(bytes: readonly number[]): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (!Number.isInteger(b) || b < -128 || b > 255) throw new Error(`Invalid byte ${b} at ${i}`);
    out[i] = b & 0xff;
  }
  return out;
}

export class FakeBlob implements BlobLike {
  constructor(
    private readonly calls: CallCounter,
    readonly bytes: Uint8Array,
    public contentType: string | null,
    public name: string | null,
  ) {}
  getBytes(): number[] {
    this.calls.hit('Blob.getBytes');
    return toJavaBytes(this.bytes);
  }
  getDataAsString(charset: string): string {
    this.calls.hit('Blob.getDataAsString');
    if (!/^utf-?8$/i.test(charset)) throw new Error(`Unsupported charset in the fake: ${charset}`);
    return utf8Decode(this.bytes);
  }
  getName(): string | null {
    this.calls.hit('Blob.getName');
    return this.name;
  }
  setName(name: string): BlobLike {
    this.calls.hit('Blob.setName');
    this.name = name;
    return this;
  }
  getContentType(): string | null {
    this.calls.hit('Blob.getContentType');
    return this.contentType;
  }
  setContentType(contentType: string | null): BlobLike {
    this.calls.hit('Blob.setContentType');
    this.contentType = contentType;
    return this;
  }
  getBlob(): BlobLike {
    this.calls.hit('Blob.getBlob');
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Drive: the v3 multipart upload the add-on sends through UrlFetchApp (drive.file scope)

export const DRIVE_UPLOAD_PREFIX = 'https://www.googleapis.com/upload/drive/';
export const GOOGLE_DOC = 'application/vnd.google-apps.document';

export interface DriveFile {
  id: string;
  name: string;
  /** what Drive stored: a Google Doc when converted, else the media's own type */
  mimeType: string;
  /** the uploaded media: the filled .docx */
  media: Uint8Array;
  mediaType: string;
  metadata: Record<string, unknown>;
  url: string;
}

/**
 * Google Drive as the add-on meets it: `POST /upload/drive/v3/files?uploadType=multipart` with a
 * Bearer OAuth token, a JSON metadata part and a media part. Checks the request like Drive would
 * (the token, the upload type, the boundary, the parts) and keeps every file. `convert`: answer
 * as Drive does when the metadata asks for a Google Doc (tests); the preview keeps the .docx,
 * which it cannot convert, and says so through the mimeType of its answer.
 */
export class FakeDrive {
  readonly files: DriveFile[] = [];
  /** answer every upload with this instead (a failure) */
  failWith: FakeHttp | (() => FakeHttp) | undefined;
  convert = true;
  /** the link of a stored file (the preview: an object URL to download the .docx) */
  linkOf: (file: Omit<DriveFile, 'url'>) => string = (f) => `https://docs.google.com/document/d/${f.id}/edit`;
  constructor(readonly oauthToken: () => string) {}

  handles(url: string): boolean {
    return url.startsWith(DRIVE_UPLOAD_PREFIX);
  }

  upload(url: string, params: FetchParams): FakeHttp {
    const error = (status: number, reason: string, message: string): FakeHttp => ({
      status,
      body: JSON.stringify({ error: { code: status, message, errors: [{ reason, message }] } }),
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
    });
    if (this.failWith !== undefined)
      return typeof this.failWith === 'function' ? this.failWith() : this.failWith;
    const query = new URL(url).searchParams;
    const auth = Object.entries(params.headers ?? {}).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
    if (auth !== `Bearer ${this.oauthToken()}`) return error(401, 'authError', 'Invalid Credentials');
    if ((params.method ?? 'get') !== 'post' || query.get('uploadType') !== 'multipart')
      return error(400, 'badRequest', 'Expected a multipart upload');
    const boundary = /^multipart\/related;\s*boundary="?([^";]+)"?$/i.exec(params.contentType ?? '')?.[1];
    if (boundary === undefined) return error(400, 'badContent', 'Missing multipart/related boundary');
    const body =
      typeof params.payload === 'string'
        ? utf8Encode(params.payload)
        : Array.isArray(params.payload)
          ? fromJavaBytes(params.payload)
          : new Uint8Array();
    const parts = parseMultipart(body, boundary);
    if (parts === null || parts.length !== 2) return error(400, 'badContent', 'Malformed multipart body');
    const [meta, media] = parts as [Part, Part];
    let metadata: Record<string, unknown>;
    try {
      metadata = JSON.parse(utf8Decode(meta.body));
    } catch {
      return error(400, 'parseError', 'Metadata is not JSON');
    }
    if (!/^application\/json/i.test(meta.headers['content-type'] ?? ''))
      return error(400, 'badContent', 'Metadata part must be application/json');
    const mediaType = (media.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (mediaType === '') return error(400, 'badContent', 'Media part without Content-Type');
    const id = `fake-${this.files.length + 1}-${Math.random().toString(36).slice(2, 10)}`;
    const name = typeof metadata.name === 'string' ? metadata.name : 'Untitled';
    const asked = typeof metadata.mimeType === 'string' ? metadata.mimeType : mediaType;
    const stored = asked === GOOGLE_DOC && !this.convert ? mediaType : asked;
    const file = { id, name, mimeType: stored, media: media.body, mediaType, metadata };
    const link = this.linkOf(file);
    this.files.push({ ...file, url: link });
    const fields = (query.get('fields') ?? 'id,name,mimeType').split(',').map((f) => f.trim());
    const all: Record<string, unknown> = {
      kind: 'drive#file',
      id,
      name,
      mimeType: stored,
      webViewLink: link,
    };
    return {
      status: 200,
      body: JSON.stringify(Object.fromEntries(fields.filter((f) => f in all).map((f) => [f, all[f]]))),
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
    };
  }
}

interface Part {
  headers: Record<string, string>;
  body: Uint8Array;
}

function indexOf(hay: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i <= hay.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** The parts of a multipart body (RFC 2046): CRLF line ends, a closing delimiter. Null when malformed. */
export function parseMultipart(body: Uint8Array, boundary: string): Part[] | null {
  const delimiter = utf8Encode(`--${boundary}`);
  const parts: Part[] = [];
  let at = indexOf(body, delimiter, 0);
  if (at !== 0) return null;
  for (;;) {
    at += delimiter.length;
    if (body[at] === 45 && body[at + 1] === 45) return parts; // "--": the closing delimiter
    if (body[at] !== 13 || body[at + 1] !== 10) return null;
    at += 2;
    const next = indexOf(body, utf8Encode(`\r\n--${boundary}`), at);
    if (next < 0) return null;
    const chunk = body.subarray(at, next);
    const split = indexOf(chunk, utf8Encode('\r\n\r\n'), 0);
    if (split < 0) return null;
    const headers: Record<string, string> = {};
    for (const line of utf8Decode(chunk.subarray(0, split)).split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    parts.push({ headers, body: chunk.slice(split + 4) });
    at = next + 2;
  }
}

export interface RecordedFetch {
  url: string;
  params: FetchParams;
}

// ---------------------------------------------------------------------------------------------
// Properties, Lock, Cache

export class FakeProperties implements PropertiesLike {
  readonly store = new Map<string, string>();
  constructor(private readonly calls: CallCounter) {}
  getProperty(key: string): string | null {
    this.calls.hit('Properties.getProperty');
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): PropertiesLike {
    this.calls.hit('Properties.setProperty');
    if (value.length > 9 * 1024) throw new Error('Argument too large: value');
    this.store.set(key, value);
    return this;
  }
}

export class FakeLock implements LockLike {
  held = false;
  /** another execution holds the lock: tryLock fails */
  busy = false;
  acquisitions = 0;
  constructor(private readonly calls: CallCounter) {}
  tryLock(_timeoutInMillis: number): boolean {
    this.calls.hit('Lock.tryLock');
    if (this.busy || this.held) return false;
    this.held = true;
    this.acquisitions++;
    return true;
  }
  releaseLock(): void {
    this.calls.hit('Lock.releaseLock');
    this.held = false;
  }
}

export class FakeCache implements CacheLike {
  readonly store = new Map<string, string>();
  /** every value put, in order (the progress lines of a check) */
  readonly puts: Array<{ key: string; value: string }> = [];
  onPut: ((key: string, value: string) => void) | undefined;
  constructor(private readonly calls: CallCounter) {}
  get(key: string): string | null {
    this.calls.hit('Cache.get');
    return this.store.get(key) ?? null;
  }
  put(key: string, value: string, _expirationInSeconds: number): void {
    this.calls.hit('Cache.put');
    this.store.set(key, value);
    this.puts.push({ key, value });
    this.onPut?.(key, value);
  }
  remove(key: string): void {
    this.calls.hit('Cache.remove');
    this.store.delete(key);
  }
}

// ---------------------------------------------------------------------------------------------
// The whole set

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

export interface FakeOptions {
  timeZone?: string;
  locale?: string;
  /** answers UrlFetchApp.fetch; default: every fetch fails as unreachable */
  fetch?: FetchHandler;
  /** ScriptApp.getIdentityToken(); a function may throw */
  token?: string | (() => string);
  /** ScriptApp.getOAuthToken() (the Drive upload); a function may throw */
  oauthToken?: string | (() => string);
  /** Html files by name (e.g. the built Sidebar.html) */
  files?: Record<string, string>;
  /** the clock for Utilities.formatDate callers that ask for "now" is the caller's own */
  authMode?: AuthModeName;
}

export interface Fake {
  services: Services;
  calls: CallCounter;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  properties: FakeProperties;
  lock: FakeLock;
  cache: FakeCache;
  fetches: RecordedFetch[];
  sleeps: number[];
  /** Google Drive behind UrlFetchApp (the upload URL never reaches the `fetch` handler) */
  drive: FakeDrive;
  /** switches the auth mode: in NONE only the UI may be used */
  setAuthMode(mode: AuthModeName): void;
  setFetch(handler: FetchHandler): void;
  setToken(token: string | (() => string)): void;
  setOAuthToken(token: string | (() => string)): void;
}

export function createFake(options: FakeOptions = {}): Fake {
  const calls = new CallCounter();
  const spreadsheet = new FakeSpreadsheet(calls, {
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const ui = new FakeUi(calls);
  const properties = new FakeProperties(calls);
  const lock = new FakeLock(calls);
  const cache = new FakeCache(calls);
  const fetches: RecordedFetch[] = [];
  const sleeps: number[] = [];
  let authMode: AuthModeName = options.authMode ?? 'FULL';
  let fetchHandler: FetchHandler =
    options.fetch ??
    (() => {
      throw new Error('Address unavailable: https://ptdv.invalid/v1/evaluate');
    });
  let token: string | (() => string) = options.token ?? 'fake-id-token';
  let oauthToken: string | (() => string) = options.oauthToken ?? 'fake-oauth-token';
  const drive = new FakeDrive(() => (typeof oauthToken === 'function' ? oauthToken() : oauthToken));
  const files = options.files ?? {};

  const data = (what: string) => {
    if (authMode === 'NONE') throw new AuthModeError(what);
  };

  const SpreadsheetApp: SpreadsheetAppLike = {
    getActive() {
      calls.hit('SpreadsheetApp.getActive');
      data('SpreadsheetApp.getActive');
      return spreadsheet;
    },
    getUi() {
      calls.hit('SpreadsheetApp.getUi');
      return ui;
    },
    newDataValidation(): DataValidationBuilderLike {
      calls.hit('SpreadsheetApp.newDataValidation');
      const v: FakeValidation = {
        kind: 'list',
        allowInvalid: true,
        helpText: '',
        getHelpText: () => v.helpText,
      };
      const builder: DataValidationBuilderLike = {
        requireValueInList(values, showDropdown) {
          calls.hit('DataValidationBuilder.requireValueInList');
          v.kind = 'list';
          v.values = [...values];
          v.showDropdown = showDropdown;
          return builder;
        },
        requireDate() {
          calls.hit('DataValidationBuilder.requireDate');
          v.kind = 'date';
          return builder;
        },
        setAllowInvalid(allow) {
          calls.hit('DataValidationBuilder.setAllowInvalid');
          v.allowInvalid = allow;
          return builder;
        },
        setHelpText(text) {
          calls.hit('DataValidationBuilder.setHelpText');
          v.helpText = text;
          return builder;
        },
        build() {
          calls.hit('DataValidationBuilder.build');
          return { ...v, getHelpText: () => v.helpText } as FakeValidation;
        },
      };
      return builder;
    },
    flush() {
      calls.hit('SpreadsheetApp.flush');
    },
    ProtectionType: { RANGE: 'RANGE' },
  };

  const HtmlService: HtmlServiceLike = {
    createHtmlOutputFromFile(filename: string) {
      calls.hit('HtmlService.createHtmlOutputFromFile');
      const content = files[filename];
      if (content === undefined && Object.keys(files).length > 0)
        throw new Error(`No HTML file named ${filename} was found.`);
      return new FakeHtmlOutput(content ?? `<!doctype html><title>${filename}</title>`, calls);
    },
    createHtmlOutput(html: string) {
      calls.hit('HtmlService.createHtmlOutput');
      return new FakeHtmlOutput(html, calls);
    },
  };

  const answer = (url: string, params: FetchParams): FakeHttp => {
    fetches.push({ url, params });
    return drive.handles(url) ? drive.upload(url, params) : fetchHandler(url, params);
  };
  const UrlFetchApp: UrlFetchAppLike = {
    fetch(url: string, params: FetchParams) {
      calls.hit('UrlFetchApp.fetch');
      data('UrlFetchApp.fetch');
      return new FakeHttpResponse(answer(url, params), calls);
    },
    fetchAll(requests: FetchRequest[]) {
      calls.hit('UrlFetchApp.fetchAll');
      data('UrlFetchApp.fetchAll');
      // like Apps Script: one failing request (network, quota) makes the whole call throw
      return requests.map(({ url, ...params }) => new FakeHttpResponse(answer(url, params), calls));
    },
  };

  const PropertiesService: PropertiesServiceLike = {
    getDocumentProperties() {
      calls.hit('PropertiesService.getDocumentProperties');
      data('PropertiesService.getDocumentProperties');
      return properties;
    },
  };

  const LockService: LockServiceLike = {
    getDocumentLock() {
      calls.hit('LockService.getDocumentLock');
      data('LockService.getDocumentLock');
      return lock;
    },
  };

  const CacheService: CacheServiceLike = {
    getDocumentCache() {
      calls.hit('CacheService.getDocumentCache');
      data('CacheService.getDocumentCache');
      return cache;
    },
  };

  const ScriptApp: ScriptAppLike = {
    getIdentityToken() {
      calls.hit('ScriptApp.getIdentityToken');
      data('ScriptApp.getIdentityToken');
      return typeof token === 'function' ? token() : token;
    },
    getOAuthToken() {
      calls.hit('ScriptApp.getOAuthToken');
      data('ScriptApp.getOAuthToken');
      return typeof oauthToken === 'function' ? oauthToken() : oauthToken;
    },
    AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' },
  };

  const Utilities: UtilitiesLike = {
    formatDate(date: Date, timeZone: string, format: string) {
      calls.hit('Utilities.formatDate');
      return formatInZone(date, timeZone, format);
    },
    sleep(milliseconds: number) {
      calls.hit('Utilities.sleep');
      sleeps.push(milliseconds);
    },
    newBlob(data: string | number[], contentType?: string, name?: string) {
      calls.hit('Utilities.newBlob');
      const bytes = typeof data === 'string' ? utf8Encode(data) : fromJavaBytes(data);
      return new FakeBlob(calls, bytes, contentType ?? null, name ?? null);
    },
    unzip(source: BlobSourceLike) {
      calls.hit('Utilities.unzip');
      let files: Record<string, Uint8Array>;
      const blob = source.getBlob() as FakeBlob;
      // conservative: a blob must be typed as a zip archive (as add-ons commonly do before unzip)
      if (blob.contentType !== 'application/zip')
        throw new Error('Exception: Invalid argument: blob (not application/zip)');
      try {
        files = unzipSync(blob.bytes);
      } catch {
        throw new Error('Exception: Could not unzip the blob: it is not a zip archive.');
      }
      // like Apps Script: one blob per file, named by its path; no folder entries
      return Object.entries(files)
        .filter(([path]) => !path.endsWith('/'))
        .map(([path, bytes]) => new FakeBlob(calls, bytes, null, path));
    },
    zip(blobs: BlobSourceLike[], name?: string) {
      calls.hit('Utilities.zip');
      const files: Record<string, Uint8Array> = {};
      for (const b of blobs) {
        const fb = b as FakeBlob;
        if (!fb.name) throw new Error('Exception: Every blob in a zip needs a name.');
        if (fb.name in files) throw new Error(`Exception: Duplicate file name in zip: ${fb.name}`);
        files[fb.name] = fb.bytes;
      }
      return new FakeBlob(calls, zipSync(files), 'application/zip', name ?? 'Archive.zip');
    },
  };

  const Charts = { ChartType: CHART_TYPES };

  return {
    services: {
      SpreadsheetApp,
      HtmlService,
      UrlFetchApp,
      PropertiesService,
      LockService,
      CacheService,
      ScriptApp,
      Utilities,
      Charts,
    },
    calls,
    spreadsheet,
    ui,
    properties,
    lock,
    cache,
    fetches,
    sleeps,
    drive,
    setAuthMode(mode) {
      authMode = mode;
    },
    setFetch(handler) {
      fetchHandler = handler;
    },
    setToken(t) {
      token = t;
    },
    setOAuthToken(t) {
      oauthToken = t;
    },
  };
}
