import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { UnitYearParams } from '../../../shared/contract/common.ts';
import { TargetsBodySchema, TargetsRecordSchema } from '../../../shared/contract/targets.ts';
import { MAX_BODY_BYTES } from '../config.ts';
import { getTargets, putTargets } from '../db/targets.ts';
import type { AppEnv } from '../env.ts';
import { notFound, unprocessable } from '../errors.ts';
import { nowIso } from '../lib/time.ts';
import { requireAccess } from '../middleware/access.ts';
import { jsonBody } from '../middleware/jsonBody.ts';
import { errorResponse, unitErrors } from '../openapi/responses.ts';

const put = createRoute({
  method: 'put',
  path: '/units/{unitId}/targets/{year}',
  tags: ['targets'],
  summary: "Set a unit's yearly targets (admin, or a superior of the unit)",
  description: 'Replaces the targets of that year; a figure left out has no target.',
  security: [{ bearerAuth: [] }],
  middleware: [requireAccess('manage'), jsonBody(MAX_BODY_BYTES)] as const,
  request: {
    params: UnitYearParams,
    body: { required: true, content: { 'application/json': { schema: TargetsBodySchema } } },
  },
  responses: {
    200: {
      description: 'The targets as stored',
      content: { 'application/json': { schema: TargetsRecordSchema } },
    },
    ...unitErrors,
    413: errorResponse('Body larger than 64 KiB'),
    422: errorResponse('Students or women exceed the admitted target'),
  },
});

const get = createRoute({
  method: 'get',
  path: '/units/{unitId}/targets/{year}',
  tags: ['targets'],
  summary: "A unit's targets for a year (its secretary, a superior, or an admin)",
  security: [{ bearerAuth: [] }],
  middleware: [requireAccess('report')] as const,
  request: { params: UnitYearParams },
  responses: {
    200: { description: 'The targets', content: { 'application/json': { schema: TargetsRecordSchema } } },
    ...unitErrors,
  },
});

export const targets = new OpenAPIHono<AppEnv>()
  .openapi(put, async (c) => {
    const { unitId, year } = c.req.valid('param');
    const body = c.req.valid('json');
    const details = (['students', 'women'] as const)
      .filter((k) => body.admitted !== undefined && (body[k] ?? 0) > body.admitted)
      .map((k) => ({ path: k, message: 'Không được lớn hơn chỉ tiêu kết nạp (admitted).' }));
    if (details.length > 0) {
      throw unprocessable('targets_inconsistent', 'Chỉ tiêu “trong đó” lớn hơn chỉ tiêu kết nạp.', details);
    }
    return c.json(await putTargets(c.env.DB, unitId, year, body, c.var.user.email, nowIso()), 200);
  })
  .openapi(get, async (c) => {
    const { unitId, year } = c.req.valid('param');
    const record = await getTargets(c.env.DB, unitId, year);
    if (!record) throw notFound(`Đơn vị “${unitId}” chưa có chỉ tiêu năm ${year}.`);
    return c.json(record, 200);
  });
