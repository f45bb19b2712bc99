/**
 * Calls to the backend with the user's Google ID token (`callApi`), retried with backoff when the
 * failure is transient, every failure mapped to a Vietnamese notice that says what happened and
 * what to do. Never throws.
 */
import type { ErrorBody } from '../../../../shared/contract/common.ts';
import type { EvaluateResponse } from '../../../../shared/schemas/response.ts';
import { type Notice, notice } from '../../common/model.ts';
import type { FetchParams, HttpResponseLike, Services } from '../adapters/services.ts';
import { errorAnswer } from './contract.gen.ts';
import { validate } from './jsonSchema.ts';

export type BackendErrorKind =
  | 'notConfigured'
  | 'badUrl'
  | 'notAllowedUrl'
  | 'tokenUnavailable'
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'rateLimited'
  | 'quota'
  | 'rejected'
  | 'server'
  | 'badResponse';

export interface BackendError {
  kind: BackendErrorKind;
  notice: Notice;
  status?: number;
  attempts: number;
}

export type BackendOutcome =
  | { ok: true; response: EvaluateResponse; attempts: number; alongside?: HttpResponseLike[] }
  | { ok: false; error: BackendError };

/** A request of the API: a path under /v1/, JSON in, JSON (or a .docx) out. */
export interface ApiRequest {
  method: 'get' | 'post' | 'put';
  /** under /v1/, e.g. "plan", "units/x/reports/2026" */
  path: string;
  /** sent as JSON */
  body?: unknown;
  /** default application/json */
  accept?: string;
}

/** How the notices of a request read: what was being done, what follows a failure. */
export interface ApiWording {
  /** “Máy chủ chưa nhận yêu cầu {action}”: "kiểm tra", "soạn kế hoạch", "gửi báo cáo" */
  action: string;
  /** appended to every notice (the check: it still ran on the spot) */
  after: string;
  /** the 403 text after the server's own message (default: the secretary role for this cell) */
  forbidden?: string;
}

export type ApiOutcome =
  | { ok: true; status: number; response: HttpResponseLike; attempts: number; alongside?: HttpResponseLike[] }
  | { ok: false; error: BackendError; alongside?: HttpResponseLike[] };

export interface RetryPolicy {
  /** attempts in all, the first included */
  attempts: number;
  /** first backoff; doubled each time, plus up to 25 % jitter */
  baseDelayMs: number;
  /** the longest a single wait may be (a longer Retry-After is not waited for) */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 10_000 };

export const LOCAL_AFTER =
  'Lần này tiện ích đã kiểm tra tại chỗ bằng bộ quy tắc đi kèm — kết quả bên dưới vẫn dùng được.';

/** The URL of an endpoint under the configured base ("https://x.workers.dev", with or without /v1). */
export function endpoint(base: string, path: string): string {
  const trimmed = base.trim().replace(/\/+$/, '');
  const root = trimmed.endsWith('/v1') ? trimmed.slice(0, -3) : trimmed;
  return `${root}/v1/${path}`;
}

/** https, or http to this computer (the local preview). */
export function isAllowedBaseUrl(url: string): boolean {
  return (
    /^https:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i.test(url.trim()) ||
    /^http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?(?:[/?#]\S*)?$/i.test(url.trim())
  );
}

export function notConfiguredNotice(): Notice {
  return notice(
    'info',
    'Đang kiểm tra tại chỗ',
    'Bảng “Cấu hình” chưa có “Địa chỉ máy chủ”, nên tiện ích kiểm tra ngay trong bảng tính bằng bộ quy tắc đi kèm. Khi cấp trên cung cấp địa chỉ máy chủ PTĐV, ghi vào bảng “Cấu hình” để luôn dùng quy định mới nhất.',
  );
}

export function fail(
  kind: BackendErrorKind,
  attempts: number,
  notice: Notice,
  status?: number,
): { ok: false; error: BackendError } {
  const error: BackendError = { kind, notice, attempts };
  if (status !== undefined) error.status = status;
  return { ok: false, error };
}

function headerValue(response: HttpResponseLike, name: string): string | undefined {
  const headers = response.getHeaders() as Record<string, unknown>;
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === name.toLowerCase()) return Array.isArray(v) ? String(v[0]) : String(v);
  }
  return undefined;
}

/**
 * The server's own Vietnamese message, when it sent one: an error body of the PTĐV API, checked
 * against the contract (anything else — a proxy's page, a stranger's JSON — says nothing).
 */
export function serverMessage(text: string): { message?: string; code?: string; details: string[] } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { details: [] };
  }
  if (validate(errorAnswer, body, 1).length > 0) return { details: [] };
  const { error } = body as ErrorBody;
  return {
    message: error.message,
    code: error.code,
    details: (error.details ?? []).slice(0, 3).map((d) => `${d.path}: ${d.message}`),
  };
}

type ExceptionKind = 'quota' | 'notAllowedUrl' | 'unreachable';

/** UrlFetchApp throws (even with muteHttpExceptions) for network failures, quotas and the allowlist. */
export function classifyException(e: unknown): ExceptionKind {
  const text = e instanceof Error ? e.message : String(e);
  if (/too many times|quota|bandwidth|hạn mức|số lần/i.test(text)) return 'quota';
  if (/whitelist|allowlist|not allowed|urlFetchWhitelist|không được phép/i.test(text)) return 'notAllowedUrl';
  return 'unreachable';
}

/**
 * The notice of a quota or allowlist exception of UrlFetchApp on a call to the backend (one
 * request or several at once); undefined for a network failure, which each caller words itself.
 */
export function exceptionNotice(kind: ExceptionKind, baseUrl: string, after: string): Notice | undefined {
  if (kind === 'quota') {
    return notice(
      'warning',
      'Hôm nay đã hết hạn mức kết nối',
      joinAfter(
        'Google giới hạn số lần một tiện ích được gọi ra ngoài mỗi ngày, và hôm nay đã dùng hết. Ngày mai sẽ trở lại bình thường.',
        after,
      ),
    );
  }
  if (kind === 'notAllowedUrl') {
    return notice(
      'error',
      'Địa chỉ máy chủ không được phép',
      joinAfter(
        `Tiện ích chỉ được gọi tới máy chủ PTĐV đã khai báo khi cài đặt, còn “${baseUrl}” thì không. Kiểm tra lại “Địa chỉ máy chủ” ở bảng “Cấu hình” (đúng như cấp trên cung cấp).`,
        after,
      ),
    );
  }
  return undefined;
}

function retryAfterMs(response: HttpResponseLike): number | undefined {
  const value = headerValue(response, 'Retry-After');
  if (value === undefined) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

function backoff(policy: RetryPolicy, attempt: number, random: () => number): number {
  const base = policy.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(policy.maxDelayMs, Math.round(base * (1 + random() * 0.25)));
}

export interface EvaluateRemoteOptions {
  retry?: RetryPolicy;
  /** for tests: a fixed jitter */
  random?: () => number;
  /** called before each retry, for the progress line */
  onRetry?: (attempt: number, waitMs: number) => void;
  /**
   * Requests sent with the first attempt in one `UrlFetchApp.fetchAll` (no extra service call);
   * their responses come back as `alongside`, unchecked, and are never retried. When that
   * fetchAll throws they are lost and the main request is retried alone.
   */
  alongside?: readonly ApiRequest[];
}

/** The parameters of `UrlFetchApp.fetch` for a request of the API. */
export function fetchParams(request: ApiRequest, token: string): FetchParams {
  const params: FetchParams = {
    method: request.method,
    headers: { Authorization: `Bearer ${token}`, Accept: request.accept ?? 'application/json' },
    muteHttpExceptions: true,
    followRedirects: false,
  };
  if (request.body !== undefined) {
    params.contentType = 'application/json';
    params.payload = JSON.stringify(request.body);
  }
  return params;
}

export function joinAfter(text: string, after: string): string {
  return after ? `${text} ${after}` : text;
}

/**
 * Sends one request to the API (retrying network failures, 5xx and short 429s) and answers the
 * 2xx response, or a Vietnamese notice for every other outcome. Never throws.
 */
export function callApi(
  s: Services,
  baseUrl: string,
  request: ApiRequest,
  wording: ApiWording,
  options: EvaluateRemoteOptions = {},
): ApiOutcome {
  const sink: { alongside?: HttpResponseLike[] } = {};
  const outcome = attemptApi(s, baseUrl, request, wording, options, sink);
  return sink.alongside === undefined ? outcome : { ...outcome, alongside: sink.alongside };
}

/** callApi's attempts; the responses of `options.alongside` are put in `sink`. */
function attemptApi(
  s: Services,
  baseUrl: string,
  request: ApiRequest,
  wording: ApiWording,
  options: EvaluateRemoteOptions,
  sink: { alongside?: HttpResponseLike[] },
): ApiOutcome {
  const policy = options.retry ?? DEFAULT_RETRY;
  const random = options.random ?? Math.random;
  const after = wording.after;
  const preflight = callApiPreflight(s, baseUrl, wording);
  if (!preflight.ok) return preflight;
  const token = preflight.token;
  const url = endpoint(baseUrl, request.path);
  const params = fetchParams(request, token);
  const extra = options.alongside ?? [];
  let lastStatus: number | undefined;
  let lastProblem: ExceptionKind | 'server' | 'rateLimited' = 'unreachable';
  let lastRetryAfter: number | undefined;

  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    let response: HttpResponseLike;
    try {
      if (attempt === 1 && extra.length > 0) {
        const all = s.UrlFetchApp.fetchAll([
          { url, ...params },
          ...extra.map((r) => ({ url: endpoint(baseUrl, r.path), ...fetchParams(r, token) })),
        ]);
        response = all[0]!;
        sink.alongside = all.slice(1);
      } else response = s.UrlFetchApp.fetch(url, params);
    } catch (e) {
      const kind = classifyException(e);
      const said = exceptionNotice(kind, baseUrl, after);
      if (said !== undefined) return fail(kind, attempt, said);
      lastProblem = 'unreachable';
      if (attempt < policy.attempts) {
        const wait = backoff(policy, attempt, random);
        options.onRetry?.(attempt, wait);
        s.Utilities.sleep(wait);
      }
      continue;
    }

    const status = response.getResponseCode();
    lastStatus = status;
    if (status >= 200 && status < 300) return { ok: true, status, response, attempts: attempt };

    const server = serverMessage(response.getContentText());
    if (status === 401) {
      return fail(
        'unauthorized',
        attempt,
        notice(
          'error',
          'Máy chủ chưa xác nhận được tài khoản',
          joinAfter(
            `Máy chủ PTĐV không nhận mã xác thực của tài khoản Google đang dùng${server.message ? ` (“${server.message}”)` : ''}. Hãy tải lại bảng tính rồi thử lại; nếu vẫn vậy, đề nghị cấp ủy cấp trên kiểm tra tiện ích PTĐV đã được đăng ký với máy chủ của đơn vị.`,
            after,
          ),
        ),
        status,
      );
    }
    if (status === 403) {
      return fail(
        'forbidden',
        attempt,
        notice(
          'error',
          'Tài khoản chưa được cấp quyền',
          joinAfter(
            `Máy chủ PTĐV nhận ra bạn nhưng tài khoản chưa được cấp quyền${wording.forbidden ? '' : ' cho chi bộ này'}${server.message ? ` (“${server.message}”)` : ''}. ${wording.forbidden ?? 'Hãy đề nghị ban tổ chức cấp ủy cấp trên thêm địa chỉ email của bạn với vai trò bí thư chi bộ (mã đơn vị ghi ở bảng “Cấu hình”).'}`,
            after,
          ),
        ),
        status,
      );
    }
    if (status === 429) {
      lastProblem = 'rateLimited';
      lastRetryAfter = retryAfterMs(response);
      const wait = lastRetryAfter ?? backoff(policy, attempt, random);
      if (attempt < policy.attempts && wait <= policy.maxDelayMs) {
        options.onRetry?.(attempt, wait);
        s.Utilities.sleep(wait);
        continue;
      }
      break;
    }
    if (status >= 500) {
      lastProblem = 'server';
      if (attempt < policy.attempts) {
        const wait = Math.min(policy.maxDelayMs, retryAfterMs(response) ?? backoff(policy, attempt, random));
        options.onRetry?.(attempt, wait);
        s.Utilities.sleep(wait);
      }
      continue;
    }
    // 400, 404, 409, 413, 422…: the request itself — retrying will not help.
    const detail = server.details.length > 0 ? ` Chi tiết: ${server.details.join('; ')}.` : '';
    // A 404 without the API's JSON error: no PTĐV server at that address.
    const noServer = status === 404 && server.code === undefined;
    return fail(
      'rejected',
      attempt,
      notice(
        'warning',
        noServer ? 'Địa chỉ máy chủ chưa đúng' : `Máy chủ chưa nhận yêu cầu ${wording.action}`,
        noServer
          ? joinAfter(
              `Ở địa chỉ “${baseUrl}” không có máy chủ PTĐV. Kiểm tra “Địa chỉ máy chủ” ở bảng “Cấu hình”.`,
              after,
            )
          : joinAfter(
              `${server.message ?? `Máy chủ PTĐV từ chối yêu cầu ${wording.action}.`}${detail}`,
              after,
            ),
      ),
      status,
    );
  }

  if (lastProblem === 'rateLimited') {
    const seconds = lastRetryAfter === undefined ? undefined : Math.ceil(lastRetryAfter / 1000);
    return fail(
      'rateLimited',
      policy.attempts,
      notice(
        'warning',
        'Máy chủ đang bận',
        joinAfter(
          `Máy chủ PTĐV đang nhận quá nhiều yêu cầu từ tài khoản này và đề nghị chờ${seconds === undefined ? ' một lát' : ` ${seconds} giây`}. Hãy thử lại sau ít phút.`,
          after,
        ),
      ),
      429,
    );
  }
  if (lastProblem === 'server') {
    return fail(
      'server',
      policy.attempts,
      notice(
        'warning',
        'Máy chủ PTĐV đang gặp sự cố',
        joinAfter(
          `Đã thử ${policy.attempts} lần, máy chủ vẫn báo đang gặp sự cố. Hãy thử lại sau; nếu kéo dài, báo cấp ủy cấp trên.`,
          after,
        ),
      ),
      lastStatus,
    );
  }
  return fail(
    'unreachable',
    policy.attempts,
    notice(
      'warning',
      'Không kết nối được máy chủ PTĐV',
      joinAfter(
        `Đã thử ${policy.attempts} lần nhưng máy chủ không trả lời (mạng chậm hoặc mất kết nối).${after === LOCAL_AFTER ? ' Việc đọc và kiểm tra định dạng các ô vẫn chạy bình thường.' : ''} Thử lại khi mạng ổn định.`,
        after,
      ),
    ),
  );
}

/** The checks before any request: an https address, an ID token. */
export function callApiPreflight(
  s: Services,
  baseUrl: string,
  wording: ApiWording,
): { ok: true; token: string } | { ok: false; error: BackendError } {
  if (!isAllowedBaseUrl(baseUrl)) {
    return fail(
      'badUrl',
      0,
      notice(
        'warning',
        'Địa chỉ máy chủ chưa đúng',
        joinAfter(
          `“${baseUrl}” không phải địa chỉ dạng https://… — sửa “Địa chỉ máy chủ” ở bảng “Cấu hình” theo đúng địa chỉ cấp trên cung cấp.`,
          wording.after,
        ),
      ),
    );
  }
  let token = '';
  try {
    token = s.ScriptApp.getIdentityToken();
  } catch {
    token = '';
  }
  if (!token) {
    return fail(
      'tokenUnavailable',
      0,
      notice(
        'error',
        'Chưa lấy được mã xác thực Google',
        joinAfter(
          'Tiện ích chưa được cấp quyền xác nhận tài khoản Google của bạn. Hãy đóng rồi mở lại bảng tính, chọn Tiện ích mở rộng → PTĐV và cho phép khi Google hỏi.',
          wording.after,
        ),
      ),
    );
  }
  return { ok: true, token };
}
