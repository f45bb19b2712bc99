import { env } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import { rulesCatalogue } from '../../shared/index.ts';
import { createApp } from '../../worker/src/app.ts';
import { ADMIN, call } from './helpers.ts';

describe('public routes', () => {
  it('GET /v1/health answers without a token', async () => {
    const res = await call('GET', '/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', service: 'ptdv' });
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('GET /v1/rules serves the shared rule catalogue', async () => {
    const res = await call('GET', '/v1/rules');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(rulesCatalogue())));
    expect(res.body.rules.length).toBeGreaterThan(10);
    expect(res.headers.get('Cache-Control')).toContain('max-age');
  });

  it('GET /v1/rules carries its texts version as ETag and answers 304 to it', async () => {
    const res = await call('GET', '/v1/rules');
    const version = rulesCatalogue().textsVersion;
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(res.headers.get('ETag')).toBe(`"${version}"`);
    const again = await call('GET', '/v1/rules', { headers: { 'If-None-Match': `"${version}"` } });
    expect(again.status).toBe(304);
    const other = await call('GET', '/v1/rules', { headers: { 'If-None-Match': '"0000000000000000"' } });
    expect(other.status).toBe(200);
    expect(other.body.textsVersion).toBe(version);
  });

  it('GET /v1/openapi.json describes every route from the zod schemas', async () => {
    const res = await call('GET', '/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        'GET /v1/health',
        'GET /v1/rules',
        'GET /v1/me',
        'POST /v1/evaluate',
        'POST /v1/plan',
        'POST /v1/papers/{kind}',
        'POST /v1/units/{unitId}/report',
        'GET /v1/units/{unitId}',
        'PUT /v1/units/{unitId}',
        'GET /v1/units/{unitId}/members',
        'PUT /v1/units/{unitId}/members/{email}',
        'DELETE /v1/units/{unitId}/members/{email}',
        'GET /v1/units/{unitId}/targets/{year}',
        'PUT /v1/units/{unitId}/targets/{year}',
        'GET /v1/units/{unitId}/reports/{year}',
        'PUT /v1/units/{unitId}/reports/{year}',
        'GET /v1/units/{unitId}/aggregate',
        'GET /v1/admin/rollups',
      ].sort(),
    );
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/v1/units/{unitId}/reports/{year}'].put.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths['/v1/health'].get.security).toBeUndefined();
    for (const name of [
      'Summary',
      'ReportBody',
      'Aggregate',
      'EvaluateRequest',
      'EvaluateResponse',
      'Error',
    ]) {
      expect(doc.components.schemas[name], name).toBeDefined();
    }
    expect(doc.components.schemas.Summary.properties.byStage).toBeDefined();
  });
});

describe('GET /v1/openapi.json is cheap for anyone', () => {
  it('builds the description once per isolate and answers 304 to its ETag', async () => {
    const app = createApp();
    const build = vi.spyOn(app, 'getOpenAPI31Document');
    const envOf = { ...env };
    const first = await app.request('/v1/openapi.json', {}, envOf);
    expect(first.status).toBe(200);
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers.get('Cache-Control')).toMatch(/^public, max-age=\d+$/);
    const text = await first.text();
    for (let i = 0; i < 3; i++) {
      const again = await app.request('/v1/openapi.json', {}, envOf);
      expect(again.headers.get('ETag')).toBe(etag);
      expect(await again.text()).toBe(text);
    }
    expect(build).toHaveBeenCalledTimes(1);
    for (const header of [etag as string, `W/${etag}`, `"other", ${etag}`, '*']) {
      const cached = await app.request('/v1/openapi.json', { headers: { 'If-None-Match': header } }, envOf);
      expect([header, cached.status]).toEqual([header, 304]);
      expect(await cached.text()).toBe('');
    }
    const stale = await app.request('/v1/openapi.json', { headers: { 'If-None-Match': '"old"' } }, envOf);
    expect(stale.status).toBe(200);
  });
});

describe('unknown routes', () => {
  it('answer a JSON 404 outside /v1', async () => {
    for (const path of ['/', '/v2/health', '/favicon.ico']) {
      const res = await call('GET', path);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });

  it('under /v1 need a token first, then answer 404', async () => {
    expect((await call('GET', '/v1/nothing')).status).toBe(401);
    const res = await call('GET', '/v1/nothing', { as: ADMIN });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/Không có đường dẫn/);
    expect((await call('POST', '/v1/health', { as: ADMIN })).status).toBe(404);
    expect((await call('DELETE', '/v1/units/x', { as: ADMIN })).status).toBe(404);
  });
});
