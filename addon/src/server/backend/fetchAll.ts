/** Several API requests in one `UrlFetchApp.fetchAll` ("Giao chỉ tiêu" sends every changed row at once). */
import type { Notice } from '../../common/model.ts';
import type { HttpResponseLike, Services } from '../adapters/services.ts';
import {
  type ApiRequest,
  type ApiWording,
  type BackendError,
  callApiPreflight,
  classifyException,
  endpoint,
  fail,
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
      requests.map((r) => ({
        url: endpoint(baseUrl, r.path),
        method: r.method,
        headers: { Authorization: `Bearer ${probe.token}`, Accept: r.accept ?? 'application/json' },
        muteHttpExceptions: true,
        followRedirects: false,
        ...(r.body === undefined ? {} : { contentType: 'application/json', payload: JSON.stringify(r.body) }),
      })),
    );
    return { ok: true, responses };
  } catch (e) {
    const kind = classifyException(e);
    const notice: Notice =
      kind === 'quota'
        ? {
            level: 'warning',
            title: 'Hôm nay đã hết hạn mức kết nối',
            text: joinAfter(
              'Google giới hạn số lần một tiện ích được gọi ra ngoài mỗi ngày, và hôm nay đã dùng hết. Ngày mai sẽ trở lại bình thường.',
              wording.after,
            ),
          }
        : kind === 'notAllowedUrl'
          ? {
              level: 'error',
              title: 'Địa chỉ máy chủ không được phép',
              text: joinAfter(
                `Tiện ích chỉ được gọi tới máy chủ PTĐV đã khai báo khi cài đặt, còn “${baseUrl}” thì không. Kiểm tra lại “Địa chỉ máy chủ” ở bảng “Cấu hình”.`,
                wording.after,
              ),
            }
          : {
              level: 'warning',
              title: 'Không kết nối được máy chủ PTĐV',
              text: joinAfter(
                'Máy chủ không trả lời (mạng chậm hoặc mất kết nối). Thử lại khi mạng ổn định.',
                wording.after,
              ),
            };
    return fail(kind, 1, notice);
  }
}
