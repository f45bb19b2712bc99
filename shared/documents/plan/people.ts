import { type Inline, name, text } from '../model.ts';

/** "A", "A và B", "A, B và C" with each name a placeholder. */
export function names(keys: readonly string[]): Inline[] {
  const out: Inline[] = [];
  keys.forEach((key, i) => {
    if (i > 0) out.push(text(i === keys.length - 1 ? ' và ' : ', '));
    out.push(name(key));
  });
  return out;
}

/**
 * The member who helps a candidate: the one the sheet's "Đảng viên giúp đỡ" column names (sent as
 * `helperKey`), when that member is on the members list. Never guessed from the introducers.
 */
export function helperKeys(c: { helperKey?: string | undefined }, memberKeys: ReadonlySet<string>): string[] {
  return c.helperKey !== undefined && memberKeys.has(c.helperKey) ? [c.helperKey] : [];
}
