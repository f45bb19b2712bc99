import { readEvaluateRequest } from '../schemas/fastCheck.ts';
import { capProblems, toProblems } from '../schemas/problems.ts';
import { EvaluateRequestSchema } from '../schemas/request.ts';
import { collectRequestProblems } from '../schemas/requestProblems.ts';
import { type ParseOutcome, type ProblemFinder, parseRequestWith } from './readRequest.ts';

export type { ParseOutcome } from './readRequest.ts';

const WITH_ZOD: ProblemFinder = {
  collect: collectRequestProblems,
  disagree(input) {
    // The reader and zod disagree only through a bug; the property test keeps them together.
    const parsed = EvaluateRequestSchema.safeParse(input);
    if (!parsed.success) return { ok: false, problems: capProblems(toProblems(parsed.error)) };
    return { ok: true, value: readEvaluateRequest(parsed.data) ?? parsed.data };
  },
};

/**
 * Validates a request: its problems with their JSON paths (the first MAX_PROBLEMS and how many
 * more), or the typed request. Never throws, and never costs much more than a valid request.
 * Zod names the problems of a refused request (the add-on, without zod, uses checkEvaluateRequest).
 */
export function parseEvaluateRequest(input: unknown): ParseOutcome {
  return parseRequestWith(input, WITH_ZOD);
}
