import { createMiddleware } from 'hono/factory';
import { endTime, startTime } from 'hono/timing';
import { configOf, RATE_LIMIT_WINDOW_SECONDS } from '../config.ts';
import { hit } from '../db/rateLimit.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';

/**
 * Fixed-window rate limit per signed-in email (default 300 requests a minute), counted in D1 so
 * that every isolate sees the same count. Runs after authentication.
 */
export const rateLimit = createMiddleware<AppEnv>(async (c, next) => {
  const limit = configOf(c.env).rateLimitPerMinute;
  const now = Math.floor(Date.now() / 1000);
  const windowStart = now - (now % RATE_LIMIT_WINDOW_SECONDS);
  startTime(c, 'd1', 'rate limit (D1)');
  const count = await hit(c.env.DB, c.var.user.email, windowStart);
  endTime(c, 'd1');
  const reset = windowStart + RATE_LIMIT_WINDOW_SECONDS - now;
  c.header('RateLimit-Limit', String(limit));
  c.header('RateLimit-Remaining', String(Math.max(0, limit - count)));
  c.header('RateLimit-Reset', String(reset));
  if (count > limit) {
    throw new ApiError(
      429,
      'rate_limited',
      `Bạn đã gửi quá ${limit} yêu cầu trong một phút. Hãy thử lại sau ${reset} giây.`,
      undefined,
      { 'Retry-After': String(reset) },
    );
  }
  await next();
});
