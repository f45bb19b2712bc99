import type { CandidateContext } from '../engine/context.ts';
import { flat } from '../engine/flat.ts';
import type { Severity } from '../schemas/primitives.ts';
import type { Ruleset, RulesetId, TextRef } from './rulesets.ts';

/** Where a rule comes from: a text of the ruleset and the point inside it. */
export interface CitationPart {
  text: TextRef;
  /** e.g. "điểm 1.1.1", "Điều 4 khoản 1"; empty for the whole text */
  point: string;
  /** the point was read from a secondary source, not confirmed verbatim */
  secondary?: boolean;
}

export type CitationSpec = readonly CitationPart[] | Readonly<Record<RulesetId, readonly CitationPart[]>>;

/** When a rule is looked at. */
export type Phase =
  /** standards and dossier, checked at the reference date while a candidate is not yet admitted */
  | 'preAdmission'
  /** the cell's meeting, the decision, the ceremony, probation: checked against `asOf` */
  | 'admission'
  /** every row */
  | 'always';

export interface Rule {
  id: string;
  /** Short Vietnamese title for the catalogue and the sidebar. */
  title: string;
  /** Default severity; a finding may be milder when the data only lets the rule warn. */
  severity: Severity;
  phase: Phase;
  citation: CitationSpec;
  check(ctx: CandidateContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

function partsFor(spec: CitationSpec, rulesetId: RulesetId): readonly CitationPart[] {
  return Array.isArray(spec)
    ? (spec as readonly CitationPart[])
    : (spec as Record<RulesetId, readonly CitationPart[]>)[rulesetId];
}

const citationCache = new WeakMap<CitationSpec, Map<string, string>>();

/** "Quy định 294-QĐ/TW, điểm 1.1.1; Hướng dẫn 06-HD/TW, điểm 1.1" (computed once per rule and ruleset) */
export function citationText(spec: CitationSpec, ruleset: Ruleset): string {
  let byRuleset = citationCache.get(spec);
  if (byRuleset === undefined) {
    byRuleset = new Map();
    citationCache.set(spec, byRuleset);
  }
  let text = byRuleset.get(ruleset.id);
  if (text === undefined) {
    text = flat(buildCitation(spec, ruleset));
    byRuleset.set(ruleset.id, text);
  }
  return text;
}

function buildCitation(spec: CitationSpec, ruleset: Ruleset): string {
  return partsFor(spec, ruleset.id)
    .map((p) => {
      const head = p.point ? `${ruleset.texts[p.text].short}, ${p.point}` : ruleset.texts[p.text].short;
      return p.secondary ? `${head} (theo nguồn thứ cấp)` : head;
    })
    .join('; ');
}
