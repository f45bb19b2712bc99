/**
 * The compact answer rendered back into the default one: each finding's message from its rule's
 * template and parameters, its citation from the rule's citation in the result's ruleset — exactly
 * the text the engine writes into the default answer (a property test holds them equal). Pure and
 * free of zod: the add-on runs it on the texts it fetched from `GET /v1/rules` and cached.
 */
import type {
  CompactEvaluateResponse,
  CompactFinding,
  EvaluateResponse,
  Finding,
  Result,
} from '../schemas/response.ts';
import { flat } from './flat.ts';
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

export type FindingRenderer = (finding: CompactFinding, rulesVersion: string) => Finding;

/** A renderer over one catalogue of texts. Throws on a rule, template or citation it lacks. */
export function findingRenderer(texts: RulesTexts): FindingRenderer {
  const byId = new Map(texts.rules.map((r) => [r.id, r]));
  return (f, rulesVersion) => {
    const rule = byId.get(f.rule);
    const template = rule?.messages[f.text];
    const citation = rule?.citations[rulesVersion];
    if (template === undefined || citation === undefined) {
      throw new Error(`no text for ${f.rule}/${f.text} in ${rulesVersion}`);
    }
    const message = flat(renderTemplate(template, f.params as readonly MessageParam[], texts.phrases));
    const { rule: id, severity, field, date } = f;
    // The default answer's shape and key order (engine/context.ts).
    const out: Finding =
      field === undefined
        ? { rule: id, severity, message, citation }
        : { rule: id, severity, field, message, citation };
    if (date !== undefined) out.date = date;
    return out;
  };
}

/**
 * The default answer a compact one stands for. Throws when the texts do not render it (another
 * version, a rule they lack): the caller then treats the answer as unreadable.
 */
export function renderCompactAnswer(answer: CompactEvaluateResponse, texts: RulesTexts): EvaluateResponse {
  if (answer.textsVersion !== texts.textsVersion) {
    throw new Error(`texts ${texts.textsVersion} do not render answer texts ${answer.textsVersion}`);
  }
  const render = findingRenderer(texts);
  const results: Result[] = [];
  for (const r of answer.results) {
    const findings: Finding[] = [];
    for (const f of r.findings) findings.push(render(f, r.rulesVersion));
    results.push({ ...r, findings });
  }
  return { ok: true, rulesVersion: answer.rulesVersion, results, summary: answer.summary };
}
