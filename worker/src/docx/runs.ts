import { type IRunOptions, NoBreakHyphen, TextRun } from 'docx';
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

/** The hyphen of a document number ("45-KH/ĐU", "06-HD/TW", "mẫu 3-KNĐ"): between a digit and a capital. */
const NUMBER_HYPHEN = /(?<=\d)-(?=[A-ZĐ])/u;

/**
 * Body text whose document numbers keep together: Word and LibreOffice break a line after a plain
 * hyphen ("Kế hoạch số 45- / KH/ĐU"), so the hyphen of a number is a non-breaking one
 * (<w:noBreakHyphen/>, which Word and Docs show and copy as "-").
 */
function bodyText(text: string): Pick<IRunOptions, 'text' | 'children'> {
  if (!NUMBER_HYPHEN.test(text)) return { text };
  const children: Array<string | NoBreakHyphen> = [];
  text.split(new RegExp(NUMBER_HYPHEN.source, 'gu')).forEach((piece, i) => {
    if (i > 0) children.push(new NoBreakHyphen());
    if (piece) children.push(piece);
  });
  return { children };
}

/**
 * Inline runs as text runs. A name placeholder is a run of its own holding `{{ten:KEY}}`, so the
 * add-on can replace it inside word/document.xml without touching the formatting around it.
 */
export function textRuns(content: readonly Inline[], style: RunStyle = {}): TextRun[] {
  return content.map((r) => {
    if (r.kind === 'name') return run({ text: nameToken(r.key), bold: style.bold, size: style.size });
    return run({
      ...bodyText(r.text),
      bold: r.bold || style.bold ? true : undefined,
      italics: r.italic ? true : undefined,
      size: style.size,
    });
  });
}
