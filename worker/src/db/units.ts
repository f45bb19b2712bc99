import type { Unit } from '../schemas/units.ts';

interface UnitRow {
  id: string;
  name: string;
  parent_id: string | null;
  created_at: string;
  updated_at: string;
}

/** Deep enough for any real hierarchy; stops a recursive query should the data ever hold a cycle. */
export const MAX_DEPTH = 1000;

function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    name: row.name,
    parentId: row.parent_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getUnit(db: D1Database, id: string): Promise<Unit | null> {
  const row = await db.prepare('SELECT * FROM units WHERE id = ?1').bind(id).first<UnitRow>();
  return row ? toUnit(row) : null;
}

/** Inserts a unit; false when a unit with that id already exists. */
export async function insertUnit(
  db: D1Database,
  unit: { id: string; name: string; parentId: string | null },
  by: string,
  at: string,
): Promise<Unit | null> {
  const row = await db
    .prepare(
      `INSERT INTO units (id, name, parent_id, created_by, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?5)
       ON CONFLICT (id) DO NOTHING
       RETURNING *`,
    )
    .bind(unit.id, unit.name, unit.parentId, by, at)
    .first<UnitRow>();
  return row ? toUnit(row) : null;
}

/**
 * Renames and/or moves a unit in one statement that refuses to put a unit under itself or one of
 * its descendants (checked on the data as it is at that moment, so concurrent moves cannot make a
 * cycle). Null when refused.
 */
export async function updateUnit(
  db: D1Database,
  unit: { id: string; name: string; parentId: string | null },
  at: string,
): Promise<Unit | null> {
  const row = await db
    .prepare(
      `UPDATE units SET name = ?2, parent_id = ?3, updated_at = ?4
       WHERE id = ?1
         AND (?3 IS NULL OR ?1 NOT IN (
           WITH RECURSIVE ancestors (id, depth) AS (
             SELECT ?3, 0
             UNION ALL
             SELECT u.parent_id, a.depth + 1 FROM units u JOIN ancestors a ON u.id = a.id
             WHERE u.parent_id IS NOT NULL AND a.depth < ${MAX_DEPTH}
           )
           SELECT id FROM ancestors))
       RETURNING *`,
    )
    .bind(unit.id, unit.name, unit.parentId, at)
    .first<UnitRow>();
  return row ? toUnit(row) : null;
}
