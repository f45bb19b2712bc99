import { FIGURE_COLUMNS } from '../lib/figures.ts';
import { ROLLUP_COLUMNS, TARGET_COLUMNS } from '../lib/rollups.ts';

/**
 * The subtree sums recomputed from the base tables alone (units, targets, report_revisions) — not
 * from unit_paths or any other table the triggers of migration 0003 keep — so a drift in what the
 * triggers maintain shows as a difference.
 */
const DOWN = `down (ancestor_id, unit_id) AS (
  SELECT id, id FROM units
  UNION
  SELECT d.ancestor_id, u.id FROM units u JOIN down d ON u.parent_id = d.unit_id
)`;

/** Units whose stored shape (unit_subtrees) differs from the recomputed one. */
const SHAPE_SQL = `
WITH RECURSIVE ${DOWN},
leaf AS (SELECT id FROM units u WHERE NOT EXISTS (SELECT 1 FROM units c WHERE c.parent_id = u.id)),
shape AS (
  SELECT d.ancestor_id AS unit_id, COUNT(*) AS units, COUNT(l.id) AS leaves,
         (SELECT COUNT(*) FROM units c WHERE c.parent_id = d.ancestor_id) AS children
  FROM down d LEFT JOIN leaf l ON l.id = d.unit_id
  GROUP BY d.ancestor_id
)
SELECT e.unit_id, e.units, e.leaves, e.children,
       s.units AS stored_units, s.leaves AS stored_leaves, s.children AS stored_children
FROM shape e LEFT JOIN unit_subtrees s ON s.unit_id = e.unit_id
WHERE s.units IS NOT e.units OR s.leaves IS NOT e.leaves OR s.children IS NOT e.children
LIMIT ?1`;

const OWN_FIGURES = FIGURE_COLUMNS.map((c) => `l.${c}`).join(', ');
const ZERO_FIGURES = FIGURE_COLUMNS.map(() => '0').join(', ');

/** (unit, column) pairs of year ?1 whose stored rollup differs from the recomputed one. */
const ROLLUP_SQL = `
WITH RECURSIVE ${DOWN},
latest AS (
  SELECT r.* FROM report_revisions r
  WHERE r.year = ?1
    AND r.revision = (SELECT MAX(x.revision) FROM report_revisions x WHERE x.unit_id = r.unit_id AND x.year = ?1)
),
own (unit_id, ${ROLLUP_COLUMNS.join(', ')}) AS (
  SELECT l.unit_id, 1, NOT EXISTS (SELECT 1 FROM units c WHERE c.parent_id = l.unit_id),
         ${TARGET_COLUMNS.map(() => '0, 0').join(', ')}, ${OWN_FIGURES}
  FROM latest l
  UNION ALL
  SELECT t.unit_id, 0, 0, ${TARGET_COLUMNS.map((c) => `COALESCE(t.${c}, 0)`).join(', ')},
         ${TARGET_COLUMNS.map((c) => `t.${c} IS NOT NULL`).join(', ')}, ${ZERO_FIGURES}
  FROM targets t WHERE t.year = ?1
),
expected AS (
  SELECT d.ancestor_id AS unit_id, ${ROLLUP_COLUMNS.map((c) => `SUM(o.${c}) AS ${c}`).join(', ')}
  FROM own o JOIN down d ON d.unit_id = o.unit_id
  GROUP BY d.ancestor_id
),
keys AS (SELECT unit_id FROM expected UNION SELECT unit_id FROM unit_rollups WHERE year = ?1)
SELECT k.unit_id, ${ROLLUP_COLUMNS.map((c) => `COALESCE(e.${c}, 0) AS e_${c}, COALESCE(r.${c}, 0) AS s_${c}`).join(', ')}
FROM keys k
LEFT JOIN expected e ON e.unit_id = k.unit_id
LEFT JOIN unit_rollups r ON r.unit_id = k.unit_id AND r.year = ?1
WHERE ${ROLLUP_COLUMNS.map((c) => `COALESCE(e.${c}, 0) <> COALESCE(r.${c}, 0)`).join(' OR ')}
LIMIT ?2`;

export interface RollupDifference {
  unitId: string;
  /** absent for the year-independent shape (units, leaves, children) */
  year?: number;
  column: string;
  stored: number | null;
  expected: number;
}

/** At most `limit` differences between the stored rollups of `year` (and the shapes) and a recomputation. */
export async function checkRollups(db: D1Database, year: number, limit: number): Promise<RollupDifference[]> {
  const [shapes, rollups] = await db.batch<Record<string, number | string | null>>([
    db.prepare(SHAPE_SQL).bind(limit),
    db.prepare(ROLLUP_SQL).bind(year, limit),
  ]);
  const out: RollupDifference[] = [];
  for (const r of shapes?.results ?? []) {
    for (const c of ['units', 'leaves', 'children']) {
      if (r[c] !== r[`stored_${c}`]) {
        out.push({
          unitId: String(r.unit_id),
          column: c,
          stored: r[`stored_${c}`] as number | null,
          expected: r[c] as number,
        });
      }
    }
  }
  for (const r of rollups?.results ?? []) {
    for (const c of ROLLUP_COLUMNS) {
      if (r[`e_${c}`] !== r[`s_${c}`]) {
        out.push({
          unitId: String(r.unit_id),
          year,
          column: c,
          stored: r[`s_${c}`] as number,
          expected: r[`e_${c}`] as number,
        });
      }
    }
  }
  return out.slice(0, limit);
}
