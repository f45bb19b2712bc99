/**
 * The documents created from this spreadsheet, per kind and year, in the document's properties:
 * a re-run makes a new version and never overwrites one. A version number is reserved under the
 * document lock before the upload (two secretaries drafting at once get bản 2 and bản 3), then
 * completed with the file's link, or released when the upload fails.
 */
import type { DocVersion } from '../../common/model.ts';
import type { Services } from '../adapters/services.ts';

/** The newest versions kept per kind and year (the numbering continues past them). */
export const KEPT_VERSIONS = 20;

/** `meeting`: a meeting's papers, numbered per meeting (the "year" is the meeting's yyyymmdd). */
export type DocKind = 'plan' | 'report' | 'reportFirstHalf' | 'meeting';

interface Stored extends DocVersion {
  /** an upload in progress holds its number */
  pending?: boolean;
}

const key = (kind: DocKind, year: number) => `ptdv.docs.${kind}.${year}`;

function load(s: Services, kind: DocKind, year: number): Stored[] {
  const raw = s.PropertiesService.getDocumentProperties().getProperty(key(kind, year));
  if (!raw) return [];
  try {
    const list = JSON.parse(raw) as unknown;
    return Array.isArray(list)
      ? list.filter((v): v is Stored => typeof v === 'object' && v !== null && typeof v.version === 'number')
      : [];
  } catch {
    return [];
  }
}

function save(s: Services, kind: DocKind, year: number, list: Stored[]): void {
  const kept = list.sort((a, b) => a.version - b.version).slice(-KEPT_VERSIONS);
  s.PropertiesService.getDocumentProperties().setProperty(key(kind, year), JSON.stringify(kept));
}

/** The finished versions, newest first. */
export function versionsOf(s: Services, kind: DocKind, year: number): DocVersion[] {
  return load(s, kind, year)
    .filter((v) => !v.pending)
    .map(({ pending: _p, ...v }) => v)
    .sort((a, b) => b.version - a.version);
}

/** Holds the next number (call under the document lock). */
export function reserveVersion(s: Services, kind: DocKind, year: number, atText: string): number {
  const list = load(s, kind, year);
  const next = list.reduce((m, v) => Math.max(m, v.version), 0) + 1;
  list.push({ version: next, atText, name: '', url: '', converted: false, pending: true });
  save(s, kind, year, list);
  return next;
}

/** Completes a reserved version with its file, or releases it (`doc` null). */
export function finishVersion(
  s: Services,
  kind: DocKind,
  year: number,
  version: number,
  doc: DocVersion | null,
): void {
  const list = load(s, kind, year).filter((v) => v.version !== version);
  if (doc !== null) list.push(doc);
  save(s, kind, year, list);
}

/** "Đã tạo bản 2; bản 1 vẫn giữ nguyên." / "…; các bản 1–3 vẫn giữ nguyên." */
export function versionSentence(version: number, previous: readonly DocVersion[]): string | null {
  if (version <= 1 && previous.length === 0) return null;
  const numbers = previous.map((v) => v.version).sort((a, b) => a - b);
  if (numbers.length === 0) return `Đã tạo bản ${version}.`;
  const kept =
    numbers.length === 1
      ? `bản ${numbers[0]} vẫn giữ nguyên`
      : numbers.length === numbers[numbers.length - 1]! - numbers[0]! + 1
        ? `các bản ${numbers[0]}–${numbers[numbers.length - 1]} vẫn giữ nguyên`
        : `các bản ${numbers.join(', ')} vẫn giữ nguyên`;
  return `Đã tạo bản ${version}; ${kept}.`;
}
