/**
 * The documents' form fields, without zod: the text rules that documents/schemas.ts and
 * papers/schema.ts build their zod schemas from, and hand readers of the same shapes for the
 * add-on (whose bundle leaves zod out). tests/unit/documents/fields.test.ts holds each reader to
 * its schema: same verdict, same value, same problems.
 */

import type { Problem } from '../schemas/problems.ts';
import {
  BAD,
  bool,
  day,
  object,
  oneOf,
  optional,
  optionals,
  type Read,
  text,
  year,
} from '../schemas/readers.ts';
import {
  COMMON,
  PAPER_LINES,
  PLAN_LINES,
  REPORT_LINES,
  REPORT_PERIOD_MESSAGE,
  REPORT_PERIODS,
} from './lines.ts';
import type { PaperDocument } from './papers/schema.ts';
import type { PlanDocument, ReportDocument } from './schemas.ts';

export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function reader<T>(build: () => Read): (input: unknown, path?: string) => Outcome<T> {
  let read: Read | undefined;
  return (input, path = '') => {
    read ??= build();
    const problems: Problem[] = [];
    const value = read(input, path, problems);
    return value === BAD ? { ok: false, problems } : { ok: true, value: value as T };
  };
}

const common = (): Record<string, Read> => ({
  unitName: text(COMMON.unitName),
  superiorName: text(COMMON.superiorName),
  place: text(COMMON.place),
  number: optional(text(COMMON.number)),
  date: day,
  year,
});

/** `document` of `POST /v1/plan`, as PlanDocumentSchema reads it (built on first use). */
export const readPlanDocument = reader<PlanDocument>(() =>
  object({
    ...common(),
    ...optionals({
      secretaryName: text(PLAN_LINES.secretaryName),
      signerTitle: text(PLAN_LINES.signerTitle),
      targetsDocument: object({ number: text(PLAN_LINES.targetsNumber), date: optional(day) }),
    }),
  }),
);

/** `document` of `POST /v1/units/{unitId}/report`, as ReportDocumentSchema reads it. */
export const readReportDocument = reader<ReportDocument>(() =>
  object({
    ...common(),
    ...optionals({
      signerTitle: text(REPORT_LINES.signerTitle),
      signerName: text(REPORT_LINES.signerName),
      period: oneOf(REPORT_PERIODS, REPORT_PERIOD_MESSAGE),
    }),
  }),
);

/** `document` of `POST /v1/papers/{kind}`, as PaperDocumentSchema reads it. */
export const readPaperDocument = reader<PaperDocument>(() =>
  object({
    unitName: text(PAPER_LINES.unitName),
    superiorName: text(PAPER_LINES.superiorName),
    place: text(PAPER_LINES.place),
    number: optional(text(PAPER_LINES.number)),
    date: day,
    signerTitle: optional(text(PAPER_LINES.signerTitle)),
    chairIsSigner: optional(bool),
  }),
);
