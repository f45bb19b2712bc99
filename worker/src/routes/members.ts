import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { MAX_BODY_BYTES } from '../config.ts';
import { deleteMembership, getMembership, listMemberships, putMembership } from '../db/memberships.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../errors.ts';
import { nowIso } from '../lib/time.ts';
import { requireAccess } from '../middleware/access.ts';
import { jsonBody } from '../middleware/jsonBody.ts';
import { errorResponse, MemberParams, UnitParams, unitErrors } from '../schemas/common.ts';
import { MemberBodySchema, MembershipSchema } from '../schemas/members.ts';

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
      content: { 'application/json': { schema: z.object({ members: z.array(MembershipSchema) }) } },
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
  },
});

const del = createRoute({
  method: 'delete',
  path: '/units/{unitId}/members/{email}',
  tags: ['onboarding'],
  summary: 'Revoke a role at a unit (admin, or a superior of the unit)',
  security: [{ bearerAuth: [] }],
  middleware: [requireAccess('manage')] as const,
  request: { params: MemberParams },
  responses: {
    204: { description: 'Revoked' },
    ...unitErrors,
  },
});

export const members = new OpenAPIHono<AppEnv>()
  .openapi(list, async (c) => {
    const { unitId } = c.req.valid('param');
    return c.json({ members: await listMemberships(c.env.DB, unitId) }, 200);
  })
  .openapi(put, async (c) => {
    const { unitId, email } = c.req.valid('param');
    const { role } = c.req.valid('json');
    const before = await getMembership(c.env.DB, unitId, email);
    const after = await putMembership(c.env.DB, { unitId, email, role }, c.var.user.email, nowIso());
    return c.json(after, before ? 200 : 201);
  })
  .openapi(del, async (c) => {
    const { unitId, email } = c.req.valid('param');
    if (!(await deleteMembership(c.env.DB, unitId, email))) {
      throw notFound(`“${email}” không có vai trò nào ở đơn vị “${unitId}”.`);
    }
    return c.body(null, 204);
  });
