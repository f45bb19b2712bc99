import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { upper } from '../../../shared/documents/header.ts';
import type { DocumentModel } from '../../../shared/documents/model.ts';
import { HEADER_COLUMNS, PARTY_TITLE_WIDTH, SIZE, TEXT_WIDTH } from './format.ts';
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
  new Paragraph({ style: STYLE.header, children: [new TextRun({ text, ...options })] });

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
    children: [new TextRun({ text: h.party, bold: true, size: SIZE.party })],
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell([line(upper(h.superior)), line(upper(h.issuer), { bold: true }), line('*')], left),
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
                children: [new TextRun({ text: h.dateLine, italics: true })],
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
      children: [new TextRun({ text: model.type, size: SIZE.type })],
    }),
    new Paragraph({
      style: STYLE.title,
      children: [new TextRun({ text: model.subject, size: SIZE.subject })],
    }),
    new Paragraph({
      style: STYLE.title,
      spacing: { after: 240 },
      children: [new TextRun({ text: '-----' })],
    }),
  ];
}
