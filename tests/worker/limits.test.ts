import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import { MAX_BODY_BYTES } from '../../worker/src/config.ts';
import worker from '../../worker/src/index.ts';
import { summary } from './fixtures.ts';
import { ADMIN, cachedToken, call, grant, insertUnits, ORIGIN, uid } from './helpers.ts';

describe('per-user rate limit', () => {
  async function me(email: string, limit: string) {
    const ctx = createExecutionContext();
    const res = await worker.fetch(
      new Request(`${ORIGIN}/v1/me`, { headers: { Authorization: `Bearer ${await cachedToken(email)}` } }),
      { ...env, RATE_LIMIT_PER_MINUTE: limit },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    return res;
  }

  it('answers 429 with Retry-After past the limit, per email, and starts again next window', async () => {
    const email = `${uid('rl')}@example.org`;
    for (let i = 1; i <= 5; i++) {
      const res = await me(email, '5');
      expect(res.status).toBe(200);
      expect(res.headers.get('RateLimit-Remaining')).toBe(String(5 - i));
    }
    const limited = await me(email, '5');
    expect(limited.status).toBe(429);
    const retry = Number(limited.headers.get('Retry-After'));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(120);
    const body = (await limited.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toContain('thử lại');

    expect((await me(`${uid('other')}@example.org`, '5')).status).toBe(200);

    // Two windows later nothing of these requests weighs any more.
    await env.DB.prepare('UPDATE rate_limits SET window_start = window_start - 120 WHERE subject = ?1')
      .bind(email)
      .run();
    expect((await me(email, '5')).status).toBe(200);
  });

  it('lets no second burst through across a minute boundary (sliding window)', async () => {
    const email = `${uid('rb')}@example.org`;
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-03-03T10:00:58.000Z'));
      for (let i = 0; i < 5; i++) expect((await me(email, '5')).status).toBe(200);
      // Two seconds later, in the next fixed window: a fixed window would let 5 more through.
      vi.setSystemTime(new Date('2031-03-03T10:01:00.500Z'));
      const burst = await me(email, '5');
      expect(burst.status).toBe(429);
      const retry = Number(burst.headers.get('Retry-After'));
      expect(retry).toBeGreaterThan(0);
      // The previous minute's requests weigh less as it slides out: half a minute on, two more pass.
      vi.setSystemTime(new Date(Date.parse('2031-03-03T10:01:00.500Z') + retry * 1000));
      expect((await me(email, '5')).status).toBe(200);
      vi.setSystemTime(new Date('2031-03-03T10:01:45.000Z'));
      const later = await me(email, '5');
      expect(later.status).toBe(200);
      expect(Number(later.headers.get('RateLimit-Remaining'))).toBeLessThan(5);
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts concurrent requests exactly', async () => {
    const email = `${uid('rc')}@example.org`;
    const statuses = await Promise.all(
      Array.from({ length: 15 }, () => me(email, '10').then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });

  it('defaults to 300 a minute', async () => {
    const res = await me(`${uid('rd')}@example.org`, '');
    expect(res.headers.get('RateLimit-Limit')).toBe('300');
  });
});

describe('body caps', () => {
  it('answers 413 past 64 KiB on the small routes, before parsing', async () => {
    const p = uid('b');
    await insertUnits([[p, 'Chi bộ', null]]);
    await grant(`${p}@example.org`, p, 'secretary');
    const padded = { summary: summary(2025), note: 'x'.repeat(MAX_BODY_BYTES) };
    for (const [path, body] of [
      [`/v1/units/${p}/reports/2025`, padded],
      [`/v1/units/${p}/targets/2025`, { admitted: 1, pad: 'x'.repeat(MAX_BODY_BYTES) }],
      [`/v1/units/${p}`, { name: 'x'.repeat(MAX_BODY_BYTES) }],
      [`/v1/units/${p}/members/a@example.org`, { role: 'x'.repeat(MAX_BODY_BYTES) }],
    ] as const) {
      const res = await call('PUT', path, { as: ADMIN, body });
      expect([path, res.status]).toEqual([path, 413]);
      expect(res.body.error.message).toContain('64 KiB');
    }
    // Just under the cap is read (and then judged on its content).
    const under = await call('PUT', `/v1/units/${p}/targets/2025`, {
      as: ADMIN,
      body: { admitted: 1, pad: 'x'.repeat(MAX_BODY_BYTES - 100) },
    });
    expect(under.status).toBe(200);
  });

  it('does not read a body from someone who may not write there', async () => {
    const p = uid('nb');
    await insertUnits([[p, 'Chi bộ', null]]);
    const res = await call('PUT', `/v1/units/${p}/reports/2025`, {
      as: 'stranger@example.org',
      raw: 'x'.repeat(MAX_BODY_BYTES * 2),
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await cachedToken('stranger@example.org')}`,
      },
    });
    expect(res.status).toBe(403);
  });
});
