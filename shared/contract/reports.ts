/** `PUT /v1/units/{unitId}/reports/{year}` and `GET` the same: a unit's yearly figures, every revision kept. */
import { z } from 'zod';
import { ForecastCountsSchema, StageCountsSchema, SummarySchema } from '../schemas/response.ts';
import { noteSchema } from './common.ts';

/**
 * The summary as a report carries it: the forecast's counts without the row keys behind them
 * (zod drops unknown fields, so keys a client sends are never stored).
 */
export const ReportedSummarySchema = SummarySchema.extend({ forecast: ForecastCountsSchema });

export const MAX_NOTE_LENGTH = 2000;

/** A unit's yearly figures: the `summary` that `evaluate` returns, plus an optional note. */
export const ReportBodySchema = z
  .object({
    summary: ReportedSummarySchema.meta({ id: 'Summary' }),
    note: noteSchema(MAX_NOTE_LENGTH).optional(),
  })
  .meta({ id: 'ReportBody' });

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
    byStage: StageCountsSchema.meta({ id: 'StageCounts' }),
    forecast: z.object({ admissible: Count, blockedByLeaving: Count, blockedByAge: Count }),
    /**
     * summary.pool: the figures said beside `pipeline`, over the same people (byStage and the
     * forecast also count rows past their leaving date). Reports sent before it existed: their
     * byStage.ready and forecast counts (migration 0005). Optional only for a client reading a
     * worker older than it.
     */
    pool: z.object({ ready: Count, blockedByLeaving: Count, blockedByAge: Count }).optional(),
  })
  .meta({ id: 'Figures' });

export const RevisionInfoSchema = z
  .object({ revision: z.number().int(), submittedBy: z.string(), submittedAt: z.string() })
  .meta({ id: 'RevisionInfo' });

/** The answer to a submission (200: the same body was already the current report; 201: stored). */
/** What identifies one stored revision of a unit's report: the receipt and the report both start with it. */
const revisionOf = {
  unitId: z.string(),
  year: z.number().int(),
  revision: z.number().int(),
  submittedBy: z.string(),
  submittedAt: z.string(),
};

export const ReportReceiptSchema = z
  .object({
    ...revisionOf,
    /** false when the same body was already the current report */
    created: z.boolean(),
  })
  .meta({ id: 'ReportReceipt' });

export const ReportSchema = z
  .object({
    ...revisionOf,
    summary: ReportedSummarySchema,
    note: z.string().optional(),
    revisions: z.array(RevisionInfoSchema),
  })
  .meta({ id: 'Report' });

export const ReportQuerySchema = z.object({
  revision: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, { error: 'Số lần nộp (revision) phải là số nguyên dương.' })
    .transform(Number)
    .optional()
    .meta({ type: 'string', example: '1' }),
});

export type ReportBody = z.infer<typeof ReportBodySchema>;
export type ReportReceipt = z.infer<typeof ReportReceiptSchema>;
export type Figures = z.infer<typeof FiguresSchema>;
