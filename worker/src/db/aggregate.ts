import { FIGURE_COLUMNS, type FigureRow, rowToFigures } from '../lib/figures.ts';
import type { AggregateRow, Totals } from '../schemas/aggregate.ts';
import { targetsOf } from './targets.ts';
import { MAX_DEPTH } from './units.ts';

/**
 * The subtree of ?1 (any depth), each unit with its targets and latest report for year ?2.
 * `path` (ids joined by spaces, which sort before any id character) orders the rows depth-first.
 */
const SUBTREE_ROWS = `
WITH RECURSIVE subtree (id, name, parent_id, depth, path) AS (
  SELECT id, name, parent_id, 0, id FROM units WHERE id = ?1
  UNION ALL
  SELECT u.id, u.name, u.parent_id, s.depth + 1, s.path || ' ' || u.id
  FROM units u JOIN subtree s ON u.parent_id = s.id
  WHERE s.depth < ${MAX_DEPTH}
),
rows AS (
  SELECT s.id, s.name, s.parent_id, s.depth, s.path,
         t.unit_id IS NOT NULL AS has_targets,
         t.admitted AS target_admitted, t.students AS target_students,
         t.women AS target_women, t.awareness_class AS target_awareness_class,
         r.revision, r.submitted_by, r.submitted_at,
         ${FIGURE_COLUMNS.map((c) => `r.${c}`).join(', ')}
  FROM subtree s
  LEFT JOIN targets t ON t.unit_id = s.id AND t.year = ?2
  LEFT JOIN report_revisions r ON r.unit_id = s.id AND r.year = ?2
    AND r.revision = (SELECT MAX(x.revision) FROM report_revisions x WHERE x.unit_id = s.id AND x.year = ?2)
)`;

const ROWS_SQL = `${SUBTREE_ROWS}
SELECT * FROM rows ORDER BY path`;

/** Totals over exactly the same rows, computed by SQLite. */
const TOTALS_SQL = `${SUBTREE_ROWS}
SELECT COUNT(*) AS units, COUNT(revision) AS reported,
       COALESCE(SUM(target_admitted), 0) AS target_admitted,
       COALESCE(SUM(target_students), 0) AS target_students,
       COALESCE(SUM(target_women), 0) AS target_women,
       COALESCE(SUM(target_awareness_class), 0) AS target_awareness_class,
       ${FIGURE_COLUMNS.map((c) => `COALESCE(SUM(${c}), 0) AS ${c}`).join(',\n       ')}
FROM rows`;

type Row = {
  id: string;
  name: string;
  parent_id: string | null;
  depth: number;
  has_targets: number;
  target_admitted: number | null;
  target_students: number | null;
  target_women: number | null;
  target_awareness_class: number | null;
  revision: number | null;
  submitted_by: string | null;
  submitted_at: string | null;
} & { [K in keyof FigureRow]: number | null };

type TotalsRow = {
  units: number;
  reported: number;
  target_admitted: number;
  target_students: number;
  target_women: number;
  target_awareness_class: number;
} & FigureRow;

function toAggregateRow(r: Row): AggregateRow {
  const row: AggregateRow = {
    id: r.id,
    name: r.name,
    parentId: r.parent_id,
    depth: r.depth,
    reported: false,
  };
  if (r.has_targets) {
    row.targets = targetsOf({
      admitted: r.target_admitted,
      students: r.target_students,
      women: r.target_women,
      awareness_class: r.target_awareness_class,
    });
  }
  if (r.revision !== null) {
    row.reported = true;
    row.report = {
      revision: r.revision,
      submittedBy: r.submitted_by ?? '',
      submittedAt: r.submitted_at ?? '',
      ...rowToFigures(r as FigureRow),
    };
  }
  return row;
}

function toTotals(t: TotalsRow): Totals {
  return {
    units: t.units,
    reported: t.reported,
    targets: {
      admitted: t.target_admitted,
      students: t.target_students,
      women: t.target_women,
      awarenessClass: t.target_awareness_class,
    },
    ...rowToFigures(t),
  };
}

/** The subtree's rows and totals, read in one batch (one transaction): the totals match the rows. */
export async function aggregate(
  db: D1Database,
  unitId: string,
  year: number,
): Promise<{ rows: AggregateRow[]; totals: Totals }> {
  const [rows, totals] = await db.batch([
    db.prepare(ROWS_SQL).bind(unitId, year),
    db.prepare(TOTALS_SQL).bind(unitId, year),
  ]);
  const totalsRow = (totals?.results[0] ?? null) as TotalsRow | null;
  if (!totalsRow) throw new Error('aggregate totals query returned no row');
  return { rows: ((rows?.results ?? []) as Row[]).map(toAggregateRow), totals: toTotals(totalsRow) };
}
