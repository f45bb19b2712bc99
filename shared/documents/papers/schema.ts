import { z } from 'zod';
import { MeetingSchema } from '../../meeting/schema.ts';
import { DaySchema, KeySchema } from '../../schemas/primitives.ts';
import { EvaluateRequestSchema } from '../../schemas/request.ts';
import { PAPER_KINDS } from '../model.ts';

const line = (what: string, max: number) =>
  z
    .string({
      error: (i) => (i.input === undefined ? `Thiếu ${what}.` : `Trường “${what}” phải là chuỗi ký tự.`),
    })
    .trim()
    .min(1, { error: `Trường “${what}” không được để trống.` })
    .max(max, { error: `Trường “${what}” dài quá ${max} ký tự.` });

/** `document` of `POST /v1/papers/{kind}`: the header and the signer's function, never a name. */
export const PaperDocumentSchema = z.object({
  unitName: line('tên chi bộ', 200),
  superiorName: line('tên cấp ủy cấp trên', 200),
  place: line('địa danh', 100),
  /** "03", or in full "03-NQ/CB"; left blank to be written by hand when absent */
  number: line('số văn bản', 40).optional(),
  date: DaySchema,
  /** "Bí thư" (default) or "Phó Bí thư" */
  signerTitle: line('chức vụ người ký', 60).optional(),
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
