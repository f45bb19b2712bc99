/**
 * Free text that leaves the spreadsheet (a report's note, the unit's names in a document request)
 * must not carry a person's name from the sheet (domain.md §6, §8). Names are compared with case
 * and diacritics folded ("Nguyen Van An" is Nguyễn Văn An typed without accents), as whole words.
 */
import { fold } from './normalize.ts';

/** Names of one word ("An") would match too much ordinary text: only full names are looked for. */
const MIN_NAME_WORDS = 2;

/** The sheet's names (of `people`) that `text` contains, each once, in the sheet's spelling. */
export function namesIn(text: string, people: ReadonlyArray<{ name: string }>): string[] {
  const haystack = ` ${fold(text)} `;
  if (haystack.trim() === '') return [];
  const found: string[] = [];
  const seen = new Set<string>();
  for (const { name } of people) {
    const needle = fold(name);
    if (needle === '' || needle.split(' ').length < MIN_NAME_WORDS || seen.has(needle)) continue;
    seen.add(needle);
    if (haystack.includes(` ${needle} `)) found.push(name.trim());
  }
  return found;
}

/** "Ghi chú có họ tên …": what to tell the user when `field` carries names, before anything is sent. */
export function namesMessage(field: string, names: readonly string[]): string {
  const listed = names
    .slice(0, 3)
    .map((n) => `“${n}”`)
    .join(', ');
  const more = names.length > 3 ? ` và ${names.length - 3} người khác` : '';
  return `${field} có họ tên ${listed}${more} trong danh sách của bảng tính. Họ tên không được gửi ra khỏi bảng tính: hãy bỏ tên (ví dụ ghi “1 quần chúng”, “1 đảng viên”) rồi gửi lại. Chưa có gì được gửi đi.`;
}
