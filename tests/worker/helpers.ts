import { env } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import { importJWK, type JWTPayload, SignJWT } from 'jose';
import { answerSchemaOf } from '../../shared/contract/routes.ts';
import { toProblems } from '../../shared/schemas/problems.ts';
import { GOOGLE_JWKS_URL } from '../../worker/src/auth/keys.ts';

export const CLIENT_ID = 'test-client.apps.googleusercontent.com';
export const ADMIN = 'admin@example.org';
/** Requests go to a loopback origin, where the development key set applies (as under `npm start`). */
export const ORIGIN = 'http://127.0.0.1:8787';

export interface TokenOptions {
  claims?: Record<string, unknown>;
  /** claims to leave out */
  omit?: string[];
  header?: Record<string, unknown>;
  /** which private key signs: the dev key (default), the fake Google key, or a stranger's */
  key?: 'dev' | 'google' | 'stranger';
}

const keys = new Map<string, CryptoKey>();
async function privateKey(which: NonNullable<TokenOptions['key']>): Promise<CryptoKey> {
  let key = keys.get(which);
  if (!key) {
    const jwk =
      which === 'dev'
        ? env.TEST_DEV_PRIVATE_JWK
        : which === 'google'
          ? env.TEST_GOOGLE_PRIVATE_JWK
          : env.TEST_STRANGER_PRIVATE_JWK;
    key = (await importJWK(JSON.parse(jwk), 'RS256')) as CryptoKey;
    keys.set(which, key);
  }
  return key;
}

/** An ID token shaped like Google's, for `email`, signed by the chosen key. */
export async function token(email: string, options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const which = options.key ?? 'dev';
  const kid = which === 'google' ? 'test-google-key' : 'test-dev-key';
  const payload: JWTPayload = {
    iss: 'https://accounts.google.com',
    aud: CLIENT_ID,
    sub: `sub-${email}`,
    email,
    email_verified: true,
    iat: now,
    exp: now + 3600,
    ...options.claims,
  };
  for (const k of options.omit ?? []) delete payload[k];
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT', ...options.header } as { alg: string })
    .sign(await privateKey(which));
}

// biome-ignore lint/suspicious/noExplicitAny: replies are JSON that tests assert field by field
export type Json = any;

const tokens = new Map<string, string>();
/** A default dev token per email, signed once per test file. */
export async function cachedToken(email: string): Promise<string> {
  let t = tokens.get(email);
  if (!t) {
    t = await token(email);
    tokens.set(email, t);
  }
  return t;
}

export interface Reply<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  token?: string;
  as?: string;
  body?: unknown;
  /** a raw body sent as is */
  raw?: BodyInit;
  headers?: Record<string, string>;
  origin?: string;
}

/** Calls the deployed entry point (`export default` of worker/src/index.ts) with the test bindings. */
export async function call<T = Json>(
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Reply<T>> {
  const headers = new Headers(options.headers);
  const bearer = options.token ?? (options.as ? await cachedToken(options.as) : undefined);
  if (bearer !== undefined) headers.set('Authorization', `Bearer ${bearer}`);
  let body: BodyInit | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  }
  const res = await exports.default.fetch(
    new Request(`${options.origin ?? ORIGIN}${path}`, { method, headers, body }),
  );
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    // not JSON: keep the text, tests will say so
  }
  if (parsed !== text && parsed !== null) holdsToContract(method, new URL(path, ORIGIN), res.status, parsed);
  return { status: res.status, headers: res.headers, body: parsed as T };
}

/** Every JSON answer a test receives follows the API contract (shared/contract/routes.ts). */
function holdsToContract(method: string, url: URL, status: number, body: unknown): void {
  const schema = answerSchemaOf(method, url, status);
  if (schema === undefined) return;
  const checked = schema.safeParse(body);
  if (checked.success) return;
  const problems = toProblems(checked.error)
    .slice(0, 5)
    .map((p) => `${p.path}: ${p.message}`);
  throw new Error(
    `${method} ${url.pathname}${url.search} answered ${status} outside the API contract: ${problems.join('; ')}`,
  );
}

/** Inserts units directly: [id, name, parentId]. */
export async function insertUnits(rows: Array<[string, string, string | null]>): Promise<void> {
  const at = new Date().toISOString();
  await env.DB.batch(
    rows.map(([id, name, parent]) =>
      env.DB.prepare(
        'INSERT INTO units (id, name, parent_id, created_by, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)',
      ).bind(id, name, parent, 'test', at),
    ),
  );
}

export async function grant(email: string, unitId: string, role: 'secretary' | 'superior'): Promise<void> {
  await env.DB.prepare(
    `INSERT INTO memberships (email, unit_id, role, granted_by, granted_at) VALUES (?1, ?2, ?3, 'test', ?4)
     ON CONFLICT (email, unit_id) DO UPDATE SET role = excluded.role`,
  )
    .bind(email, unitId, role, new Date().toISOString())
    .run();
}

/** A unique id prefix per call, so test files and tests do not step on each other's data. */
let counter = 0;
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Outbound fetch for tests: Google's JWKS URL answers with the test "Google" key set, anything
 * else fails, so no test reaches the network.
 */
export function fakeGoogleFetch(): typeof fetch {
  return async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url === GOOGLE_JWKS_URL) {
      return new Response(env.TEST_GOOGLE_JWKS, { headers: { 'Content-Type': 'application/json' } });
    }
    throw new TypeError(`network access in a test: ${url}`);
  };
}
