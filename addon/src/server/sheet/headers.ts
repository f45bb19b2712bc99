/** Forgiving header mapping: which column of a tab holds which field, wherever the header row is. */

import type { TabDef } from './columns.ts';
import { fold, foldWithoutParentheses } from './normalize.ts';
import type { HeaderMap, Table } from './table.ts';

/** How far down a header row is looked for (a title or a blank line may sit above it). */
const HEADER_SEARCH_ROWS = 10;

const lookups = new WeakMap<TabDef, Map<string, string>>();

/** folded header or alias → column id, built once per tab. */
export function headerLookup(tab: TabDef): Map<string, string> {
  let lookup = lookups.get(tab);
  if (lookup === undefined) {
    lookup = new Map();
    for (const column of tab.columns) {
      for (const text of [column.header, ...column.aliases]) {
        const folded = fold(text);
        const existing = lookup.get(folded);
        if (existing !== undefined && existing !== column.id) {
          throw new Error(`header alias “${text}” names both ${existing} and ${column.id} in ${tab.name}`);
        }
        lookup.set(folded, column.id);
      }
    }
    lookups.set(tab, lookup);
  }
  return lookup;
}

/** The column id a header names exactly, or undefined. Case, diacritics, spaces, a "(…)" suffix and a leading number do not matter. */
export function matchExactHeader(tab: TabDef, header: unknown): string | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  const lookup = headerLookup(tab);
  const folded = fold(header);
  const candidates = [folded, foldWithoutParentheses(header), folded.replace(/^\d+ /, '')];
  for (const c of candidates) {
    const id = lookup.get(c);
    if (id !== undefined) return id;
  }
  return undefined;
}

/** Header texts shorter than this are never looked for inside a longer header ("STT", "Mã"). */
const MIN_CONTAINED_LENGTH = 6;

/**
 * The column a header unambiguously starts with: "Ngày sinh quần chúng" → birthDate. Only a
 * known header or alias at the start, followed by more words, counts; when several fit, the
 * longest wins, and a tie is ambiguous (undefined). "Ghi chú ngày sinh" names nothing.
 */
export function matchContainedHeader(tab: TabDef, header: unknown): string | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  const folded = foldWithoutParentheses(header).replace(/^\d+ /, '');
  let best: string | undefined;
  let bestLength = 0;
  let tie = false;
  for (const [text, id] of headerLookup(tab)) {
    if (text.length < MIN_CONTAINED_LENGTH || !folded.startsWith(`${text} `)) continue;
    if (text.length > bestLength) {
      best = id;
      bestLength = text.length;
      tie = false;
    } else if (text.length === bestLength && id !== best) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}

/** The column id a header names exactly, or else unambiguously starts with. */
export function matchHeader(tab: TabDef, header: unknown): string | undefined {
  return matchExactHeader(tab, header) ?? matchContainedHeader(tab, header);
}

function countMatches(tab: TabDef, row: readonly unknown[]): number {
  const seen = new Set<string>();
  for (const cell of row) {
    const id = matchHeader(tab, cell);
    if (id !== undefined) seen.add(id);
  }
  return seen.size;
}

/**
 * Finds the header row (the first of the top rows with the most known headers, at least two)
 * and maps every column. Columns may be in any order; extra columns are reported, not touched.
 */
export function mapHeaders(tab: TabDef, values: readonly (readonly unknown[])[]): HeaderMap {
  let headerRow = 0;
  let best = 1;
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const n = countMatches(tab, values[r] ?? []);
    if (n > best) {
      best = n;
      headerRow = r + 1;
    }
  }
  const map: HeaderMap = { headerRow, columns: new Map(), unknown: [], duplicates: [] };
  if (headerRow === 0) return map;
  const row = values[headerRow - 1] ?? [];
  // Exact headers first, so that "Ngày sinh" beats "Ngày sinh quần chúng" wherever they stand.
  const contained: Array<{ index: number; header: string }> = [];
  row.forEach((cell, index) => {
    if (typeof cell !== 'string' && typeof cell !== 'number') return;
    const header = String(cell).trim();
    if (header === '') return;
    const id = matchExactHeader(tab, header);
    if (id === undefined) contained.push({ index, header });
    else if (map.columns.has(id)) map.duplicates.push({ index, header, id });
    else map.columns.set(id, index);
  });
  for (const { index, header } of contained) {
    const id = matchContainedHeader(tab, header);
    if (id === undefined || map.columns.has(id)) map.unknown.push({ index, header });
    else map.columns.set(id, index);
  }
  map.unknown.sort((a, b) => a.index - b.index);
  return map;
}

export function readTable(tab: TabDef, sheetName: string, values: unknown[][]): Table {
  return { tab, sheetName, values, headers: mapHeaders(tab, values) };
}
