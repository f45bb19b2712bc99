import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph } from 'docx';
import type { Block, DocumentModel } from '../../../shared/documents/model.ts';
import { renderBlock } from './blocks.ts';
import { PAGE, SIZE } from './format.ts';
import { headerTable, titleBlock } from './header.ts';
import { run } from './runs.ts';
import { signatureTable } from './signature.ts';
import { NUMBERING, STYLE, STYLES } from './styles.ts';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The page number, centred in the top margin, from page 2 (the first page has an empty header). */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        alignment: AlignmentType.CENTER,
        children: [run({ children: [PageNumber.CURRENT], size: SIZE.pageNumber })],
      }),
    ],
  });
}

/** About two printed lines of body text: a lead-in this short travels with its table. */
const LEAD_IN_CHARS = 140;

/**
 * Whether a paragraph introduces the table after it ("Phân công cụ thể như sau:"), and so stays on
 * its page. A paragraph of its own (the results in words, then "Bảng 1") does not: chaining it to
 * the table would also drag its heading along and leave the page before half empty. The heading
 * keeps with its paragraph either way (its style's keepNext).
 */
function leadsIntoTable(b: Block): boolean {
  if (b.kind !== 'paragraph') return false;
  const text = b.content
    .map((r) => (r.kind === 'text' ? r.text : 'Nguyễn Văn An'))
    .join('')
    .trim();
  return text.endsWith(':') || text.length <= LEAD_IN_CHARS;
}

/** The docx Document of a model (exported for tests; `renderDocx` packs it). */
export function docxDocument(model: DocumentModel): Document {
  return new Document({
    // The author is the issuing body (Word shows it under Properties), never a tool or "Un-named".
    creator: model.header.issuer,
    lastModifiedBy: model.header.issuer,
    title: `${model.type} ${model.subject}`,
    description: 'Văn bản do PTĐV soạn thảo từ dữ liệu; chi ủy rà soát, chỉnh sửa trước khi ký.',
    styles: STYLES,
    numbering: NUMBERING,
    features: { updateFields: false },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: PAGE.margin,
          },
          titlePage: true,
        },
        headers: {
          default: pageNumberHeader(),
          first: new Header({ children: [new Paragraph({ style: STYLE.header, children: [] })] }),
        },
        children: [
          headerTable(model),
          ...titleBlock(model),
          // The closing paragraph stays with the signature (never a page holding only the signature),
          // and a paragraph introducing a table stays with it (never alone at the foot of a page).
          ...model.body.flatMap((b, i) =>
            renderBlock(
              b,
              i === model.body.length - 1 || (model.body[i + 1]?.kind === 'table' && leadsIntoTable(b)),
            ),
          ),
          new Paragraph({ style: STYLE.body, keepNext: true, children: [] }),
          signatureTable(model),
        ],
      },
    ],
  });
}

/**
 * The model as a .docx file. `Packer.toArrayBuffer` needs no Node Buffer or file system, so it
 * runs inside workerd as it does in Node.
 */
export function renderDocx(model: DocumentModel): Promise<ArrayBuffer> {
  return Packer.toArrayBuffer(docxDocument(model));
}
