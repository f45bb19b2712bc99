/**
 * Names into a .docx in plain JavaScript (fflate), with no service call: the meeting pack fills
 * several papers at once and its service calls must not grow with their number. Same rules as
 * docx.ts: the text parts' `{{ten:KEY}}` tokens become the names (XML-escaped), a key the sheet
 * has no name for becomes a line to write on by hand, every other part is kept as it is.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fillNames, nameTokensIn } from '../../../../shared/documents/names.ts';
import { BLANK_NAME } from './docx.ts';

const TEXT_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

export type BytesFill = { ok: true; bytes: Uint8Array; filled: number; unnamed: string[] } | { ok: false };

export function fillDocxBytes(docx: Uint8Array, names: Readonly<Record<string, string>>): BytesFill {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(docx);
  } catch {
    return { ok: false };
  }
  if (parts['word/document.xml'] === undefined) return { ok: false };
  const filled = new Set<string>();
  const unnamed = new Set<string>();
  for (const path of Object.keys(parts)) {
    if (!TEXT_PART.test(path)) continue;
    const xml = strFromU8(parts[path]!);
    const keys = nameTokensIn(xml);
    if (keys.length === 0) continue;
    for (const key of keys) {
      if (Object.getOwnPropertyDescriptor(names, key) !== undefined) filled.add(key);
      else unnamed.add(key);
    }
    const withNames = fillNames(xml, names);
    const blank: Record<string, string> = {};
    for (const key of nameTokensIn(withNames)) blank[key] = BLANK_NAME;
    parts[path] = strToU8(fillNames(withNames, blank));
  }
  return { ok: true, bytes: zipSync(parts, { level: 6 }), filled: filled.size, unnamed: [...unnamed] };
}

/** Apps Script's bytes are Java's (−128…127); JavaScript's are 0…255. */
export const toSignedBytes = (bytes: Uint8Array): number[] =>
  Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
export const fromSignedBytes = (bytes: readonly number[]): Uint8Array =>
  Uint8Array.from(bytes, (b) => b & 0xff);
