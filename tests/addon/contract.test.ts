/**
 * The API contract between the add-on and the backend: the add-on refuses an answer that leaves it
 * (a Vietnamese notice, the JSON path in the execution log, nothing written), and the tests'
 * stand-in backend holds to it (bodies validated as the worker does, answers checked).
 */
import { describe, expect, test } from 'vitest';
import type { FakeHttp, FetchHandler } from '../../addon/fake/index.ts';
import type { CheckResult, Failure } from '../../addon/src/common/model.ts';
import { AggregateSchema } from '../../shared/contract/aggregate.ts';
import { answer, contractViolations } from './contract.ts';
import { BACKEND, demo, engineBackend, values } from './fixtures.ts';
import { commune, setup, summary } from './superiorSetup.ts';

/** The stand-in's answers, one of them changed by `edit` after the stand-in gave it. */
function tampered(handler: FetchHandler, route: string, edit: (body: Record<string, unknown>) => void) {
  return (url: string, params: Parameters<FetchHandler>[1]): FakeHttp => {
    const r = handler(url, params);
    if (!url.includes(route) || r.body === undefined) return r;
    const body = JSON.parse(r.body) as Record<string, unknown>;
    edit(body);
    return { ...r, body: JSON.stringify(body) };
  };
}

describe('the add-on reads every answer against the contract', () => {
  test('an aggregate with one total of the wrong type is refused whole: a notice, the path in the log, no sheet written', () => {
    const s = setup(commune(3));
    s.fake.setFetch(
      tampered(s.backend.handler(), '/aggregate', (body) => {
        const units = body.units as Array<{ subtree: Record<string, unknown> }>;
        units[1]!.subtree.admitted = '3';
      }),
    );
    const before = s.fake.spreadsheet.sheets.map((x) => [x.name, values(x)]);
    const r = s.addon.sidebarAggregate({ year: 2026 }) as Failure;
    expect(r).toMatchObject({ ok: false, kind: 'backend', title: 'Máy chủ trả lời không đúng dạng' });
    expect(r.text).toContain('Không đọc được số liệu tổng hợp từ máy chủ PTĐV');
    // the user reads no JSON path; the log has it, in English
    expect(r.text).not.toContain('units[');
    expect(s.fake.logs).toHaveLength(1);
    expect(s.fake.logs[0]).toContain('GET units/xa-dinh-van/aggregate?year=2026');
    expect(s.fake.logs[0]).toContain('units[1].subtree.admitted: expected integer, got string "3"');
    expect(s.fake.spreadsheet.sheets.map((x) => [x.name, values(x)])).toEqual(before);
  });

  test('GET /v1/me naming a role the contract does not know is refused', () => {
    const s = setup(commune(1));
    s.fake.setFetch(
      tampered(s.backend.handler(), '/v1/me', (body) => {
        (body.memberships as Array<Record<string, unknown>>)[0]!.role = 'chairman';
      }),
    );
    expect(s.addon.sidebarSuperior()).toMatchObject({ ok: false, title: 'Máy chủ trả lời không đúng dạng' });
    expect(s.fake.logs[0]).toMatch(/memberships\[0\]\.role: expected one of "secretary", "superior"/);
  });

  test('an evaluate answer with an impossible day is not used: the check runs on the spot', () => {
    const s = demo({ backendUrl: BACKEND });
    s.fake.setFetch(
      tampered(engineBackend(), '/v1/evaluate', (body) => {
        (body.results as Array<Record<string, unknown>>)[2]!.referenceDate = '2026-02-30';
      }),
    );
    const r = s.addon.sidebarCheck() as CheckResult;
    expect(r.ok).toBe(true);
    expect(r.notices[0]).toMatchObject({ title: 'Máy chủ trả lời không đúng dạng' });
    expect(r.notices[0]?.text).toContain('kiểm tra tại chỗ');
    expect(s.fake.logs[0]).toContain('results[2].referenceDate: not a date: "2026-02-30"');
    // the same check without the tampering: no notice, nothing logged
    const clean = demo({ backendUrl: BACKEND });
    expect((clean.addon.sidebarCheck() as CheckResult).notices).toEqual([]);
    expect(clean.fake.logs).toEqual([]);
  });
});

describe('the stand-in backend holds to the contract', () => {
  const handler = commune(2).handler();
  const call = (method: string, path: string, body?: unknown) =>
    handler(`${BACKEND}/v1/${path}`, {
      method: method as 'get',
      headers: { Authorization: 'Bearer token:bantochuc@example.org' },
      ...(body === undefined ? {} : { payload: JSON.stringify(body), contentType: 'application/json' }),
    });

  test('a body outside the contract gets the worker’s 400, each problem named by its JSON path', () => {
    const r = call('put', 'units/chi-bo-001/reports/2026', { summary: { ...summary(2026, 1), year: 'x' } });
    expect(r.status).toBe(400);
    const body = JSON.parse(r.body as string) as {
      error: { code: string; details: Array<{ path: string }> };
    };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.details.map((d) => d.path)).toEqual(['summary.year']);
    const targets = call('put', 'units/chi-bo-001/targets/2026', { admitted: -1 });
    expect(targets.status).toBe(400);
  });

  test('it answers the compact evaluate form and the rule catalogue, within the contract', () => {
    const rules = handler(`${BACKEND}/v1/rules`, { method: 'get' });
    expect(rules.status).toBe(200);
    expect(JSON.parse(rules.body as string).textsVersion).toEqual(expect.any(String));
    const s = demo({ backendUrl: BACKEND });
    s.addon.sidebarCheck();
    const request = s.bodies[0];
    expect(request).toBeDefined();
    const compact = call('post', 'evaluate?form=compact', JSON.parse(request as string));
    expect(compact.status).toBe(200);
    expect(JSON.parse(compact.body as string).form).toBe('compact');
    expect(contractViolations).toEqual([]);
  });

  test('an answer outside the contract is caught (and would fail the test that met it)', () => {
    answer(AggregateSchema, 200, { unit: { id: 'x' }, units: [] }, 'GET /units/x/aggregate');
    const seen = contractViolations.splice(0);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('GET /units/x/aggregate answered 200 outside the contract: unit.name');
  });
});
