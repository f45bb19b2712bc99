import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { endTime, startTime } from 'hono/timing';
import type { AppEnv } from '../env.ts';
import { ApiError, badRequest } from '../errors.ts';

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;
}

/**
 * Reads a JSON request body of at most `maxBytes` into `c.var.body` (413 past it, 400 when it is
 * not JSON). Later validators reuse the parsed value (Hono caches `c.req.json()`).
 */
export function jsonBody(maxBytes: number) {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(
        413,
        'payload_too_large',
        `Nội dung yêu cầu quá lớn: tối đa ${formatSize(maxBytes)}.`,
      );
    },
  });
  return createMiddleware<AppEnv>(async (c, next) => {
    const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim() ?? '';
    if (!JSON_MEDIA_TYPE.test(mediaType)) {
      throw badRequest(
        'Nội dung yêu cầu phải là JSON (tiêu đề Content-Type: application/json).',
        undefined,
        'unsupported_media_type',
      );
    }
    return limit(c, async () => {
      let body: unknown;
      startTime(c, 'body', 'read + JSON.parse');
      try {
        body = await c.req.json();
      } catch {
        throw badRequest('Nội dung yêu cầu không phải JSON hợp lệ.', undefined, 'malformed_json');
      } finally {
        endTime(c, 'body');
      }
      c.set('body', body);
      await next();
    });
  });
}
