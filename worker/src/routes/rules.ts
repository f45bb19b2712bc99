import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { rulesCatalogue } from '../../../shared/index.ts';
import type { AppEnv } from '../env.ts';

const CatalogueSchema = z
  .object({
    rulesets: z.array(
      z.object({
        id: z.string(),
        effectiveFrom: z.string(),
        effectiveTo: z.string().optional(),
        label: z.string(),
        texts: z.array(z.string()),
      }),
    ),
    rules: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        severity: z.enum(['error', 'warning', 'info']),
        phase: z.string(),
        citations: z.record(z.string(), z.string()),
        unconfirmed: z.array(z.string()).optional(),
      }),
    ),
  })
  .openapi('RulesCatalogue');

const route = createRoute({
  method: 'get',
  path: '/rules',
  tags: ['public'],
  summary: 'The rule catalogue: rulesets, rule ids, citations (no sign-in)',
  responses: {
    200: { description: 'The catalogue', content: { 'application/json': { schema: CatalogueSchema } } },
  },
});

let catalogue: ReturnType<typeof rulesCatalogue> | undefined;

export const rules = new OpenAPIHono<AppEnv>().openapi(route, (c) => {
  catalogue ??= rulesCatalogue();
  c.header('Cache-Control', 'public, max-age=3600');
  return c.json(catalogue, 200);
});
