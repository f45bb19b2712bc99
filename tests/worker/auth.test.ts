import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { createRemoteJWKSet, customFetch, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../../worker/src/app.ts';
import { GOOGLE_JWKS_URL, guarded } from '../../worker/src/auth/keys.ts';
import worker from '../../worker/src/index.ts';
import { ADMIN, CLIENT_ID, call, token } from './helpers.ts';

const b64url = (value: unknown) =>
  btoa(typeof value === 'string' ? value : JSON.stringify(value))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const encodedPayloadOf = (t: string) => t.split('.')[1] ?? '';

function claims(email: string, extra: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: 'https://accounts.google.com',
    aud: CLIENT_ID,
    sub: `sub-${email}`,
    email,
    email_verified: true,
    iat: now,
    exp: now + 3600,
    ...extra,
  };
}

/** Tokens that must all be refused, built around a valid signing key (`dev` or `google`). */
async function badTokens(key: 'dev' | 'google'): Promise<Array<[string, string]>> {
  const who = 'someone@example.org';
  const valid = await token(who, { key });
  const [h, , s] = valid.split('.') as [string, string, string];
  const now = Math.floor(Date.now() / 1000);
  const kid = key === 'google' ? 'test-google-key' : 'test-dev-key';
  const attacker = await generateKeyPair('RS256', { extractable: true });
  const attackerJwk = { ...(await exportJWK(attacker.publicKey)), kid: 'attacker', alg: 'RS256' };
  const hs = (secret: string) =>
    new SignJWT(claims(ADMIN))
      .setProtectedHeader({ alg: 'HS256', kid })
      .sign(new TextEncoder().encode(secret));
  const flipped = `${s.slice(0, 10)}${s[10] === 'A' ? 'B' : 'A'}${s.slice(11)}`;
  return [
    ['alg none, empty signature', `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims(ADMIN))}.`],
    ['alg none, some signature', `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims(ADMIN))}.AAAA`],
    [
      'HS256 with the JWKS as secret',
      await hs(key === 'google' ? env.TEST_GOOGLE_JWKS : (env.DEV_JWKS ?? '')),
    ],
    ['HS256 with a guessable secret', await hs('secret')],
    ['payload swapped for an admin', `${h}.${b64url(claims(ADMIN))}.${s}`],
    ['payload of another token', `${h}.${encodedPayloadOf(await token(ADMIN, { key: 'stranger' }))}.${s}`],
    ['signature flipped', `${h}.${encodedPayloadOf(valid)}.${flipped}`],
    ['signature removed', `${h}.${encodedPayloadOf(valid)}.`],
    ['signed by a stranger with the same kid', await token(ADMIN, { key: 'stranger' })],
    ['unknown kid', await token(who, { key, header: { kid: 'nope' } })],
    [
      'embedded attacker jwk',
      await new SignJWT(claims(ADMIN))
        .setProtectedHeader({ alg: 'RS256', kid: 'attacker', jwk: attackerJwk })
        .sign(attacker.privateKey),
    ],
    [
      'jku to an attacker',
      await new SignJWT(claims(ADMIN))
        .setProtectedHeader({ alg: 'RS256', kid: 'attacker', jku: 'https://evil.example/jwks.json' })
        .sign(attacker.privateKey),
    ],
    ['wrong issuer', await token(who, { key, claims: { iss: 'https://evil.example' } })],
    ['no issuer', await token(who, { key, omit: ['iss'] })],
    ['wrong audience', await token(who, { key, claims: { aud: 'someone-else.apps.googleusercontent.com' } })],
    ['no audience', await token(who, { key, omit: ['aud'] })],
    ['expired', await token(who, { key, claims: { iat: now - 7200, exp: now - 3600 } })],
    ['no expiry', await token(who, { key, omit: ['exp'] })],
    ['not yet valid', await token(who, { key, claims: { nbf: now + 3600 } })],
    ['email not verified', await token(who, { key, claims: { email_verified: false } })],
    ['email_verified as a string', await token(who, { key, claims: { email_verified: 'true' } })],
    ['email_verified missing', await token(who, { key, omit: ['email_verified'] })],
    ['no email', await token(who, { key, omit: ['email'] })],
    ['email not a string', await token(who, { key, claims: { email: ['admin@example.org'] } })],
    ['no subject', await token(who, { key, omit: ['sub'] })],
    ['our audience among others, no azp', await token(who, { key, claims: { aud: ['other', CLIENT_ID] } })],
    [
      'our audience among others, azp another client',
      await token(who, { key, claims: { aud: ['other', CLIENT_ID], azp: 'other' } }),
    ],
    ['audience an empty list', await token(who, { key, claims: { aud: [] } })],
    ['issued an hour in the future', await token(who, { key, claims: { iat: now + 3600, exp: now + 7200 } })],
    [
      'issued ten years in the future',
      await token(who, { key, claims: { iat: now + 315_360_000, exp: now + 315_363_600 } }),
    ],
    ['valid for a century', await token(who, { key, claims: { exp: now + 3_155_760_000 } })],
    [
      'issued two hours ago, not yet expired',
      await token(who, { key, claims: { iat: now - 7200, exp: now + 600 } }),
    ],
    ['no issue time', await token(who, { key, omit: ['iat'] })],
    ['a KELVIN SIGN for a k', await token('\u212Aim@example.org', { key })],
    ['a dotless i', await token('adm\u0131n@example.org', { key })],
    ['a zero-width space', await token('kim\u200b@example.org', { key })],
    ['a control character', await token('kim\u0000@example.org', { key })],
    ['three dots of garbage', 'a.b.c'],
    ['not a JWT', 'hello'],
    ['huge', `${h}.${'A'.repeat(20_000)}.${s}`],
  ];
}

const BYPASS_HEADERS: Array<Record<string, string>> = [
  {},
  { Authorization: '' },
  { Authorization: 'Bearer' },
  { Authorization: 'Bearer ' },
  { Authorization: 'Basic YWRtaW5AZXhhbXBsZS5vcmc6eA==' },
  { Authorization: 'Token admin@example.org' },
  { 'X-Forwarded-Email': ADMIN, 'X-Forwarded-User': ADMIN },
  { 'X-Goog-Authenticated-User-Email': `accounts.google.com:${ADMIN}` },
  { 'Cf-Access-Authenticated-User-Email': ADMIN, 'Cf-Access-Jwt-Assertion': 'x.y.z' },
  { 'X-Dev-User': ADMIN, 'X-Debug': '1', 'X-Auth-Bypass': 'true' },
  { Cookie: `email=${ADMIN}; session=admin` },
];

describe('development configuration (DEV_JWKS, loopback origin)', () => {
  it('accepts a valid development token, and only the verified email counts', async () => {
    const res = await call('GET', '/v1/me', { token: await token('BiThu@Example.org') });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ email: 'bithu@example.org', isAdmin: false, memberships: [] });
    const admin = await call('GET', '/v1/me', { token: await token(ADMIN) });
    expect(admin.body.isAdmin).toBe(true);
  });

  it('accepts the short issuer, any configured audience, and a lower-case scheme', async () => {
    for (const t of [
      await token('a@example.org', { claims: { iss: 'accounts.google.com' } }),
      await token('a@example.org', { claims: { aud: 'second-client.apps.googleusercontent.com' } }),
      await token('a@example.org', { claims: { aud: ['other', CLIENT_ID], azp: CLIENT_ID } }),
      await token('a@example.org', { claims: { aud: [CLIENT_ID] } }),
      // A clock up to five minutes ahead of ours, and a token issued almost an hour ago.
      await token('a@example.org', { claims: { iat: Math.floor(Date.now() / 1000) + 240 } }),
      await token('a@example.org', {
        claims: { iat: Math.floor(Date.now() / 1000) - 3500, exp: Math.floor(Date.now() / 1000) + 100 },
      }),
    ]) {
      expect((await call('GET', '/v1/me', { token: t })).status).toBe(200);
    }
    const t = await token('a@example.org');
    expect((await call('GET', '/v1/me', { headers: { Authorization: `bearer ${t}` } })).status).toBe(200);
  });

  it('refuses every malformed, forged, tampered or unfit token with 401', async () => {
    for (const [name, bad] of await badTokens('dev')) {
      const res = await call('GET', '/v1/me', { token: bad });
      expect([name, res.status]).toEqual([name, 401]);
      expect(res.body.error.code).toBe('unauthorized');
      expect(res.body.error.message).toMatch(
        /[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i,
      );
      expect(res.headers.get('WWW-Authenticate')).toContain('Bearer');
    }
    expect(vi.mocked(fetch).mock.calls.map(([u]) => String(u))).not.toContain(
      'https://evil.example/jwks.json',
    );
  });

  it('says when a token has expired', async () => {
    const now = Math.floor(Date.now() / 1000);
    const res = await call('GET', '/v1/me', {
      token: await token('a@example.org', { claims: { exp: now - 60 } }),
    });
    expect(res.status).toBe(401);
    expect(res.body.error.message).toContain('hết hạn');
  });

  it('lets nothing in without a token, whatever the headers say', async () => {
    for (const headers of BYPASS_HEADERS) {
      for (const [method, path] of [
        ['GET', '/v1/me'],
        ['POST', '/v1/evaluate'],
        ['GET', '/v1/units/x/aggregate'],
        ['PUT', '/v1/units/x'],
      ] as const) {
        const res = await call(method, path, { headers, body: method === 'GET' ? undefined : {} });
        expect([JSON.stringify(headers), path, res.status]).toEqual([JSON.stringify(headers), path, 401]);
      }
    }
  });

  it('chooses the key set by the configuration, never by the Host of the request', async () => {
    const devToken = await token(ADMIN);
    for (const origin of [
      'https://evil.example',
      'https://ptdv.example.workers.dev',
      'http://localhost:8787',
    ]) {
      const res = await call('GET', '/v1/me', { token: devToken, origin });
      expect([origin, res.status]).toEqual([origin, 200]);
      const google = await call('GET', '/v1/me', { token: await token(ADMIN, { key: 'google' }), origin });
      expect([origin, google.status]).toEqual([origin, 401]);
    }
    expect(vi.mocked(fetch)).not.toHaveBeenCalled();
  });

  it('gives a lookalike address none of the roles of the address it resembles', async () => {
    const res = await call('GET', '/v1/me', { token: await token('\u212Aim@example.org') });
    expect(res.status).toBe(401);
    expect(res.body.error.message).toContain('chưa được hỗ trợ');
    const admin = await call('GET', '/v1/me', { token: await token('ADM\u0130N@example.org') });
    expect(admin.status).toBe(401);
    const upper = await call('GET', '/v1/me', { token: await token('ADMIN@Example.ORG') });
    expect(upper.body).toMatchObject({ email: ADMIN, isAdmin: true });
  });
});

describe('production configuration (no DEV_JWKS, Google keys)', () => {
  const prodEnv = (extra: Record<string, string> = {}) => ({
    DB: env.DB,
    GOOGLE_CLIENT_IDS: `${CLIENT_ID},second-client.apps.googleusercontent.com`,
    ADMIN_EMAILS: ADMIN,
    ...extra,
  });

  async function prod(t: string | undefined, envExtra: Record<string, string> = {}, headers = {}) {
    const h = new Headers(headers);
    if (t !== undefined) h.set('Authorization', `Bearer ${t}`);
    const ctx = createExecutionContext();
    const res = await worker.fetch(
      new Request('http://127.0.0.1:8787/v1/me', { headers: h }),
      prodEnv(envExtra),
      ctx,
    );
    await waitOnExecutionContext(ctx);
    return { status: res.status, body: (await res.json()) as { email?: string; error?: { code: string } } };
  }

  // The first test of this file to use Google's keys: the key set is fetched here, exactly once
  // (zero fetches would mean the keys came from somewhere else, not that they were cached).
  it("accepts a token signed by Google's key set (fetched once, then cached)", async () => {
    const jwksFetches = () =>
      vi.mocked(fetch).mock.calls.filter(([u]) => String(u) === GOOGLE_JWKS_URL).length;
    const first = await prod(await token('Cell@Example.org', { key: 'google' }));
    expect(first).toEqual({
      status: 200,
      body: { email: 'cell@example.org', isAdmin: false, memberships: [] },
    });
    expect(jwksFetches()).toBe(1);
    expect((await prod(await token('other@example.org', { key: 'google' }))).status).toBe(200);
    expect((await prod(await token('third@example.org', { key: 'google' }))).status).toBe(200);
    expect(jwksFetches()).toBe(1);
  });

  it('refuses development tokens, even on loopback', async () => {
    expect((await prod(await token(ADMIN))).status).toBe(401);
  });

  it('refuses every bad token', async () => {
    for (const [name, bad] of await badTokens('google')) {
      expect([name, (await prod(bad)).status]).toEqual([name, 401]);
    }
  });

  it('has no header or variable that lets a request in without a valid signature', async () => {
    const variables = {
      AUTH_DISABLED: 'true',
      DISABLE_AUTH: '1',
      SKIP_AUTH: '1',
      DEV_MODE: 'true',
      DEBUG: '1',
      ENVIRONMENT: 'development',
      NODE_ENV: 'development',
      DEV_JWKS: '',
    };
    for (const headers of BYPASS_HEADERS) {
      expect((await prod(undefined, variables, headers)).status).toBe(401);
    }
    const forged = `${b64url({ alg: 'none' })}.${b64url(claims(ADMIN))}.`;
    expect((await prod(forged, variables)).status).toBe(401);
  });

  it('accepts nothing when no audience is configured', async () => {
    const t = await token('cell@example.org', { key: 'google' });
    expect((await prod(t, { GOOGLE_CLIENT_IDS: '' })).status).toBe(401);
    expect((await prod(t, { GOOGLE_CLIENT_IDS: ' , ' })).status).toBe(401);
  });

  it("answers 503, never a success, when Google's keys cannot be fetched", async () => {
    for (const failing of [
      () => Promise.reject(new TypeError('network down')),
      () => Promise.resolve(new Response('oops', { status: 500 })),
      () => Promise.resolve(new Response('not json', { status: 200 })),
      () => Promise.resolve(Response.json({ keys: 'nope' })),
    ]) {
      const app = createApp({
        googleKeys: guarded(
          createRemoteJWKSet(new URL(GOOGLE_JWKS_URL), { [customFetch]: failing as unknown as typeof fetch }),
        ),
      });
      const t = await token('cell@example.org', { key: 'google' });
      const res = await app.request('/v1/me', { headers: { Authorization: `Bearer ${t}` } }, prodEnv());
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('auth_unavailable');
      // A token refused before any key is needed stays a 401.
      const none = `${b64url({ alg: 'none' })}.${b64url(claims(ADMIN))}.`;
      const refused = await app.request(
        '/v1/me',
        { headers: { Authorization: `Bearer ${none}` } },
        prodEnv(),
      );
      expect(refused.status).toBe(401);
    }
  });
});
