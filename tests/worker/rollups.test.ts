import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS } from '../../worker/src/lib/figures.ts';
import { ROLLUP_COLUMNS } from '../../worker/src/lib/rollups.ts';
import { summary } from './fixtures.ts';
import { ADMIN, call, insertUnits, uid } from './helpers.ts';

type Sums = Record<string, number>;

/**
 * Every unit's subtree sums for `year`, recomputed here in JavaScript from the base tables (units,
 * targets, the latest report of each unit): what unit_rollups and unit_subtrees must hold.
 */
async function recompute(year: number): Promise<Map<string, Sums>> {
  const [units, targets, reports] = await env.DB.batch<Record<string, number | string | null>>([
    env.DB.prepare('SELECT id, parent_id FROM units'),
    env.DB.prepare('SELECT * FROM targets WHERE year = ?1').bind(year),
    env.DB.prepare(
      `SELECT r.* FROM report_revisions r WHERE r.year = ?1 AND r.revision =
         (SELECT MAX(x.revision) FROM report_revisions x WHERE x.unit_id = r.unit_id AND x.year = ?1)`,
    ).bind(year),
  ]);
  const parent = new Map(units!.results.map((u) => [u.id as string, u.parent_id as string | null]));
  const hasChildren = new Set(parent.values());
  const own = new Map<string, Sums>();
  const zero = (): Sums => ({
    units: 0,
    leaves: 0,
    children: 0,
    ...Object.fromEntries(ROLLUP_COLUMNS.map((c) => [c, 0])),
  });
  for (const id of parent.keys()) {
    const s = zero();
    s.units = 1;
    s.leaves = hasChildren.has(id) ? 0 : 1;
    own.set(id, s);
  }
  for (const t of targets!.results) {
    const s = own.get(t.unit_id as string) as Sums;
    for (const c of ['admitted', 'students', 'women', 'awareness_class']) {
      if (t[c] !== null) {
        s[`target_${c}`] = t[c] as number;
        s[`targeted_${c}`] = 1;
      }
    }
  }
  for (const r of reports!.results) {
    const s = own.get(r.unit_id as string) as Sums;
    s.reported = 1;
    s.reported_leaves = s.leaves as number;
    for (const c of FIGURE_COLUMNS) s[c] = r[c] as number;
  }
  const sums = new Map<string, Sums>([...parent.keys()].map((id) => [id, zero()]));
  for (const [id, s] of own) {
    for (let cur: string | null | undefined = id, guard = 0; cur && guard < 100; guard++) {
      const into = sums.get(cur) as Sums;
      for (const [k, v] of Object.entries(s)) if (k !== 'children') into[k] = (into[k] as number) + v;
      cur = parent.get(cur);
    }
  }
  // children are counted once, by the parent, not summed up the tree
  for (const p of parent.values()) if (p) (sums.get(p) as Sums).children! += 1;
  return sums;
}

/** What the database holds for the same units. */
async function stored(year: number): Promise<Map<string, Sums>> {
  const { results } = await env.DB.prepare(
    `SELECT s.unit_id, s.units, s.leaves, s.children, ${ROLLUP_COLUMNS.map((c) => `COALESCE(r.${c}, 0) AS ${c}`).join(', ')}
     FROM unit_subtrees s LEFT JOIN unit_rollups r ON r.unit_id = s.unit_id AND r.year = ?1`,
  )
    .bind(year)
    .all<Record<string, number | string>>();
  return new Map(results.map(({ unit_id, ...rest }) => [unit_id as string, rest as Sums]));
}

async function put(path: string, body: unknown): Promise<number> {
  return (await call('PUT', path, { as: ADMIN, body })).status;
}

describe('subtree rollups (migration 0003)', () => {
  it('equal a recomputation from the reports after any sequence of report, target, move and new-unit writes', async () => {
    // Moves and reports weigh most: a move of a reporting unit, or of the only child of one, is
    // where the sums are hardest to keep.
    const write = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record({
          kind: fc.constant('report' as const),
          unit: fc.nat(),
          n: fc.nat({ max: 40 }),
          year: fc.constantFrom(2025, 2026),
        }),
      },
      fc.record({
        kind: fc.constant('target' as const),
        unit: fc.nat(),
        admitted: fc.option(fc.nat({ max: 20 }), { nil: undefined }),
        awarenessClass: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
        year: fc.constantFrom(2025, 2026),
      }),
      {
        weight: 3,
        arbitrary: fc.record({ kind: fc.constant('move' as const), unit: fc.nat(), to: fc.nat() }),
      },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), under: fc.nat() }) },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.array(write, { maxLength: 30 }),
        async (parents, writes) => {
          const p = uid('roll');
          const ids = [p, ...parents.map((_, i) => `${p}-${i}`)];
          await insertUnits(
            ids.map((id, i) => [id, id, i === 0 ? null : (ids[(parents[i - 1] as number) % i] as string)]),
          );
          for (const w of writes) {
            const pick = (n: number) => ids[n % ids.length] as string;
            if (w.kind === 'report') {
              expect(
                await put(`/v1/units/${pick(w.unit)}/reports/${w.year}`, { summary: summary(w.year, w.n) }),
              ).toBeLessThan(300);
            } else if (w.kind === 'target') {
              const targets = {
                ...(w.admitted === undefined ? {} : { admitted: w.admitted }),
                ...(w.awarenessClass === undefined ? {} : { awarenessClass: w.awarenessClass }),
              };
              expect(await put(`/v1/units/${pick(w.unit)}/targets/${w.year}`, targets)).toBeLessThan(300);
            } else if (w.kind === 'move') {
              const unit = pick(w.unit);
              // a move under itself or a descendant is refused (422) and changes nothing
              expect([200, 422]).toContain(
                await put(`/v1/units/${unit}`, { name: unit, parentId: pick(w.to) }),
              );
            } else {
              const id = `${p}-n${ids.length}`;
              expect(await put(`/v1/units/${id}`, { name: id, parentId: pick(w.under) })).toBeLessThan(300);
              ids.push(id);
            }
          }
          for (const year of [2025, 2026]) {
            const [want, have] = [await recompute(year), await stored(year)];
            for (const id of ids) expect([id, year, have.get(id)]).toEqual([id, year, want.get(id)]);
          }
        },
      ),
      { numRuns: 40 },
    );
    // …and the admin check, which recomputes in SQL, finds nothing either.
    const check = await call('GET', '/v1/admin/rollups?year=2025', { as: ADMIN });
    expect(check.status).toBe(200);
    expect(check.body).toEqual({ year: 2025, consistent: true, differences: [] });
  });

  it('migrations 0003 and 0005 build from existing data exactly what the triggers keep', async () => {
    const p = uid('mig3');
    await insertUnits([
      [p, 'Xã', null],
      [`${p}-db`, 'Đảng bộ bộ phận', p],
      [`${p}-db-1`, 'Chi bộ 1', `${p}-db`],
      [`${p}-db-2`, 'Chi bộ 2', `${p}-db`],
      [`${p}-3`, 'Chi bộ 3', p],
    ]);
    for (const [unit, n] of [
      [`${p}-db-1`, 3],
      [`${p}-db-1`, 5], // a later revision replaces the first
      [`${p}-db`, 1], // an intermediate unit reporting figures of its own
      [`${p}-3`, 2],
    ] as const) {
      expect(await put(`/v1/units/${unit}/reports/2025`, { summary: summary(2025, n) })).toBeLessThan(300);
    }
    expect(await put(`/v1/units/${p}-db-2/targets/2025`, { admitted: 4, awarenessClass: 1 })).toBe(200);
    expect(await put(`/v1/units/${p}-3`, { name: 'Chi bộ 3', parentId: `${p}-db` })).toBe(200);
    const tables = ['unit_paths', 'unit_subtrees', 'unit_rollups'];
    // A sum that went back to all zeros may keep its row (a missing row reads as zeros too).
    const nonZero = ROLLUP_COLUMNS.map((c) => `${c} <> 0`).join(' OR ');
    const where = (t: string) => (t === 'unit_rollups' ? `WHERE ${nonZero}` : '');
    const snapshot = async () =>
      Promise.all(
        tables.map(
          async (t) => (await env.DB.prepare(`SELECT * FROM ${t} ${where(t)} ORDER BY 1, 2`).all()).results,
        ),
      );
    const kept = await snapshot();
    // The migration's own statements that fill the tables, run again on emptied tables.
    const fills = (env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0003_'))?.queries ?? []).filter((q) =>
      tables.some((t) => q.includes(`INSERT INTO ${t} `) && !q.includes('CREATE TRIGGER')),
    );
    expect(fills).toHaveLength(3);
    // …and the later migration's that fills the columns it added (0005: the pool's figures)
    const later = (env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0005_'))?.queries ?? []).filter((q) =>
      q
        .replace(/^\s*--.*$/gm, '')
        .trimStart()
        .startsWith('WITH'),
    );
    expect(later).toHaveLength(1);
    for (const t of tables) await env.DB.prepare(`DELETE FROM ${t}`).run();
    for (const q of [...fills, ...later]) await env.DB.prepare(q).run();
    expect(await snapshot()).toEqual(kept);
  });

  it('the admin check names a sum that drifted, and is for admins only', async () => {
    const p = uid('drift');
    await insertUnits([
      [p, 'Xã', null],
      [`${p}-1`, 'Chi bộ', p],
    ]);
    expect(await put(`/v1/units/${p}-1/reports/2025`, { summary: summary(2025, 3) })).toBe(201);
    await env.DB.prepare('UPDATE unit_rollups SET admitted = admitted + 1 WHERE unit_id = ?1 AND year = 2025')
      .bind(p)
      .run();
    const check = await call('GET', '/v1/admin/rollups?year=2025', { as: ADMIN });
    expect(check.body.consistent).toBe(false);
    expect(check.body.differences).toEqual([
      { unitId: p, year: 2025, column: 'admitted', stored: 4, expected: 3 },
    ]);
    expect((await call('GET', '/v1/admin/rollups?year=2025', { as: `${p}@example.org` })).status).toBe(403);
    await env.DB.prepare('UPDATE unit_rollups SET admitted = admitted - 1 WHERE unit_id = ?1 AND year = 2025')
      .bind(p)
      .run();
  });

  it('reads about as many D1 rows for a root over 931 units as for one of its communes', async () => {
    const p = uid('rows');
    const tree: Array<[string, string, string | null]> = [[p, 'Toàn quốc', null]];
    for (let c = 0; c < 30; c++) {
      tree.push([`${p}-x${c}`, `Xã ${c}`, p]);
      for (let k = 0; k < 30; k++) tree.push([`${p}-x${c}-${k}`, `Chi bộ ${c}.${k}`, `${p}-x${c}`]);
    }
    await insertUnits(tree);
    // every cell reports, written straight to the table (the triggers keep the sums)
    const cols = FIGURE_COLUMNS.join(', ');
    await env.DB.prepare(
      `INSERT INTO report_revisions (unit_id, year, revision, body_hash, summary_json, submitted_by, submitted_at, ${cols})
       SELECT id, 2025, 1, 'h', '{}', 'test', '2025-06-01T00:00:00Z', ${FIGURE_COLUMNS.map(() => '1').join(', ')}
       FROM units WHERE parent_id LIKE ?1`,
    )
      .bind(`${p}-x%`)
      .run();
    const rowsRead = async (unitId: string) => {
      const res = await call('GET', `/v1/units/${unitId}/aggregate?year=2025`, { as: ADMIN });
      expect(res.status).toBe(200);
      const metric = /d1-rows-read;dur=(\d+)/.exec(res.headers.get('Server-Timing') ?? '');
      expect(metric).not.toBeNull();
      return { rows: Number(metric?.[1]), totals: res.body.totals };
    };
    const root = await rowsRead(p);
    const commune = await rowsRead(`${p}-x0`);
    expect(root.totals).toMatchObject({ units: 931, reported: 900, admitted: 900 });
    expect(commune.totals).toMatchObject({ units: 31, reported: 30, admitted: 30 });
    // Both list 31 rows; the root's cost does not grow with the 900 cells below its communes.
    expect(root.rows).toBeLessThanOrEqual(commune.rows * 1.5);
    expect(root.rows).toBeLessThan(931);
  });
});
