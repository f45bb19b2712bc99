import { z } from '@hono/zod-openapi';
import { textSchema, UnitIdSchema } from './common.ts';

export const UnitBodySchema = z
  .object({
    name: textSchema(200, 'Tên đơn vị').openapi({ example: 'Chi bộ Trường THPT Lê Quý Đôn' }),
    /** absent or null: a top-level unit (admins only) */
    parentId: UnitIdSchema.nullable().optional(),
  })
  .openapi('UnitBody');

export const UnitSchema = z
  .object({
    id: UnitIdSchema,
    name: z.string(),
    parentId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Unit');

export type UnitBody = z.infer<typeof UnitBodySchema>;
export type Unit = z.infer<typeof UnitSchema>;
