import { TextRun } from 'docx';
import type { Inline } from '../../../shared/documents/model.ts';
import { nameToken } from '../../../shared/documents/names.ts';

export interface RunStyle {
  bold?: boolean;
  size?: number;
}

/**
 * Inline runs as text runs. A name placeholder is a run of its own holding `{{ten:KEY}}`, so the
 * add-on can replace it inside word/document.xml without touching the formatting around it.
 */
export function textRuns(content: readonly Inline[], style: RunStyle = {}): TextRun[] {
  return content.map((r) => {
    if (r.kind === 'name') return new TextRun({ text: nameToken(r.key), bold: style.bold, size: style.size });
    return new TextRun({
      text: r.text,
      bold: r.bold || style.bold ? true : undefined,
      italics: r.italic ? true : undefined,
      size: style.size,
    });
  });
}
