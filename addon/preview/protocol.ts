/** Messages between the preview page and the Web Worker that runs the add-on's server code. */

export interface SheetSnapshot {
  name: string;
  /** displayed text of rows 1..lastRow, columns 1..lastColumn */
  cells: string[][];
  notes: string[][];
  backgrounds: string[][];
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
}

export interface Snapshot {
  sheets: SheetSnapshot[];
  active: { sheet: string; row: number; column: number; numRows: number; numColumns: number } | null;
}

export type ToWorker =
  | { type: 'call'; id: number; fn: string; args: unknown[] }
  | { type: 'edit'; sheet: string; row: number; column: number; text: string }
  | { type: 'reset' };

export type FromWorker =
  | { type: 'result'; id: number; ok: boolean; value?: unknown; error?: string }
  | { type: 'snapshot'; snapshot: Snapshot }
  | { type: 'progress'; value: unknown }
  | { type: 'ready'; today: string; backend: string; token: boolean };
