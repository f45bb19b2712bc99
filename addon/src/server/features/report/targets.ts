/**
 * The superior's targets against the sheet's "Chỉ tiêu" tab, read with the submission: the cell's
 * plan and sidebar use the tab, the superior's "Tổng hợp" the targets it assigned in the backend.
 * When they differ, a notice names each differing figure in both versions. The sheet is never
 * written: the secretary corrects the tab (the add-on never overwrites a user's value).
 */
import type { Targets } from '../../../../../shared/schemas/request.ts';
import type { Notice } from '../../../common/model.ts';
import type { HttpResponseLike, Services } from '../../adapters/services.ts';
import { readAnswer } from '../../backend/answer.ts';
import { targetsRecordAnswer } from '../../backend/contract.gen.ts';
import { TARGETS } from '../../sheet/tabColumns.ts';

type Figure = keyof Targets;

/** In the order of the tab; the words a sentence names each figure with. */
const FIGURES: ReadonlyArray<[Figure, string]> = [
  ['admitted', 'kết nạp'],
  ['students', 'trong đó học sinh, sinh viên'],
  ['women', 'trong đó nữ'],
  ['awarenessClass', 'cử đi học lớp nhận thức'],
];

/** The figures the superior assigned that the tab does not say the same (a missing value differs). */
export function differingFigures(superior: Targets, sheet: Targets | undefined): Figure[] {
  return FIGURES.map(([id]) => id).filter((id) => superior[id] !== undefined && sheet?.[id] !== superior[id]);
}

function listed(targets: Targets | undefined, figures: readonly Figure[], missing: string): string {
  return FIGURES.filter(([id]) => figures.includes(id))
    .map(([id, words]) => `${words} ${targets?.[id] ?? missing}`)
    .join(', ');
}

/** The notice when the two differ; none when the superior assigned nothing or both agree. */
export function targetsNotice(options: {
  year: number;
  superior: Targets;
  sheet: Targets | undefined;
}): Notice | undefined {
  const { year, superior, sheet } = options;
  const differing = differingFigures(superior, sheet);
  if (differing.length === 0) return undefined;
  const tab = `tab “${TARGETS.name}”`;
  const ours =
    sheet === undefined || Object.keys(sheet).length === 0
      ? `${tab} chưa có chỉ tiêu năm ${year}`
      : `${tab}: ${listed(sheet, differing, 'chưa ghi')}`;
  return {
    level: 'warning',
    title: 'Chỉ tiêu khác với cấp trên giao',
    text: `Chỉ tiêu cấp trên giao năm ${year}: ${listed(superior, differing, '')}; ${ours} — hãy sửa ${tab} để kế hoạch và báo cáo dùng cùng một số. Báo cáo vẫn được gửi bình thường.`,
  };
}

/**
 * The superior's targets from the answer to `GET units/{id}/targets/{year}` sent with the
 * submission: undefined when none were assigned (404) or the answer cannot be read — a failed
 * read is logged and never stops the submission.
 */
export function superiorTargets(
  s: Services,
  response: HttpResponseLike | undefined,
  request: string,
): Targets | undefined {
  if (response === undefined) return undefined;
  const status = response.getResponseCode();
  if (status === 404) return undefined;
  if (status < 200 || status >= 300) {
    s.console?.warn(`PTĐV: ${request} answered ${status}; the targets were not compared`);
    return undefined;
  }
  const answer = readAnswer(s, targetsRecordAnswer, response, request, { what: 'chỉ tiêu', after: '' });
  return answer.ok ? answer.value.targets : undefined;
}
