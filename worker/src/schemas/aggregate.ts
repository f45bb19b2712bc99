import { z } from '@hono/zod-openapi';
import { YearSchema } from '../../../shared/schemas/primitives.ts';
import { FiguresSchema } from './reports.ts';
import { TargetsBodySchema } from './targets.ts';

const Count = z.number().int().min(0);

export const AggregateQuerySchema = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/, { error: 'Năm phải gồm 4 chữ số, vd. 2025.' })
    .transform(Number)
    .pipe(YearSchema)
    .optional()
    .openapi({
      type: 'string',
      pattern: '^\\d{4}$',
      example: '2025',
      description: 'default: the current year (Vietnam time)',
    }),
});

export const AggregateRowSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    parentId: z.string().nullable(),
    /** 0 for the requested unit, 1 for its children, … */
    depth: z.number().int(),
    reported: z.boolean(),
    targets: TargetsBodySchema.optional(),
    report: FiguresSchema.extend({
      revision: z.number().int(),
      submittedBy: z.string(),
      submittedAt: z.string(),
    })
      .optional()
      .openapi('AggregateReport'),
  })
  .openapi('AggregateRow');

export const TotalsSchema = FiguresSchema.extend({
  units: Count,
  reported: Count,
  targets: z.object({ admitted: Count, students: Count, women: Count, awarenessClass: Count }),
}).openapi('AggregateTotals');

export const AggregateSchema = z
  .object({
    unit: z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable() }),
    year: z.number().int(),
    units: z.array(AggregateRowSchema),
    totals: TotalsSchema,
  })
  .openapi('Aggregate');

export type AggregateRow = z.infer<typeof AggregateRowSchema>;
export type Totals = z.infer<typeof TotalsSchema>;
export type Aggregate = z.infer<typeof AggregateSchema>;
