/**
 * Emails are compared as ASCII strings, lower-cased in ASCII only. `toLowerCase()` folds some
 * non-ASCII letters into ASCII ones (U+212A KELVIN SIGN → "k", U+0130 → "i̇"), so a token for
 * "\u212Aim@example.org" would have got kim@example.org's roles. Google issues ASCII addresses, and
 * a role can only be granted to an ASCII address, so anything else is refused, never folded.
 */

/** What Google issues and what a role may be granted to: ASCII letters, digits and a few signs. */
export const ASCII_EMAIL = /^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+$/;

/** Control, format (zero-width, bidi) and separator characters: invisible in a message, never in an address. */
export const HIDDEN_CHARACTER = /[\p{Cc}\p{Cf}\p{Z}\u180e\u2060-\u206f\ufeff]/u;

/** Upper-case ASCII letters to lower case, and nothing else. */
export function asciiLowerCase(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** The canonical form of an address, or undefined when it is not an ASCII email address. */
export function canonicalEmail(raw: string): string | undefined {
  if (raw.length > 254 || !ASCII_EMAIL.test(raw)) return undefined;
  return asciiLowerCase(raw);
}
