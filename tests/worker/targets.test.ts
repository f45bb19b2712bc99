import { describe, expect, it } from 'vitest';
import { ADMIN, call, grant, insertUnits, uid } from './helpers.ts';

async function tree() {
  const p = uid('t');
  await insertUnits([
    [p, 'Xã', null],
    [`${p}-cb`, 'Chi bộ', p],
  ]);
  const superior = `${p}-btc@example.org`;
  const secretary = `${p}-bt@example.org`;
  await grant(superior, p, 'superior');
  await grant(secretary, `${p}-cb`, 'secretary');
  return { commune: p, cell: `${p}-cb`, superior, secretary };
}

describe('PUT/GET /v1/units/{id}/targets/{year}', () => {
  it('lets a superior set targets, replacing the year’s previous ones', async () => {
    const t = await tree();
    const put = await call('PUT', `/v1/units/${t.cell}/targets/2026`, {
      as: t.superior,
      body: { admitted: 3, students: 2, women: 1, awarenessClass: 10 },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      unitId: t.cell,
      year: 2026,
      targets: { admitted: 3, students: 2, women: 1, awarenessClass: 10 },
      setBy: t.superior,
    });
    const replaced = await call('PUT', `/v1/units/${t.cell}/targets/2026`, {
      as: ADMIN,
      body: { admitted: 2 },
    });
    expect(replaced.body.targets).toEqual({ admitted: 2 });
    const read = await call('GET', `/v1/units/${t.cell}/targets/2026`, { as: t.secretary });
    expect(read.status).toBe(200);
    expect(read.body.targets).toEqual({ admitted: 2 });
  });

  it('keeps years apart and answers 404 for a year without targets', async () => {
    const t = await tree();
    await call('PUT', `/v1/units/${t.cell}/targets/2025`, { as: t.superior, body: { admitted: 1 } });
    expect((await call('GET', `/v1/units/${t.cell}/targets/2024`, { as: t.superior })).status).toBe(404);
    expect((await call('GET', `/v1/units/${t.cell}/targets/2025`, { as: t.superior })).body.targets).toEqual({
      admitted: 1,
    });
  });

  it('refuses secretaries (they read, not set) and strangers', async () => {
    const t = await tree();
    expect(
      (await call('PUT', `/v1/units/${t.cell}/targets/2026`, { as: t.secretary, body: { admitted: 9 } }))
        .status,
    ).toBe(403);
    expect(
      (await call('PUT', `/v1/units/${t.cell}/targets/2026`, { as: 'x@example.org', body: {} })).status,
    ).toBe(403);
    expect((await call('GET', `/v1/units/${t.cell}/targets/2026`, { as: 'x@example.org' })).status).toBe(403);
    expect((await call('GET', `/v1/units/${t.commune}/targets/2026`, { as: t.secretary })).status).toBe(403);
  });

  it('answers 422 when “of which” targets exceed the admitted target', async () => {
    const t = await tree();
    const res = await call('PUT', `/v1/units/${t.cell}/targets/2026`, {
      as: t.superior,
      body: { admitted: 1, students: 2, women: 3 },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['students', 'women']);
  });

  it('validates figures and the year (400 with paths)', async () => {
    const t = await tree();
    for (const [body, path] of [
      [{ admitted: -1 }, 'admitted'],
      [{ admitted: 1.5 }, 'admitted'],
      [{ admitted: '3' }, 'admitted'],
      [{ women: 2_000_000 }, 'women'],
      [{ awarenessClass: null }, 'awarenessClass'],
    ] as const) {
      const res = await call('PUT', `/v1/units/${t.cell}/targets/2026`, { as: t.superior, body });
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400]);
      expect(res.body.error.details[0].path).toBe(path);
    }
    for (const year of ['20x6', '1800', '2201', '02026', '-2026', '2026.0']) {
      const res = await call('PUT', `/v1/units/${t.cell}/targets/${year}`, {
        as: t.superior,
        body: { admitted: 1 },
      });
      expect([year, res.status]).toEqual([year, 400]);
      expect(res.body.error.details[0].path).toBe('year');
    }
  });
});
