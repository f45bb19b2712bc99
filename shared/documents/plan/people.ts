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

/** The members who help a candidate: the introducers named by key, in order, without repeats. */
export function helperKeys(
  introducers: ReadonlyArray<{ memberKey?: string | undefined }> | undefined,
  memberKeys: ReadonlySet<string>,
): string[] {
  const keys: string[] = [];
  for (const i of introducers ?? []) {
    if (i.memberKey !== undefined && memberKeys.has(i.memberKey) && !keys.includes(i.memberKey)) {
      keys.push(i.memberKey);
    }
  }
  return keys;
}
