import type { Unit } from '../../../shared/contract/units.ts';

interface UnitRow {
  id: string;
  name: string;
  parent_id: string | null;
  created_at: string;
  updated_at: string;
}

/** Deep enough for any real hierarchy; stops a recursive query should the data ever hold a cycle. */
export const MAX_DEPTH = 1000;

/**
 * The most levels a tree of units may have (a top-level unit is level 1). Real hierarchies have
 * five or six (cell → grassroots committee → commune → province → centre); the bound keeps every
 * ancestor walk far below MAX_DEPTH, so no walk is ever cut short (docs/security.md).
 */
export const MAX_TREE_DEPTH = 32;

/**
 * SQL for the level of unit ?3 (1 = top-level) when its ancestor walk ends at a root without
 * meeting unit ?1, else a number past MAX_TREE_DEPTH (a loop through ?1, a walk that never ends
 * at a root, or simply too deep).
 */
const PARENT_LEVEL = `(
  WITH RECURSIVE up (id, parent, level) AS (
    SELECT id, parent_id, 1 FROM units WHERE id = ?3
    UNION ALL
    SELECT u.id, u.parent_id, up.level + 1 FROM up JOIN units u ON u.id = up.parent
    WHERE up.id <> ?1 AND up.level <= ${MAX_TREE_DEPTH}
  )
  SELECT CASE
    WHEN EXISTS (SELECT 1 FROM up WHERE id = ?1) THEN ${MAX_TREE_DEPTH + 1}
    ELSE coalesce((SELECT level FROM up WHERE parent IS NULL), ${MAX_TREE_DEPTH + 1})
  END)`;

/** SQL for the number of levels of the subtree under unit ?1 (1 = no children), capped past MAX_TREE_DEPTH. */
const SUBTREE_HEIGHT = `(
  WITH RECURSIVE down (id, level) AS (
    SELECT ?1, 1
    UNION ALL
    SELECT u.id, down.level + 1 FROM down JOIN units u ON u.parent_id = down.id
    WHERE down.level <= ${MAX_TREE_DEPTH}
  )
  SELECT max(level) FROM down)`;

/** Why a unit cannot go under a parent: the parent is the unit or below it, or the tree would be too deep. */
export type PlacementProblem = 'cycle' | 'too_deep';

/**
 * Whether unit `id` (existing or not) may be put under `parentId`: the parent's ancestor walk must
 * end at a root without meeting the unit, and the result may have at most MAX_TREE_DEPTH levels.
 * Used to explain a refusal; the writes below check the same condition atomically.
 */
export async function placementProblem(
  db: D1Database,
  id: string,
  parentId: string,
): Promise<PlacementProblem | null> {
  const row = await db
    .prepare(
      `SELECT EXISTS (
         WITH RECURSIVE up (id, parent, level) AS (
           SELECT id, parent_id, 1 FROM units WHERE id = ?3
           UNION ALL
           SELECT u.id, u.parent_id, up.level + 1 FROM up JOIN units u ON u.id = up.parent
           WHERE up.id <> ?1 AND up.level <= ${MAX_TREE_DEPTH}
         ) SELECT 1 FROM up WHERE id = ?1) AS loops,
       ${PARENT_LEVEL} + ${SUBTREE_HEIGHT} AS levels`,
    )
    .bind(id, null, parentId)
    .first<{ loops: number; levels: number }>();
  if (!row) return null;
  if (row.loops === 1) return 'cycle';
  return row.levels > MAX_TREE_DEPTH ? 'too_deep' : null;
}

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

/**
 * Inserts a unit; null when a unit with that id already exists, or when its parent sits at
 * MAX_TREE_DEPTH already (tell the two apart with placementProblem).
 */
export async function insertUnit(
  db: D1Database,
  unit: { id: string; name: string; parentId: string | null },
  by: string,
  at: string,
): Promise<Unit | null> {
  const row = await db
    .prepare(
      `INSERT INTO units (id, name, parent_id, created_by, created_at, updated_at)
       SELECT ?1, ?2, ?3, ?4, ?5, ?5
       WHERE ?3 IS NULL OR ${PARENT_LEVEL} < ${MAX_TREE_DEPTH}
       ON CONFLICT (id) DO NOTHING
       RETURNING *`,
    )
    .bind(unit.id, unit.name, unit.parentId, by, at)
    .first<UnitRow>();
  return row ? toUnit(row) : null;
}

/**
 * Renames and/or moves a unit in one statement that refuses a parent whose ancestor walk does not
 * end at a root without passing through the unit (so no loop, and no subtree cut off from its
 * root), and a move that would make the tree deeper than MAX_TREE_DEPTH. Checked on the data as it
 * is at that moment, so concurrent moves cannot make a cycle. Null when refused.
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
         AND (?3 IS NULL OR ?3 IS parent_id
              OR ${PARENT_LEVEL} + ${SUBTREE_HEIGHT} <= ${MAX_TREE_DEPTH})
       RETURNING *`,
    )
    .bind(unit.id, unit.name, unit.parentId, at)
    .first<UnitRow>();
  return row ? toUnit(row) : null;
}
