import { z } from 'zod';
import { EvaluateRequestSchema } from '../schemas/request.ts';
import { PAPER_KINDS } from './model.ts';
import { PlanDocumentSchema } from './schemas.ts';

/**
 * The document model as a schema: for the API description and for clients that check what they
 * receive. model.ts holds the types the code uses; a test keeps the two in agreement.
 */
export const InlineSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: z.string(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
  }),
  /** where a person's name goes: `key` is the candidate's or member's row key, or "secretary"/"signer" */
  z.object({ kind: z.literal('name'), key: z.string() }),
]);

const Align = z.enum(['left', 'center', 'right']);

export const CellSchema = z.object({
  lines: z.array(z.array(InlineSchema)),
  bold: z.boolean().optional(),
  align: Align.optional(),
});

export const BlockSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    number: z.string(),
    text: z.string(),
  }),
  z.object({
    kind: z.literal('paragraph'),
    content: z.array(InlineSchema),
    align: z.enum(['justify', 'center']).optional(),
    indent: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('list'),
    style: z.enum(['dash', 'plus']),
    items: z.array(z.array(InlineSchema)),
  }),
  z.object({
    kind: z.literal('table'),
    caption: z.string().optional(),
    columns: z.array(
      z.object({
        header: z.string(),
        group: z.string().optional(),
        width: z.number(),
        align: Align.optional(),
      }),
    ),
    rows: z.array(z.array(CellSchema)),
    note: z.string().optional(),
  }),
]);

export const DocumentModelSchema = z.object({
  kind: z.enum(['plan', 'report', ...PAPER_KINDS]),
  header: z.object({
    party: z.string(),
    superior: z.string(),
    issuer: z.string(),
    number: z.string(),
    place: z.string(),
    date: z.string(),
    dateLine: z.string(),
  }),
  type: z.string(),
  subject: z.string(),
  body: z.array(BlockSchema),
  recipients: z.array(z.string()),
  signature: z.object({ onBehalf: z.string(), title: z.string(), name: InlineSchema }),
  /** the minutes' second signature (THƯ KÝ, left), in place of "Nơi nhận" */
  countersign: z.object({ onBehalf: z.string(), title: z.string(), name: InlineSchema }).optional(),
  meta: z.object({
    year: z.number().int(),
    rulesVersion: z.string().optional(),
    generator: z.literal('ptdv'),
    version: z.literal(1),
    figures: z.record(z.string(), z.union([z.number(), z.array(z.number())])).optional(),
    timeline: z
      .array(
        z.object({
          period: z.string(),
          day: z.string(),
          step: z.string(),
          keys: z.array(z.string()).optional(),
          by: z.string().optional(),
        }),
      )
      .optional(),
  }),
});

/** `POST /v1/plan`: the evaluate request plus `document` (for the API description; parsing is parsePlanRequest). */
export const PlanRequestSchema = EvaluateRequestSchema.extend({ document: PlanDocumentSchema });
