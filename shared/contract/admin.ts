/** `GET /v1/admin/rollups?year=`: the stored subtree sums checked against a recomputation. */
import { z } from 'zod';

export const RollupCheckSchema = z
  .object({
    year: z.number().int(),
    /** true when the stored subtree sums equal a recomputation from units, targets and reports */
    consistent: z.boolean(),
    differences: z.array(
      z.object({
        unitId: z.string(),
        year: z.number().int().optional(),
        column: z.string(),
        stored: z.number().nullable(),
        expected: z.number(),
      }),
    ),
  })
  .meta({ id: 'RollupCheck' });

export type RollupCheck = z.infer<typeof RollupCheckSchema>;
