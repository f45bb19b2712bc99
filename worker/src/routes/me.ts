import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { MeSchema } from '../../../shared/contract/members.ts';
import { membershipsOf } from '../db/memberships.ts';
import type { AppEnv } from '../env.ts';
import { authErrors } from '../openapi/responses.ts';

const route = createRoute({
  method: 'get',
  path: '/me',
  tags: ['onboarding'],
  summary: 'Who the token belongs to, and their roles',
  security: [{ bearerAuth: [] }],
  responses: {
    200: { description: 'The caller', content: { 'application/json': { schema: MeSchema } } },
    ...authErrors,
  },
});

export const me = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { email, isAdmin } = c.var.user;
  return c.json({ email, isAdmin, memberships: await membershipsOf(c.env.DB, email) }, 200);
});
