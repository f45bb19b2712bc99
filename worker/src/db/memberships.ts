import type { Membership, Role } from '../../../shared/contract/members.ts';
import { MAX_DEPTH } from './units.ts';

interface MembershipRow {
  email: string;
  unit_id: string;
  role: Role;
  granted_by: string;
  granted_at: string;
}

function toMembership(row: MembershipRow): Membership {
  return {
    unitId: row.unit_id,
    email: row.email,
    role: row.role,
    grantedBy: row.granted_by,
    grantedAt: row.granted_at,
  };
}

export interface Access {
  /** the unit exists */
  exists: boolean;
  /** superior of the unit or of one of its ancestors */
  superior: boolean;
  /** secretary of the unit itself */
  secretary: boolean;
}

/** What `email` may do at `unitId`, from the memberships on the unit and its ancestors. */
export async function accessTo(db: D1Database, email: string, unitId: string): Promise<Access> {
  const row = await db
    .prepare(
      `WITH RECURSIVE chain (id, depth) AS (
         SELECT id, 0 FROM units WHERE id = ?1
         UNION ALL
         SELECT u.parent_id, c.depth + 1 FROM chain c JOIN units u ON u.id = c.id
         WHERE u.parent_id IS NOT NULL AND c.depth < ${MAX_DEPTH}
       )
       SELECT
         EXISTS (SELECT 1 FROM chain) AS found,
         EXISTS (SELECT 1 FROM chain c JOIN memberships m ON m.unit_id = c.id
                 WHERE m.email = ?2 AND m.role = 'superior') AS superior,
         EXISTS (SELECT 1 FROM memberships WHERE unit_id = ?1 AND email = ?2 AND role = 'secretary') AS secretary`,
    )
    .bind(unitId, email)
    .first<{ found: number; superior: number; secretary: number }>();
  return { exists: row?.found === 1, superior: row?.superior === 1, secretary: row?.secretary === 1 };
}

export async function unitExists(db: D1Database, unitId: string): Promise<boolean> {
  return (await db.prepare('SELECT 1 AS x FROM units WHERE id = ?1').bind(unitId).first()) !== null;
}

export async function listMemberships(db: D1Database, unitId: string): Promise<Membership[]> {
  const { results } = await db
    .prepare('SELECT * FROM memberships WHERE unit_id = ?1 ORDER BY role DESC, email')
    .bind(unitId)
    .all<MembershipRow>();
  return results.map(toMembership);
}

export async function membershipsOf(
  db: D1Database,
  email: string,
): Promise<Array<{ unitId: string; unitName: string; role: Role }>> {
  const { results } = await db
    .prepare(
      `SELECT m.unit_id, u.name, m.role FROM memberships m JOIN units u ON u.id = m.unit_id
       WHERE m.email = ?1 ORDER BY m.unit_id`,
    )
    .bind(email)
    .all<{ unit_id: string; name: string; role: Role }>();
  return results.map((r) => ({ unitId: r.unit_id, unitName: r.name, role: r.role }));
}

export async function getMembership(
  db: D1Database,
  unitId: string,
  email: string,
): Promise<Membership | null> {
  const row = await db
    .prepare('SELECT * FROM memberships WHERE unit_id = ?1 AND email = ?2')
    .bind(unitId, email)
    .first<MembershipRow>();
  return row ? toMembership(row) : null;
}

/**
 * SQL: whether a superior other than ?2 at unit ?1 would remain at ?1 or above it (so someone
 * other than an admin can still manage the unit), or the change is an admin's (?6 = 1).
 */
const ANOTHER_SUPERIOR_REMAINS = `(?6 = 1 OR EXISTS (
  WITH RECURSIVE chain (id, depth) AS (
    SELECT ?1, 0
    UNION ALL
    SELECT u.parent_id, c.depth + 1 FROM chain c JOIN units u ON u.id = c.id
    WHERE u.parent_id IS NOT NULL AND c.depth < ${MAX_DEPTH}
  )
  SELECT 1 FROM chain c JOIN memberships o ON o.unit_id = c.id
  WHERE o.role = 'superior' AND NOT (o.unit_id = ?1 AND o.email = ?2)))`;

/**
 * Grants `role`; the same role again changes nothing (the first grant is kept). Turning a
 * superior into a secretary is left undone (the role stays `superior`) when no other superior
 * would remain at the unit or above it, unless `byAdmin`: checked in the same statement, so two
 * superiors demoting each other cannot both succeed.
 */
export async function putMembership(
  db: D1Database,
  m: { unitId: string; email: string; role: Role },
  by: string,
  at: string,
  byAdmin: boolean,
): Promise<Membership> {
  await db
    .prepare(
      `INSERT INTO memberships (email, unit_id, role, granted_by, granted_at) VALUES (?2, ?1, ?3, ?4, ?5)
       ON CONFLICT (email, unit_id) DO UPDATE SET
         role = excluded.role, granted_by = excluded.granted_by, granted_at = excluded.granted_at
       WHERE memberships.role <> excluded.role
         AND (excluded.role = 'superior' OR ${ANOTHER_SUPERIOR_REMAINS})`,
    )
    .bind(m.unitId, m.email, m.role, by, at, byAdmin ? 1 : 0)
    .run();
  const row = await getMembership(db, m.unitId, m.email);
  if (!row) throw new Error('membership vanished after upsert');
  return row;
}

/**
 * Revokes a role. The last superior of a unit (none other at the unit or above it) is kept unless
 * `byAdmin`, in the same statement, so that two superiors revoking each other leave one.
 */
export async function deleteMembership(
  db: D1Database,
  unitId: string,
  email: string,
  byAdmin: boolean,
): Promise<'deleted' | 'absent' | 'last_superior'> {
  const result = await db
    .prepare(
      `DELETE FROM memberships WHERE unit_id = ?1 AND email = ?2
         AND (role <> 'superior' OR ${ANOTHER_SUPERIOR_REMAINS})`,
    )
    .bind(unitId, email, null, null, null, byAdmin ? 1 : 0)
    .run();
  if (result.meta.changes > 0) return 'deleted';
  return (await getMembership(db, unitId, email)) ? 'last_superior' : 'absent';
}
