import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { endTime, startTime } from 'hono/timing';
import { aggregate } from '../db/aggregate.ts';
import type { AppEnv } from '../env.ts';
import { currentYearInVietnam } from '../lib/time.ts';
import { requireAccess } from '../middleware/access.ts';
import { AggregateQuerySchema, AggregateSchema } from '../schemas/aggregate.ts';
import { UnitParams, unitErrors } from '../schemas/common.ts';

const route = createRoute({
  method: 'get',
  path: '/units/{unitId}/aggregate',
  tags: ['reports'],
  summary: "The subtree's figures for a year: every unit with its targets and latest report, and the totals",
  description:
    'Rows are depth-first from the requested unit (depth 0). Totals are plain sums over the rows, computed in SQL ' +
    '(targets set on an intermediate unit are added like any other). Admin, or a superior of the unit.',
  security: [{ bearerAuth: [] }],
  middleware: [requireAccess('manage')] as const,
  request: { params: UnitParams, query: AggregateQuerySchema },
  responses: {
    200: { description: 'The aggregate', content: { 'application/json': { schema: AggregateSchema } } },
    ...unitErrors,
  },
});

export const aggregateRoutes = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { unitId } = c.req.valid('param');
  const year = c.req.valid('query').year ?? currentYearInVietnam();
  startTime(c, 'd1-aggregate', 'subtree query (D1)');
  const { rows, totals } = await aggregate(c.env.DB, unitId, year);
  endTime(c, 'd1-aggregate');
  const unit = rows[0]; // depth 0: the unit itself
  if (!unit) throw new Error('unit vanished after the access check');
  return c.json(
    { unit: { id: unit.id, name: unit.name, parentId: unit.parentId }, year, units: rows, totals },
    200,
  );
});
