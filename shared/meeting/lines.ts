/** A meeting row's text fields as rules (zod-free): schema.ts builds its zod schema from them, read.ts its hand reader. */
import type { TextRule } from '../schemas/readers.ts';

/** A short free text from the sheet (a reason for absence, a place): trimmed, one line. */
export function shortText(what: string, max: number): TextRule {
  return {
    missing: `${what} phải là chuỗi ký tự.`,
    notString: `${what} phải là chuỗi ký tự.`,
    max,
    tooLong: `${what} dài quá ${max} ký tự.`,
    control: `${what} chứa ký tự điều khiển.`,
  };
}

export const REASON = shortText('Lý do vắng', 200);
export const PLACE = shortText('Địa điểm họp', 200);
