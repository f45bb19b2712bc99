import { z } from '@hono/zod-openapi';
import { TargetsSchema } from '../../../shared/schemas/request.ts';

export const TargetsBodySchema = TargetsSchema.openapi('Targets');

export const TargetsRecordSchema = z
  .object({
    unitId: z.string(),
    year: z.number().int(),
    targets: TargetsBodySchema,
    setBy: z.string(),
    setAt: z.string(),
  })
  .openapi('TargetsRecord');

export type TargetsRecord = z.infer<typeof TargetsRecordSchema>;
