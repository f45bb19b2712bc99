import { z } from '@hono/zod-openapi';
import { EmailSchema, UnitIdSchema } from './common.ts';

export const ROLES = ['secretary', 'superior'] as const;
export type Role = (typeof ROLES)[number];

export const MemberBodySchema = z
  .object({
    role: z.enum(ROLES, {
      error: 'Vai trò chỉ nhận “secretary” (bí thư chi bộ) hoặc “superior” (cấp ủy cấp trên).',
    }),
  })
  .openapi('MemberBody');

export const MembershipSchema = z
  .object({
    unitId: UnitIdSchema,
    email: EmailSchema,
    role: z.enum(ROLES),
    grantedBy: z.string(),
    grantedAt: z.string(),
  })
  .openapi('Membership');

export const MeSchema = z
  .object({
    email: z.string(),
    isAdmin: z.boolean(),
    memberships: z.array(
      z.object({ unitId: z.string(), unitName: z.string(), role: z.enum(ROLES) }).openapi('MyMembership'),
    ),
  })
  .openapi('Me');

export type Membership = z.infer<typeof MembershipSchema>;
