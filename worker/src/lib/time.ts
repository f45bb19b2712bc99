/** Now, as an ISO 8601 UTC timestamp with milliseconds. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** The current year in Vietnam (UTC+7, no daylight saving). */
export function currentYearInVietnam(now = Date.now()): number {
  return new Date(now + 7 * 3600 * 1000).getUTCFullYear();
}
