import type { AggregateRow } from '../../../shared/contract/aggregate.ts';
import { FIGURE_COLUMNS, type FigureRow, rowToFigures } from '../lib/figures.ts';
import { ROLLUP_COLUMNS, type RollupRow, type ShapeRow, toTotals } from '../lib/rollups.ts';
import { targetsOf } from './targets.ts';

/**
 * D1 answers at most 100 columns: the pool's three figures (migration 0005) come as one text
 * column each for the revision and the rollup, "ready leaving age". (A json_array of every figure
 * would do too, but D1 then counts the listed rows as read several times over.)
 */
const POOL_COLUMNS = ['pool_ready', 'pool_blocked_leaving', 'pool_blocked_age'] as const;
const isPool = (c: string) => (POOL_COLUMNS as readonly string[]).includes(c);
const SELECTED_FIGURES = FIGURE_COLUMNS.filter((c) => !isPool(c));
const SELECTED_ROLLUPS = ROLLUP_COLUMNS.filter((c) => !isPool(c));
const packed = (table: string, as: string) =>
  `${POOL_COLUMNS.map((c) => `COALESCE(${table}${c}, 0)`).join(" || ' ' || ")} AS ${as}`;

/** The three pool figures of a packed column, by name. */
function unpack(text: string | null): Record<(typeof POOL_COLUMNS)[number], number> {
  const [ready, leaving, age] = (text ?? '0 0 0').split(' ').map(Number);
  return { pool_ready: ready ?? 0, pool_blocked_leaving: leaving ?? 0, pool_blocked_age: age ?? 0 };
}

/**
 * The unit ?1 and its subordinates down to ?3 levels (at most ?4 rows), each with its own targets
 * and latest report for year ?2 and its subtree's rollup (migration 0003): the cost is one row per
 * unit listed, whatever lies below them. `path` (ids joined by spaces, which sort before any id
 * character) orders the rows depth-first.
 */
const AGGREGATE_SQL = `
WITH RECURSIVE tree (id, name, parent_id, depth, path) AS (
  SELECT id, name, parent_id, 0, id FROM units WHERE id = ?1
  UNION ALL
  SELECT u.id, u.name, u.parent_id, t.depth + 1, t.path || ' ' || u.id
  FROM tree t JOIN units u ON u.parent_id = t.id
  WHERE t.depth < ?3
  LIMIT ?4
)
SELECT t.id, t.name, t.parent_id, t.depth, s.units AS shape_units, s.leaves AS shape_leaves,
       s.children AS shape_children,
       tg.unit_id IS NOT NULL AS has_targets,
       tg.admitted AS own_target_admitted, tg.students AS own_target_students,
       tg.women AS own_target_women, tg.awareness_class AS own_target_awareness_class,
       r.revision, r.submitted_by, r.submitted_at,
       ${SELECTED_FIGURES.map((c) => `r.${c}`).join(', ')},
       ${SELECTED_ROLLUPS.map((c) => `COALESCE(ro.${c}, 0) AS sub_${c}`).join(', ')},
       ${packed('r.', 'pool')}, ${packed('ro.', 'sub_pool')}
FROM tree t
JOIN unit_subtrees s ON s.unit_id = t.id
LEFT JOIN unit_rollups ro ON ro.unit_id = t.id AND ro.year = ?2
LEFT JOIN targets tg ON tg.unit_id = t.id AND tg.year = ?2
LEFT JOIN report_revisions r ON r.unit_id = t.id AND r.year = ?2
  AND r.revision = (SELECT MAX(x.revision) FROM report_revisions x WHERE x.unit_id = t.id AND x.year = ?2)
ORDER BY t.path`;

type Row = {
  id: string;
  name: string;
  parent_id: string | null;
  depth: number;
  shape_units: number;
  shape_leaves: number;
  shape_children: number;
  has_targets: number;
  own_target_admitted: number | null;
  own_target_students: number | null;
  own_target_women: number | null;
  own_target_awareness_class: number | null;
  revision: number | null;
  submitted_by: string | null;
  submitted_at: string | null;
  pool: string | null;
  sub_pool: string;
} & { [K in keyof FigureRow]: number | null } & Record<string, number | string | null>;

function rollupOf(r: Row): RollupRow {
  const sums = Object.fromEntries(SELECTED_ROLLUPS.map((c) => [c, r[`sub_${c}`] as number]));
  return { ...sums, ...unpack(r.sub_pool) } as RollupRow;
}

function shapeOf(r: Row): ShapeRow {
  return { units: r.shape_units, leaves: r.shape_leaves, children: r.shape_children };
}

function toAggregateRow(r: Row): AggregateRow {
  const row: AggregateRow = {
    id: r.id,
    name: r.name,
    parentId: r.parent_id,
    depth: r.depth,
    children: r.shape_children,
    reported: false,
    subtree: toTotals(shapeOf(r), rollupOf(r)),
  };
  if (r.has_targets) {
    row.targets = targetsOf({
      admitted: r.own_target_admitted,
      students: r.own_target_students,
      women: r.own_target_women,
      awareness_class: r.own_target_awareness_class,
    });
  }
  if (r.revision !== null) {
    row.reported = true;
    row.report = {
      revision: r.revision,
      submittedBy: r.submitted_by ?? '',
      submittedAt: r.submitted_at ?? '',
      ...rowToFigures({ ...r, ...unpack(r.pool) } as FigureRow),
    };
  }
  return row;
}

/** What an aggregate read answers, with what it cost D1. */
export interface AggregateRead {
  /** the unit first, then depth-first; empty when the unit does not exist */
  rows: AggregateRow[];
  /** more rows than the limit lie within the levels asked */
  truncated: boolean;
  /** D1's own count of rows read */
  rowsRead: number;
}

/** The unit and its subordinates down to `depth` levels, at most `maxRows` rows. */
export async function aggregate(
  db: D1Database,
  unitId: string,
  year: number,
  options: { depth: number; maxRows: number },
): Promise<AggregateRead> {
  const result = await db
    .prepare(AGGREGATE_SQL)
    .bind(unitId, year, options.depth, options.maxRows + 1)
    .all<Row>();
  const rows = result.results;
  const truncated = rows.length > options.maxRows;
  return {
    rows: (truncated ? rows.slice(0, options.maxRows) : rows).map(toAggregateRow),
    truncated,
    rowsRead: result.meta.rows_read ?? 0,
  };
}
