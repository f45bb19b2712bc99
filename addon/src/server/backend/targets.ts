/**
 * The superior's targets against the sheet's "Chỉ tiêu" tab. The cell's plan, check and report use
 * the tab; the superior's "Tổng hợp" the targets it assigned in the backend. "Gửi báo cáo",
 * "Soạn kế hoạch" and "Kiểm tra danh sách" each read them in the fetchAll they already make (no
 * extra service call) and say the same thing through `compareTargets`: each differing figure in
 * both versions, or that the comparison could not be made. The sheet is never written: the
 * secretary corrects the tab (the add-on never overwrites a user's value).
 */
import type { Targets } from '../../../../shared/schemas/request.ts';
import { type Notice, notice } from '../../common/model.ts';
import type { HttpResponseLike, Services } from '../adapters/services.ts';
import { TARGETS } from '../sheet/tabColumns.ts';
import { readAnswer } from './answer.ts';
import type { ApiRequest } from './client.ts';
import { targetsRecordAnswer } from './contract.gen.ts';

type Figure = keyof Targets;

/** In the order of the tab; the words a sentence names each figure with. */
const FIGURES: ReadonlyArray<[Figure, string]> = [
  ['admitted', 'kết nạp'],
  ['students', 'trong đó học sinh, sinh viên'],
  ['women', 'trong đó nữ'],
  ['awarenessClass', 'cử đi học lớp nhận thức'],
];

const TAB = `bảng “${TARGETS.name}”`;

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
  /** what still happened: "Báo cáo vẫn được gửi bình thường." */
  after: string;
}): Notice | undefined {
  const { year, superior, sheet } = options;
  const differing = differingFigures(superior, sheet);
  if (differing.length === 0) return undefined;
  const ours =
    sheet === undefined || Object.keys(sheet).length === 0
      ? `${TAB} chưa có chỉ tiêu năm ${year}`
      : `${TAB}: ${listed(sheet, differing, 'chưa ghi')}`;
  return notice(
    'warning',
    'Chỉ tiêu khác với cấp trên giao',
    `Chỉ tiêu cấp trên giao năm ${year}: ${listed(superior, differing, '')}; ${ours} — hãy sửa ${TAB} để kế hoạch và báo cáo dùng cùng một số. ${options.after}`,
  );
}

/** `GET units/{id}/targets/{year}`, to send alongside a feature's own call. */
export function targetsRequest(unitId: string, year: number): ApiRequest {
  return { method: 'get', path: `units/${encodeURIComponent(unitId)}/targets/${year}` };
}

/**
 * The superior's targets from the answer to `targetsRequest`: `targets` undefined when there are
 * none to compare with; not ok when the answer is missing (the fetchAll was lost), failed, or
 * cannot be read.
 */
function superiorTargets(
  s: Services,
  response: HttpResponseLike | undefined,
  request: string,
): { ok: true; targets?: Targets } | { ok: false } {
  if (response === undefined) return { ok: false };
  const status = response.getResponseCode();
  // None assigned (404), or an account that may draft a plan but is not the unit's secretary in
  // the backend (403): nothing to compare with, and nothing the secretary could do about it here.
  if (status === 404 || status === 403) return { ok: true };
  if (status < 200 || status >= 300) {
    s.console?.warn(`PTĐV: ${request} answered ${status}; the targets were not compared`);
    return { ok: false };
  }
  const answer = readAnswer(s, targetsRecordAnswer, response, request, { what: 'chỉ tiêu', after: '' });
  return answer.ok ? { ok: true, targets: answer.value.targets } : { ok: false };
}

/**
 * What to tell the secretary about the superior's targets for `year`, from the response to
 * `targetsRequest` sent alongside: the differing figures, a short notice that they could not be
 * compared (the feature's own work still done, `after` says what), or nothing when they agree or
 * none were assigned. Never stops the feature.
 */
export function compareTargets(
  s: Services,
  options: {
    response: HttpResponseLike | undefined;
    unitId: string;
    year: number;
    sheet: Targets | undefined;
    after: string;
  },
): Notice | undefined {
  const { year, after } = options;
  const path = targetsRequest(options.unitId, year).path;
  const read = superiorTargets(s, options.response, `GET ${path}`);
  if (!read.ok)
    return notice(
      'info',
      'Chưa đối chiếu được chỉ tiêu cấp trên giao',
      `Máy chủ PTĐV chưa trả lời phần chỉ tiêu năm ${year} cấp trên giao, nên chưa so được với ${TAB}. ${after}`,
    );
  return read.targets && targetsNotice({ year, superior: read.targets, sheet: options.sheet, after });
}
