import { OpenAPIHono } from '@hono/zod-openapi';
import { timing } from 'hono/timing';
import type { AppEnv } from './env.ts';
import { isLoopback } from './lib/loopback.ts';
import { openapiHandler } from './lib/openapiDocument.ts';
import { type AuthDeps, authenticate } from './middleware/auth.ts';
import { notFound, onError, validationHook } from './middleware/errors.ts';
import { rateLimit } from './middleware/rateLimit.ts';
import { adminRollupRoutes } from './routes/adminRollups.ts';
import { aggregateRoutes } from './routes/aggregate.ts';
import { evaluateRoutes } from './routes/evaluate.ts';
import { health } from './routes/health.ts';
import { me } from './routes/me.ts';
import { members } from './routes/members.ts';
import { paperRoutes } from './routes/papers.ts';
import { planRoutes } from './routes/plan.ts';
import { reportDocumentRoutes } from './routes/reportDocument.ts';
import { reports } from './routes/reports.ts';
import { rules } from './routes/rules.ts';
import { targets } from './routes/targets.ts';
import { units } from './routes/units.ts';

export type AppDeps = AuthDeps;

/**
 * The whole API under /v1: health, rules and openapi.json are public; every other route needs a
 * verified Google ID token (then a per-user rate limit, then per-unit roles where relevant).
 */
export function createApp(deps: AppDeps = {}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(onError);
  app.notFound(notFound);
  // Server-Timing (total, D1 wait, body parse, evaluate, serialisation) for local development only:
  // deployed workers' clocks do not advance during computation anyway.
  app.use('*', timing({ enabled: (c) => isLoopback(c.req.url), totalDescription: 'worker' }));
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A Google OpenID Connect ID token (ScriptApp.getIdentityToken() in the add-on).',
  });

  // Public routes first: they answer before the authentication middleware below is reached.
  app.route('/v1', health);
  app.route('/v1', rules);
  app.get(
    '/v1/openapi.json',
    openapiHandler(app, {
      openapi: '3.1.0',
      info: {
        title: 'PTĐV API',
        version: '1.0.0',
        description:
          'Admission-rule checks and yearly figures for party cells. Errors are ' +
          '`{ error: { code, message (Vietnamese), details?: [{ path, message }] } }` ' +
          '(details: at most 100 problems, then one line saying how many more).',
      },
    }),
  );

  const api = new OpenAPIHono<AppEnv>();
  api.use('*', authenticate(deps), rateLimit);
  api.route('/', me);
  api.route('/', evaluateRoutes);
  api.route('/', units);
  api.route('/', members);
  api.route('/', targets);
  api.route('/', reports);
  api.route('/', aggregateRoutes);
  api.route('/', adminRollupRoutes);
  api.route('/', planRoutes);
  api.route('/', paperRoutes);
  api.route('/', reportDocumentRoutes);
  app.route('/v1', api);
  return app;
}
