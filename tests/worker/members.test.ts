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
      '\u212Aim@example.org', // KELVIN SIGN: toLowerCase() made it kim@example.org
      'k\u0130m@example.org',
      'kim@example.org\u200b',
      '\u200bkim@example.org',
      '\ufeffkim@example.org',
      'kim\u0000@example.org',
      'kim@example.org\n',
      ' kim@example.org',
      'ng\u1ecdc@example.org',
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

describe('lookalike addresses', () => {
  it('grants nothing to an address that folds into another one', async () => {
    const t = await tree();
    const res = await call(
      'PUT',
      `/v1/units/${t.cell}/members/${encodeURIComponent('\u212Aim@example.org')}`,
      {
        as: ADMIN,
        body: { role: 'secretary' },
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'email' });
    const hidden = await call(
      'PUT',
      `/v1/units/${t.cell}/members/${encodeURIComponent('kim@example.org\u200b')}`,
      {
        as: ADMIN,
        body: { role: 'secretary' },
      },
    );
    expect(hidden.body.error.details[0].message).toContain('ký tự ẩn');
    expect((await call('GET', '/v1/me', { as: 'kim@example.org' })).body.memberships).toEqual([]);
  });
});

describe('lock-out', () => {
  it('refuses to revoke or demote the last superior who can manage a unit (422), but not an admin', async () => {
    const t = await tree();
    const self = await call('DELETE', `/v1/units/${t.commune}/members/${t.superior}`, { as: t.superior });
    expect(self.status).toBe(422);
    expect(self.body.error.code).toBe('last_superior');
    expect(self.body.error.message).toContain('người cuối cùng');
    const demote = await call('PUT', `/v1/units/${t.commune}/members/${t.superior}`, {
      as: t.superior,
      body: { role: 'secretary' },
    });
    expect(demote.status).toBe(422);
    const members = await call('GET', `/v1/units/${t.commune}/members`, { as: t.superior });
    expect(members.body.members).toEqual([expect.objectContaining({ email: t.superior, role: 'superior' })]);
    // A superior above can still manage the unit: then the one at the unit may go.
    const above = `${uid('above')}@example.org`;
    await grant(above, t.province, 'superior');
    expect(
      (await call('DELETE', `/v1/units/${t.commune}/members/${t.superior}`, { as: t.superior })).status,
    ).toBe(204);
    const lone = `${uid('lone')}@example.org`;
    await grant(lone, t.other, 'superior');
    await call('DELETE', `/v1/units/${t.province}/members/${above}`, { as: ADMIN });
    expect((await call('DELETE', `/v1/units/${t.other}/members/${lone}`, { as: ADMIN })).status).toBe(204);
  });

  it('never lets two superiors revoke each other to none', async () => {
    const t = await tree();
    const second = `${uid('second')}@example.org`;
    await grant(second, t.commune, 'superior');
    const [a, b] = await Promise.all([
      call('DELETE', `/v1/units/${t.commune}/members/${second}`, { as: t.superior }),
      call('DELETE', `/v1/units/${t.commune}/members/${t.superior}`, { as: second }),
    ]);
    // One revocation goes through; the other finds it would leave none (422), or has no rights left (403).
    expect([a.status, b.status].filter((s) => s === 204)).toHaveLength(1);
    expect([a.status, b.status].filter((s) => s === 422 || s === 403)).toHaveLength(1);
    const left = await call('GET', `/v1/units/${t.commune}/members`, { as: ADMIN });
    expect(left.body.members.filter((m: { role: string }) => m.role === 'superior')).toHaveLength(1);
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
