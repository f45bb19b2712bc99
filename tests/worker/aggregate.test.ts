import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../worker/src/lib/figures.ts';
import type { AggregateRow, Totals } from '../../worker/src/schemas/aggregate.ts';
import { summary } from './fixtures.ts';
import { ADMIN, call, grant, insertUnits, uid } from './helpers.ts';

type Figures = Omit<Totals, 'units' | 'reported' | 'targets'>;

/** Adds every number of `b` into `a`, recursively. */
function addInto(a: Record<string, unknown>, b: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(b)) {
    if (typeof v === 'number') a[k] = ((a[k] as number | undefined) ?? 0) + v;
    else if (v && typeof v === 'object') {
      a[k] ??= Array.isArray(v) ? [] : {};
      addInto(a[k] as Record<string, unknown>, v as Record<string, unknown>);
    }
  }
}

/** The totals as the sum of the rows, computed here rather than by SQL. */
function sumOfRows(rows: AggregateRow[]): Totals {
  const totals: Record<string, unknown> = {
    units: rows.length,
    reported: rows.filter((r) => r.reported).length,
    targets: { admitted: 0, students: 0, women: 0, awarenessClass: 0 },
  };
  addInto(totals, ZERO_FIGURES);
  for (const r of rows) {
    if (r.targets) addInto(totals.targets as Record<string, unknown>, r.targets);
    if (r.report) {
      const { revision: _r, submittedBy: _b, submittedAt: _a, ...figures } = r.report;
      addInto(totals, figures);
    }
  }
  return totals as Totals;
}

/** Every figure at 0: what the totals hold when no unit has reported. */
const ZERO_FIGURES: Figures = JSON.parse(
  JSON.stringify(figuresOf(summary(2025)), (_k, v) => (typeof v === 'number' ? 0 : v)),
);

async function put(path: string, as: string, body: unknown) {
  const res = await call('PUT', path, { as, body });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

describe('GET /v1/units/{id}/aggregate', () => {
  it('lists the whole subtree depth-first with targets and latest reports, totals equal to the rows', async () => {
    const p = uid('a');
    const ids = {
      province: p,
      communeA: `${p}-a`,
      cellA1: `${p}-a-1`,
      cellA2: `${p}-a-2`,
      subA: `${p}-a-sub`,
      cellSub: `${p}-a-sub-1`,
      communeB: `${p}-b`,
      cellB1: `${p}-b-1`,
    };
    await insertUnits([
      [ids.province, 'Tỉnh', null],
      [ids.communeA, 'Xã A', ids.province],
      [ids.cellA1, 'Chi bộ A1', ids.communeA],
      [ids.cellA2, 'Chi bộ A2', ids.communeA],
      [ids.subA, 'Đảng bộ cơ sở A', ids.communeA],
      [ids.cellSub, 'Chi bộ A-sub-1', ids.subA],
      [ids.communeB, 'Xã B', ids.province],
      [ids.cellB1, 'Chi bộ B1', ids.communeB],
    ]);
    const provinceStaff = `${p}-tu@example.org`;
    const communeStaff = `${p}-xa@example.org`;
    await grant(provinceStaff, ids.province, 'superior');
    await grant(communeStaff, ids.communeA, 'superior');

    await put(`/v1/units/${ids.cellA1}/reports/2025`, ADMIN, { summary: summary(2025, 1) });
    await put(`/v1/units/${ids.cellA1}/reports/2025`, ADMIN, { summary: summary(2025, 5) }); // latest wins
    await put(`/v1/units/${ids.cellSub}/reports/2025`, ADMIN, { summary: summary(2025, 2) });
    await put(`/v1/units/${ids.cellB1}/reports/2025`, ADMIN, { summary: summary(2025, 3) });
    await put(`/v1/units/${ids.cellA2}/reports/2024`, ADMIN, { summary: summary(2024, 9) }); // another year
    await put(`/v1/units/${ids.cellA1}/targets/2025`, ADMIN, { admitted: 2, students: 1 });
    await put(`/v1/units/${ids.cellA2}/targets/2025`, ADMIN, { admitted: 1, women: 1, awarenessClass: 4 });
    await put(`/v1/units/${ids.cellB1}/targets/2024`, ADMIN, { admitted: 7 });

    const res = await call('GET', `/v1/units/${ids.province}/aggregate?year=2025`, { as: provinceStaff });
    expect(res.status).toBe(200);
    const { unit, year, units, totals } = res.body as {
      unit: unknown;
      year: number;
      units: AggregateRow[];
      totals: Totals;
    };
    expect(unit).toEqual({ id: ids.province, name: 'Tỉnh', parentId: null });
    expect(year).toBe(2025);
    expect(units.map((u) => [u.id, u.depth])).toEqual([
      [ids.province, 0],
      [ids.communeA, 1],
      [ids.cellA1, 2],
      [ids.cellA2, 2],
      [ids.subA, 2],
      [ids.cellSub, 3],
      [ids.communeB, 1],
      [ids.cellB1, 2],
    ]);
    const byId = Object.fromEntries(units.map((u) => [u.id, u]));
    expect(byId[ids.cellA1]).toMatchObject({
      reported: true,
      report: { revision: 2, admitted: 5 },
      targets: { admitted: 2, students: 1 },
    });
    expect(byId[ids.cellA2]).toMatchObject({
      reported: false,
      targets: { admitted: 1, women: 1, awarenessClass: 4 },
    });
    expect(byId[ids.cellA2]?.report).toBeUndefined();
    expect(byId[ids.cellB1]?.targets).toBeUndefined();
    expect(totals).toEqual(sumOfRows(units));
    expect(totals).toMatchObject({
      units: 8,
      reported: 3,
      admitted: 10,
      targets: { admitted: 3, students: 1, women: 1 },
    });

    const sub = await call('GET', `/v1/units/${ids.communeA}/aggregate?year=2025`, { as: communeStaff });
    expect(sub.status).toBe(200);
    expect(sub.body.units.map((u: AggregateRow) => u.id)).toEqual([
      ids.communeA,
      ids.cellA1,
      ids.cellA2,
      ids.subA,
      ids.cellSub,
    ]);
    expect(sub.body.units[0].depth).toBe(0);
    expect(sub.body.totals).toEqual(sumOfRows(sub.body.units));
    expect(sub.body.totals.admitted).toBe(7);

    const other = await call('GET', `/v1/units/${ids.province}/aggregate?year=2024`, { as: ADMIN });
    expect(other.body.totals).toMatchObject({ reported: 1, admitted: 9, targets: { admitted: 7 } });
  });

  it('defaults to the current year (Vietnam time)', async () => {
    const p = uid('y');
    await insertUnits([[p, 'Xã', null]]);
    const res = await call('GET', `/v1/units/${p}/aggregate`, { as: ADMIN });
    expect(res.status).toBe(200);
    expect(res.body.year).toBe(new Date(Date.now() + 7 * 3600_000).getUTCFullYear());
    expect(res.body.totals.units).toBe(1);
  });

  it('is for superiors of the unit and admins only', async () => {
    const p = uid('s');
    await insertUnits([
      [p, 'Xã', null],
      [`${p}-cb`, 'Chi bộ', p],
    ]);
    await grant(`${p}-bt@example.org`, `${p}-cb`, 'secretary');
    await grant(`${p}-btc@example.org`, `${p}-cb`, 'superior');
    expect((await call('GET', `/v1/units/${p}-cb/aggregate`, { as: `${p}-bt@example.org` })).status).toBe(
      403,
    );
    expect((await call('GET', `/v1/units/${p}/aggregate`, { as: `${p}-btc@example.org` })).status).toBe(403);
    expect((await call('GET', `/v1/units/${p}-cb/aggregate`, { as: `${p}-btc@example.org` })).status).toBe(
      200,
    );
    expect((await call('GET', '/v1/units/nowhere/aggregate', { as: ADMIN })).status).toBe(404);
    for (const q of ['year=20x5', 'year=1800', 'year=', 'year=2025&year=2026']) {
      expect([q, (await call('GET', `/v1/units/${p}/aggregate?${q}`, { as: ADMIN })).status]).toEqual([
        q,
        400,
      ]);
    }
  });

  it('handles a subtree of 200 units', async () => {
    const p = uid('big');
    const rows: Array<[string, string, string | null]> = [[p, 'Tỉnh', null]];
    for (let c = 0; c < 19; c++) {
      rows.push([`${p}-c${c}`, `Xã ${c}`, p]);
      for (let k = 0; k < 9; k++) rows.push([`${p}-c${c}-k${k}`, `Chi bộ ${c}.${k}`, `${p}-c${c}`]);
    }
    await insertUnits(rows);
    for (let c = 0; c < 19; c += 3) {
      await put(`/v1/units/${p}-c${c}-k0/reports/2025`, ADMIN, { summary: summary(2025, c + 1) });
    }
    const res = await call('GET', `/v1/units/${p}/aggregate?year=2025`, { as: ADMIN });
    expect(res.body.units).toHaveLength(191);
    expect(res.body.totals).toEqual(sumOfRows(res.body.units));
  });

  it('keeps totals equal to the sum of the rows for random trees, reports and targets', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 50 })), { maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined })), {
          maxLength: 12,
        }),
        async (parents, reports, targets) => {
          const p = uid('prop');
          const ids = [p, ...parents.map((_, i) => `${p}-${i}`)];
          // unit i+1 hangs under one of the units before it: any shape, any depth
          await insertUnits(
            ids.map((id, i) => [id, id, i === 0 ? null : (ids[(parents[i - 1] as number) % i] as string)]),
          );
          for (const [u, n] of reports) {
            await put(`/v1/units/${ids[u % ids.length]}/reports/2025`, ADMIN, { summary: summary(2025, n) });
          }
          for (const [u, admitted] of targets) {
            await put(`/v1/units/${ids[u % ids.length]}/targets/2025`, ADMIN, {
              admitted,
              awarenessClass: 1,
            });
          }
          const start = ids[parents.length > 2 ? 1 : 0] as string;
          const res = await call('GET', `/v1/units/${start}/aggregate?year=2025`, { as: ADMIN });
          expect(res.status).toBe(200);
          expect(res.body.totals).toEqual(sumOfRows(res.body.units));
          expect(res.body.units[0].id).toBe(start);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('sums the breakdowns the superior needs: religion, Youth Union, admissions per month', async () => {
    const p = uid('bd');
    await insertUnits([
      [p, 'Xã', null],
      [`${p}-1`, 'Chi bộ 1', p],
      [`${p}-2`, 'Chi bộ 2', p],
    ]);
    const one = summary(2025, 2);
    one.breakdown.admitted.religion = 1;
    one.breakdown.admitted.youthUnion = 2;
    one.admittedByMonth = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0];
    const two = summary(2025, 3);
    two.breakdown.admitted.religion = 0;
    two.breakdown.admitted.youthUnion = 3;
    two.admittedByMonth = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2];
    await put(`/v1/units/${p}-1/reports/2025`, ADMIN, { summary: one });
    await put(`/v1/units/${p}-2/reports/2025`, ADMIN, { summary: two });
    const res = await call('GET', `/v1/units/${p}/aggregate?year=2025`, { as: ADMIN });
    expect(res.status).toBe(200);
    const [, a, b] = res.body.units as AggregateRow[];
    expect(a?.report).toMatchObject({
      admittedReligion: 1,
      admittedYouthUnion: 2,
      admittedByMonth: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0],
    });
    expect(b?.report).toMatchObject({ admittedReligion: 0, admittedYouthUnion: 3 });
    expect(res.body.totals).toMatchObject({
      admittedReligion: 1,
      admittedYouthUnion: 5,
      admittedByMonth: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 2],
    });
    expect(res.body.totals).toEqual(sumOfRows(res.body.units));
  });

  it('migration 0002 fills the new columns of earlier revisions from their summary_json', async () => {
    const p = uid('mig');
    await insertUnits([[p, 'Chi bộ', null]]);
    const s = summary(2025, 4);
    s.breakdown.admitted.religion = 2;
    s.breakdown.admitted.youthUnion = 3;
    s.admittedByMonth = [0, 1, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0];
    await put(`/v1/units/${p}/reports/2025`, ADMIN, { summary: s });
    // as a revision stored before the migration: the new columns at their default
    const zeros = [
      'admitted_religion',
      'admitted_youth_union',
      ...Array.from({ length: 12 }, (_, i) => `admitted_m${String(i + 1).padStart(2, '0')}`),
    ];
    await env.DB.prepare(
      `UPDATE report_revisions SET ${zeros.map((c) => `${c} = 0`).join(', ')} WHERE unit_id = ?1`,
    )
      .bind(p)
      .run();
    const before = await call('GET', `/v1/units/${p}/aggregate?year=2025`, { as: ADMIN });
    expect(before.body.units[0].report.admittedYouthUnion).toBe(0);
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0002_'));
    const update = migration?.queries.find((q) => q.trimStart().startsWith('UPDATE'));
    expect(update).toBeDefined();
    await env.DB.prepare(update as string).run();
    const after = await call('GET', `/v1/units/${p}/aggregate?year=2025`, { as: ADMIN });
    expect(after.body.units[0].report).toMatchObject({
      admitted: 4,
      admittedReligion: 2,
      admittedYouthUnion: 3,
      admittedByMonth: [0, 1, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0],
    });
  });
});
