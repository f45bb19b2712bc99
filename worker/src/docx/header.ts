import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { headerLines, upper } from '../../../shared/documents/header.ts';
import type { DocumentModel } from '../../../shared/documents/model.ts';
import { HEADER_COLUMNS, HEADER_LINE_CHARS, PARTY_TITLE_WIDTH, SIZE, TEXT_WIDTH } from './format.ts';
import { run } from './runs.ts';
import { STYLE } from './styles.ts';

const cell = (children: Paragraph[], width: number, verticalAlign: 'top' | 'bottom' = 'top') =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: TableBorders.NONE,
    verticalAlign: verticalAlign === 'top' ? VerticalAlign.TOP : VerticalAlign.BOTTOM,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });

const line = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new Paragraph({ style: STYLE.header, children: [run({ text, ...options })] });

/**
 * A unit's name as one centred paragraph whose lines break between words where we choose, balanced
 * (a line break, not a new paragraph: the secretary edits one name, and the "*" follows it).
 */
const nameLines = (name: string, bold: boolean) =>
  new Paragraph({
    style: STYLE.header,
    children: headerLines(upper(name), bold ? HEADER_LINE_CHARS.bold : HEADER_LINE_CHARS.regular).map(
      (text, i) => run({ text, bold, break: i > 0 ? 1 : undefined }),
    ),
  });

/**
 * The borderless two-column header: superior and issuing body (bold) with a "*" under it, and the
 * number, on the left; "ĐẢNG CỘNG SẢN VIỆT NAM" (bold 15) with a rule as long as the text, and
 * the place and date (italic), on the right. The second row keeps the number and date level.
 */
export function headerTable(model: DocumentModel): Table {
  const h = model.header;
  const [left, right] = HEADER_COLUMNS;
  const ruleIndent = Math.max(0, Math.round((right - PARTY_TITLE_WIDTH) / 2));
  const partyTitle = new Paragraph({
    style: STYLE.header,
    indent: { left: ruleIndent, right: ruleIndent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run({ text: h.party, bold: true, size: SIZE.party })],
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell([nameLines(h.superior, false), nameLines(h.issuer, true), line('*')], left),
          cell([partyTitle], right),
        ],
      }),
      new TableRow({
        children: [
          cell([line(h.number)], left, 'bottom'),
          cell(
            [
              new Paragraph({
                style: STYLE.header,
                alignment: AlignmentType.CENTER,
                children: [run({ text: h.dateLine, italics: true })],
              }),
            ],
            right,
            'bottom',
          ),
        ],
      }),
    ],
  });
}

/** "KẾ HOẠCH" / "BÁO CÁO", the subject under it, and the short rule of five hyphens. */
export function titleBlock(model: DocumentModel): Paragraph[] {
  return [
    new Paragraph({
      style: STYLE.title,
      spacing: { before: 360, after: 0 },
      children: [run({ text: model.type, size: SIZE.type })],
    }),
    new Paragraph({
      style: STYLE.title,
      children: [run({ text: model.subject, size: SIZE.subject })],
    }),
    new Paragraph({
      style: STYLE.title,
      spacing: { after: 240 },
      children: [run({ text: '-----' })],
    }),
  ];
}
