/**
 * The compact answer rendered back into the default one: each finding's message from its rule's
 * template and parameters, its citation from the rule's citation in the result's ruleset, each
 * projection's days written out (projectionForm.ts) — exactly what the engine writes into the
 * default answer (a property test holds them equal). Pure and
 * free of zod: the add-on runs it on the texts it fetched from `GET /v1/rules` and cached.
 */
import { type Day, isDay } from '../dates/day.ts';
import { createDayNames } from '../dates/dayNames.ts';
import type {
  CompactEvaluateResponse,
  CompactKind,
  CompactResult,
  Deadline,
  EvaluateResponse,
  Finding,
  Result,
} from '../schemas/response.ts';
import { flat } from './flat.ts';
import { expandProjection } from './projectionForm.ts';
import { type MessageParam, renderTemplate } from './texts.ts';

/** What rendering needs of `GET /v1/rules`: each rule's templates and citations, and the phrases. */
export interface RulesTexts {
  textsVersion: string;
  phrases: Readonly<Record<string, string>>;
  rules: ReadonlyArray<{
    id: string;
    /** citation per ruleset id */
    citations: Readonly<Record<string, string>>;
    messages: Readonly<Record<string, string>>;
  }>;
}

export type FindingRenderer = (
  kind: CompactKind,
  params: readonly MessageParam[],
  date: Day | undefined,
  rulesVersion: string,
) => Finding;

/** A renderer over one catalogue of texts. Throws on a rule, template or citation it lacks. */
export function findingRenderer(texts: RulesTexts): FindingRenderer {
  const byId = new Map(texts.rules.map((r) => [r.id, r]));
  return (kind, params, date, rulesVersion) => {
    const rule = byId.get(kind.rule);
    const template = rule?.messages[kind.text];
    const citation = rule?.citations[rulesVersion];
    if (template === undefined || citation === undefined) {
      throw new Error(`no text for ${kind.rule}/${kind.text} in ${rulesVersion}`);
    }
    const message = flat(renderTemplate(template, params, texts.phrases));
    const { rule: id, severity, field } = kind;
    // The default answer's shape and key order (engine/context.ts).
    const out: Finding =
      field === undefined
        ? { rule: id, severity, message, citation }
        : { rule: id, severity, field, message, citation };
    if (date !== undefined) out.date = date;
    return out;
  };
}

const byDue = (a: Deadline, b: Deadline): number => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);

/**
 * One result's findings and deadlines, read from its compact list (CompactFindingsSchema). Throws
 * on a list that does not read: an unknown kind, too few values, a date that is not one.
 */
function readFindings(
  r: CompactResult,
  kinds: readonly CompactKind[],
  render: FindingRenderer,
): { findings: Finding[]; deadlines: Deadline[] } {
  const findings: Finding[] = [];
  const deadlines: Deadline[] = [];
  const list = r.findings;
  let i = 0;
  while (i < list.length) {
    const index = list[i++];
    const kind = typeof index === 'number' ? kinds[index] : undefined;
    if (kind === undefined) throw new Error(`${r.key}: no finding kind ${JSON.stringify(index)}`);
    const end = i + kind.params + (kind.dated ? 1 : 0);
    if (end > list.length) throw new Error(`${r.key}: a finding of ${kind.rule} is cut short`);
    const params = list.slice(i, i + kind.params) as MessageParam[];
    const date = kind.dated ? list[end - 1] : undefined;
    if (date !== undefined && !isDay(date)) throw new Error(`${r.key}: ${JSON.stringify(date)} is not a day`);
    i = end;
    findings.push(render(kind, params, date, r.rulesVersion));
    if (kind.deadline !== undefined) {
      if (date === undefined) throw new Error(`${r.key}: a deadline of ${kind.rule} without a date`);
      deadlines.push({ rule: kind.rule, due: date, overdue: kind.deadline === 'overdue' });
    }
  }
  // The engine keeps deadlines in order of due date as recorded: a stable sort of the same order.
  if (deadlines.length > 1) deadlines.sort(byDue);
  return { findings, deadlines };
}

/**
 * The default answer a compact one stands for. Throws when the texts do not render it (another
 * version, a rule they lack) or its findings do not read: the caller then treats the answer as
 * unreadable.
 */
export function renderCompactAnswer(answer: CompactEvaluateResponse, texts: RulesTexts): EvaluateResponse {
  if (answer.textsVersion !== texts.textsVersion) {
    throw new Error(`texts ${texts.textsVersion} do not render answer texts ${answer.textsVersion}`);
  }
  const render = findingRenderer(texts);
  const names = createDayNames(answer.asOf);
  const results: Result[] = [];
  for (const r of answer.results) {
    const { findings, deadlines } = readFindings(r, answer.kinds, render);
    const { key, stage, rulesVersion, referenceDate, eligibleFrom, projection } = r;
    // The default answer's key order (engine/evaluate.ts).
    const result: Result = { key, stage, rulesVersion, referenceDate, findings, deadlines };
    if (eligibleFrom !== undefined) result.eligibleFrom = eligibleFrom;
    // The projection's days, written by the function the engine writes its default answer with.
    if (projection !== undefined) result.projection = expandProjection(projection, names);
    results.push(result);
  }
  return { ok: true, rulesVersion: answer.rulesVersion, results, summary: answer.summary };
}
