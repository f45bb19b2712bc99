export interface WindowCounts {
  /** requests in the current window, this one included */
  current: number;
  /** requests in the window just before it (0 when that window saw none) */
  previous: number;
}

/**
 * Counts one request for `subject` in the window starting at `windowStart` (`windowSeconds`
 * long) and returns this window's and the previous window's counts, in one statement (D1 runs
 * each statement alone, so concurrent requests are counted exactly).
 */
export async function hit(
  db: D1Database,
  subject: string,
  windowStart: number,
  windowSeconds: number,
): Promise<WindowCounts> {
  const row = await db
    .prepare(
      `INSERT INTO rate_limits (subject, window_start, count, previous_count) VALUES (?1, ?2, 1, 0)
       ON CONFLICT (subject) DO UPDATE SET
         previous_count = CASE
           WHEN window_start = excluded.window_start THEN previous_count
           WHEN window_start = excluded.window_start - ?3 THEN count
           ELSE 0 END,
         count = CASE WHEN window_start = excluded.window_start THEN count + 1 ELSE 1 END,
         window_start = excluded.window_start
       RETURNING count, previous_count`,
    )
    .bind(subject, windowStart, windowSeconds)
    .first<{ count: number; previous_count: number }>();
  return { current: row?.count ?? 1, previous: row?.previous_count ?? 0 };
}
