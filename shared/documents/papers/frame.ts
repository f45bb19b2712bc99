import { yearOf } from '../../dates/day.ts';
import type { MeetingReview } from '../../meeting/review.ts';
import { archiveLine, committeeOf, documentHeader, documentNumber, signature } from '../header.ts';
import type { Block, DocumentModel, PaperKind, SignatureBlock } from '../model.ts';
import { SECRETARY_KEY } from '../names.ts';
import type { PaperDocument } from './schema.ts';

/** The parts every meeting paper shares: the Party header, "NGHỊ QUYẾT"'s number, T/M CHI BỘ. */
export function paperModel(input: {
  kind: PaperKind;
  doc: PaperDocument;
  review: MeetingReview;
  /** "NQ" for a resolution; none for the minutes, which carry no number */
  typeSymbol?: string;
  /** what the superior committee receives it for: "để xem xét" (default), "để báo cáo" */
  purpose?: string;
  type: string;
  subject: string;
  body: Block[];
  /** the minutes' two signatures (THƯ KÝ left, CHỦ TRÌ right) instead of T/M CHI BỘ and Nơi nhận */
  signatures?: { left: SignatureBlock; right: SignatureBlock };
}): DocumentModel {
  const { doc } = input;
  const model: DocumentModel = {
    kind: input.kind,
    header: documentHeader({
      superiorName: doc.superiorName,
      unitName: doc.unitName,
      number: input.typeSymbol ? documentNumber(doc.number, input.typeSymbol, doc.unitName) : '',
      place: doc.place,
      date: doc.date,
    }),
    type: input.type,
    subject: input.subject,
    body: input.body,
    recipients: input.signatures
      ? []
      : [`${committeeOf(doc.superiorName)} (${input.purpose ?? 'để xem xét'}),`, archiveLine(doc.unitName)],
    signature:
      input.signatures?.right ??
      signature(doc.unitName, doc.signerTitle ?? 'Bí thư', undefined, SECRETARY_KEY),
    meta: {
      year: yearOf(input.review.date),
      rulesVersion: input.review.ruleset.id,
      generator: 'ptdv',
      version: 1,
    },
  };
  if (input.signatures) model.countersign = input.signatures.left;
  return model;
}
