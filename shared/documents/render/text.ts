import { upper } from '../header.ts';
import type { Block, DocumentModel, Inline, SignatureBlock } from '../model.ts';
import { nameToken } from '../names.ts';
import { fullHeader } from './headerRows.ts';

function runs(content: readonly Inline[]): string {
  return content.map((r) => (r.kind === 'text' ? r.text : nameToken(r.key))).join('');
}

function block(b: Block): string[] {
  switch (b.kind) {
    case 'heading':
      return ['', `${b.number} ${b.text}`];
    case 'paragraph':
      return [runs(b.content)];
    case 'list':
      return b.items.map((item) => `${b.style === 'dash' ? '-' : '+'} ${runs(item)}`);
    case 'table': {
      const out: string[] = [];
      if (b.caption) out.push(b.caption);
      out.push(b.columns.map(fullHeader).join(' | '));
      for (const row of b.rows) {
        out.push(row.map((c) => c.lines.map(runs).join(' ')).join(' | '));
      }
      if (b.note) out.push(b.note);
      return out;
    }
  }
}

/**
 * The model as plain text, one paragraph a line: for the sidebar and for logs. Names stay as
 * `{{ten:KEY}}` tokens (fill them with `fillNames(text, names, { escape: 'none' })`).
 */
/** "T/M CHI BỘ", "BÍ THƯ", the name; an empty `onBehalf` prints no line. */
function signatureLines(s: SignatureBlock): string[] {
  return [...(s.onBehalf ? [s.onBehalf] : []), s.title, runs([s.name])];
}

export function renderText(model: DocumentModel): string {
  const h = model.header;
  const lines = [
    upper(h.superior),
    upper(h.issuer),
    '*',
    h.number,
    '',
    h.party,
    h.dateLine,
    '',
    model.type,
    model.subject,
    '-----',
    '',
    ...model.body.flatMap(block),
    '',
    ...(model.countersign
      ? signatureLines(model.countersign)
      : ['Nơi nhận:', ...model.recipients.map((r) => `- ${r}`)]),
    '',
    ...signatureLines(model.signature),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
