import { z } from 'zod';
import { type Day, isDay } from '../dates/day.ts';
import { CountSchema, proven, SeveritySchema, StageSchema, YearSchema } from './primitives.ts';
import { OUTLOOKS, ROUTES, STEP_IDS, STEP_LIMITS } from './vocabulary.ts';

export {
  AGE_BANDS,
  type AgeBand,
  OUTLOOKS,
  type Outlook,
  ROUTES,
  type Route,
  STEP_IDS,
  STEP_LIMITS,
  type StepId,
  type StepLimit,
} from './vocabulary.ts';

/**
 * A computed day: any real calendar day (a deadline may fall past the years a request may name);
 * parses to a `Day`. `format: 'date'` names the refinement for the JSON Schema the add-on checks
 * answers with.
 */
const DaySchema = proven<Day>(
  z.string().refine(isDay, { error: 'Ngày không hợp lệ.' }).meta({ format: 'date' }),
);

export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  field: z.string().optional(),
  message: z.string(),
  citation: z.string(),
  date: DaySchema.optional(),
});

/**
 * A message parameter: a value, or a phrase with values of its own — `[phraseName, ...values]`
 * (shared/rules/texts.ts; the renderer refuses a phrase name it does not know).
 */
const ValueSchema = z.union([z.string(), z.number()]);
export const MessageParamSchema = z.union([ValueSchema, z.array(ValueSchema).min(1)]);

/**
 * A kind of finding in a compact answer (`?form=compact`): what its findings share — the rule, the
 * name of one of its message templates, severity, field — and how each of them is written in a
 * result's `findings`. `GET /v1/rules` publishes the templates (`rules[].messages`), the phrases
 * and the citations per ruleset, so a client renders exactly the default answer's text.
 */
export const CompactKindSchema = z.object({
  rule: z.string(),
  /** the template's name among the rule's messages */
  text: z.string(),
  severity: SeveritySchema,
  field: z.string().optional(),
  /** how many message parameters follow the kind's index in a finding */
  params: z.int().min(0).max(20),
  /** the finding's date follows its parameters */
  dated: z.literal(true).optional(),
  /**
   * The finding's date is a deadline of the rule (the default answer's `deadlines`, which the
   * compact one does not repeat): still running or passed at `asOf`. Only with `dated`.
   */
  deadline: z.enum(['running', 'overdue']).optional(),
});

/**
 * A compact result's findings, one after the other: each is the index of its kind in the answer's
 * `kinds`, then as many message parameters as the kind says, then its date when the kind is dated.
 */
export const CompactFindingsSchema = z.array(MessageParamSchema);

export const DeadlineSchema = z.object({
  rule: z.string(),
  due: DaySchema,
  overdue: z.boolean(),
});

export const ProjectionStepSchema = z.object({
  step: z.enum(STEP_IDS),
  /** the day it is expected done at the usual pace (an estimate) */
  from: DaySchema,
  /** the latest day it can be done for the outlook to hold (a legal due date for decision and ceremony) */
  by: DaySchema,
  /** its latest day has passed */
  overdue: z.literal(true).optional(),
  /** what sets `by`: the certificate's expiry, the leaving date, the year's end, or a legal limit */
  limit: z.enum(STEP_LIMITS).optional(),
});

export const ProjectionSchema = z.object({
  meeting: DaySchema,
  decision: DaySchema,
  decisionDue: DaySchema,
  ceremony: DaySchema,
  ceremonyDue: DaySchema,
  outlook: z.enum(OUTLOOKS),
  /** the introduction route that fits the candidate's age at the meeting */
  route: z.enum(ROUTES),
  steps: z.array(ProjectionStepSchema),
  /** the row's planned meeting is before the day everything holds */
  plannedTooEarly: z.literal(true).optional(),
  /** the row's planned meeting is after the certificate expires or after the leaving date */
  plannedTooLate: z.literal(true).optional(),
});

/**
 * The projection in the compact answer: one list of integers,
 * `[outlook, route, flags, meeting, decision, decisionDue, ceremony, ceremonyDue, code, from, by, …]`.
 * `outlook` and `route` are indexes in the outlook and route lists; `flags` is 1 for
 * `plannedTooEarly` plus 2 for `plannedTooLate`; every day is a number of days after the answer's
 * `asOf` (negative before it). Then the steps before the decision, in order, three integers each:
 * the code `step × 100 + limit × 10 + late` (step: index in the step list; limit: 0 none, else
 * 1 + index in the limit list; late: 1 when marked overdue though `by` is still ahead), then `from`
 * and `by`. The decision and the ceremony steps are the decision, decisionDue and ceremony,
 * ceremonyDue days, limited by their legal due dates. shared/rules/projectionForm.ts writes the
 * default form from it — the engine's own default answer included.
 */
export const CompactProjectionSchema = z.array(z.int()).min(8);

export const ResultSchema = z.object({
  key: z.string(),
  stage: StageSchema,
  rulesVersion: z.string(),
  referenceDate: DaySchema,
  eligibleFrom: DaySchema.optional(),
  findings: z.array(FindingSchema),
  deadlines: z.array(DeadlineSchema),
  /** pending candidates only (source … proposed) */
  projection: ProjectionSchema.optional(),
});

/** A result of the compact answer: its findings written as above, its deadlines within them. */
export const CompactResultSchema = ResultSchema.omit({ deadlines: true }).extend({
  findings: CompactFindingsSchema,
  projection: CompactProjectionSchema.optional(),
});

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

/** Row keys behind each forecast count: for the sheet's sidebar and the plan, never stored upstream. */
export const ForecastKeysSchema = z.object({
  admissible: z.array(z.string()),
  atRisk: z.array(z.string()),
  blockedByLeaving: z.array(z.string()),
  blockedByAge: z.array(z.string()),
  later: z.array(z.string()),
  no: z.array(z.string()),
});

/**
 * The forecast counts of the pending candidates, one per outlook. `atRisk`, `later` and `no` are
 * optional only so that reports stored before they existed still read.
 */
export const ForecastCountsSchema = z.object({
  /** more admissions expected before 31/12 */
  admissible: CountSchema,
  /** possible before 31/12 only if every step goes at its fastest */
  atRisk: CountSchema.optional(),
  /** candidates who leave the unit before they can be admitted */
  blockedByLeaving: CountSchema,
  /** candidates who only become old enough after 31/12 or after leaving */
  blockedByAge: CountSchema,
  /** a later year */
  later: CountSchema.optional(),
  /** a requirement that paperwork cannot fix */
  no: CountSchema.optional(),
});

export const ForecastSchema = ForecastCountsSchema.extend({ keys: ForecastKeysSchema.optional() });

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

/** The stages a candidate past the leaving date can be at (hasLeft in engine/summary.ts). */
export const PastLeavingByStageSchema = z.object({
  source: CountSchema,
  trained: CountSchema,
  dossier: CountSchema,
  ready: CountSchema,
});

/** `summary.pool`: the pool's own figures (see SummarySchema). */
export const PoolCountsSchema = z.object({
  /** every condition holds and the cell's vote is still to come: "đủ điều kiện, chờ chi bộ xét" */
  ready: CountSchema,
  /** will leave the unit before they can be admitted there (forecast.blockedByLeaving, still here) */
  blockedByLeaving: CountSchema,
  /** will turn 18 only after 31/12 or after leaving (forecast.blockedByAge, still here) */
  blockedByAge: CountSchema,
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
  /** the same per month, January first (12 numbers; absent in reports stored before it existed) */
  probationEndsByMonth: z.array(CountSchema).length(12).optional(),
  /** candidates on the sympathiser list, not yet admitted */
  sympathizers: CountSchema,
  /**
   * pending candidates whose expected leaving date is before asOf (left, the sheet not updated):
   * outside breakdown.pipeline and sympathizers, still in byStage and the forecast (absent in
   * older reports)
   */
  pastLeaving: CountSchema.optional(),
  /**
   * pastLeaving by stage: the part of byStage outside the pool (the cell's vote is never held up by
   * leaving, so `proposed` is never there). Absent in older reports.
   */
  pastLeavingByStage: PastLeavingByStageSchema.optional(),
  /**
   * The figures said beside the pool (breakdown.pipeline), over the same people — the pending
   * candidates still in the unit — so that they add up with it: byStage.ready and the forecast's two
   * "blocked" counts less those past their leaving date (counted once, in pastLeaving). byStage and
   * the forecast keep counting every row. Absent in older reports.
   */
  pool: PoolCountsSchema.optional(),
  /** candidates the projection sends to the awareness class later this year (absent in older reports) */
  awarenessClassPlanned: CountSchema.optional(),
  forecast: ForecastSchema,
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

/**
 * The compact answer: the default answer with compact findings and their kinds, and the version of
 * the texts (`GET /v1/rules`, its `textsVersion` and ETag) that renders them.
 */
export const CompactEvaluateResponseSchema = z.object({
  ok: z.literal(true),
  form: z.literal('compact'),
  textsVersion: z.string(),
  /** the request's `asOf`: the compact projections count their days from it */
  asOf: DaySchema,
  rulesVersion: z.string(),
  /** the kinds of finding the results refer to, by index */
  kinds: z.array(CompactKindSchema),
  results: z.array(CompactResultSchema),
  summary: SummarySchema,
});

export const ProblemSchema = z.object({ path: z.string(), message: z.string() });

export const EvaluateRejectionSchema = z.object({
  ok: z.literal(false),
  problems: z.array(ProblemSchema),
});

export type Finding = z.infer<typeof FindingSchema>;
export type CompactKind = z.infer<typeof CompactKindSchema>;
export type CompactFindings = z.infer<typeof CompactFindingsSchema>;
export type CompactResult = z.infer<typeof CompactResultSchema>;
export type CompactEvaluateResponse = z.infer<typeof CompactEvaluateResponseSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Result = z.infer<typeof ResultSchema>;
export type Breakdown = z.infer<typeof BreakdownSchema>;
export type ProgressItem = z.infer<typeof ProgressItemSchema>;
export type StageCounts = z.infer<typeof StageCountsSchema>;
export type Summary = z.infer<typeof SummarySchema>;
export type PoolCounts = z.infer<typeof PoolCountsSchema>;
export type PastLeavingByStage = z.infer<typeof PastLeavingByStageSchema>;
export type Forecast = z.infer<typeof ForecastSchema>;
export type ForecastKeys = z.infer<typeof ForecastKeysSchema>;
export type Projection = z.infer<typeof ProjectionSchema>;
export type CompactProjection = z.infer<typeof CompactProjectionSchema>;
export type ProjectionStep = z.infer<typeof ProjectionStepSchema>;
export type EvaluateResponse = z.infer<typeof EvaluateResponseSchema>;
export type EvaluateRejection = z.infer<typeof EvaluateRejectionSchema>;
