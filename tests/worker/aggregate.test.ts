import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AggregateRow, Totals } from '../../shared/contract/aggregate.ts';
import { figuresOf } from '../../worker/src/lib/figures.ts';
import { summary } from './fixtures.ts';
import { ADMIN, call, grant, insertUnits, uid } from './helpers.ts';

type Figures = Omit<Totals, 'units' | 'reported' | 'expected' | 'targets' | 'targeted'>;

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

/** Every figure at 0: what the totals hold when no unit has reported. */
const ZERO_FIGURES: Figures = JSON.parse(
  JSON.stringify(figuresOf(summary(2025)), (_k, v) => (typeof v === 'number' ? 0 : v)),
);

/**
 * A subtree's totals computed here from every unit's own targets and report (the rows of a whole
 * subtree), not from the rollups the worker keeps.
 */
function sumOfRows(rows: AggregateRow[]): Totals {
  const zero = { admitted: 0, students: 0, women: 0, awarenessClass: 0 };
  const totals: Record<string, unknown> = {
    units: rows.length,
    reported: rows.filter((r) => r.reported).length,
    expected: rows.filter((r) => r.reported || r.children === 0).length,
    targets: { ...zero },
    targeted: { ...zero },
  };
  addInto(totals, ZERO_FIGURES);
  for (const r of rows) {
    if (r.targets) {
      addInto(totals.targets as Record<string, unknown>, r.targets);
      addInto(
        totals.targeted as Record<string, unknown>,
        Object.fromEntries(Object.keys(r.targets).map((k) => [k, 1])),
      );
    }
    if (r.report) {
      const { revision: _r, submittedBy: _b, submittedAt: _a, ...figures } = r.report;
      addInto(totals, figures);
    }
  }
  return totals as Totals;
}

/** The rows of `id`'s subtree within an answer that lists it whole. */
function subtreeRows(rows: AggregateRow[], id: string): AggregateRow[] {
  const inside = new Set([id]);
  return rows.filter((r) => {
    if (r.id === id || (r.parentId !== null && inside.has(r.parentId))) {
      inside.add(r.id);
      return true;
    }
    return false;
  });
}

async function put(path: string, as: string, body: unknown) {
  const res = await call('PUT', path, { as, body });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

async function aggregate(unitId: string, query: string, as = ADMIN) {
  const res = await call('GET', `/v1/units/${unitId}/aggregate?${query}`, { as });
  expect(res.status).toBe(200);
  return res.body as { unit: unknown; year: number; depth: number; units: AggregateRow[]; totals: Totals };
}

describe('GET /v1/units/{id}/aggregate', () => {
  it('answers the unit and its direct children, each with the totals of its whole subtree', async () => {
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

    const top = await aggregate(ids.province, 'year=2025', provinceStaff);
    expect(top.unit).toEqual({ id: ids.province, name: 'Tỉnh', parentId: null });
    expect([top.year, top.depth]).toEqual([2025, 1]);
    expect(top.units.map((u) => [u.id, u.depth, u.children])).toEqual([
      [ids.province, 0, 2],
      [ids.communeA, 1, 3],
      [ids.communeB, 1, 1],
    ]);
    const [, communeA, communeB] = top.units;
    expect(communeA?.subtree).toMatchObject({
      units: 5,
      reported: 2,
      expected: 3, // three cells; the đảng bộ cơ sở in between reports through its cell
      admitted: 7,
      targets: { admitted: 3, students: 1, women: 1, awarenessClass: 4 },
      targeted: { admitted: 2, students: 1, women: 1, awarenessClass: 1 },
    });
    expect(communeB?.subtree).toMatchObject({ units: 2, reported: 1, expected: 1, admitted: 3 });
    expect(top.totals).toMatchObject({ units: 8, reported: 3, admitted: 10, targets: { admitted: 3 } });
    expect(top.totals).toEqual(top.units[0]?.subtree);

    // Every level down, each row's subtree equals the sum of its own rows' figures.
    const whole = await aggregate(ids.province, 'year=2025&depth=3', provinceStaff);
    expect(whole.units.map((u) => [u.id, u.depth])).toEqual([
      [ids.province, 0],
      [ids.communeA, 1],
      [ids.cellA1, 2],
      [ids.cellA2, 2],
      [ids.subA, 2],
      [ids.cellSub, 3],
      [ids.communeB, 1],
      [ids.cellB1, 2],
    ]);
    for (const row of whole.units) expect(row.subtree).toEqual(sumOfRows(subtreeRows(whole.units, row.id)));
    const byId = Object.fromEntries(whole.units.map((u) => [u.id, u]));
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

    const two = await aggregate(ids.province, 'year=2025&depth=2', provinceStaff);
    expect(two.units.map((u) => u.id)).not.toContain(ids.cellSub);
    expect(two.totals).toEqual(whole.totals);

    const sub = await aggregate(ids.communeA, 'year=2025', communeStaff);
    expect(sub.units.map((u) => u.id)).toEqual([ids.communeA, ids.cellA1, ids.cellA2, ids.subA]);
    expect(sub.totals).toEqual(communeA?.subtree);

    const other = await aggregate(ids.province, 'year=2024');
    expect(other.totals).toMatchObject({ reported: 1, admitted: 9, targets: { admitted: 7 } });
  });

  it('defaults to the current year (Vietnam time)', async () => {
    const p = uid('y');
    await insertUnits([[p, 'Xã', null]]);
    const res = await aggregate(p, '');
    expect(res.year).toBe(new Date(Date.now() + 7 * 3600_000).getUTCFullYear());
    expect(res.totals).toMatchObject({ units: 1, reported: 0, expected: 1 });
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
    for (const q of [
      'year=20x5',
      'year=1800',
      'year=',
      'year=2025&year=2026',
      'depth=0',
      'depth=4',
      'depth=x',
    ]) {
      expect([q, (await call('GET', `/v1/units/${p}/aggregate?${q}`, { as: ADMIN })).status]).toEqual([
        q,
        400,
      ]);
    }
  });

  it('lists 20 rows for a province of 191 units, and all of them two levels down', async () => {
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
    const children = await aggregate(p, 'year=2025');
    expect(children.units).toHaveLength(20);
    const all = await aggregate(p, 'year=2025&depth=2');
    expect(all.units).toHaveLength(191);
    expect(children.totals).toEqual(sumOfRows(all.units));
    expect(children.totals).toMatchObject({ units: 191, reported: 7, expected: 171 });
  });

  it('keeps every subtree equal to the sum of its rows for random trees, reports and targets', async () => {
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
          // unit i+1 hangs under one of the units before it, at most three levels below the root
          const depthOf = new Map<string, number>([[p, 0]]);
          const tree: Array<[string, string, string | null]> = [[p, p, null]];
          ids.slice(1).forEach((id, i) => {
            const candidates = ids.slice(0, i + 1).filter((x) => (depthOf.get(x) ?? 9) < 3);
            const parent = candidates[(parents[i] as number) % candidates.length] as string;
            depthOf.set(id, (depthOf.get(parent) as number) + 1);
            tree.push([id, id, parent]);
          });
          await insertUnits(tree);
          for (const [u, n] of reports) {
            await put(`/v1/units/${ids[u % ids.length]}/reports/2025`, ADMIN, { summary: summary(2025, n) });
          }
          for (const [u, admitted] of targets) {
            await put(`/v1/units/${ids[u % ids.length]}/targets/2025`, ADMIN, {
              admitted,
              awarenessClass: 1,
            });
          }
          const whole = await aggregate(p, 'year=2025&depth=3');
          expect(whole.units).toHaveLength(ids.length);
          for (const row of whole.units) {
            expect(row.subtree).toEqual(sumOfRows(subtreeRows(whole.units, row.id)));
          }
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
    const res = await aggregate(p, 'year=2025');
    const [, a, b] = res.units;
    expect(a?.report).toMatchObject({
      admittedReligion: 1,
      admittedYouthUnion: 2,
      admittedByMonth: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0],
    });
    expect(b?.report).toMatchObject({ admittedReligion: 0, admittedYouthUnion: 3 });
    expect(res.totals).toMatchObject({
      admittedReligion: 1,
      admittedYouthUnion: 5,
      admittedByMonth: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 2],
    });
    expect(res.totals).toEqual(sumOfRows(res.units));
  });

  it('migration 0002 fills the new columns of earlier revisions from their summary_json, and the sums follow', async () => {
    const p = uid('mig');
    await insertUnits([
      [p, 'Xã', null],
      [`${p}-cb`, 'Chi bộ', p],
    ]);
    const s = summary(2025, 4);
    s.breakdown.admitted.religion = 2;
    s.breakdown.admitted.youthUnion = 3;
    s.admittedByMonth = [0, 1, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0];
    await put(`/v1/units/${p}-cb/reports/2025`, ADMIN, { summary: s });
    // as a revision stored before the migration: the new columns at their default
    const zeros = [
      'admitted_religion',
      'admitted_youth_union',
      ...Array.from({ length: 12 }, (_, i) => `admitted_m${String(i + 1).padStart(2, '0')}`),
    ];
    await env.DB.prepare(
      `UPDATE report_revisions SET ${zeros.map((c) => `${c} = 0`).join(', ')} WHERE unit_id = ?1`,
    )
      .bind(`${p}-cb`)
      .run();
    const before = await aggregate(p, 'year=2025');
    expect(before.units[1]?.report?.admittedYouthUnion).toBe(0);
    expect(before.totals.admittedYouthUnion).toBe(0);
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0002_'));
    const update = migration?.queries.find((q) => q.trimStart().startsWith('UPDATE'));
    expect(update).toBeDefined();
    await env.DB.prepare(update as string).run();
    const after = await aggregate(p, 'year=2025');
    const expected = {
      admitted: 4,
      admittedReligion: 2,
      admittedYouthUnion: 3,
      admittedByMonth: [0, 1, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0],
    };
    expect(after.units[1]?.report).toMatchObject(expected);
    expect(after.totals).toMatchObject(expected);
  });
});
