import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { MemberParams, UnitParams } from '../../../shared/contract/common.ts';
import { MemberBodySchema, MembershipSchema, MembershipsSchema } from '../../../shared/contract/members.ts';
import { MAX_BODY_BYTES } from '../config.ts';
import { deleteMembership, getMembership, listMemberships, putMembership } from '../db/memberships.ts';
import type { AppEnv } from '../env.ts';
import { notFound, unprocessable } from '../errors.ts';
import { nowIso } from '../lib/time.ts';
import { requireAccess } from '../middleware/access.ts';
import { jsonBody } from '../middleware/jsonBody.ts';
import { errorResponse, unitErrors } from '../openapi/responses.ts';

const list = createRoute({
  method: 'get',
  path: '/units/{unitId}/members',
  tags: ['onboarding'],
  summary: "A unit's memberships (admin, or a superior of the unit)",
  security: [{ bearerAuth: [] }],
  middleware: [requireAccess('manage')] as const,
  request: { params: UnitParams },
  responses: {
    200: {
      description: 'Memberships',
      content: { 'application/json': { schema: MembershipsSchema } },
    },
    ...unitErrors,
  },
});

const put = createRoute({
  method: 'put',
  path: '/units/{unitId}/members/{email}',
  tags: ['onboarding'],
  summary: 'Grant a role at a unit (admin, or a superior of the unit)',
  description:
    'Roles: `secretary` (the cell secretary: its own reports) and `superior` (the whole subtree). ' +
    'A secretary cannot grant anything; a superior can grant at most `superior` within its subtree; ' +
    'admins are the ADMIN_EMAILS of the deployment and cannot be granted here. The email is lower-cased.',
  security: [{ bearerAuth: [] }],
  middleware: [requireAccess('manage'), jsonBody(MAX_BODY_BYTES)] as const,
  request: {
    params: MemberParams,
    body: { required: true, content: { 'application/json': { schema: MemberBodySchema } } },
  },
  responses: {
    200: {
      description: 'Role updated or unchanged',
      content: { 'application/json': { schema: MembershipSchema } },
    },
    201: { description: 'Role granted', content: { 'application/json': { schema: MembershipSchema } } },
    ...unitErrors,
    413: errorResponse('Body larger than 64 KiB'),
    422: errorResponse('Would turn the last superior able to manage the unit into a secretary'),
  },
});

const del = createRoute({
  method: 'delete',
  path: '/units/{unitId}/members/{email}',
  tags: ['onboarding'],
  summary: 'Revoke a role at a unit (admin, or a superior of the unit)',
  description:
    'A superior cannot revoke, or demote to secretary, the last superior at the unit or above it ' +
    '(its own role included): a unit is never left to admins alone by its managers. An admin can.',
  security: [{ bearerAuth: [] }],
  middleware: [requireAccess('manage')] as const,
  request: { params: MemberParams },
  responses: {
    204: { description: 'Revoked' },
    ...unitErrors,
    422: errorResponse('The last superior able to manage the unit (only an admin may revoke it)'),
  },
});

function lastSuperior(unitId: string, email: string) {
  return unprocessable(
    'last_superior',
    `Không thể bỏ quyền cấp ủy cấp trên của “${email}” ở đơn vị “${unitId}”: đó là người cuối cùng quản lý được đơn vị này. ` +
      'Hãy giao quyền cấp ủy cấp trên cho người khác trước.',
    [{ path: 'email', message: 'Người quản lý cuối cùng của đơn vị.' }],
  );
}

export const members = new OpenAPIHono<AppEnv>()
  .openapi(list, async (c) => {
    const { unitId } = c.req.valid('param');
    return c.json({ members: await listMemberships(c.env.DB, unitId) }, 200);
  })
  .openapi(put, async (c) => {
    const { unitId, email } = c.req.valid('param');
    const { role } = c.req.valid('json');
    const user = c.var.user;
    const before = await getMembership(c.env.DB, unitId, email);
    const after = await putMembership(c.env.DB, { unitId, email, role }, user.email, nowIso(), user.isAdmin);
    if (after.role !== role) throw lastSuperior(unitId, email);
    return c.json(after, before ? 200 : 201);
  })
  .openapi(del, async (c) => {
    const { unitId, email } = c.req.valid('param');
    const outcome = await deleteMembership(c.env.DB, unitId, email, c.var.user.isAdmin);
    if (outcome === 'absent') throw notFound(`“${email}” không có vai trò nào ở đơn vị “${unitId}”.`);
    if (outcome === 'last_superior') throw lastSuperior(unitId, email);
    return c.body(null, 204);
  });
