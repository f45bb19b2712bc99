import { z } from '@hono/zod-openapi';
import { ForecastCountsSchema, StageCountsSchema, SummarySchema } from '../../../shared/schemas/response.ts';

/**
 * The summary as a report carries it: the forecast's counts without the row keys behind them
 * (zod drops unknown fields, so keys a client sends are never stored).
 */
export const ReportedSummarySchema = SummarySchema.extend({ forecast: ForecastCountsSchema });

import { noteSchema } from './common.ts';

export const MAX_NOTE_LENGTH = 2000;

/** A unit's yearly figures: the `summary` that `evaluate` returns, plus an optional note. */
export const ReportBodySchema = z
  .object({
    summary: ReportedSummarySchema.openapi('Summary'),
    note: noteSchema(MAX_NOTE_LENGTH).optional(),
  })
  .openapi('ReportBody');

/** A count in a response (sums may exceed the per-report bound of CountSchema). */
const Count = z.number().int().min(0);

/** The summary-derived figures the aggregate sums. */
export const FiguresSchema = z
  .object({
    admitted: Count,
    admittedStudents: Count,
    admittedWomen: Count,
    admittedEthnicMinority: Count,
    /** admitted people with a religion (summary.breakdown.admitted.religion) */
    admittedReligion: Count,
    /** admitted Youth Union members (summary.breakdown.admitted.youthUnion) */
    admittedYouthUnion: Count,
    /** admissions per month of the year, January first (summary.admittedByMonth) */
    admittedByMonth: z.array(Count).length(12),
    awarenessClass: Count,
    recognized: Count,
    probationEnds: Count,
    sympathizers: Count,
    pipeline: Count,
    byStage: StageCountsSchema.openapi('StageCounts'),
    forecast: z.object({ admissible: Count, blockedByLeaving: Count, blockedByAge: Count }),
  })
  .openapi('Figures');

export const RevisionInfoSchema = z
  .object({ revision: z.number().int(), submittedBy: z.string(), submittedAt: z.string() })
  .openapi('RevisionInfo');

export const ReportReceiptSchema = z
  .object({
    unitId: z.string(),
    year: z.number().int(),
    revision: z.number().int(),
    submittedBy: z.string(),
    submittedAt: z.string(),
    /** false when the same body was already the current report */
    created: z.boolean(),
  })
  .openapi('ReportReceipt');

export const ReportSchema = z
  .object({
    unitId: z.string(),
    year: z.number().int(),
    revision: z.number().int(),
    submittedBy: z.string(),
    submittedAt: z.string(),
    summary: ReportedSummarySchema,
    note: z.string().optional(),
    revisions: z.array(RevisionInfoSchema),
  })
  .openapi('Report');

export const ReportQuerySchema = z.object({
  revision: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, { error: 'Số lần nộp (revision) phải là số nguyên dương.' })
    .transform(Number)
    .optional()
    .openapi({ type: 'string', example: '1' }),
});

export type ReportBody = z.infer<typeof ReportBodySchema>;
export type Figures = z.infer<typeof FiguresSchema>;
