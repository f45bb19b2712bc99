/**
 * Names into a .docx, inside Apps Script: the backend's document marks each name with a
 * `{{ten:KEY}}` run (shared/documents/names.ts); the add-on unzips the file (Utilities.unzip),
 * replaces the tokens of the document's XML parts with the names from the sheet — XML-escaped,
 * diacritics kept as UTF-8 — and zips it again (Utilities.zip), every other part untouched and
 * under its own path. Nothing of this leaves Google.
 */
import { fillNames, nameTokensIn } from '../../../../shared/documents/names.ts';
import type { BlobLike, Services } from '../adapters/services.ts';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What is left where a name was asked for but the sheet has none: a line to write on by hand. */
export const BLANK_NAME = '……………………';

/** The parts that hold text: the body, headers, footers, footnotes. */
const TEXT_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

export type FillOutcome =
  /** `filled`: how many distinct people were named */
  { ok: true; blob: BlobLike; filled: number; unnamed: string[] } | { ok: false; reason: 'notDocx' };

/**
 * The .docx with every name token replaced: by the name when the sheet has one, else by a blank
 * line (`unnamed` lists those keys). `fileName` names the zip blob.
 */
export function fillDocxNames(
  s: Services,
  docx: BlobLike,
  names: Readonly<Record<string, string>>,
  fileName: string,
): FillOutcome {
  let parts: BlobLike[];
  try {
    // Utilities.unzip takes a blob typed as a zip archive (a .docx is one)
    docx.setContentType('application/zip');
    parts = s.Utilities.unzip(docx);
  } catch {
    return { ok: false, reason: 'notDocx' };
  }
  if (!parts.some((p) => p.getName() === 'word/document.xml')) return { ok: false, reason: 'notDocx' };
  const filled = new Set<string>();
  const unnamed = new Set<string>();
  const out = parts.map((part) => {
    const path = part.getName() ?? '';
    if (!TEXT_PART.test(path)) return part;
    const xml = part.getDataAsString('UTF-8');
    const keys = nameTokensIn(xml);
    if (keys.length === 0) return part;
    const withNames = fillNames(xml, names);
    for (const key of keys) {
      // (not Object.hasOwn: Apps Script's V8 may predate it)
      if (Object.getOwnPropertyDescriptor(names, key) !== undefined) filled.add(key);
      else unnamed.add(key);
    }
    const left = nameTokensIn(withNames);
    const blank: Record<string, string> = {};
    for (const key of left) blank[key] = BLANK_NAME;
    const done = left.length > 0 ? fillNames(withNames, blank) : withNames;
    return s.Utilities.newBlob(done, 'application/xml', path);
  });
  const blob = s.Utilities.zip(out, fileName);
  blob.setContentType(DOCX_MEDIA_TYPE);
  return { ok: true, blob, filled: filled.size, unnamed: [...unnamed] };
}
