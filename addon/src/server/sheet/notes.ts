/**
 * The add-on's part of a cell note. A note the user wrote is kept: the add-on's findings follow
 * it after a blank line, under a marker line, and the next check removes exactly that part.
 */

export const NOTE_MARK = '▸ PTĐV';

/** The user's part of a note (everything before the add-on's marker). */
export function userPart(note: string): string {
  if (note.startsWith(NOTE_MARK)) return '';
  const at = note.indexOf(`\n\n${NOTE_MARK}`);
  return at === -1 ? note : note.slice(0, at);
}

/** Whether the note has a part written by the add-on. */
export function hasOurPart(note: string): boolean {
  return note.startsWith(NOTE_MARK) || note.includes(`\n\n${NOTE_MARK}`);
}

/** The user's note followed by the add-on's lines (or the user's note alone when there are none). */
export function composeNote(user: string, ours: readonly string[], checkedOn: string): string {
  if (ours.length === 0) return user;
  const block = `${NOTE_MARK} · kiểm tra ngày ${checkedOn}\n${ours.join('\n')}`;
  return user.trim() === '' ? block : `${user.replace(/\s+$/, '')}\n\n${block}`;
}
