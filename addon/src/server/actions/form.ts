import { type Day, dayFromParts, isValidParts } from '../../../../shared/dates/day.ts';

/** What the sidebar's forms send, read the same way by every form. */

/** dd/mm/yyyy → the Day, or undefined when it is not a real calendar day. */
export function parseFormDate(text: string): Day | undefined {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(String(text ?? ''));
  if (!m) return undefined;
  const [year, month, day] = [Number(m[3]), Number(m[2]), Number(m[1])];
  return isValidParts(year, month, day) ? dayFromParts(year, month, day) : undefined;
}
