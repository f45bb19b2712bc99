import type { Block, DocumentModel, Inline } from '../../../shared/documents/model.ts';
import { nameToken } from '../../../shared/documents/names.ts';
import { draftPlan } from '../../../shared/documents/plan/build.ts';

export function runsText(runs: readonly Inline[]): string {
  return runs.map((r) => (r.kind === 'text' ? r.text : nameToken(r.key))).join('');
}

export function blockText(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${b.number} ${b.text}`;
    case 'paragraph':
      return runsText(b.content);
    case 'list':
      return b.items.map((i) => `- ${runsText(i)}`).join('\n');
    case 'table':
      return [
        b.caption ?? '',
        b.columns.map((c) => c.header).join(' | '),
        ...b.rows.map((r) => r.map((c) => c.lines.map(runsText).join(' / ')).join(' | ')),
      ].join('\n');
  }
}

/**
 * The text of a level-1 section, from its heading to the next level-1 heading: by its title's start
 * ("CHỈ TIÊU", "NHIỆM VỤ") — sections are numbered in order, so a number moves when one is added.
 */
export function sectionText(model: DocumentModel, title: string): string {
  const start = model.body.findIndex(
    (b) => b.kind === 'heading' && b.level === 1 && (b.text.startsWith(title) || b.number === title),
  );
  if (start < 0) throw new Error(`no section ${title}`);
  const rest = model.body.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading' && b.level === 1);
  return [model.body[start]!, ...(end < 0 ? rest : rest.slice(0, end))].map(blockText).join('\n');
}

export function allText(model: DocumentModel): string {
  return model.body.map(blockText).join('\n');
}

/** Drafts a plan and insists the request was accepted. */
export function plan(input: unknown): DocumentModel {
  const out = draftPlan(input);
  if (!out.ok) throw new Error(`plan rejected: ${JSON.stringify(out.problems)}`);
  return out.model;
}
