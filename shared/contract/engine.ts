/**
 * `POST /v1/evaluate`: the engine's request and answer, defined in shared/schemas/ beside the
 * engine that parses and produces them (spec/contract.md §2), and the answer's form.
 */
import { z } from 'zod';
import { EvaluateRequestSchema } from '../schemas/request.ts';
import { CompactEvaluateResponseSchema, EvaluateResponseSchema } from '../schemas/response.ts';

export const EvaluateQuerySchema = z.object({
  form: z
    .enum(['default', 'compact'])
    .optional()
    .meta({
      description:
        '`compact`: findings as rule, template name and parameters, without message or citation; ' +
        'render them with the texts of `GET /v1/rules` named by the answer’s `textsVersion`.',
    }),
});

export const EvaluateRequestBodySchema = EvaluateRequestSchema.meta({ id: 'EvaluateRequest' });
export const EvaluateAnswerSchema = EvaluateResponseSchema.meta({ id: 'EvaluateResponse' });
export const CompactEvaluateAnswerSchema = CompactEvaluateResponseSchema.meta({
  id: 'CompactEvaluateResponse',
});
/** The answer of either form (`?form=` says which). */
export const EvaluateEitherAnswerSchema = z.union([EvaluateAnswerSchema, CompactEvaluateAnswerSchema]);
