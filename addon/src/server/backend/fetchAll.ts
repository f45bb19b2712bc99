/** Several API requests in one `UrlFetchApp.fetchAll` ("Giao chỉ tiêu" sends every changed row at once). */
import { notice } from '../../common/model.ts';
import type { HttpResponseLike, Services } from '../adapters/services.ts';
import {
  type ApiRequest,
  type ApiWording,
  type BackendError,
  callApiPreflight,
  classifyException,
  endpoint,
  exceptionNotice,
  fail,
  fetchParams,
  joinAfter,
} from './client.ts';

export type ApiAllOutcome = { ok: true; responses: HttpResponseLike[] } | { ok: false; error: BackendError };

/**
 * Several requests at once (`UrlFetchApp.fetchAll`: one service call, sent in parallel). No retry:
 * a network failure fails the whole call, and the caller's requests are idempotent (run again).
 */
export function callApiAll(
  s: Services,
  baseUrl: string,
  requests: readonly ApiRequest[],
  wording: ApiWording,
): ApiAllOutcome {
  if (requests.length === 0) return { ok: true, responses: [] };
  const probe = callApiPreflight(s, baseUrl, wording);
  if (!probe.ok) return probe;
  try {
    const responses = s.UrlFetchApp.fetchAll(
      requests.map((r) => ({ url: endpoint(baseUrl, r.path), ...fetchParams(r, probe.token) })),
    );
    return { ok: true, responses };
  } catch (e) {
    const kind = classifyException(e);
    const said =
      exceptionNotice(kind, baseUrl, wording.after) ??
      notice(
        'warning',
        'Không kết nối được máy chủ PTĐV',
        joinAfter(
          'Máy chủ không trả lời (mạng chậm hoặc mất kết nối). Thử lại khi mạng ổn định.',
          wording.after,
        ),
      );
    return fail(kind, 1, said);
  }
}
