import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { endTime, startTime } from 'hono/timing';
import {
  EvaluateEitherAnswerSchema,
  EvaluateQuerySchema,
  EvaluateRequestBodySchema,
} from '../../../shared/contract/engine.ts';
import { evaluate } from '../../../shared/index.ts';
import { maxEvaluateBodyText } from '../config.ts';
import type { AppEnv } from '../env.ts';
import { badRequest } from '../errors.ts';
import { encodeJson, JSON_HEADERS } from '../lib/encodeJson.ts';
import { evaluateBody } from '../middleware/evaluateBody.ts';
import { authErrors, errorResponse } from '../openapi/responses.ts';

const route = createRoute({
  method: 'post',
  path: '/evaluate',
  tags: ['engine'],
  summary: 'Check every candidate of a unit against the admission rules (stores nothing)',
  security: [{ bearerAuth: [] }],
  request: {
    query: EvaluateQuerySchema,
    body: {
      required: true,
      content: { 'application/json': { schema: EvaluateRequestBodySchema } },
    },
  },
  responses: {
    200: {
      description: 'Results per candidate and the unit summary (compact findings with `?form=compact`)',
      content: {
        'application/json': { schema: EvaluateEitherAnswerSchema },
      },
    },
    ...authErrors,
    400: errorResponse('Malformed JSON, or the request does not follow the schema (details: JSON paths)'),
    413: errorResponse(`Body larger than ${maxEvaluateBodyText()}, or more candidates than the cap`),
  },
});

/**
 * A thin wrapper over shared/'s `evaluate`, which validates the request itself: the route is
 * documented from the same schemas but not validated twice.
 */
export const evaluateRoutes = new OpenAPIHono<AppEnv>();
evaluateRoutes.openAPIRegistry.registerPath(route);
evaluateRoutes.post('/evaluate', evaluateBody, (c) => {
  const form = c.req.query('form');
  if (form !== undefined && form !== 'default' && form !== 'compact') {
    throw badRequest('Tham số form chỉ nhận “default” hoặc “compact”.', [
      { path: 'form', message: 'Giá trị không hợp lệ.' },
    ]);
  }
  startTime(c, 'evaluate');
  const outcome = evaluate(c.var.body, { form: form ?? 'default' });
  endTime(c, 'evaluate');
  if (!outcome.ok) {
    throw badRequest('Yêu cầu kiểm tra không hợp lệ.', outcome.problems);
  }
  startTime(c, 'serialize', 'JSON.stringify + UTF-8');
  const body = encodeJson(outcome);
  endTime(c, 'serialize');
  return c.body(body, 200, JSON_HEADERS);
});
