import { z } from 'zod';
import { DaySchema, textSchema, YearSchema } from '../schemas/primitives.ts';
import { COMMON, PLAN_LINES, REPORT_LINES, REPORT_PERIOD_MESSAGE, REPORT_PERIODS } from './lines.ts';

const common = {
  unitName: textSchema(COMMON.unitName),
  superiorName: textSchema(COMMON.superiorName),
  place: textSchema(COMMON.place),
  number: textSchema(COMMON.number).optional(),
  date: DaySchema,
  year: YearSchema,
};

/** The superior's document that gave the targets: cited in the plan's "Căn cứ". */
export const TargetsDocumentSchema = z.object({
  /** "45-KH/ĐU", or with its kind: "Kế hoạch số 45-KH/ĐU" */
  number: textSchema(PLAN_LINES.targetsNumber),
  date: DaySchema.optional(),
});

/** `document` of `POST /v1/plan`. */
export const PlanDocumentSchema = z.object({
  ...common,
  /** the signer's name (the secretary by default; the deputy's when `signerTitle` says so) */
  secretaryName: textSchema(PLAN_LINES.secretaryName).optional(),
  /** the signer's function: "Bí thư" (default) or "Phó Bí thư" */
  signerTitle: textSchema(PLAN_LINES.signerTitle).optional(),
  targetsDocument: TargetsDocumentSchema.optional(),
});

export { REPORT_PERIODS, type ReportPeriod } from './lines.ts';

/** `document` of `POST /v1/units/{unitId}/report`. */
export const ReportDocumentSchema = z.object({
  ...common,
  /** the signer's function, e.g. "Bí thư" (default), "Phó Bí thư" */
  signerTitle: textSchema(REPORT_LINES.signerTitle).optional(),
  signerName: textSchema(REPORT_LINES.signerName).optional(),
  /** the whole year (default) or its first six months */
  period: z.enum(REPORT_PERIODS, { error: REPORT_PERIOD_MESSAGE }).optional(),
});

export const ReportRequestSchema = z.object({
  document: ReportDocumentSchema,
});

export type PlanDocument = z.infer<typeof PlanDocumentSchema>;
export type TargetsDocument = z.infer<typeof TargetsDocumentSchema>;
export type ReportDocument = z.infer<typeof ReportDocumentSchema>;
export type ReportRequest = z.infer<typeof ReportRequestSchema>;
