import { evaluateRequest } from '../../engine/evaluate.ts';
import type { Problem } from '../../schemas/problems.ts';
import type { EvaluateRequest } from '../../schemas/request.ts';
import type { EvaluateResponse } from '../../schemas/response.ts';
import { archiveLine, committeeOf, documentHeader, documentNumber, signature } from '../header.ts';
import { type Block, type DocumentModel, para } from '../model.ts';
import { SECRETARY_KEY } from '../names.ts';
import type { PlanDocument } from '../schemas.ts';
import { basis } from './basis.ts';
import { massOrganisations, planContext } from './context.ts';
import { figuresMeta, planFigures } from './figures.ts';
import { implementation } from './implementation.ts';
import { parsePlanRequest } from './parse.ts';
import { purposes } from './purposes.ts';
import { situation } from './situation.ts';
import { targets } from './targets.ts';
import { tasks } from './tasks.ts';
import { timelineMeta } from './timeline.ts';

/** The cell's annual plan from a validated request, its evaluation and the document fields. */
export function buildPlan(
  request: EvaluateRequest,
  evaluation: EvaluateResponse,
  doc: PlanDocument,
): DocumentModel {
  const ctx = planContext(request, evaluation, doc);
  const orgs = massOrganisations(ctx);
  const closing = para(
    `Kế hoạch được phổ biến đến toàn thể đảng viên trong chi bộ${orgs ? `; ${orgs} của đơn vị phối hợp thực hiện` : ''}. ` +
      `Chi ủy báo cáo kết quả với ${ctx.superior} theo lịch trên và khi có yêu cầu; vướng mắc trong quá trình thực hiện được phản ánh kịp thời với chi ủy để giải quyết.`,
  );
  const recipients = [
    `${committeeOf(doc.superiorName)} (để báo cáo),`,
    'Đảng viên trong chi bộ (để thực hiện),',
  ];
  if (orgs) recipients.push(`${orgs} đơn vị (để phối hợp),`);
  recipients.push(archiveLine(doc.unitName));
  return {
    kind: 'plan',
    header: documentHeader({
      superiorName: doc.superiorName,
      unitName: doc.unitName,
      number: documentNumber(doc.number, 'KH', doc.unitName),
      place: doc.place,
      date: doc.date,
    }),
    type: 'KẾ HOẠCH',
    subject: `phát triển đảng viên năm ${ctx.year}`,
    body: numberSections([
      ...basis(ctx),
      ...situation(ctx),
      ...purposes(ctx),
      ...targets(ctx),
      ...tasks(ctx),
      ...implementation(ctx),
      closing,
    ]),
    recipients,
    signature: signature(doc.unitName, doc.signerTitle ?? 'Bí thư', doc.secretaryName, SECRETARY_KEY),
    meta: {
      year: ctx.year,
      rulesVersion: ctx.ruleset.id,
      generator: 'ptdv',
      version: 1,
      figures: figuresMeta(planFigures(ctx)),
      timeline: timelineMeta(ctx),
    },
  };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The level-1 sections numbered in the order they appear (each section file need not know its place). */
function numberSections(blocks: Block[]): Block[] {
  let n = 0;
  return blocks.map((b) => (b.kind === 'heading' && b.level === 1 ? { ...b, number: `${ROMAN[n++]}.` } : b));
}

export type DraftOutcome =
  | { ok: true; model: DocumentModel }
  | { ok: false; kind: 'malformed' | 'inconsistent'; problems: Problem[] };

/** `POST /v1/plan` without the HTTP: validate, evaluate, draft. Never throws on client input. */
export function draftPlan(input: unknown): DraftOutcome {
  const parsed = parsePlanRequest(input);
  if (!parsed.ok) return parsed;
  return { ok: true, model: buildPlan(parsed.request, evaluateRequest(parsed.request), parsed.document) };
}
