import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';
import { capProblems, toProblems } from '../../../shared/schemas/problems.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, errorBody } from '../errors.ts';

const TARGET_MESSAGES: Record<string, string> = {
  json: 'Nội dung yêu cầu không hợp lệ.',
  param: 'Tham số trên đường dẫn không hợp lệ.',
  query: 'Tham số truy vấn không hợp lệ.',
  header: 'Tiêu đề yêu cầu không hợp lệ.',
};

/** zod-openapi's default hook: a failed validation becomes a 400 with its problems' JSON paths (at most 100). */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target: string },
  _c: Context,
): void {
  if (result.success) return;
  throw new ApiError(
    400,
    'invalid_request',
    TARGET_MESSAGES[result.target] ?? 'Yêu cầu không hợp lệ.',
    capProblems(toProblems(result.error)),
  );
}

/** Hono's own exceptions (malformed JSON, unsupported media type) in our error shape. */
function fromHttpException(e: HTTPException): ApiError {
  switch (e.status) {
    case 400:
      return new ApiError(400, 'malformed_json', 'Nội dung yêu cầu không phải JSON hợp lệ.');
    case 413:
      return new ApiError(413, 'payload_too_large', 'Nội dung yêu cầu quá lớn.');
    case 415:
      return new ApiError(
        400,
        'unsupported_media_type',
        'Nội dung yêu cầu phải là JSON (tiêu đề Content-Type: application/json).',
      );
    default:
      return new ApiError(e.status >= 500 ? 500 : 400, 'http_error', 'Yêu cầu không được xử lý.');
  }
}

/**
 * Every error ends here: client errors as `{ error: { code, message, details? } }`, anything
 * unexpected as a 500 without a stack trace. Logs carry the route and error, never a request body.
 */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  const e = err instanceof ApiError ? err : err instanceof HTTPException ? fromHttpException(err) : undefined;
  if (e) {
    if (e.headers) for (const [k, v] of Object.entries(e.headers)) c.header(k, v);
    return c.json(errorBody(e.code, e.message, e.details), e.status);
  }
  console.error(
    JSON.stringify({
      level: 'error',
      method: c.req.method,
      route: c.req.routePath,
      error: err.name,
      message: err.message,
      stack: err.stack,
    }),
  );
  return c.json(errorBody('internal', 'Lỗi máy chủ: yêu cầu chưa được xử lý. Hãy thử lại sau.'), 500);
};

export const notFound: NotFoundHandler<AppEnv> = (c) =>
  c.json(errorBody('not_found', 'Không có đường dẫn này trong API (xem /v1/openapi.json).'), 404);
