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
import type { DocumentModel } from '../../../shared/documents/model.ts';
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
  const blank = () => new Paragraph({ style: STYLE.signature, children: [] });
  const signer = [
    new Paragraph({ style: STYLE.signature, children: [run(s.onBehalf)] }),
    new Paragraph({ style: STYLE.signature, children: [run(s.title)] }),
    blank(),
    blank(),
    blank(),
    blank(),
    new Paragraph({ style: STYLE.signature, children: textRuns([s.name], { bold: true }) }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(recipients, LEFT), cell(signer, RIGHT)] })],
  });
}
