/** Onboarding: who the caller is (`GET /v1/me`) and the memberships of a unit. */
import { z } from 'zod';
import { EmailSchema, UnitIdSchema } from './common.ts';

export const ROLES = ['secretary', 'superior'] as const;
export type Role = (typeof ROLES)[number];

/** `PUT /v1/units/{unitId}/members/{email}` */
export const MemberBodySchema = z
  .object({
    role: z.enum(ROLES, {
      error: 'Vai trò chỉ nhận “secretary” (bí thư chi bộ) hoặc “superior” (cấp ủy cấp trên).',
    }),
  })
  .meta({ id: 'MemberBody' });

export const MembershipSchema = z
  .object({
    unitId: UnitIdSchema,
    email: EmailSchema,
    role: z.enum(ROLES),
    grantedBy: z.string(),
    grantedAt: z.string(),
  })
  .meta({ id: 'Membership' });

/** `GET /v1/units/{unitId}/members` */
export const MembershipsSchema = z.object({ members: z.array(MembershipSchema) });

/** `GET /v1/me` */
export const MeSchema = z
  .object({
    email: z.string(),
    isAdmin: z.boolean(),
    memberships: z.array(
      z
        .object({ unitId: z.string(), unitName: z.string(), role: z.enum(ROLES) })
        .meta({ id: 'MyMembership' }),
    ),
  })
  .meta({ id: 'Me' });

export type Membership = z.infer<typeof MembershipSchema>;
export type Me = z.infer<typeof MeSchema>;
