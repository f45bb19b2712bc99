import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { RollupCheckSchema } from '../../../shared/contract/admin.ts';
import { AggregateQuerySchema } from '../../../shared/contract/aggregate.ts';
import { checkRollups } from '../db/rollupCheck.ts';
import type { AppEnv } from '../env.ts';
import { forbidden } from '../errors.ts';
import { currentYearInVietnam } from '../lib/time.ts';
import { authErrors, errorResponse } from '../openapi/responses.ts';

/** Differences listed at most (a drift usually repeats along a whole chain of ancestors). */
const MAX_DIFFERENCES = 200;

const route = createRoute({
  method: 'get',
  path: '/admin/rollups',
  tags: ['reports'],
  summary: "Recomputes every unit's subtree sums for a year from the reports and lists what differs",
  description:
    'The aggregate reads sums kept at write time (migration 0003); this recomputes them from units, targets and ' +
    `the latest reports alone and lists up to ${MAX_DIFFERENCES} differences (none expected). Admins only; reads ` +
    'the whole database.',
  security: [{ bearerAuth: [] }],
  request: { query: AggregateQuerySchema.pick({ year: true }) },
  responses: {
    200: { description: 'The check', content: { 'application/json': { schema: RollupCheckSchema } } },
    ...authErrors,
    400: errorResponse('Malformed year'),
    403: errorResponse('Not an admin'),
  },
});

export const adminRollupRoutes = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  if (!c.var.user.isAdmin) throw forbidden();
  const year = c.req.valid('query').year ?? currentYearInVietnam();
  const differences = await checkRollups(c.env.DB, year, MAX_DIFFERENCES);
  return c.json({ year, consistent: differences.length === 0, differences }, 200);
});
