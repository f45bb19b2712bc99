import { describe, expect, it } from 'vitest';
import { summary } from './fixtures.ts';
import { ADMIN, call, grant, insertUnits, uid } from './helpers.ts';

async function tree() {
  const p = uid('m');
  const ids = {
    province: p,
    commune: `${p}-xa`,
    cell: `${p}-xa-cb`,
    cell2: `${p}-xa-cb2`,
    other: `${p}-other`,
  };
  await insertUnits([
    [ids.province, 'Tỉnh', null],
    [ids.commune, 'Xã', ids.province],
    [ids.cell, 'Chi bộ 1', ids.commune],
    [ids.cell2, 'Chi bộ 2', ids.commune],
    [ids.other, 'Xã khác', ids.province],
  ]);
  const superior = `${p}-btc@example.org`;
  const secretary = `${p}-bt@example.org`;
  await grant(superior, ids.commune, 'superior');
  await grant(secretary, ids.cell, 'secretary');
  return { ...ids, superior, secretary };
}

describe('PUT /v1/units/{id}/members/{email}', () => {
  it('grants (201), keeps an identical grant (200, unchanged), changes a role (200)', async () => {
    const t = await tree();
    const email = `${uid('u')}@example.org`;
    const first = await call('PUT', `/v1/units/${t.cell}/members/${email}`, {
      as: ADMIN,
      body: { role: 'secretary' },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ unitId: t.cell, email, role: 'secretary', grantedBy: ADMIN });
    const again = await call('PUT', `/v1/units/${t.cell}/members/${email}`, {
      as: ADMIN,
      body: { role: 'secretary' },
    });
    expect(again.status).toBe(200);
    expect(again.body.grantedAt).toBe(first.body.grantedAt);
    const changed = await call('PUT', `/v1/units/${t.cell}/members/${email}`, {
      as: t.superior,
      body: { role: 'superior' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ role: 'superior', grantedBy: t.superior });
  });

  it('lower-cases emails (also percent-encoded in the path)', async () => {
    const t = await tree();
    const res = await call('PUT', `/v1/units/${t.cell}/members/Ng.Van%2BA%40Example.ORG`, {
      as: ADMIN,
      body: { role: 'secretary' },
    });
    expect(res.status).toBe(201);
    expect(res.body.email).toBe('ng.van+a@example.org');
    const me = await call('GET', '/v1/me', { as: 'ng.van+a@example.org' });
    expect(me.body.memberships).toEqual([{ unitId: t.cell, unitName: 'Chi bộ 1', role: 'secretary' }]);
  });

  it('lets a superior grant secretary or superior within its subtree only', async () => {
    const t = await tree();
    for (const [unit, role] of [
      [t.cell2, 'secretary'],
      [t.cell2, 'superior'],
      [t.commune, 'superior'],
    ] as const) {
      const email = `${uid('g')}@example.org`;
      const res = await call('PUT', `/v1/units/${unit}/members/${email}`, { as: t.superior, body: { role } });
      expect([unit, role, res.status]).toEqual([unit, role, 201]);
    }
    for (const unit of [t.other, t.province]) {
      const res = await call('PUT', `/v1/units/${unit}/members/x@example.org`, {
        as: t.superior,
        body: { role: 'secretary' },
      });
      expect(res.status).toBe(403);
    }
  });

  it('never lets a secretary grant anything, not even at its own cell', async () => {
    const t = await tree();
    for (const [unit, role] of [
      [t.cell, 'secretary'],
      [t.cell, 'superior'],
      [t.cell2, 'secretary'],
      [t.commune, 'superior'],
    ] as const) {
      const res = await call('PUT', `/v1/units/${unit}/members/friend@example.org`, {
        as: t.secretary,
        body: { role },
      });
      expect(res.status).toBe(403);
    }
    expect(
      (await call('DELETE', `/v1/units/${t.cell}/members/${t.secretary}`, { as: t.secretary })).status,
    ).toBe(403);
  });

  it('grants no role above the granter: nobody can make an admin, a cell superior cannot reach up', async () => {
    const t = await tree();
    for (const who of [ADMIN, t.superior]) {
      const res = await call('PUT', `/v1/units/${t.cell}/members/x@example.org`, {
        as: who,
        body: { role: 'admin' },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].path).toBe('role');
    }
    const cellSuperior = `${uid('cs')}@example.org`;
    await grant(cellSuperior, t.cell, 'superior');
    const up = await call('PUT', `/v1/units/${t.commune}/members/${cellSuperior}`, {
      as: cellSuperior,
      body: { role: 'superior' },
    });
    expect(up.status).toBe(403);
    expect((await call('GET', `/v1/units/${t.commune}/aggregate`, { as: cellSuperior })).status).toBe(403);
  });

  it('validates the email and the role', async () => {
    const t = await tree();
    for (const email of [
      'not-an-email',
      'a@b',
      'x@@example.org',
      `${'a'.repeat(250)}@example.org`,
      'a b@example.org',
    ]) {
      const res = await call('PUT', `/v1/units/${t.cell}/members/${encodeURIComponent(email)}`, {
        as: ADMIN,
        body: { role: 'secretary' },
      });
      expect([email, res.status]).toEqual([email, 400]);
    }
    for (const body of [{}, { role: 'owner' }, { role: 1 }, { role: null }, []]) {
      const res = await call('PUT', `/v1/units/${t.cell}/members/x@example.org`, { as: ADMIN, body });
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400]);
    }
  });

  it('answers 404 to an admin for a unit that does not exist', async () => {
    const res = await call('PUT', '/v1/units/no-such-unit/members/x@example.org', {
      as: ADMIN,
      body: { role: 'secretary' },
    });
    expect(res.status).toBe(404);
  });
});

describe('DELETE and GET members', () => {
  it('revokes a role (204, then 404), and the access goes with it', async () => {
    const t = await tree();
    const report = () =>
      call('PUT', `/v1/units/${t.cell}/reports/2025`, { as: t.secretary, body: { summary: summary(2025) } });
    expect((await report()).status).toBe(201);
    expect(
      (await call('DELETE', `/v1/units/${t.cell}/members/${t.secretary}`, { as: t.superior })).status,
    ).toBe(204);
    expect(
      (await call('DELETE', `/v1/units/${t.cell}/members/${t.secretary}`, { as: t.superior })).status,
    ).toBe(404);
    expect((await report()).status).toBe(403);
  });

  it('lists a unit’s members for its superiors only', async () => {
    const t = await tree();
    const res = await call('GET', `/v1/units/${t.cell}/members`, { as: t.superior });
    expect(res.status).toBe(200);
    expect(res.body.members).toEqual([expect.objectContaining({ email: t.secretary, role: 'secretary' })]);
    expect((await call('GET', `/v1/units/${t.cell}/members`, { as: t.secretary })).status).toBe(403);
  });
});
