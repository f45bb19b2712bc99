/**
 * Name placeholders. The backend never sees a name: a document marks where one belongs with the
 * token `{{ten:KEY}}` (KEY = the candidate's or member's row key, or one of the reserved keys
 * below), written in the .docx as a text run of its own. The add-on replaces the tokens inside
 * `word/document.xml` (or the plain-text/HTML rendering) with `fillNames` before it uploads the file.
 */

/** The plan's signer when `document.secretaryName` is not given. */
export const SECRETARY_KEY = 'secretary';
/** The report's signer when `document.signerName` is not given. */
export const SIGNER_KEY = 'signer';

export const NAME_TOKEN_PREFIX = '{{ten:';
export const NAME_TOKEN_SUFFIX = '}}';

/** `{{ten:KEY}}`, as it appears in plain text. */
export function nameToken(key: string): string {
  return `${NAME_TOKEN_PREFIX}${key}${NAME_TOKEN_SUFFIX}`;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML/HTML content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

const XML_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&#39;': "'",
  '&#34;': '"',
};

function unescapeXml(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|apos|#39|#34);/g, (e) => XML_ENTITIES[e] ?? e);
}

/** A key a token can carry: `}}` would end the token early. */
export function isTokenKey(key: string): boolean {
  return key !== '' && !key.includes(NAME_TOKEN_SUFFIX);
}

export interface FillOptions {
  /** 'xml' (default): the input is XML or HTML, keys are matched and names written escaped; 'none': plain text. */
  escape?: 'xml' | 'none';
}

const TOKEN_PATTERN = /\{\{ten:(.*?)\}\}/g;

/**
 * Replaces every `{{ten:KEY}}` token whose KEY is in `names` by the name, in one pass (a name that
 * looks like a token is not expanded again). In XML mode the key is read unescaped and the name
 * is escaped (`&`, `<`, `>`, quotes); diacritics are kept as they are (the files are UTF-8).
 * Tokens of keys not in `names` stay as they are: `nameTokensIn` lists them.
 */
export function fillNames(
  xmlOrText: string,
  names: Readonly<Record<string, string>>,
  options: FillOptions = {},
): string {
  const xml = (options.escape ?? 'xml') === 'xml';
  return xmlOrText.replace(TOKEN_PATTERN, (token, raw: string) => {
    const key = xml ? unescapeXml(raw) : raw;
    // (not Object.hasOwn: the add-on runs this in Apps Script, whose V8 may predate it)
    if (Object.getOwnPropertyDescriptor(names, key) === undefined) return token;
    const value = names[key] ?? '';
    return xml ? escapeXml(value) : value;
  });
}

/** The keys of the tokens left in a text (unescaped in XML mode), in order of first appearance. */
export function nameTokensIn(xmlOrText: string, options: FillOptions = {}): string[] {
  const xml = (options.escape ?? 'xml') === 'xml';
  const keys = new Set<string>();
  for (const m of xmlOrText.matchAll(TOKEN_PATTERN)) {
    if (m[1] !== undefined) keys.add(xml ? unescapeXml(m[1]) : m[1]);
  }
  return [...keys];
}
