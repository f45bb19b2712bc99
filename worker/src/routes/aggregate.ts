import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { endTime, setMetric, startTime } from 'hono/timing';
import {
  AggregateQuerySchema,
  AggregateSchema,
  MAX_AGGREGATE_DEPTH,
  MAX_AGGREGATE_ROWS,
} from '../../../shared/contract/aggregate.ts';
import { UnitParams } from '../../../shared/contract/common.ts';
import { aggregate } from '../db/aggregate.ts';
import type { AppEnv } from '../env.ts';
import { unprocessable } from '../errors.ts';
import { currentYearInVietnam } from '../lib/time.ts';
import { requireAccess } from '../middleware/access.ts';
import { errorResponse, unitErrors } from '../openapi/responses.ts';

const route = createRoute({
  method: 'get',
  path: '/units/{unitId}/aggregate',
  tags: ['reports'],
  summary:
    "A unit's figures for a year: the unit and its direct subordinates, each with its subtree's totals",
  description:
    'Rows are depth-first from the requested unit (depth 0) down to `depth` levels (default 1, at most ' +
    `${MAX_AGGREGATE_DEPTH}; at most ${MAX_AGGREGATE_ROWS} rows). Each row carries the unit's own targets and latest ` +
    'report and `subtree`: the sums over everything below it (itself included), kept up to date whenever a report, ' +
    'a target or the tree changes, so the cost is one row per unit listed whatever the size of the subtree. ' +
    '`totals` is the unit’s own subtree. Admin, or a superior of the unit.',
  security: [{ bearerAuth: [] }],
  middleware: [requireAccess('manage')] as const,
  request: { params: UnitParams, query: AggregateQuerySchema },
  responses: {
    200: { description: 'The aggregate', content: { 'application/json': { schema: AggregateSchema } } },
    ...unitErrors,
    422: errorResponse(`More than ${MAX_AGGREGATE_ROWS} units within the levels asked`),
  },
});

export const aggregateRoutes = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { unitId } = c.req.valid('param');
  const query = c.req.valid('query');
  const year = query.year ?? currentYearInVietnam();
  const depth = query.depth ?? 1;
  startTime(c, 'd1-aggregate', 'aggregate query (D1)');
  const read = await aggregate(c.env.DB, unitId, year, { depth, maxRows: MAX_AGGREGATE_ROWS });
  endTime(c, 'd1-aggregate');
  // Local development only (the timing middleware): D1's own count, for npm run bench:aggregate.
  setMetric(c, 'd1-rows-read', read.rowsRead, 'rows read (D1)');
  if (read.truncated) {
    throw unprocessable(
      'aggregate_too_large',
      `Có hơn ${MAX_AGGREGATE_ROWS.toLocaleString('vi-VN')} đơn vị trong ${depth} cấp dưới đơn vị này: hãy xem ít cấp hơn, rồi mở từng đơn vị trực thuộc.`,
    );
  }
  const unit = read.rows[0]; // depth 0: the unit itself
  if (!unit) throw new Error('unit vanished after the access check');
  return c.json(
    {
      unit: { id: unit.id, name: unit.name, parentId: unit.parentId },
      year,
      depth,
      units: read.rows,
      totals: unit.subtree,
    },
    200,
  );
});
