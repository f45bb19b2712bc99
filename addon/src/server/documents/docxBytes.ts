/**
 * Names into a .docx in plain JavaScript, with no service call: the meeting pack fills several
 * papers at once and its service calls must not grow with their number. Same rules as docx.ts:
 * the text parts' `{{ten:KEY}}` tokens become the names (XML-escaped), a key the sheet has no
 * name for becomes a line to write on by hand. Every other part keeps its compressed bytes
 * (zip.ts); a part whose text changed is stored uncompressed (inflating is fflate's).
 */
import { inflateSync, strFromU8, strToU8 } from 'fflate';
import { fillNames, nameTokensIn } from '../../../../shared/documents/names.ts';
import { BLANK_NAME } from './docx.ts';
import { readZip, storedEntry, writeZip, type ZipEntry } from './zip.ts';

const TEXT_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

export type BytesFill = { ok: true; bytes: Uint8Array; filled: number; unnamed: string[] } | { ok: false };

export function fillDocxBytes(docx: Uint8Array, names: Readonly<Record<string, string>>): BytesFill {
  let entries: ZipEntry[] | undefined;
  try {
    entries = readZip(docx);
  } catch {
    return { ok: false };
  }
  if (!entries?.some((e) => e.name === 'word/document.xml')) return { ok: false };
  const filled = new Set<string>();
  const unnamed = new Set<string>();
  const out: ZipEntry[] = [];
  for (const entry of entries) {
    if (!TEXT_PART.test(entry.name)) {
      out.push(entry);
      continue;
    }
    let xml: string;
    try {
      xml = strFromU8(
        entry.method === 8 ? inflateSync(entry.data, { out: new Uint8Array(entry.size) }) : entry.data,
      );
    } catch {
      return { ok: false };
    }
    const keys = nameTokensIn(xml);
    if (keys.length === 0) {
      out.push(entry);
      continue;
    }
    for (const key of keys) {
      if (Object.getOwnPropertyDescriptor(names, key) !== undefined) filled.add(key);
      else unnamed.add(key);
    }
    const withNames = fillNames(xml, names);
    const blank: Record<string, string> = {};
    for (const key of nameTokensIn(withNames)) blank[key] = BLANK_NAME;
    out.push(storedEntry(entry.name, strToU8(fillNames(withNames, blank)), entry.flags));
  }
  return { ok: true, bytes: writeZip(out), filled: filled.size, unnamed: [...unnamed] };
}

/** Apps Script's bytes are Java's (−128…127); JavaScript's are 0…255. */
export const toSignedBytes = (bytes: Uint8Array): number[] =>
  Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
export const fromSignedBytes = (bytes: readonly number[]): Uint8Array =>
  Uint8Array.from(bytes, (b) => b & 0xff);
