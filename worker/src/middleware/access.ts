import { createMiddleware } from 'hono/factory';
import { UnitIdSchema } from '../../../shared/contract/common.ts';
import { toProblems } from '../../../shared/schemas/problems.ts';
import { type Capability, decide, deniedMessage } from '../auth/roles.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, forbidden, notFound } from '../errors.ts';

/**
 * Requires `need` at the `{unitId}` of the path, before the body is read: 400 for an ill-formed
 * id, 403 when not allowed (also for a unit that does not exist, so ids do not leak), 404 for
 * an admin asking for a unit that does not exist.
 */
export function requireAccess(need: Capability) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const parsed = UnitIdSchema.safeParse(c.req.param('unitId'));
    if (!parsed.success) {
      throw new ApiError(
        400,
        'invalid_request',
        'Tham số trên đường dẫn không hợp lệ.',
        toProblems(parsed.error).map((p) => ({ ...p, path: 'unitId' })),
      );
    }
    const unitId = parsed.data;
    const decision = await decide(c.env.DB, c.var.user, unitId, need);
    if (!decision.allowed) throw forbidden(deniedMessage(unitId, need));
    if (!decision.exists) throw notFound(`Không có đơn vị “${unitId}”.`);
    await next();
  });
}
