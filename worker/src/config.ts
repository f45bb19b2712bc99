import { asciiLowerCase } from '../../shared/contract/email.ts';
import type { Bindings } from './env.ts';

/**
 * The caps of a request the engine runs on (evaluate, plan, papers), so that what one request holds
 * at its peak — the body's bytes and text, the parsed request, the answer, its JSON text and bytes —
 * fits a Worker isolate's 128 MB with room for the runtime. Measured by `npm run bench:memory`
 * (README, "Limits"): the answer, not the request, is what grows, up to ~35 KiB held per row for a
 * row whose every date is wrong (the default answer; ~16 KiB compact), ~11 KiB for a typical row.
 * So the rows are capped — 2,000 rows hold at most ~70 MiB — and the bytes are capped at what
 * the largest valid request of that many rows needs (every field filled, 64-character keys, and
 * the schema's 5,000 members: about 3.6 MB; tests/worker/evaluate.test.ts).
 */
export const MAX_EVALUATE_ROWS = 2_000;
export const MAX_EVALUATE_BODY_BYTES = 4 * 1024 * 1024;

/** "4 MiB", as the 413 answers and the OpenAPI description say it. */
export function maxEvaluateBodyText(): string {
  return `${MAX_EVALUATE_BODY_BYTES / (1024 * 1024)} MiB`;
}
/** Everything else (units, members, targets, reports) is small. */
export const MAX_BODY_BYTES = 64 * 1024;

export const RATE_LIMIT_WINDOW_SECONDS = 60;
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 300;

export interface Config {
  /** accepted ID token audiences: the add-on's OAuth client ids */
  clientIds: string[];
  adminEmails: ReadonlySet<string>;
  /** raw JSON of the development JWK set, when configured */
  devJwks: string | undefined;
  rateLimitPerMinute: number;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const cache = new WeakMap<object, Config>();

/** The configuration read from the worker's variables (parsed once per environment object). */
export function configOf(env: Bindings): Config {
  const cached = cache.get(env);
  if (cached) return cached;
  const limit = Number.parseInt(env.RATE_LIMIT_PER_MINUTE ?? '', 10);
  const config: Config = {
    clientIds: list(env.GOOGLE_CLIENT_IDS),
    adminEmails: new Set(list(env.ADMIN_EMAILS).map(asciiLowerCase)),
    devJwks: env.DEV_JWKS?.trim() ? env.DEV_JWKS : undefined,
    rateLimitPerMinute: Number.isFinite(limit) && limit > 0 ? limit : DEFAULT_RATE_LIMIT_PER_MINUTE,
  };
  cache.set(env, config);
  return config;
}
