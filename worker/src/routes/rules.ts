import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { RulesCatalogueSchema } from '../../../shared/contract/public.ts';
import { rulesCatalogue } from '../../../shared/index.ts';
import type { AppEnv } from '../env.ts';

const route = createRoute({
  method: 'get',
  path: '/rules',
  tags: ['public'],
  summary:
    'The rule catalogue: rulesets, rule ids, citations, and the message templates that render a compact evaluate answer (no sign-in)',
  responses: {
    200: {
      description: 'The catalogue; its ETag is its textsVersion',
      content: { 'application/json': { schema: RulesCatalogueSchema } },
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
