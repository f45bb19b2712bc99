import { z } from 'zod';
import { parseEvaluateRequest } from '../../engine/parse.ts';
import { toProblems } from '../../schemas/problems.ts';
import { PlanDocumentSchema } from '../schemas.ts';
import { type PlanParseOutcome, type PlanReaders, readPlanRequest } from './read.ts';

export { MAX_PLAN_CANDIDATES, type PlanParseOutcome } from './read.ts';

const Wrapper = z.object({ document: PlanDocumentSchema });

const WITH_ZOD: PlanReaders = {
  request: parseEvaluateRequest,
  document(document) {
    const doc = Wrapper.safeParse({ document });
    return doc.success
      ? { ok: true, value: doc.data.document }
      : { ok: false, problems: toProblems(doc.error) };
  },
};

/**
 * Reads `POST /v1/plan`: an evaluate request plus `document`. Every problem comes with its JSON
 * path (`document.date`, `candidates[3].birthDate`); never throws. (The add-on reads it without
 * zod: checkPlanRequest.)
 */
export function parsePlanRequest(input: unknown): PlanParseOutcome {
  return readPlanRequest(input, WITH_ZOD);
}
