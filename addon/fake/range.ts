/** Ranges and range lists over a fake sheet, in A1 or row/column form. */
import type {
  DataValidationLike,
  ProtectionLike,
  RangeLike,
  RangeListLike,
} from '../src/server/adapters/services.ts';
import {
  DEFAULT_BACKGROUND,
  FakeProtection,
  type FakeSheet,
  type FakeValidation,
  type Grid,
  type Rect,
} from './sheet.ts';

/** "D5", "D5:F9", "E2:E" (to the last row), "A:A". */
export function parseA1(a1: string, sheet: FakeSheet): Rect {
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
    forEachCell(this.rect, (r, c, i, j) => this.sheet.write(r, c, values[i]![j]));
    return this;
  }
  /** Not in RangeLike (the add-on writes in batches); here for tests and the preview. */
  setValue(value: unknown): RangeLike {
    this.hit('setValue');
    this.each((r, c) => this.sheet.write(r, c, value));
    return this;
  }
  /** The formulas of the range ("" where a cell holds a plain value), as Apps Script gives them. */
  getFormulas(): string[][] {
    this.hit('getFormulas');
    return this.grid(this.sheet.formulas);
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
