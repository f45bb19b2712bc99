import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Block, Cell, Column } from '../../../shared/documents/model.ts';
import { headerRows } from '../../../shared/documents/render/headerRows.ts';
import { SIZE, TEXT_WIDTH } from './format.ts';
import { run, textRuns } from './runs.ts';
import { LIST_REFERENCE, STYLE } from './styles.ts';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

/** Relative widths scaled to the text width, the rounding put on the widest column. */
export function columnWidths(columns: readonly Column[]): number[] {
  const sum = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => Math.floor((c.width / sum) * TEXT_WIDTH));
  const rest = TEXT_WIDTH - widths.reduce((s, w) => s + w, 0);
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + rest;
  return widths;
}

function tableCell(
  c: Cell,
  width: number,
  columnAlign: Column['align'],
  header = false,
  keepNext = false,
  span: { columnSpan?: number; rowSpan?: number } = {},
): TableCell {
  const align = ALIGN[c.align ?? columnAlign ?? 'left'];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(span.columnSpan !== undefined && span.columnSpan > 1 ? { columnSpan: span.columnSpan } : {}),
    ...(span.rowSpan !== undefined && span.rowSpan > 1 ? { rowSpan: span.rowSpan } : {}),
    verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { left: 70, right: 70, top: 20, bottom: 20 },
    children: c.lines.map(
      (line) =>
        new Paragraph({
          style: STYLE.tableText,
          alignment: header ? AlignmentType.CENTER : align,
          keepNext: keepNext || undefined,
          children: textRuns(line, { bold: header || c.bold }),
        }),
    ),
  });
}

/**
 * Whether data row `r` of `n` keeps with the next: the first (so the header never ends a page with
 * one row under it) and the one before the last (so the last row never starts a page alone). The
 * rows between may break, so a long table fills the page instead of leaving it half empty.
 */
function keepsWithNext(r: number, n: number, note: boolean): boolean {
  // the last row keeps with the table's note, which explains its headers
  if (r === n - 1) return note;
  return r === 0 || r === n - 2;
}

/**
 * A table whose header row repeats on every page (tblHeader), whose rows never split (cantSplit),
 * that never leaves a single row alone on a page, nor its note (keepsWithNext).
 */
function table(b: Extract<Block, { kind: 'table' }>): Array<Paragraph | Table> {
  const widths = columnWidths(b.columns);
  // One header row, or two under grouped columns (the group's cell spans its columns, an
  // ungrouped column's cell spans both rows); every header row repeats on a new page.
  const headerRowsOut = headerRows(b.columns).map(
    (cells) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        // also on the cells docx adds under a cell merged down both header rows
        keepNext: true,
        children: cells.map((h) => {
          const width = widths.slice(h.first, h.first + h.span).reduce((s, w) => s + w, 0);
          return tableCell({ lines: [[{ kind: 'text', text: h.text }]] }, width, 'center', true, true, {
            columnSpan: h.span,
            rowSpan: h.rows,
          });
        }),
      }),
  );
  const rows = b.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: row.map((c, i) =>
          tableCell(
            c,
            widths[i] ?? 0,
            b.columns[i]?.align,
            false,
            keepsWithNext(r, b.rows.length, Boolean(b.note)),
          ),
        ),
      }),
  );
  const out: Array<Paragraph | Table> = [];
  if (b.caption) out.push(new Paragraph({ style: STYLE.tableCaption, children: [run(b.caption)] }));
  out.push(
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: BORDERS,
      rows: [...headerRowsOut, ...rows],
    }),
  );
  // A paragraph after a table keeps the next heading off its bottom border.
  out.push(
    new Paragraph({
      style: STYLE.tableText,
      spacing: { before: 0, after: 60 },
      children: b.note ? [run({ text: b.note, italics: true, size: SIZE.table })] : [],
    }),
  );
  return out;
}

/**
 * A block of the model as Word paragraphs and tables, with real heading and list styles.
 * `keepNext` keeps a closing paragraph on the page of what follows (the signature block).
 */
export function renderBlock(b: Block, keepNext = false): Array<Paragraph | Table> {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[b.level - 1],
          children: [run(`${b.number} ${b.text}`)],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          style: STYLE.body,
          alignment: b.align === 'center' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
          indent: b.indent === false ? { firstLine: 0 } : undefined,
          keepNext: keepNext || undefined,
          children: textRuns(b.content),
        }),
      ];
    case 'list':
      return b.items.map(
        (item) =>
          new Paragraph({
            style: STYLE.list,
            numbering: { reference: LIST_REFERENCE, level: b.style === 'dash' ? 0 : 1, custom: true },
            children: textRuns(item),
          }),
      );
    case 'table':
      return table(b);
  }
}
