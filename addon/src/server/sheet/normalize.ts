/**
 * Forgiving comparison of what people type: headers, tab names, "Có/Không", categories.
 * Case, diacritics (đ → d), punctuation and extra spaces do not matter.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Like `fold`, without anything in parentheses: "Ngày sinh (dd/mm/yyyy)" → "ngay sinh". */
export function foldWithoutParentheses(text: string): string {
  return fold(text.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' '));
}

/** "đ/c", "đ.c.", "đc.", "đồng chí" before a name, as minutes write it ("Vắng: đ/c Lê Văn Hải (ốm)"). */
const COMRADE = /^(?:đ\s*\/\s*c\.?|đ\.\s*c\.?|đc\.|đồng chí)\s+(?=\S+\s+\S)/u;

/**
 * A person's name for matching introducers to members: case, spacing and a leading "đ/c" or
 * "đồng chí" do not matter, the diacritics do ("Lê Văn Hải" and "Lê Văn Hài" are different people).
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi').replace(COMRADE, '');
}

/** A cell's text, whatever its type (names typed as numbers, keys typed as numbers). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.normalize('NFC').trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return String(value).trim();
}

/** Empty as the sheet shows it: '', only spaces, null. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
