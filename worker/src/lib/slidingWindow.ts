/**
 * A sliding-window rate estimate (the one Cloudflare's own limiter uses): the requests of the
 * last `window` seconds are this window's count plus the previous window's count weighted by
 * the share of it that still lies within the last `window` seconds. Unlike a fixed window, a
 * burst at the end of one minute still counts at the start of the next, so no 2× burst passes
 * across a boundary. Pure: the time comes in.
 */
export interface SlidingWindowVerdict {
  allowed: boolean;
  /** requests still allowed right now (after this one) */
  remaining: number;
  /** seconds until a request would be allowed again (0 when allowed) */
  retryAfter: number;
}

export function weigh(options: {
  current: number;
  previous: number;
  limit: number;
  /** seconds since the current window started */
  elapsed: number;
  window: number;
}): SlidingWindowVerdict {
  const { current, previous, limit, elapsed, window } = options;
  const overlap = (window - elapsed) / window;
  const estimate = previous * overlap + current;
  if (estimate <= limit) {
    return { allowed: true, remaining: Math.max(0, Math.floor(limit - estimate)), retryAfter: 0 };
  }
  // Refused: wait until the previous window has slid out far enough for one more request, or, when
  // this window alone is full, until the next window (where this one's count weighs in decreasing).
  let wait: number;
  if (current < limit && previous > 0) {
    // previous × (window − t) / window + current + 1 ≤ limit  ⇔  t ≥ window × (1 − (limit − current − 1) / previous)
    const t = window * (1 - (limit - current - 1) / previous);
    wait = t - elapsed;
  } else {
    const nextOverlapNeeded = (limit - 1) / current; // in the next window: current × overlap + 1 ≤ limit
    wait = window - elapsed + window * (1 - Math.min(1, nextOverlapNeeded));
  }
  return { allowed: false, remaining: 0, retryAfter: Math.max(1, Math.ceil(wait)) };
}
