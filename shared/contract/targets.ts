/** `PUT /v1/units/{unitId}/targets/{year}` and `GET` the same: a unit's yearly targets. */
import { z } from 'zod';
import { TargetsSchema } from '../schemas/request.ts';

/** The body: the same targets an evaluate request carries (a figure left out has no target). */
export const TargetsBodySchema = TargetsSchema.meta({ id: 'Targets' });

export const TargetsRecordSchema = z
  .object({
    unitId: z.string(),
    year: z.number().int(),
    targets: TargetsBodySchema,
    setBy: z.string(),
    setAt: z.string(),
  })
  .meta({ id: 'TargetsRecord' });

export type TargetsRecord = z.infer<typeof TargetsRecordSchema>;
