import type { TargetsRecord } from '../../../shared/contract/targets.ts';
import type { Targets } from '../../../shared/schemas/request.ts';

interface TargetsRow {
  unit_id: string;
  year: number;
  admitted: number | null;
  students: number | null;
  women: number | null;
  awareness_class: number | null;
  set_by: string;
  set_at: string;
}

/** Only the targets that are set (NULL columns are left out). */
export function targetsOf(row: {
  admitted: number | null;
  students: number | null;
  women: number | null;
  awareness_class: number | null;
}): Targets {
  const t: Targets = {};
  if (row.admitted !== null) t.admitted = row.admitted;
  if (row.students !== null) t.students = row.students;
  if (row.women !== null) t.women = row.women;
  if (row.awareness_class !== null) t.awarenessClass = row.awareness_class;
  return t;
}

function toRecord(row: TargetsRow): TargetsRecord {
  return {
    unitId: row.unit_id,
    year: row.year,
    targets: targetsOf(row),
    setBy: row.set_by,
    setAt: row.set_at,
  };
}

export async function getTargets(
  db: D1Database,
  unitId: string,
  year: number,
): Promise<TargetsRecord | null> {
  const row = await db
    .prepare('SELECT * FROM targets WHERE unit_id = ?1 AND year = ?2')
    .bind(unitId, year)
    .first<TargetsRow>();
  return row ? toRecord(row) : null;
}

/** Sets a unit's targets for a year (a figure left out has no target). */
export async function putTargets(
  db: D1Database,
  unitId: string,
  year: number,
  targets: Targets,
  by: string,
  at: string,
): Promise<TargetsRecord> {
  const row = await db
    .prepare(
      `INSERT INTO targets (unit_id, year, admitted, students, women, awareness_class, set_by, set_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
       ON CONFLICT (unit_id, year) DO UPDATE SET
         admitted = excluded.admitted, students = excluded.students, women = excluded.women,
         awareness_class = excluded.awareness_class, set_by = excluded.set_by, set_at = excluded.set_at
       RETURNING *`,
    )
    .bind(
      unitId,
      year,
      targets.admitted ?? null,
      targets.students ?? null,
      targets.women ?? null,
      targets.awarenessClass ?? null,
      by,
      at,
    )
    .first<TargetsRow>();
  if (!row) throw new Error('targets upsert returned nothing');
  return toRecord(row);
}
