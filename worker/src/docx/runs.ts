import { type IRunOptions, TextRun } from 'docx';
import type { Inline } from '../../../shared/documents/model.ts';
import { nameToken } from '../../../shared/documents/names.ts';
import { LANGUAGE } from './format.ts';

export interface RunStyle {
  bold?: boolean;
  size?: number;
}

/** A text run marked Vietnamese: every run of a document is made here. */
export function run(options: string | IRunOptions): TextRun {
  return new TextRun(
    typeof options === 'string' ? { text: options, language: LANGUAGE } : { ...options, language: LANGUAGE },
  );
}

/**
 * Inline runs as text runs. A name placeholder is a run of its own holding `{{ten:KEY}}`, so the
 * add-on can replace it inside word/document.xml without touching the formatting around it.
 */
export function textRuns(content: readonly Inline[], style: RunStyle = {}): TextRun[] {
  return content.map((r) => {
    if (r.kind === 'name') return run({ text: nameToken(r.key), bold: style.bold, size: style.size });
    return run({
      text: r.text,
      bold: r.bold || style.bold ? true : undefined,
      italics: r.italic ? true : undefined,
      size: style.size,
    });
  });
}
