/**
 * The same text as one flat string. Strings joined with `+` or a template literal are trees
 * ("cons strings") in V8, and one of them anywhere in an answer keeps `JSON.stringify` off its
 * fast path. For two-byte text — anything with Vietnamese letters, so every message and
 * citation — `toWellFormed` (ES2024) hands back a flat copy. One-byte text comes back as it is,
 * which is why ASCII values such as field paths are written out whole instead (rules/fields.ts).
 * Where `toWellFormed` is missing (an older runtime), the text is returned unchanged.
 */
export function flat(text: string): string {
  const s = text as string & { toWellFormed?: () => string };
  return s.toWellFormed === undefined ? text : s.toWellFormed();
}
