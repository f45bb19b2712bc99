import { z } from 'zod';
import { MeetingSchema } from '../../meeting/schema.ts';
import { DaySchema, KeySchema, textSchema } from '../../schemas/primitives.ts';
import { EvaluateRequestSchema } from '../../schemas/request.ts';
import { PAPER_LINES } from '../lines.ts';
import { PAPER_KINDS } from '../model.ts';

/** `document` of `POST /v1/papers/{kind}`: the header and the signer's function, never a name. */
export const PaperDocumentSchema = z.object({
  unitName: textSchema(PAPER_LINES.unitName),
  superiorName: textSchema(PAPER_LINES.superiorName),
  place: textSchema(PAPER_LINES.place),
  /** "03", or in full "03-NQ/CB"; left blank to be written by hand when absent */
  number: textSchema(PAPER_LINES.number).optional(),
  date: DaySchema,
  /** "Bí thư" (default) or "Phó Bí thư" */
  signerTitle: textSchema(PAPER_LINES.signerTitle).optional(),
  /**
   * the meeting's chair is the paper's signer (the add-on compares the names inside the sheet), so
   * the papers can give the chair's post: "đồng chí …, Bí thư chi bộ"
   */
  chairIsSigner: z.boolean().optional(),
});

export const PaperKindSchema = z.enum(PAPER_KINDS, {
  error: `Loại văn bản chỉ nhận: ${PAPER_KINDS.join(', ')}.`,
});

/** `POST /v1/papers/{kind}` (for the API description; parsing is parsePaperRequest). */
export const PaperRequestSchema = EvaluateRequestSchema.extend({
  meeting: MeetingSchema,
  document: PaperDocumentSchema,
  /** admission-resolution: the candidate considered */
  candidateKey: KeySchema.optional(),
  /** recognition-resolution: the probationary member considered */
  memberKey: KeySchema.optional(),
});

export type PaperDocument = z.infer<typeof PaperDocumentSchema>;
