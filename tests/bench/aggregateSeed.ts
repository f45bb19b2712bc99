/**
 * SQL that seeds a national tree for `npm run bench:aggregate`, in a handful of INSERT … SELECT
 * statements (the rollup triggers of migration 0003 do the rest, row by row): a root, then levels
 * of the given fan-outs, each unit of the last level a cell with targets, and nine cells in ten
 * with a report. No HTTP: the statements run through wrangler's local D1.
 */
import { FIGURE_COLUMNS } from '../../worker/src/lib/figures.ts';

export const BENCH_ROOT = 'bench';

/** Units in a tree of these fan-outs, root included. */
export function unitCount(fanOuts: readonly number[]): number {
  let level = 1;
  let total = 1;
  for (const f of fanOuts) {
    level *= f;
    total += level;
  }
  return total;
}

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/** Figures derived from the cell's number k, so that a run seeds the same data every time. */
const figure = (c: (typeof FIGURE_COLUMNS)[number]): string =>
  c === 'admitted'
    ? '(k % 4)'
    : c.startsWith('admitted_m')
      ? c === 'admitted_m03'
        ? '(k % 4)'
        : '0'
      : '(k % 3)';

export function seedSql(fanOuts: readonly number[], year: number): string {
  const names = ['Tỉnh', 'Xã', 'Chi bộ'];
  const out: string[] = [
    `INSERT INTO units (id, name, parent_id, created_by, created_at, updated_at)
     VALUES ('${BENCH_ROOT}', 'Toàn quốc (bench)', NULL, 'bench', ${NOW}, ${NOW});`,
  ];
  fanOuts.forEach((fan, level) => {
    const label = names[names.length - fanOuts.length + level] ?? `Cấp ${level + 1}`;
    // the units of the level above: their ids have `level` dashes after the root's
    out.push(`WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${fan})
INSERT INTO units (id, name, parent_id, created_by, created_at, updated_at)
SELECT p.id || '-' || n.i, '${label} ' || substr(p.id || '-' || n.i, ${BENCH_ROOT.length + 2}), p.id, 'bench', ${NOW}, ${NOW}
FROM units p, n
WHERE p.id LIKE '${BENCH_ROOT}%' AND length(p.id) - length(replace(p.id, '-', '')) = ${level};`);
  });
  const leafLevel = fanOuts.length;
  const cells = `(SELECT id, row_number() OVER (ORDER BY id) AS k FROM units
  WHERE id LIKE '${BENCH_ROOT}-%' AND length(id) - length(replace(id, '-', '')) = ${leafLevel})`;
  out.push(`INSERT INTO targets (unit_id, year, admitted, students, women, awareness_class, set_by, set_at)
SELECT id, ${year}, 2, 1, 1, 6, 'bench', ${NOW} FROM ${cells};`);
  out.push(`INSERT INTO report_revisions (unit_id, year, revision, body_hash, summary_json, submitted_by, submitted_at,
  ${FIGURE_COLUMNS.join(', ')})
SELECT id, ${year}, 1, 'bench-' || k, '{}', 'bench', ${NOW},
  ${FIGURE_COLUMNS.map(figure).join(', ')}
FROM ${cells} WHERE k % 10 <> 0;`);
  return `${out.join('\n\n')}\n`;
}
