import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { HealthSchema } from '../../../shared/contract/public.ts';
import type { AppEnv } from '../env.ts';

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['public'],
  summary: 'Liveness check (no sign-in)',
  responses: {
    200: {
      description: 'The worker is up',
      content: {
        'application/json': {
          schema: HealthSchema,
        },
      },
    },
  },
});

export const health = new OpenAPIHono<AppEnv>().openapi(route, (c) =>
  c.json({ status: 'ok' as const, service: 'ptdv', time: new Date().toISOString() }, 200),
);
