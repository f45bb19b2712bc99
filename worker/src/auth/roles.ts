import { accessTo } from '../db/memberships.ts';
import type { User } from '../env.ts';
import { forbidden } from '../errors.ts';

/**
 * What a route needs at a unit:
 * - `manage`: admin, or superior of the unit or of one of its ancestors (units, members, targets,
 *   aggregate, reports of the whole subtree);
 * - `report`: `manage`, or secretary of the unit itself (its own reports, its targets).
 */
export type Capability = 'manage' | 'report';

export interface Decision {
  allowed: boolean;
  exists: boolean;
}

export async function decide(
  db: D1Database,
  user: User,
  unitId: string,
  need: Capability,
): Promise<Decision> {
  const access = await accessTo(db, user.email, unitId);
  if (user.isAdmin) return { allowed: true, exists: access.exists };
  const allowed = need === 'manage' ? access.superior : access.superior || access.secretary;
  return { allowed, exists: access.exists };
}

export function deniedMessage(unitId: string, need: Capability): string {
  return need === 'manage'
    ? `Bạn không có quyền quản lý đơn vị “${unitId}”: cần là cấp ủy cấp trên của đơn vị này.`
    : `Bạn không có quyền với báo cáo của đơn vị “${unitId}”: cần là bí thư chi bộ của đơn vị hoặc cấp ủy cấp trên.`;
}

/**
 * Creating a unit, or moving one, needs `manage` at the new parent; a top-level unit (no parent)
 * needs an admin. Renaming or moving an existing unit also needs `manage` at the unit itself.
 */
export async function authorizeUnitWrite(
  db: D1Database,
  user: User,
  unit: { id: string; exists: boolean; currentParentId: string | null },
  newParentId: string | null,
): Promise<void> {
  if (user.isAdmin) return;
  if (unit.exists && !(await accessTo(db, user.email, unit.id)).superior) {
    throw forbidden(deniedMessage(unit.id, 'manage'));
  }
  const moving = !unit.exists || unit.currentParentId !== newParentId;
  if (!moving) return;
  if (newParentId === null) {
    throw forbidden('Chỉ quản trị viên mới được tạo hoặc đặt một đơn vị ở cấp cao nhất (không có cấp trên).');
  }
  if (!(await accessTo(db, user.email, newParentId)).superior) {
    throw forbidden(deniedMessage(newParentId, 'manage'));
  }
}
