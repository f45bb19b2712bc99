import {
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  UnderlineType,
  WidthType,
} from 'docx';
import type { DocumentModel, SignatureBlock } from '../../../shared/documents/model.ts';
import { mm, SIZE, TEXT_WIDTH } from './format.ts';
import { run, textRuns } from './runs.ts';
import { STYLE } from './styles.ts';

const LEFT = mm(75);
const RIGHT = TEXT_WIDTH - LEFT;

const cell = (children: Paragraph[], width: number) =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });

/** "T/M CHI BỘ", "BÍ THƯ", room to sign, the name (bold); an empty `onBehalf` prints no line. */
function signerParagraphs(s: SignatureBlock): Paragraph[] {
  const blank = () => new Paragraph({ style: STYLE.signature, children: [] });
  return [
    ...(s.onBehalf ? [new Paragraph({ style: STYLE.signature, children: [run(s.onBehalf)] })] : []),
    new Paragraph({ style: STYLE.signature, children: [run(s.title)] }),
    blank(),
    blank(),
    blank(),
    blank(),
    new Paragraph({ style: STYLE.signature, children: textRuns([s.name], { bold: true }) }),
  ];
}

/** "Nơi nhận:" and its lines on the left, the signature block on the right, side by side. */
export function signatureTable(model: DocumentModel): Table {
  const s = model.signature;
  const recipients = [
    new Paragraph({
      style: STYLE.recipients,
      children: [
        // underlined only (not bold, not italic), 14 pt; its lines are 12 pt (the style)
        run({ text: 'Nơi nhận:', size: SIZE.body, underline: { type: UnderlineType.SINGLE } }),
      ],
    }),
    ...model.recipients.map((r) => new Paragraph({ style: STYLE.recipients, children: [run(`- ${r}`)] })),
  ];
  // The minutes are signed by the note-taker on the left and the chair on the right, halves alike.
  const [left, right] = model.countersign ? [TEXT_WIDTH / 2, TEXT_WIDTH / 2] : [LEFT, RIGHT];
  const leftCell = model.countersign ? signerParagraphs(model.countersign) : recipients;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(leftCell, left), cell(signerParagraphs(s), right)],
      }),
    ],
  });
}
