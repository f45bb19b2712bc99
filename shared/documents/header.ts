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
  // "Số 7" and "7" are one number: the word is dropped before the digits are read
  const n = number?.trim().replace(/^số\s*/iu, '');
  if (!n) return `Số      ${suffix}`;
  if (/^\d+$/.test(n)) return `Số ${two(Number(n))}${suffix}`;
  return `Số ${n}`;
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

/**
 * Words that belong with the word after them: a line never ends on one ("CHI / BỘ", "XÃ / TÂN PHÚ",
 * "PHƯỜNG / 1"). Unit-type words end the type prefix; what follows the last of them is the proper
 * name, which is kept on one line whenever it fits ("THPT BẢO / LỘC" never).
 */
const BINDS_FORWARD = new Set([
  'CHI',
  'ĐẢNG',
  'TIỂU',
  'MẦM',
  'THỊ',
  'THÀNH',
  'BAN',
  'CÔNG',
  'BỆNH',
  'ĐẠI',
  'CAO',
  'TRUNG',
]);
const PLACE_WORDS = new Set(['XÃ', 'PHƯỜNG', 'TRẤN', 'HUYỆN', 'TỈNH', 'QUẬN', 'PHỐ', 'ĐẶC KHU']);
const TYPE_WORDS = new Set([
  ...PLACE_WORDS,
  'BỘ',
  'ỦY',
  'TRƯỜNG',
  'THPT',
  'THCS',
  'HỌC',
  'NON',
  'PTDTNT',
  'PTDTBT',
  'TH',
  'VÀ',
  'TY',
  'VIỆN',
  'ĐOÀN',
]);

/** The cost of breaking a line after word i of `words`: Infinity never, 1 inside a long proper name. */
function breakCost(words: readonly string[], i: number, nameStart: number, maxChars: number): number {
  const here = words[i]!;
  const next = words[i + 1]!;
  if (BINDS_FORWARD.has(here) || PLACE_WORDS.has(here)) return Number.POSITIVE_INFINITY;
  if (/^\d/.test(next)) return Number.POSITIVE_INFINITY;
  if (i + 1 > nameStart) {
    return words.slice(nameStart).join(' ').length <= maxChars ? Number.POSITIVE_INFINITY : 1;
  }
  return 0;
}

/**
 * A unit's name in the header, broken between words into balanced lines of at most `maxChars`
 * characters where it can be: "CHI BỘ TRƯỜNG / THPT NGUYỄN DU", never "CHI BỘ TRƯỜNG THPT NGUYỄN /
 * DU". Character counts stand in for widths (Times New Roman capitals are close to even).
 */
export function headerLines(name: string, maxChars: number): string[] {
  const words = name.trim().split(/\s+/);
  const full = words.join(' ');
  if (full.length <= maxChars || words.length < 2) return [full];
  let nameStart = 0;
  words.forEach((w, i) => {
    if (TYPE_WORDS.has(w) && i < words.length - 1) nameStart = i + 1;
  });
  type Option = { lines: string[]; widest: number; cost: number };
  const better = (a: Option, b: Option | undefined) =>
    b === undefined || a.cost < b.cost || (a.cost === b.cost && a.widest < b.widest);
  // every way to cut the words into 2 to 4 lines at allowed breaks: among those that fit, the one
  // with the fewest breaks inside the name, then the narrowest widest line
  for (let count = 2; count <= 4; count++) {
    let fitting: Option | undefined;
    const search = (from: number, lines: string[], cost: number, left: number): void => {
      if (left === 1) {
        const all = [...lines, words.slice(from).join(' ')];
        const option = { lines: all, widest: Math.max(...all.map((l) => l.length)), cost };
        if (option.widest <= maxChars && better(option, fitting)) fitting = option;
        return;
      }
      for (let i = from; i < words.length - 1; i++) {
        const c = breakCost(words, i, nameStart, maxChars);
        if (c === Number.POSITIVE_INFINITY) continue;
        search(i + 1, [...lines, words.slice(from, i + 1).join(' ')], cost + c, left - 1);
      }
    };
    search(0, [], 0, count);
    if (fitting !== undefined) return fitting.lines;
  }
  return [full];
}
