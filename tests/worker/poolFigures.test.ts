/**
 * The pool's own figures (summary.pool, migration 0005) go up with a report and come back summed:
 * "đủ điều kiện, chờ chi bộ xét" and the two "blocked" counts over the people still in the unit,
 * beside byStage and the forecast, which count every row. A report from an add-on older than the
 * field counts as it was sent.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { AggregateRow, Totals } from '../../shared/contract/aggregate.ts';
import { summary } from './fixtures.ts';
import { ADMIN, call, insertUnits, uid } from './helpers.ts';

async function put(path: string, body: unknown) {
  const res = await call('PUT', path, { as: ADMIN, body });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
}

describe('the pool’s figures in reports and aggregates', () => {
  it('stores them as sent, sums them up the tree, and reads an older report as it was counted', async () => {
    const p = uid('pool');
    const [a, b] = [`${p}-a`, `${p}-b`];
    await insertUnits([
      [p, 'Xã', null],
      [a, 'Chi bộ A', p],
      [b, 'Chi bộ B', p],
    ]);
    // A: 2 ready rows, 1 of them past the leaving date; 2 blocked by leaving, 1 of them gone
    const withPool = summary(2025, 2);
    withPool.forecast = { ...withPool.forecast, blockedByLeaving: 2, blockedByAge: 1 };
    withPool.pastLeaving = 2;
    withPool.pool = { ready: 1, blockedByLeaving: 1, blockedByAge: 1 };
    await put(`/v1/units/${a}/reports/2025`, { summary: withPool });
    // B: sent before the pool's figures existed
    const older = summary(2025, 3);
    delete older.pool;
    await put(`/v1/units/${b}/reports/2025`, { summary: older });

    const res = await call('GET', `/v1/units/${p}/aggregate?year=2025`, { as: ADMIN });
    expect(res.status).toBe(200);
    const body = res.body as { units: AggregateRow[]; totals: Totals };
    const [, rowA, rowB] = body.units;
    expect(rowA?.report?.byStage.ready).toBe(2);
    expect(rowA?.report?.pool).toEqual({ ready: 1, blockedByLeaving: 1, blockedByAge: 1 });
    expect(rowA?.subtree.pool).toEqual({ ready: 1, blockedByLeaving: 1, blockedByAge: 1 });
    expect(rowB?.report?.pool).toEqual({ ready: 3, blockedByLeaving: 3, blockedByAge: 0 });
    expect(body.totals.pool).toEqual({ ready: 4, blockedByLeaving: 4, blockedByAge: 1 });
    expect(body.totals.byStage.ready).toBe(5);
    expect(body.totals.forecast.blockedByLeaving).toBe(5);
  });

  it('migration 0005 fills earlier revisions from their summary, else from their counts, and the sums follow', async () => {
    const p = uid('mig5');
    const [a, b] = [`${p}-a`, `${p}-b`];
    await insertUnits([
      [p, 'Xã', null],
      [a, 'Chi bộ A', p],
      [b, 'Chi bộ B', p],
    ]);
    const withPool = summary(2025, 2);
    withPool.pool = { ready: 1, blockedByLeaving: 0, blockedByAge: 1 };
    await put(`/v1/units/${a}/reports/2025`, { summary: withPool });
    const older = summary(2025, 3);
    delete older.pool;
    await put(`/v1/units/${b}/reports/2025`, { summary: older });
    // as revisions stored before the migration: its columns at their default (the sums follow)
    await env.DB.prepare(
      'UPDATE report_revisions SET pool_ready = 0, pool_blocked_leaving = 0, pool_blocked_age = 0 WHERE unit_id IN (?1, ?2)',
    )
      .bind(a, b)
      .run();
    const totals = async () => {
      const res = await call('GET', `/v1/units/${p}/aggregate?year=2025`, { as: ADMIN });
      return (res.body as { totals: Totals }).totals.pool;
    };
    expect(await totals()).toEqual({ ready: 0, blockedByLeaving: 0, blockedByAge: 0 });
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0005_'));
    // its statements that fill the new columns (each may start with its comment lines)
    const fills = (migration?.queries ?? []).filter((q) =>
      /^(WITH|UPDATE)/.test(q.replace(/^\s*--.*$/gm, '').trimStart()),
    );
    expect(fills).toHaveLength(2);
    for (const q of fills) await env.DB.prepare(q).run();
    expect(await totals()).toEqual({ ready: 1 + 3, blockedByLeaving: 0 + 3, blockedByAge: 1 + 0 });
  });
});
