/** The line under the primary button after a check; pure, so it is tested without a DOM. */
import type { CheckResult } from '../../common/model.ts';

/**
 * "Đã kiểm tra 12/12 người · 2 đủ điều kiện, chờ chi bộ xét · 3 người cần bổ sung." — nobody
 * waiting is said in words: a bare "0 đủ điều kiện" reads as a broken figure.
 */
export function summaryLine(
  r: Pick<CheckResult, 'checked' | 'total' | 'waiting' | 'people' | 'peopleTotal'>,
): string {
  const needing = r.people.filter((p) => p.items.length > 0 || p.excluded).length;
  // the pool's figure: a ready row past its leaving date is not waiting for the cell (tiles say why)
  const waiting =
    r.waiting > 0 ? `${r.waiting} đủ điều kiện, chờ chi bộ xét` : 'chưa có ai đủ điều kiện để chi bộ xét';
  const parts = [`Đã kiểm tra ${r.checked}/${r.total} người`, waiting];
  if (needing > 0) parts.push(`${r.peopleTotal > r.people.length ? 'nhiều' : needing} người cần bổ sung`);
  return `${parts.join(' · ')}.`;
}
