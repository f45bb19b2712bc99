import type { Day } from '../dates/day.ts';
import { formatDayLong } from '../dates/format.ts';
import { type DocumentHeader, type Inline, name, type SignatureBlock, text } from './model.ts';
import { two } from './numbers.ts';

export const PARTY = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** Upper case the Vietnamese way (đ → Đ, diacritics kept). */
export function upper(s: string): string {
  return s.toLocaleUpperCase('vi');
}

/** First letter lower-cased, for a name used inside a sentence ("Đảng bộ xã A" stays; "Chi bộ" → "chi bộ"). */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

type BodyKind = 'cell' | 'committee' | 'other';

/** Whether a unit is a chi bộ, a đảng bộ/đảng ủy, or something else, from its name. */
export function bodyKind(unitName: string): BodyKind {
  const n = unitName.trim().toLocaleLowerCase('vi');
  if (n.startsWith('chi bộ')) return 'cell';
  if (n.startsWith('đảng bộ') || n.startsWith('đảng ủy') || n.startsWith('đảng uỷ')) return 'committee';
  return 'other';
}

/** How a đảng bộ's committee is called: "Đảng bộ tỉnh X" → "Tỉnh ủy X", "Đảng bộ xã X" → "Đảng ủy xã X". */
const COMMITTEES: ReadonlyArray<[organisation: string, committee: string]> = [
  ['đảng bộ tỉnh ', 'Tỉnh ủy '],
  ['đảng bộ thành phố ', 'Thành ủy '],
  ['đảng bộ huyện ', 'Huyện ủy '],
  ['đảng bộ quận ', 'Quận ủy '],
  ['đảng bộ thị xã ', 'Thị ủy '],
  ['đảng bộ ', 'Đảng ủy '],
];

function swapPrefix(name: string, from: number, to: number): string {
  const trimmed = name.trim();
  const lower = trimmed.toLocaleLowerCase('vi').replace('uỷ', 'ủy');
  for (const pair of COMMITTEES) {
    const prefix = pair[from]!.toLocaleLowerCase('vi');
    if (lower.startsWith(prefix)) return pair[to]! + trimmed.slice(prefix.length);
  }
  return trimmed;
}

/** The committee that acts for an organisation: "Đảng bộ xã Sơn Hà" → "Đảng ủy xã Sơn Hà". */
export function committeeOf(name: string): string {
  return swapPrefix(name, 0, 1);
}

/** The organisation a committee leads: "Tỉnh ủy Lâm Đồng" → "Đảng bộ tỉnh Lâm Đồng" (for the header). */
export function organisationOf(name: string): string {
  const swapped = swapPrefix(name, 1, 0);
  return swapped === name.trim() ? swapped : swapped.charAt(0).toLocaleUpperCase('vi') + swapped.slice(1);
}

/** The symbol after the document type in the number: "CB" for a chi bộ, "ĐU" for a đảng ủy. */
export function issuerSymbol(unitName: string): string {
  return bodyKind(unitName) === 'cell' ? 'CB' : 'ĐU';
}

/**
 * "Số 03-KH/CB". A number given as digits gets the type and symbol; one given in full ("03-KH/CB")
 * is kept; none leaves a blank to fill by hand.
 */
export function documentNumber(number: string | undefined, typeSymbol: string, unitName: string): string {
  const suffix = `-${typeSymbol}/${issuerSymbol(unitName)}`;
  const n = number?.trim();
  if (!n) return `Số      ${suffix}`;
  if (/^\d+$/.test(n)) return `Số ${two(Number(n))}${suffix}`;
  return `Số ${n.replace(/^số\s*/iu, '')}`;
}

/**
 * The header: the superior line names the organisation ("Đảng bộ tỉnh …"), the issuing line the
 * body that signs — a chi bộ, or a đảng bộ's committee ("Đảng ủy xã …").
 */
export function documentHeader(input: {
  superiorName: string;
  unitName: string;
  number: string;
  place: string;
  date: Day;
}): DocumentHeader {
  return {
    party: PARTY,
    superior: organisationOf(input.superiorName),
    issuer: committeeOf(input.unitName),
    number: input.number,
    place: input.place,
    date: input.date,
    dateLine: `${input.place}, ${formatDayLong(input.date)}`,
  };
}

/** "T/M CHI BỘ", "T/M ĐẢNG ỦY", or "T/M" and the body's own name. */
export function onBehalfOf(unitName: string): string {
  const kind = bodyKind(unitName);
  if (kind === 'cell') return 'T/M CHI BỘ';
  if (kind === 'committee') return 'T/M ĐẢNG ỦY';
  return `T/M ${upper(unitName)}`;
}

/** The signature: the signer's name when given, else a placeholder the add-on fills. */
export function signature(
  unitName: string,
  title: string,
  signerName: string | undefined,
  key: string,
): SignatureBlock {
  const signer: Inline = signerName?.trim() ? text(signerName.trim()) : name(key);
  return { onBehalf: onBehalfOf(unitName), title: upper(title), name: signer };
}

/** "Lưu Chi bộ." / "Lưu Văn phòng Đảng ủy." */
export function archiveLine(unitName: string): string {
  return bodyKind(unitName) === 'cell' ? 'Lưu Chi bộ.' : 'Lưu Văn phòng Đảng ủy.';
}
