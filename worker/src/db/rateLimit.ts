/** Counts one request for `subject` in the fixed window starting at `windowStart`; returns the new count. */
export async function hit(db: D1Database, subject: string, windowStart: number): Promise<number> {
  const row = await db
    .prepare(
      `INSERT INTO rate_limits (subject, window_start, count) VALUES (?1, ?2, 1)
       ON CONFLICT (subject) DO UPDATE SET
         count = CASE WHEN window_start = excluded.window_start THEN count + 1 ELSE 1 END,
         window_start = excluded.window_start
       RETURNING count`,
    )
    .bind(subject, windowStart)
    .first<{ count: number }>();
  return row?.count ?? 1;
}
