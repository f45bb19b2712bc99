import { env } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { evaluate, MAX_MEMBERS } from '../../shared/index.ts';
import { renderCompactAnswer } from '../../shared/rules/render.ts';
import { MAX_EVALUATE_BODY_BYTES, MAX_EVALUATE_ROWS } from '../../worker/src/config.ts';
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

  it('answers the compact form with ?form=compact: what shared/ renders back into the default answer', async () => {
    const request = generateRequest(60, 5);
    const res = await call('POST', '/v1/evaluate?form=compact', { as: ADMIN, body: request });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(evaluate(request, { form: 'compact' }))));
    expect(res.body.form).toBe('compact');
    // The texts as GET /v1/rules serves them render exactly the default answer.
    const texts = await call('GET', '/v1/rules');
    expect(res.body.textsVersion).toBe(texts.body.textsVersion);
    expect(renderCompactAnswer(res.body, texts.body)).toEqual(JSON.parse(JSON.stringify(evaluate(request))));
    const bad = await call('POST', '/v1/evaluate?form=short', { as: ADMIN, body: request });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'invalid_request']);
    expect(await call('POST', '/v1/evaluate?form=default', { as: ADMIN, body: request })).toMatchObject({
      status: 200,
      body: JSON.parse(JSON.stringify(evaluate(request))),
    });
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

  it('fits the largest valid request of the row cap under the body cap: every field filled, all members', async () => {
    const request = {
      asOf: '2025-06-01',
      unit: { hasYouthUnion: true, hasTradeUnion: true },
      members: Array.from({ length: MAX_MEMBERS }, (_, i) => maximalMember(i)),
      candidates: Array.from({ length: MAX_EVALUATE_ROWS }, (_, i) => maximalCandidate(i, MAX_MEMBERS)),
    };
    const body = JSON.stringify(request);
    expect(body.length).toBeGreaterThan(0.8 * MAX_EVALUATE_BODY_BYTES);
    expect(body.length).toBeLessThan(MAX_EVALUATE_BODY_BYTES);
    const res = await call('POST', '/v1/evaluate', {
      as: ADMIN,
      raw: body,
      headers: { 'Content-Type': 'application/json' },
    });
    if (res.status !== 200) console.log(JSON.stringify(res.body).slice(0, 1500));
    expect(res.status).toBe(200);
    expect(res.body.results).toHaveLength(MAX_EVALUATE_ROWS);
  });

  it('answers 413 with a Vietnamese message past the row cap, before evaluating', async () => {
    const request = {
      asOf: '2026-03-15',
      unit: { hasYouthUnion: true },
      candidates: Array.from({ length: MAX_EVALUATE_ROWS + 1 }, (_, i) => ({
        key: `q${i}`,
        birthDate: '2001-04-05',
      })),
    };
    for (const path of ['/v1/evaluate', '/v1/evaluate?form=compact']) {
      const res = await call('POST', path, { as: ADMIN, body: request });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('payload_too_large');
      expect(res.body.error.message).toBe(
        'Danh sách có 2.001 quần chúng, nhiều hơn mức 2.000 người cho một lần gửi lên máy chủ. Hãy tách danh sách thành nhiều bảng tính (mỗi chi bộ một bảng).',
      );
    }
    request.candidates.pop();
    expect((await call('POST', '/v1/evaluate', { as: ADMIN, body: request })).status).toBe(200);
  });

  it('answers 413 past 4 MiB, with or without a Content-Length', async () => {
    const oversized = `{"asOf":"2025-06-01","pad":"${'x'.repeat(MAX_EVALUATE_BODY_BYTES)}"}`;
    const sized = await call('POST', '/v1/evaluate', {
      as: ADMIN,
      raw: oversized,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(sized.status).toBe(413);
    expect(sized.body.error).toMatchObject({ code: 'payload_too_large' });
    expect(sized.body.error.message).toBe('Nội dung yêu cầu quá lớn: tối đa 4 MiB.');

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
