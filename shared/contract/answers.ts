/**
 * The answers a client reads, by name. The add-on cannot carry zod (Apps Script parses its whole
 * bundle on every call), so `npm run contract:gen` turns each of these into a JSON Schema in
 * addon/src/server/backend/contract.gen.ts, which the add-on's small validator checks answers
 * against; a test fails when that file drifts from these schemas.
 */
import type { z } from 'zod';
import { DocumentModelSchema } from '../documents/modelSchema.ts';
import { CompactEvaluateResponseSchema, EvaluateResponseSchema } from '../schemas/response.ts';
import { AggregateSchema } from './aggregate.ts';
import { ErrorSchema } from './common.ts';
import { MeSchema } from './members.ts';
import { RulesCatalogueSchema } from './public.ts';
import { ReportReceiptSchema } from './reports.ts';
import { TargetsRecordSchema } from './targets.ts';

export const ANSWERS = {
  /** `POST /v1/evaluate` */
  evaluate: EvaluateResponseSchema,
  /** `POST /v1/evaluate?form=compact`: what the add-on's check reads */
  compactEvaluate: CompactEvaluateResponseSchema,
  /** `GET /v1/rules`: the texts that render a compact answer */
  rulesCatalogue: RulesCatalogueSchema,
  /** `GET /v1/me` */
  me: MeSchema,
  /** `GET /v1/units/{unitId}/aggregate` */
  aggregate: AggregateSchema,
  /** `PUT /v1/units/{unitId}/targets/{year}` */
  targetsRecord: TargetsRecordSchema,
  /** `PUT /v1/units/{unitId}/reports/{year}` */
  reportReceipt: ReportReceiptSchema,
  /** the JSON answer of `POST /v1/plan`, `/v1/papers/{kind}`, `/v1/units/{unitId}/report` */
  documentModel: DocumentModelSchema,
  /** every 4xx answer */
  error: ErrorSchema,
} as const;

export type AnswerName = keyof typeof ANSWERS;
export type Answers = { [K in AnswerName]: z.output<(typeof ANSWERS)[K]> };
