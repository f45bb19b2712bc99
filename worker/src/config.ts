import type { Bindings } from './env.ts';
import { asciiLowerCase } from './lib/email.ts';

/** Request body caps. The evaluate cap fits 10,000 candidates with every field filled (tests/worker/limits.test.ts). */
export const MAX_EVALUATE_BODY_BYTES = 16 * 1024 * 1024;
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
