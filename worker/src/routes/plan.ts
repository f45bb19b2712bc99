import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { PlanRequestBodySchema } from '../../../shared/contract/documents.ts';
import { draftPlan } from '../../../shared/documents/plan/build.ts';
import { maxEvaluateBodyText } from '../config.ts';
import { DOCX_MEDIA_TYPE } from '../docx/render.ts';
import { documentResponse } from '../docx/respond.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, unprocessable } from '../errors.ts';
import { evaluateBody } from '../middleware/evaluateBody.ts';
import { authErrors, draftedDocument, errorResponse } from '../openapi/responses.ts';

const route = createRoute({
  method: 'post',
  path: '/plan',
  tags: ['documents'],
  summary: "Draft the cell's annual plan (KẾ HOẠCH phát triển đảng viên năm N) from an evaluate request",
  description:
    'The evaluate request plus `document`. Answers the document model as JSON, or the .docx when `Accept` names ' +
    `\`${DOCX_MEDIA_TYPE}\`. Names never reach the backend: the model and the .docx mark each name with a ` +
    '`{{ten:KEY}}` token (KEY = the row key, or "secretary") that the add-on fills in. Stores nothing.',
  security: [{ bearerAuth: [] }],
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: PlanRequestBodySchema } },
    },
  },
  responses: {
    200: draftedDocument('The plan'),
    ...authErrors,
    400: errorResponse('Malformed JSON, or the request does not follow the schema (details: JSON paths)'),
    413: errorResponse(`Body larger than ${maxEvaluateBodyText()}, or more candidates than the cap`),
    422: errorResponse('Years that disagree, or a row key a name token cannot carry (details: JSON paths)'),
  },
});

/** A thin route: `draftPlan` (shared/) validates, evaluates and drafts; the worker only renders. */
export const planRoutes = new OpenAPIHono<AppEnv>();
planRoutes.openAPIRegistry.registerPath(route);
planRoutes.post('/plan', evaluateBody, async (c) => {
  const outcome = draftPlan(c.var.body);
  if (!outcome.ok) {
    if (outcome.kind === 'malformed')
      throw badRequest('Yêu cầu soạn kế hoạch không hợp lệ.', outcome.problems);
    throw unprocessable('plan_inconsistent', 'Dữ liệu soạn kế hoạch không thống nhất.', outcome.problems);
  }
  const year = outcome.model.meta.year;
  return documentResponse(c, outcome.model, {
    ascii: `ke-hoach-phat-trien-dang-vien-${year}.docx`,
    vietnamese: `Kế hoạch phát triển đảng viên năm ${year}.docx`,
  });
});
