import { z } from 'zod';
import { isDay } from '../dates/day.ts';
import { CountSchema, SeveritySchema, StageSchema, YearSchema } from './primitives.ts';

/** A computed day: any real calendar day (a deadline may fall past the years a request may name). */
const DaySchema = z.string().refine(isDay, { error: 'Ngày không hợp lệ.' });

export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  field: z.string().optional(),
  message: z.string(),
  citation: z.string(),
  date: DaySchema.optional(),
});

export const DeadlineSchema = z.object({
  rule: z.string(),
  due: DaySchema,
  overdue: z.boolean(),
});

export const ResultSchema = z.object({
  key: z.string(),
  stage: StageSchema,
  rulesVersion: z.string(),
  referenceDate: DaySchema,
  eligibleFrom: DaySchema.optional(),
  findings: z.array(FindingSchema),
  deadlines: z.array(DeadlineSchema),
});

export const AGE_BANDS = ['under18', '18-30', '31-40', '41-50', '51-60', 'over60'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Counts only: a breakdown never names anyone. */
export const BreakdownSchema = z.object({
  total: CountSchema,
  women: CountSchema,
  ethnicMinority: CountSchema,
  religion: CountSchema,
  youthUnion: CountSchema,
  /** Pupils and higher-education students together (học sinh, sinh viên). */
  students: CountSchema,
  ageBands: z.object({
    under18: CountSchema,
    '18-30': CountSchema,
    '31-40': CountSchema,
    '41-50': CountSchema,
    '51-60': CountSchema,
    over60: CountSchema,
  }),
});

export const ProgressItemSchema = z.object({
  target: CountSchema,
  actual: CountSchema,
  /** actual + what can still be done before 31/12 */
  expected: CountSchema,
  /** actual / target, 0..n (1 = target met); absent when the target is 0 */
  ratio: z.number().min(0).optional(),
  /** how many the expected count falls short of the target */
  shortfall: CountSchema,
});

export const StageCountsSchema = z.object({
  source: CountSchema,
  trained: CountSchema,
  dossier: CountSchema,
  ready: CountSchema,
  proposed: CountSchema,
  admitted: CountSchema,
  probationary: CountSchema,
  official: CountSchema,
  removed: CountSchema,
});

export const SummarySchema = z.object({
  year: YearSchema,
  byStage: StageCountsSchema,
  /** decision date (form 9-KNĐ) in the year */
  admittedThisYear: CountSchema,
  /** admissions per month of the year, January first (12 numbers) */
  admittedByMonth: z.array(CountSchema).length(12),
  /** awareness-class certificates dated in the year */
  awarenessClassThisYear: CountSchema,
  /** official-recognition decisions dated in the year */
  recognizedThisYear: CountSchema,
  /** probationary members whose probation ends in the year */
  probationEndsThisYear: CountSchema,
  /** candidates on the sympathiser list, not yet admitted */
  sympathizers: CountSchema,
  forecast: z.object({
    /** more admissions still possible before 31/12 */
    admissible: CountSchema,
    /** candidates who leave the unit before they become eligible */
    blockedByLeaving: CountSchema,
    /** candidates who only become old enough after 31/12 */
    blockedByAge: CountSchema,
  }),
  targets: z
    .object({
      admitted: CountSchema.optional(),
      students: CountSchema.optional(),
      women: CountSchema.optional(),
      awarenessClass: CountSchema.optional(),
    })
    .optional(),
  progress: z
    .object({
      admitted: ProgressItemSchema.optional(),
      students: ProgressItemSchema.optional(),
      women: ProgressItemSchema.optional(),
      awarenessClass: ProgressItemSchema.optional(),
    })
    .optional(),
  breakdown: z.object({
    /** people admitted in the year, by their attributes at the decision date */
    admitted: BreakdownSchema,
    /** candidates still in the pipeline (source … proposed) */
    pipeline: BreakdownSchema,
  }),
});

export const EvaluateResponseSchema = z.object({
  ok: z.literal(true),
  rulesVersion: z.string(),
  results: z.array(ResultSchema),
  summary: SummarySchema,
});

export const ProblemSchema = z.object({ path: z.string(), message: z.string() });

export const EvaluateRejectionSchema = z.object({
  ok: z.literal(false),
  problems: z.array(ProblemSchema),
});

export type Finding = z.infer<typeof FindingSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Result = z.infer<typeof ResultSchema>;
export type Breakdown = z.infer<typeof BreakdownSchema>;
export type ProgressItem = z.infer<typeof ProgressItemSchema>;
export type StageCounts = z.infer<typeof StageCountsSchema>;
export type Summary = z.infer<typeof SummarySchema>;
export type EvaluateResponse = z.infer<typeof EvaluateResponseSchema>;
export type EvaluateRejection = z.infer<typeof EvaluateRejectionSchema>;
