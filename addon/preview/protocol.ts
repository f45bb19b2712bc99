/** Messages between the preview page and the Web Worker that runs the add-on's server code. */

/** An embedded chart as the fake recorded it, ready to draw (a stacked bar chart). */
export interface ChartSnapshot {
  type: string;
  title: string;
  stacked: boolean;
  /** 1-based anchor cell */
  row: number;
  column: number;
  /** pixels from the anchor cell's left and top edges */
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  /** the chart area's left margin: the width left for the bars' labels */
  labels: number;
  categories: string[];
  series: Array<{ name: string; color: string; values: number[] }>;
}

export interface SheetSnapshot {
  name: string;
  /** displayed text of rows 1..lastRow, columns 1..lastColumn */
  cells: string[][];
  notes: string[][];
  backgrounds: string[][];
  bold: boolean[][];
  /** widths set by the add-on, by 1-based column */
  widths: Record<number, number>;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  charts: ChartSnapshot[];
}

export type Account = 'secretary' | 'superior';

export interface Snapshot {
  sheets: SheetSnapshot[];
  /** a modal dialog the add-on opened (Ui.showModalDialog), until closed */
  dialog: { title: string; html: string; width: number; height: number } | null;
  active: { sheet: string; row: number; column: number; numRows: number; numColumns: number } | null;
}

export type ToWorker =
  | { type: 'call'; id: number; fn: string; args: unknown[] }
  | { type: 'edit'; sheet: string; row: number; column: number; text: string }
  | { type: 'deleteRow'; sheet: string; row: number }
  | { type: 'account'; account: Account }
  | { type: 'closeDialog' }
  | { type: 'reset' };

export type FromWorker =
  | { type: 'result'; id: number; ok: boolean; value?: unknown; error?: string }
  | { type: 'snapshot'; snapshot: Snapshot }
  | { type: 'progress'; value: unknown }
  | { type: 'ready'; today: string; backend: string; token: boolean; account: Account; email: string };
