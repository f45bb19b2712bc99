/** `GET /v1/units/{unitId}/aggregate?year=&depth=`: a unit and its subordinates, each with its subtree's totals. */
import { z } from 'zod';
import { YearSchema } from '../schemas/primitives.ts';
import { FiguresSchema } from './reports.ts';
import { TargetsBodySchema } from './targets.ts';

const Count = z.number().int().min(0);

/** Levels below the unit an aggregate may answer (1 = its direct children). */
export const MAX_AGGREGATE_DEPTH = 3;
/** Rows an aggregate answers at most; a deeper request over a larger subtree is refused (422). */
export const MAX_AGGREGATE_ROWS = 5000;

export const AggregateQuerySchema = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/, { error: 'Năm phải gồm 4 chữ số, vd. 2025.' })
    .transform(Number)
    .pipe(YearSchema)
    .optional()
    .meta({
      type: 'string',
      pattern: '^\\d{4}$',
      example: '2025',
      description: 'default: the current year (Vietnam time)',
    }),
  depth: z
    .string()
    .regex(new RegExp(`^[1-${MAX_AGGREGATE_DEPTH}]$`), {
      error: `Số cấp (depth) phải từ 1 đến ${MAX_AGGREGATE_DEPTH}.`,
    })
    .transform(Number)
    .optional()
    .meta({
      type: 'string',
      example: '1',
      description: `levels below the unit to list, 1–${MAX_AGGREGATE_DEPTH} (default 1: its direct children)`,
    }),
});

const TargetCounts = z.object({ admitted: Count, students: Count, women: Count, awarenessClass: Count });

/** The sums over a unit's subtree (itself included), kept up to date at write time (migration 0003). */
export const TotalsSchema = FiguresSchema.extend({
  /** units in the subtree, itself included */
  units: Count,
  /** of them, units whose report for the year is in */
  reported: Count,
  /** units whose figures are expected: every unit without subordinates, and any other that reported */
  expected: Count,
  /** the targets set in the subtree, summed */
  targets: TargetCounts,
  /** how many units in the subtree have each target set */
  targeted: TargetCounts,
}).meta({ id: 'AggregateTotals' });

export const AggregateReportSchema = FiguresSchema.extend({
  revision: z.number().int(),
  submittedBy: z.string(),
  submittedAt: z.string(),
}).meta({ id: 'AggregateReport' });

export const AggregateRowSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    parentId: z.string().nullable(),
    /** 0 for the requested unit, 1 for its children, … */
    depth: z.number().int(),
    /** its direct subordinates (0: a cell) */
    children: Count,
    /** whether the unit itself reported */
    reported: z.boolean(),
    /** the unit's own targets */
    targets: TargetsBodySchema.optional(),
    /** the unit's own latest report */
    report: AggregateReportSchema.optional(),
    /** everything in its subtree, itself included */
    subtree: TotalsSchema,
  })
  .meta({ id: 'AggregateRow' });

export const AggregateSchema = z
  .object({
    unit: z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable() }),
    year: z.number().int(),
    /** levels below the unit that `units` lists */
    depth: z.number().int(),
    /** the unit (depth 0), then depth-first its subordinates down to `depth` */
    units: z.array(AggregateRowSchema),
    /** the unit's subtree totals (the same as units[0].subtree) */
    totals: TotalsSchema,
  })
  .meta({ id: 'Aggregate' });

export type AggregateRow = z.infer<typeof AggregateRowSchema>;
export type Totals = z.infer<typeof TotalsSchema>;
export type Aggregate = z.infer<typeof AggregateSchema>;
