import { createMiddleware } from 'hono/factory';
import { endTime, startTime } from 'hono/timing';
import { configOf, RATE_LIMIT_WINDOW_SECONDS } from '../config.ts';
import { hit } from '../db/rateLimit.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { weigh } from '../lib/slidingWindow.ts';

/**
 * Sliding-window rate limit per signed-in email (default 300 requests a minute), counted in D1 so
 * that every isolate sees the same count. Runs after authentication; unauthenticated floods are
 * for Cloudflare's edge (docs/security.md).
 */
export const rateLimit = createMiddleware<AppEnv>(async (c, next) => {
  const limit = configOf(c.env).rateLimitPerMinute;
  const nowMs = Date.now();
  const window = RATE_LIMIT_WINDOW_SECONDS;
  const windowStart = Math.floor(nowMs / 1000 / window) * window;
  startTime(c, 'd1', 'rate limit (D1)');
  const counts = await hit(c.env.DB, c.var.user.email, windowStart, window);
  endTime(c, 'd1');
  const verdict = weigh({ ...counts, limit, elapsed: nowMs / 1000 - windowStart, window });
  c.header('RateLimit-Limit', String(limit));
  c.header('RateLimit-Remaining', String(verdict.remaining));
  if (!verdict.allowed) {
    const wait = String(verdict.retryAfter);
    throw new ApiError(
      429,
      'rate_limited',
      `Bạn đã gửi quá ${limit} yêu cầu trong một phút. Hãy thử lại sau ${wait} giây.`,
      undefined,
      { 'Retry-After': wait, 'RateLimit-Reset': wait },
    );
  }
  await next();
});
