import { badRequest } from '../errors.ts';

/** A report revision as a strong entity tag: revision 3 → `"3"`. */
export function revisionEtag(revision: number): string {
  return `"${revision}"`;
}

/**
 * The revision an `If-Match` header expects: a number (`"3"`, `3`, `W/"3"`; 0 = no report yet),
 * `'any'` for `*`, or undefined without the header.
 */
export function expectedRevision(header: string | undefined): number | 'any' | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const value = header.trim();
  if (value === '*') return 'any';
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(value);
  if (!match?.[1]) {
    throw badRequest(
      'Tiêu đề If-Match phải là số lần nộp báo cáo hiện tại, vd. "3" (lấy từ ETag của lần nộp trước).',
      undefined,
      'invalid_if_match',
    );
  }
  return Number(match[1]);
}
