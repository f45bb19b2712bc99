/**
 * The same text as one flat string. Strings joined with `+` or a template literal are trees
 * ("cons strings") in V8, and a single one in an answer keeps `JSON.stringify` off its fast path
 * for the whole answer; `toWellFormed` (ES2024) hands back a flat copy. Where it is missing (an
 * older runtime), the text is returned as it is.
 */
export function flat(text: string): string {
  const s = text as string & { toWellFormed?: () => string };
  return s.toWellFormed === undefined ? text : s.toWellFormed();
}
