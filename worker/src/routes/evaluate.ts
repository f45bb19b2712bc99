import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { endTime, startTime } from 'hono/timing';
import { evaluate } from '../../../shared/index.ts';
import { EvaluateRequestSchema } from '../../../shared/schemas/request.ts';
import { EvaluateResponseSchema } from '../../../shared/schemas/response.ts';
import { MAX_EVALUATE_BODY_BYTES } from '../config.ts';
import type { AppEnv } from '../env.ts';
import { badRequest } from '../errors.ts';
import { encodeJson, JSON_HEADERS } from '../lib/encodeJson.ts';
import { jsonBody } from '../middleware/jsonBody.ts';
import { authErrors, errorResponse } from '../schemas/common.ts';

const route = createRoute({
  method: 'post',
  path: '/evaluate',
  tags: ['engine'],
  summary: 'Check every candidate of a unit against the admission rules (stores nothing)',
  security: [{ bearerAuth: [] }],
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: EvaluateRequestSchema.openapi('EvaluateRequest') } },
    },
  },
  responses: {
    200: {
      description: 'Results per candidate and the unit summary',
      content: { 'application/json': { schema: EvaluateResponseSchema.openapi('EvaluateResponse') } },
    },
    ...authErrors,
    400: errorResponse('Malformed JSON, or the request does not follow the schema (details: JSON paths)'),
    413: errorResponse('Body larger than 16 MiB'),
  },
});

/**
 * A thin wrapper over shared/'s `evaluate`, which validates the request itself: the route is
 * documented from the same schemas but not validated twice.
 */
export const evaluateRoutes = new OpenAPIHono<AppEnv>();
evaluateRoutes.openAPIRegistry.registerPath(route);
evaluateRoutes.post('/evaluate', jsonBody(MAX_EVALUATE_BODY_BYTES), (c) => {
  startTime(c, 'evaluate');
  const outcome = evaluate(c.var.body);
  endTime(c, 'evaluate');
  if (!outcome.ok) {
    throw badRequest('Yêu cầu kiểm tra không hợp lệ.', outcome.problems);
  }
  startTime(c, 'serialize', 'JSON.stringify + UTF-8');
  const body = encodeJson(outcome);
  endTime(c, 'serialize');
  return c.body(body, 200, JSON_HEADERS);
});
