/** `PUT /v1/units/{unitId}` and `GET` the same: the tree of units. */
import { z } from 'zod';
import { textSchema, UnitIdSchema } from './common.ts';

export const UnitBodySchema = z
  .object({
    name: textSchema(200, 'Tên đơn vị').meta({ example: 'Chi bộ Trường THPT Lê Quý Đôn' }),
    /** absent or null: a top-level unit (admins only) */
    parentId: UnitIdSchema.nullable().optional(),
  })
  .meta({ id: 'UnitBody' });

export const UnitSchema = z
  .object({
    id: UnitIdSchema,
    name: z.string(),
    parentId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Unit' });

export type UnitBody = z.infer<typeof UnitBodySchema>;
export type Unit = z.infer<typeof UnitSchema>;
