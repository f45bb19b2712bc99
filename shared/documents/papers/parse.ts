import { z } from 'zod';
import { parseEvaluateRequest } from '../../engine/parse.ts';
import { MeetingSchema } from '../../meeting/schema.ts';
import { toProblems } from '../../schemas/problems.ts';
import { type PaperParseOutcome, type PaperReaders, readPaperRequest } from './read.ts';
import { PaperDocumentSchema } from './schema.ts';

export { GUESTS_KEY, isPaperKind, type PaperParseOutcome, type PaperRequest } from './read.ts';

const Wrapper = z.object({
  meeting: MeetingSchema,
  document: PaperDocumentSchema,
  candidateKey: z.string().min(1).max(64).optional(),
  memberKey: z.string().min(1).max(64).optional(),
});

const WITH_ZOD: PaperReaders = {
  request: parseEvaluateRequest,
  parts(input) {
    const wrapped = Wrapper.safeParse(input);
    return wrapped.success
      ? { ok: true, value: wrapped.data }
      : { ok: false, problems: toProblems(wrapped.error) };
  },
};

/**
 * Reads `POST /v1/papers/{kind}`: an evaluate request plus `meeting`, `document` and the person's
 * key. Every problem comes with its JSON path; never throws. (The add-on reads it without zod:
 * checkPaperRequest.)
 */
export function parsePaperRequest(kind: string, input: unknown): PaperParseOutcome {
  return readPaperRequest(kind, input, WITH_ZOD);
}
