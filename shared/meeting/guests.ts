/**
 * The guests of a meeting as the minutes write them, from the "Khách mời" cell as typed: each guest
 * with their post ("đồng chí Hồ Thị Mỹ Lệ, Phó Bí thư Đảng ủy xã Đạ Đờn"), since a guest is named in
 * the minutes for the body they speak for. The cell stays in the sheet (names never leave it); the
 * add-on fills this text into the minutes inside Google.
 *
 * Guests are separated by a new line or ";"; within one, the post follows a comma, a dash or sits
 * in brackets. A comma followed by another name (every word capitalised, as Vietnamese names are)
 * starts the next guest, so "A, B" is two guests while "A, Phó Bí thư …" is one with a post.
 */

export interface Guest {
  /** "đồng chí", "ông", "bà": as typed, else "đồng chí"; none for a body ("đại diện Đảng ủy xã") */
  title: string;
  name: string;
  /** empty when the cell gives none */
  post: string;
}

const TITLE = /^(đồng chí|đ\/c|đc|ông|bà)\s+/iu;

/** Two to seven words, each starting with a capital letter: a person's name, not a post. */
function looksLikeName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 7 && words.every((w) => /^\p{Lu}[\p{L}’']*$/u.test(w));
}

function guestOf(text: string): Guest {
  let rest = text.trim();
  let title = 'đồng chí';
  const t = TITLE.exec(rest);
  if (t) {
    const typed = t[1]!.toLocaleLowerCase('vi');
    title = typed === 'ông' || typed === 'bà' ? typed : 'đồng chí';
    rest = rest.slice(t[0].length);
  }
  const bracket = /^(.*?)\s*\((.*)\)\s*$/u.exec(rest);
  if (bracket) return { title, name: bracket[1]!.trim(), post: bracket[2]!.trim() };
  const dash = /^(.*?)\s+[-–—]\s+(.*)$/u.exec(rest);
  if (dash) return { title, name: dash[1]!.trim(), post: dash[2]!.trim() };
  // "Đại diện Đảng ủy xã": a body, not a person; no title, and lower case after "Khách mời:"
  if (!t && !looksLikeName(rest)) {
    const first = rest.split(/\s+/)[0]!;
    const acronym = first === first.toLocaleUpperCase('vi');
    return {
      title: '',
      name: acronym ? rest : rest.charAt(0).toLocaleLowerCase('vi') + rest.slice(1),
      post: '',
    };
  }
  return { title, name: rest, post: '' };
}

/** A guest written with a name but no post: the minutes would name them for no one. */
export function lacksPost(g: Guest): boolean {
  return g.post === '' && looksLikeName(g.name);
}

export function readGuests(cell: string): Guest[] {
  const out: Guest[] = [];
  for (const chunk of cell.split(/[\n;]+/)) {
    const parts = chunk
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    parts.forEach((part, i) => {
      const last = out[out.length - 1];
      if (last === undefined || i === 0 || looksLikeName(part.replace(TITLE, ''))) out.push(guestOf(part));
      else last.post = last.post ? `${last.post}, ${part}` : part;
    });
  }
  return out;
}

/** "đồng chí A, Phó Bí thư Đảng ủy xã; đồng chí B, Chủ tịch Công đoàn trường", or "không có". */
export function guestsText(guests: readonly Guest[]): string {
  if (guests.length === 0) return 'không có';
  return guests
    .map((g) => `${g.title ? `${g.title} ` : ''}${g.name}${g.post ? `, ${g.post}` : ''}`)
    .join('; ');
}
