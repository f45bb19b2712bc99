/**
 * The document model: what the plan and the report contain, independent of any output format.
 * The worker renders it to .docx, `render/` to plain text and HTML, the add-on to a Google Doc.
 *
 * Names never appear in a model: where a candidate's or member's name belongs, the model holds a
 * `name` run keyed by the row key, and the add-on fills it in (see names.ts).
 */
import type { Day } from '../dates/day.ts';

/** A piece of text, or the place of a person's name. */
export type Inline =
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean }
  | { kind: 'name'; key: string };

/** A table cell: one or more lines of inline runs, optionally bold (the totals row) and aligned. */
export interface Cell {
  lines: Inline[][];
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
}

export interface Column {
  header: string;
  /**
   * The heading of a group of adjacent columns ("Năm 2026"), printed once over them in a first
   * header row, so each column's own header stays short ("Chỉ tiêu", "Kết nạp"). A column without
   * a group spans both header rows.
   */
  group?: string;
  /** relative width (the renderer scales the columns to the text width) */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export type Block =
  /** "I. MỤC ĐÍCH, YÊU CẦU" (level 1), "1. Chỉ tiêu kết nạp" (level 2), "a) …" (level 3). */
  | { kind: 'heading'; level: 1 | 2 | 3; number: string; text: string }
  /** A body paragraph: justified with a first-line indent unless said otherwise. */
  | { kind: 'paragraph'; content: Inline[]; align?: 'justify' | 'center'; indent?: boolean }
  /** "- …" items (dash) or "+ …" sub-items (plus). */
  | { kind: 'list'; style: 'dash' | 'plus'; items: Inline[][] }
  | { kind: 'table'; caption?: string; columns: Column[]; rows: Cell[][]; note?: string };

export interface DocumentHeader {
  /** "ĐẢNG CỘNG SẢN VIỆT NAM", top right */
  party: string;
  /** the committee above the issuing body, as written by the user ("Đảng bộ xã Đạ Đờn") */
  superior: string;
  /** the issuing body ("Chi bộ Trường THPT Lê Quý Đôn") */
  issuer: string;
  /** "Số 03-KH/CB" */
  number: string;
  place: string;
  date: Day;
  /** "Lâm Hà, ngày 05 tháng 01 năm 2026" */
  dateLine: string;
}

export interface SignatureBlock {
  /** "T/M CHI BỘ" */
  onBehalf: string;
  /** "BÍ THƯ" */
  title: string;
  /** the signer's name, or a placeholder for it */
  name: Inline;
}

/** The cell's own papers of a meeting (papers/): 6-KNĐ, 13-KNĐ, the minutes' extract, two list resolutions. */
export const PAPER_KINDS = [
  'admission-resolution',
  'recognition-resolution',
  'minutes-extract',
  'helper-assignment',
  'sympathizer-list',
] as const;
export type PaperKind = (typeof PAPER_KINDS)[number];

export type DocumentKind = 'plan' | 'report' | PaperKind;

/** One entry of a plan's timeline, machine-readable: which step of whom, when, by when. */
export interface TimelineEntry {
  /** "Thực hiện ngay", "Tháng 03/2026", "Quý II/2026", "Hằng tháng" */
  period: string;
  day: Day;
  /** a projection step ("meeting", "decision", …), a deadline rule, or a cell-wide task */
  step: string;
  /** the row keys of the candidates or members the entry is about */
  keys?: string[];
  /** the latest day ("chậm nhất ngày …") */
  by?: Day;
}

export interface DocumentMeta {
  year: number;
  rulesVersion?: string;
  generator: 'ptdv';
  version: 1;
  /** every number the text states, by name, so a test (or a reader) can check the text against it */
  figures?: Record<string, number | number[]>;
  /** the timeline the text lays out */
  timeline?: TimelineEntry[];
}

export interface DocumentModel {
  kind: DocumentKind;
  header: DocumentHeader;
  /** "KẾ HOẠCH" / "BÁO CÁO" */
  type: string;
  /** "phát triển đảng viên năm 2026" */
  subject: string;
  body: Block[];
  /** the lines under "Nơi nhận:", without the leading "- " */
  recipients: string[];
  signature: SignatureBlock;
  /**
   * A second signature on the left, in place of "Nơi nhận" (the minutes: THƯ KÝ left, CHỦ TRÌ
   * right). An empty `onBehalf` prints no line.
   */
  countersign?: SignatureBlock;
  /** where the figures come from: not printed */
  meta: DocumentMeta;
}

// Small constructors, so builders read like the document they produce.

export const text = (t: string, style: { bold?: boolean; italic?: boolean } = {}): Inline => ({
  kind: 'text',
  text: t,
  ...style,
});
export const name = (key: string): Inline => ({ kind: 'name', key });
export const bold = (t: string): Inline => text(t, { bold: true });

export const heading = (level: 1 | 2 | 3, number: string, t: string): Block => ({
  kind: 'heading',
  level,
  number,
  text: t,
});

/** A paragraph from strings and runs: a string becomes a plain text run. */
export function para(...parts: Array<string | Inline>): Block {
  return { kind: 'paragraph', content: inlines(parts) };
}

export function inlines(parts: ReadonlyArray<string | Inline>): Inline[] {
  const out: Inline[] = [];
  for (const p of parts) {
    const run = typeof p === 'string' ? text(p) : p;
    const last = out[out.length - 1];
    // Adjacent plain runs of the same style merge, so the model stays small and easy to compare.
    if (
      run.kind === 'text' &&
      last?.kind === 'text' &&
      last.bold === run.bold &&
      last.italic === run.italic
    ) {
      out[out.length - 1] = { ...last, text: last.text + run.text };
    } else if (run.kind !== 'text' || run.text !== '') {
      out.push(run);
    }
  }
  return out;
}

export function list(style: 'dash' | 'plus', items: ReadonlyArray<ReadonlyArray<string | Inline>>): Block {
  return { kind: 'list', style, items: items.map(inlines) };
}

type CellOptions = { bold?: boolean; align?: 'left' | 'center' | 'right' };

/** A one-line cell. */
export const cell = (
  parts: string | Inline | ReadonlyArray<string | Inline>,
  options: CellOptions = {},
): Cell => ({
  lines: [inlines(isParts(parts) ? parts : [parts])],
  ...options,
});

/** A cell of several lines (one paragraph each). */
export const cellLines = (
  lines: ReadonlyArray<ReadonlyArray<string | Inline>>,
  options: CellOptions = {},
): Cell => ({ lines: lines.map(inlines), ...options });

function isParts(p: string | Inline | ReadonlyArray<string | Inline>): p is ReadonlyArray<string | Inline> {
  return Array.isArray(p);
}

/** Every inline run of a model, in reading order (header, body, signature). */
export function* inlinesOf(model: DocumentModel): Generator<Inline> {
  for (const block of model.body) {
    if (block.kind === 'paragraph') yield* block.content;
    else if (block.kind === 'list') for (const item of block.items) yield* item;
    else if (block.kind === 'table')
      for (const row of block.rows) for (const c of row) for (const line of c.lines) yield* line;
  }
  if (model.countersign) yield model.countersign.name;
  yield model.signature.name;
}

/** The keys of every name placeholder of a model, in order of first appearance. */
export function nameKeys(model: DocumentModel): string[] {
  const keys = new Set<string>();
  for (const run of inlinesOf(model)) if (run.kind === 'name') keys.add(run.key);
  return [...keys];
}
