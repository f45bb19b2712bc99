import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { summary } from './fixtures.ts';
import { ADMIN, call, grant, insertUnits, uid } from './helpers.ts';

async function tree() {
  const p = uid('r');
  await insertUnits([
    [p, 'Xã', null],
    [`${p}-cb`, 'Chi bộ 1', p],
    [`${p}-cb2`, 'Chi bộ 2', p],
  ]);
  const superior = `${p}-btc@example.org`;
  const secretary = `${p}-bt@example.org`;
  await grant(superior, p, 'superior');
  await grant(secretary, `${p}-cb`, 'secretary');
  return { commune: p, cell: `${p}-cb`, cell2: `${p}-cb2`, superior, secretary };
}

const revisionsOf = async (unitId: string, year: number) =>
  (
    await env.DB.prepare(
      'SELECT revision FROM report_revisions WHERE unit_id = ?1 AND year = ?2 ORDER BY revision',
    )
      .bind(unitId, year)
      .all<{ revision: number }>()
  ).results.map((r) => r.revision);

/** The same object with its keys in reverse order, at every level. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversedKeys(v)]),
    );
  }
  return value;
}

describe('PUT /v1/units/{id}/reports/{year}', () => {
  it('is idempotent: the same body twice is one revision', async () => {
    const t = await tree();
    const path = `/v1/units/${t.cell}/reports/2025`;
    const first = await call('PUT', path, {
      as: t.secretary,
      body: { summary: summary(2025), note: 'Quý IV' },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      unitId: t.cell,
      year: 2025,
      revision: 1,
      created: true,
      submittedBy: t.secretary,
    });
    expect(first.headers.get('ETag')).toBe('"1"');
    for (const body of [
      { summary: summary(2025), note: 'Quý IV' },
      reversedKeys({ summary: summary(2025), note: 'Quý IV' }),
      { summary: { ...summary(2025), extra: 'ignored' }, note: 'Quý IV', unknown: true },
    ]) {
      const again = await call('PUT', path, { as: t.superior, body });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ revision: 1, created: false, submittedBy: t.secretary });
      expect(again.body.submittedAt).toBe(first.body.submittedAt);
      expect(again.headers.get('ETag')).toBe('"1"');
    }
    expect(await revisionsOf(t.cell, 2025)).toEqual([1]);
  });

  it('keeps every different submission as a revision, with who and when', async () => {
    const t = await tree();
    const path = `/v1/units/${t.cell}/reports/2025`;
    expect(
      (await call('PUT', path, { as: t.secretary, body: { summary: summary(2025, 1) } })).body.revision,
    ).toBe(1);
    expect(
      (await call('PUT', path, { as: t.superior, body: { summary: summary(2025, 2) } })).body.revision,
    ).toBe(2);
    expect(
      (await call('PUT', path, { as: t.secretary, body: { summary: summary(2025, 2), note: 'sửa' } })).body
        .revision,
    ).toBe(3);
    // Back to the first body: a new revision, the history stays.
    const back = await call('PUT', path, { as: ADMIN, body: { summary: summary(2025, 1) } });
    expect(back.status).toBe(201);
    expect(back.body.revision).toBe(4);

    const current = await call('GET', path, { as: t.secretary });
    expect(current.status).toBe(200);
    expect(current.headers.get('ETag')).toBe('"4"');
    expect(current.body).toMatchObject({ revision: 4, submittedBy: ADMIN, summary: summary(2025, 1) });
    expect(current.body.note).toBeUndefined();
    expect(
      current.body.revisions.map((r: { revision: number; submittedBy: string }) => [
        r.revision,
        r.submittedBy,
      ]),
    ).toEqual([
      [1, t.secretary],
      [2, t.superior],
      [3, t.secretary],
      [4, ADMIN],
    ]);
    const old = await call('GET', `${path}?revision=3`, { as: t.superior });
    expect(old.body).toMatchObject({ revision: 3, note: 'sửa', summary: summary(2025, 2) });
    expect((await call('GET', `${path}?revision=9`, { as: t.superior })).status).toBe(404);
    expect((await call('GET', `${path}?revision=abc`, { as: t.superior })).status).toBe(400);
    expect((await call('GET', `/v1/units/${t.cell}/reports/2024`, { as: t.superior })).status).toBe(404);
  });

  it('honours If-Match: a stale revision is a 409, a matching one proceeds', async () => {
    const t = await tree();
    const path = `/v1/units/${t.cell}/reports/2025`;
    const put = (n: number, ifMatch?: string) =>
      call('PUT', path, {
        as: t.secretary,
        body: { summary: summary(2025, n) },
        headers: ifMatch === undefined ? {} : { 'If-Match': ifMatch },
      });
    expect((await put(1, '*')).status).toBe(409); // nothing to match yet
    expect((await put(1, '"0"')).status).toBe(201); // "0": create only
    expect((await put(2, '"0"')).status).toBe(409);
    expect((await put(2, '"1"')).status).toBe(201);
    const stale = await put(3, '"1"');
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_revision');
    expect(stale.body.error.message).toContain('2');
    // A retry of what is already current is answered as a success, whatever If-Match says.
    const retry = await put(2, '"1"');
    expect(retry.status).toBe(200);
    expect(retry.body.revision).toBe(2);
    expect((await put(3, 'W/"2"')).status).toBe(201);
    expect((await put(4, '*')).status).toBe(201);
    expect((await put(5, 'garbage')).status).toBe(400);
    expect(await revisionsOf(t.cell, 2025)).toEqual([1, 2, 3, 4]);
  });

  it('gives concurrent different submissions distinct revisions, none lost', async () => {
    const t = await tree();
    const path = `/v1/units/${t.cell}/reports/2025`;
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call('PUT', path, { as: t.secretary, body: { summary: summary(2025, i + 1) } }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(12).fill(201));
    expect(replies.map((r) => r.body.revision).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    expect(await revisionsOf(t.cell, 2025)).toHaveLength(12);
  });

  it('stores concurrent identical submissions once', async () => {
    const t = await tree();
    const path = `/v1/units/${t.cell2}/reports/2025`;
    const replies = await Promise.all(
      Array.from({ length: 10 }, () =>
        call('PUT', path, { as: t.superior, body: { summary: summary(2025, 7) } }),
      ),
    );
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 200)).toHaveLength(9);
    expect(new Set(replies.map((r) => r.body.revision))).toEqual(new Set([1]));
    expect(await revisionsOf(t.cell2, 2025)).toEqual([1]);
  });

  it('lets exactly one of concurrent create-only submissions through', async () => {
    const t = await tree();
    const path = `/v1/units/${t.cell}/reports/2026`;
    const replies = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call('PUT', path, {
          as: t.secretary,
          body: { summary: summary(2026, i + 1) },
          headers: { 'If-Match': '"0"' },
        }),
      ),
    );
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(7);
  });

  it('stores the figures the aggregate sums, and nothing but counts', async () => {
    const t = await tree();
    await call('PUT', `/v1/units/${t.cell}/reports/2025`, {
      as: t.secretary,
      body: { summary: summary(2025, 3) },
    });
    const row = await env.DB.prepare('SELECT * FROM report_revisions WHERE unit_id = ?1')
      .bind(t.cell)
      .first();
    expect(row).toMatchObject({
      admitted: 3,
      admitted_students: 3,
      awareness_class: 6,
      probation_ends: 3,
      stage_ready: 3,
      stage_source: 9,
      forecast_admissible: 3,
      pipeline: 21,
    });
    expect(row?.body_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never stores the row keys behind the forecast, even when a client sends them', async () => {
    const t = await tree();
    const s = summary(2025, 1);
    const keys = {
      admissible: ['qc-secret-1'],
      atRisk: [],
      blockedByLeaving: [],
      blockedByAge: [],
      later: [],
      no: [],
    };
    const put = await call('PUT', `/v1/units/${t.cell}/reports/2025`, {
      as: t.secretary,
      body: { summary: { ...s, forecast: { ...s.forecast, keys } } },
    });
    expect(put.status).toBeLessThan(300);
    const row = await env.DB.prepare('SELECT summary_json FROM report_revisions WHERE unit_id = ?1')
      .bind(t.cell)
      .first<{ summary_json: string }>();
    expect(row?.summary_json).toBeDefined();
    expect(row?.summary_json).not.toContain('qc-secret-1');
    expect(row?.summary_json).not.toContain('keys');
  });

  it('answers 422 when the summary is for another year', async () => {
    const t = await tree();
    const res = await call('PUT', `/v1/units/${t.cell}/reports/2025`, {
      as: t.secretary,
      body: { summary: summary(2024) },
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'year_mismatch', details: [{ path: 'summary.year' }] });
  });

  it('validates the body with JSON paths', async () => {
    const t = await tree();
    const bad = summary(2025) as unknown as { byStage: Record<string, unknown> };
    bad.byStage.ready = -1;
    const cases: Array<[unknown, string]> = [
      [{ summary: bad }, 'summary.byStage.ready'],
      [{}, 'summary'],
      [{ summary: { ...summary(2025), admittedByMonth: [1, 2] } }, 'summary.admittedByMonth'],
      [{ summary: summary(2025), note: 'x'.repeat(2001) }, 'note'],
      [{ summary: summary(2025), note: 'a\u0001b' }, 'note'],
      [{ summary: 'all good' }, 'summary'],
    ];
    for (const [body, path] of cases) {
      const res = await call('PUT', `/v1/units/${t.cell}/reports/2025`, { as: t.secretary, body });
      expect([path, res.status]).toEqual([path, 400]);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    const multiline = await call('PUT', `/v1/units/${t.cell}/reports/2025`, {
      as: t.secretary,
      body: { summary: summary(2025), note: 'Dòng 1\nDòng 2\tTab' },
    });
    expect(multiline.status).toBe(201);
  });

  it('is for the unit’s secretary and its superiors only', async () => {
    const t = await tree();
    const body = { summary: summary(2025) };
    expect((await call('PUT', `/v1/units/${t.cell2}/reports/2025`, { as: t.secretary, body })).status).toBe(
      403,
    );
    expect((await call('PUT', `/v1/units/${t.commune}/reports/2025`, { as: t.secretary, body })).status).toBe(
      403,
    );
    expect(
      (await call('PUT', `/v1/units/${t.cell}/reports/2025`, { as: 'x@example.org', body })).status,
    ).toBe(403);
    expect((await call('GET', `/v1/units/${t.cell2}/reports/2025`, { as: t.secretary })).status).toBe(403);
    expect((await call('PUT', `/v1/units/${t.cell2}/reports/2025`, { as: t.superior, body })).status).toBe(
      201,
    );
  });
});
