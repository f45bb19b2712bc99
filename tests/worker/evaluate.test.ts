import { env } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../shared/index.ts';
import { MAX_EVALUATE_BODY_BYTES } from '../../worker/src/config.ts';
import { generateRequest } from '../fixtures/generate.ts';
import { maximalCandidate, maximalMember } from './fixtures.ts';
import { ADMIN, cachedToken, call, ORIGIN } from './helpers.ts';

const tableCounts = async () =>
  Object.fromEntries(
    await Promise.all(
      ['units', 'memberships', 'targets', 'report_revisions'].map(async (t) => [
        t,
        (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${t}`).first<{ n: number }>())?.n,
      ]),
    ),
  );

describe('POST /v1/evaluate', () => {
  it('answers exactly what shared/ evaluate() answers, and stores nothing', async () => {
    const before = await tableCounts();
    const request = generateRequest(50);
    const res = await call('POST', '/v1/evaluate', { as: 'anyone@example.org', body: request });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(evaluate(request))));
    expect(res.body.results).toHaveLength(50);
    expect(await tableCounts()).toEqual(before);
  });

  it('needs only a valid token: no role', async () => {
    const request = generateRequest(3);
    expect((await call('POST', '/v1/evaluate', { body: request })).status).toBe(401);
    expect((await call('POST', '/v1/evaluate', { as: 'no-role@example.org', body: request })).status).toBe(
      200,
    );
  });

  it("turns evaluate()'s rejection into a 400 with the problems as details", async () => {
    const res = await call('POST', '/v1/evaluate', {
      as: ADMIN,
      body: { asOf: '2025-13-01', unit: {}, candidates: [{ key: 'a', birthDate: '15/07/2006' }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['asOf', 'unit.hasYouthUnion', 'candidates[0].birthDate']));
    for (const d of res.body.error.details) expect(typeof d.message).toBe('string');
  });

  it('answers 400 to bodies that are not JSON objects of the right type', async () => {
    const cases: Array<[BodyInit | undefined, Record<string, string>, string]> = [
      ['{"asOf":', { 'Content-Type': 'application/json' }, 'malformed_json'],
      ['', { 'Content-Type': 'application/json' }, 'malformed_json'],
      [undefined, { 'Content-Type': 'application/json' }, 'malformed_json'],
      ['{}', { 'Content-Type': 'text/plain' }, 'unsupported_media_type'],
      ['{}', {}, 'unsupported_media_type'],
      ['asOf=2025-01-01', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'unsupported_media_type'],
      ['null', { 'Content-Type': 'application/json' }, 'invalid_request'],
      ['[1,2]', { 'Content-Type': 'application/json; charset=utf-8' }, 'invalid_request'],
      ['"text"', { 'Content-Type': 'application/json' }, 'invalid_request'],
    ];
    for (const [raw, headers, code] of cases) {
      const res = await call('POST', '/v1/evaluate', { as: ADMIN, raw, headers });
      expect([raw, res.status, res.body.error?.code]).toEqual([raw, 400, code]);
    }
  });

  it('fits 10,000 candidates with every field filled under the body cap', async () => {
    const request = {
      asOf: '2025-06-01',
      unit: { hasYouthUnion: true, hasTradeUnion: true },
      members: Array.from({ length: 100 }, (_, i) => maximalMember(i)),
      candidates: Array.from({ length: 10_000 }, (_, i) => maximalCandidate(i, 100)),
    };
    const body = JSON.stringify(request);
    expect(body.length).toBeGreaterThan(12 * 1024 * 1024);
    expect(body.length).toBeLessThan(MAX_EVALUATE_BODY_BYTES);
    const res = await call('POST', '/v1/evaluate', {
      as: ADMIN,
      raw: body,
      headers: { 'Content-Type': 'application/json' },
    });
    if (res.status !== 200) console.log(JSON.stringify(res.body).slice(0, 1500));
    expect(res.status).toBe(200);
    expect(res.body.results).toHaveLength(10_000);
  });

  it('answers 413 past 16 MiB, with or without a Content-Length', async () => {
    const oversized = `{"asOf":"2025-06-01","pad":"${'x'.repeat(MAX_EVALUATE_BODY_BYTES)}"}`;
    const sized = await call('POST', '/v1/evaluate', {
      as: ADMIN,
      raw: oversized,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(sized.status).toBe(413);
    expect(sized.body.error).toMatchObject({ code: 'payload_too_large' });
    expect(sized.body.error.message).toContain('16 MiB');

    const bytes = new TextEncoder().encode(oversized);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 1 << 20) controller.enqueue(bytes.slice(i, i + (1 << 20)));
        controller.close();
      },
    });
    const res = await exports.default.fetch(
      new Request(`${ORIGIN}/v1/evaluate`, {
        method: 'POST',
        body: stream,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await cachedToken(ADMIN)}` },
      }),
    );
    expect(res.status).toBe(413);
  });
});
