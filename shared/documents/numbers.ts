/**
 * Numbers the way Party documents write them: two digits below 10 ("03"), ranges
 * "từ 03 đến 05", percentages with a decimal comma ("75,0%").
 */

/** "03", "12", "120". */
export function two(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : String(n);
}

/** "từ 03 đến 05", or "03" when both ends are equal. */
export function range(low: number, high: number): string {
  const [a, b] = low <= high ? [low, high] : [high, low];
  return a === b ? two(a) : `từ ${two(a)} đến ${two(b)}`;
}

/** "75,0%": one decimal, decimal comma. */
export function percent(ratio: number): string {
  const tenths = Math.round(ratio * 1000);
  return `${Math.floor(tenths / 10)},${tenths % 10}%`;
}

/** `actual` as a share of `target`, or undefined when there is no positive target. */
export function share(actual: number, target: number | undefined): string | undefined {
  return target !== undefined && target > 0 ? percent(actual / target) : undefined;
}

/** "tháng 03/2026". */
export function monthYear(month: number, year: number): string {
  return `tháng ${two(month)}/${year}`;
}

/** "tháng 03, tháng 07 và tháng 11": months of one year, in order, without repeats. */
export function monthList(months: readonly number[]): string {
  const sorted = [...new Set(months)].sort((a, b) => a - b).map((m) => `tháng ${two(m)}`);
  return joinVi(sorted);
}

/** "a", "a và b", "a, b và c". */
export function joinVi(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}
