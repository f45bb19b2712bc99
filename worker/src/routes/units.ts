import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { UnitParams } from '../../../shared/contract/common.ts';
import { UnitBodySchema, UnitSchema } from '../../../shared/contract/units.ts';
import { authorizeUnitWrite } from '../auth/roles.ts';
import { MAX_BODY_BYTES } from '../config.ts';
import {
  getUnit,
  insertUnit,
  MAX_TREE_DEPTH,
  type PlacementProblem,
  placementProblem,
  updateUnit,
} from '../db/units.ts';
import type { AppEnv } from '../env.ts';
import { type ApiError, conflict, unprocessable } from '../errors.ts';
import { nowIso } from '../lib/time.ts';
import { requireAccess } from '../middleware/access.ts';
import { jsonBody } from '../middleware/jsonBody.ts';
import { errorResponse, unitErrors } from '../openapi/responses.ts';

const put = createRoute({
  method: 'put',
  path: '/units/{unitId}',
  tags: ['onboarding'],
  summary: 'Create or update a unit (admin, or superior of the parent)',
  description:
    'PUT replaces the unit: an absent or null parentId makes it top-level, which only an admin may do. ' +
    'Moving a unit needs rights at the unit and at its new parent; a unit cannot go under itself or its descendants, ' +
    `and a tree has at most ${MAX_TREE_DEPTH} levels (422).`,
  security: [{ bearerAuth: [] }],
  middleware: [jsonBody(MAX_BODY_BYTES)] as const,
  request: {
    params: UnitParams,
    body: { required: true, content: { 'application/json': { schema: UnitBodySchema } } },
  },
  responses: {
    200: { description: 'Updated', content: { 'application/json': { schema: UnitSchema } } },
    201: { description: 'Created', content: { 'application/json': { schema: UnitSchema } } },
    ...unitErrors,
    409: errorResponse('The unit was created by a concurrent request: retry'),
    413: errorResponse('Body larger than 64 KiB'),
    422: errorResponse(
      `The parent does not exist, the move would make a cycle, or the tree would have more than ${MAX_TREE_DEPTH} levels`,
    ),
  },
});

const get = createRoute({
  method: 'get',
  path: '/units/{unitId}',
  tags: ['onboarding'],
  summary: 'A unit (its secretary, a superior, or an admin)',
  security: [{ bearerAuth: [] }],
  middleware: [requireAccess('report')] as const,
  request: { params: UnitParams },
  responses: {
    200: { description: 'The unit', content: { 'application/json': { schema: UnitSchema } } },
    ...unitErrors,
  },
});

/** The 422 for a refused placement, in the user's words. */
function refusedPlacement(problem: PlacementProblem, unitId: string, parentId: string): ApiError {
  if (problem === 'cycle') {
    return unprocessable(
      'cycle',
      `Không thể đặt đơn vị “${unitId}” dưới “${parentId}”: đó là chính nó hoặc một đơn vị trực thuộc nó.`,
      [{ path: 'parentId', message: 'Đơn vị cấp trên không được là chính đơn vị hoặc đơn vị trực thuộc.' }],
    );
  }
  return unprocessable(
    'too_deep',
    `Không thể đặt đơn vị “${unitId}” dưới “${parentId}”: cây đơn vị sẽ sâu quá ${MAX_TREE_DEPTH} cấp.`,
    [{ path: 'parentId', message: `Cây đơn vị có tối đa ${MAX_TREE_DEPTH} cấp.` }],
  );
}

export const units = new OpenAPIHono<AppEnv>()
  .openapi(put, async (c) => {
    const { unitId } = c.req.valid('param');
    const body = c.req.valid('json');
    const db = c.env.DB;
    const user = c.var.user;
    const parentId = body.parentId ?? null;

    const existing = await getUnit(db, unitId);
    await authorizeUnitWrite(
      db,
      user,
      { id: unitId, exists: existing !== null, currentParentId: existing?.parentId ?? null },
      parentId,
    );
    if (parentId !== null && !(await getUnit(db, parentId))) {
      throw unprocessable(
        'parent_not_found',
        `Không có đơn vị cấp trên “${parentId}”: hãy tạo đơn vị đó trước.`,
        [{ path: 'parentId', message: 'Đơn vị không tồn tại.' }],
      );
    }

    const at = nowIso();
    if (!existing) {
      const created = await insertUnit(db, { id: unitId, name: body.name, parentId }, user.email, at);
      if (!created) {
        const problem = parentId === null ? null : await placementProblem(db, unitId, parentId);
        if (problem) throw refusedPlacement(problem, unitId, parentId as string);
        throw conflict('conflict', `Đơn vị “${unitId}” vừa được tạo bởi một yêu cầu khác: hãy thử lại.`);
      }
      return c.json(created, 201);
    }
    const updated = await updateUnit(db, { id: unitId, name: body.name, parentId }, at);
    if (!updated) {
      const problem = parentId === null ? null : await placementProblem(db, unitId, parentId);
      throw refusedPlacement(problem ?? 'cycle', unitId, parentId ?? '');
    }
    return c.json(updated, 200);
  })
  .openapi(get, async (c) => {
    const { unitId } = c.req.valid('param');
    const unit = await getUnit(c.env.DB, unitId);
    if (!unit) throw new Error('unit vanished after the access check');
    return c.json(unit, 200);
  });
