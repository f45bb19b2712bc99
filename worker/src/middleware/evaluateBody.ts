import { createMiddleware } from 'hono/factory';
import { MAX_EVALUATE_BODY_BYTES, MAX_EVALUATE_ROWS } from '../config.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { jsonBody } from './jsonBody.ts';

const bytes = jsonBody(MAX_EVALUATE_BODY_BYTES);
const number = new Intl.NumberFormat('vi-VN');

/**
 * The body of a request the engine runs on: JSON of at most MAX_EVALUATE_BODY_BYTES, and at most
 * MAX_EVALUATE_ROWS candidates (413 past either, with a Vietnamese message), so that one request
 * fits the isolate's memory (worker/src/config.ts). The rows are counted before anything else runs.
 */
export const evaluateBody = createMiddleware<AppEnv>((c, next) =>
  bytes(c, async () => {
    const body = c.var.body as { candidates?: unknown } | null;
    const candidates = typeof body === 'object' && body !== null ? body.candidates : undefined;
    if (Array.isArray(candidates) && candidates.length > MAX_EVALUATE_ROWS) {
      throw new ApiError(
        413,
        'payload_too_large',
        `Danh sách có ${number.format(candidates.length)} quần chúng, nhiều hơn mức ${number.format(MAX_EVALUATE_ROWS)} người cho một lần gửi lên máy chủ. Hãy tách danh sách thành nhiều bảng tính (mỗi chi bộ một bảng).`,
      );
    }
    await next();
  }),
);
