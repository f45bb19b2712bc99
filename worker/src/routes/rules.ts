import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { rulesCatalogue } from '../../../shared/index.ts';
import type { AppEnv } from '../env.ts';

const CatalogueSchema = z
  .object({
    /** the version of the texts below (templates, phrases, citations); also the ETag */
    textsVersion: z.string(),
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
        /** message templates by name: `{n}` is the n-th parameter, `{n|day}`, `{n|age}`, `{n|lower}` format it */
        messages: z.record(z.string(), z.string()),
        unconfirmed: z.array(z.string()).optional(),
      }),
    ),
    /** phrases a message names as a parameter (`["ref.asOf", "2026-03-15"]`) */
    phrases: z.record(z.string(), z.string()),
  })
  .openapi('RulesCatalogue');

const route = createRoute({
  method: 'get',
  path: '/rules',
  tags: ['public'],
  summary:
    'The rule catalogue: rulesets, rule ids, citations, and the message templates that render a compact evaluate answer (no sign-in)',
  responses: {
    200: {
      description: 'The catalogue; its ETag is its textsVersion',
      content: { 'application/json': { schema: CatalogueSchema } },
    },
    304: { description: 'Not modified: If-None-Match named the current textsVersion' },
  },
});

let catalogue: ReturnType<typeof rulesCatalogue> | undefined;

/** The catalogue changes only with a deployment: cached by clients under its version. */
export const rules = new OpenAPIHono<AppEnv>().openapi(route, (c) => {
  catalogue ??= rulesCatalogue();
  const etag = `"${catalogue.textsVersion}"`;
  c.header('Cache-Control', 'public, max-age=3600');
  c.header('ETag', etag);
  const asked = c.req.header('If-None-Match');
  if (asked?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
    return c.body(null, 304);
  }
  return c.json(catalogue, 200);
});
