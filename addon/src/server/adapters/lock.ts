/** The document lock: one check (or document number) at a time per spreadsheet. */
import type { Services } from './services.ts';

/** How long a second run waits for the first before saying so. */
export const LOCK_WAIT_MS = 5000;

export type Locked<T> = { ok: true; value: T } | { ok: false };

/**
 * Runs `fn` holding the document lock, so that two checks of the same spreadsheet (two
 * secretaries, or a double click) never write at the same time. Gives up after `waitMs`.
 */
export function withDocumentLock<T>(s: Services, fn: () => T, waitMs = LOCK_WAIT_MS): Locked<T> {
  const lock = s.LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) return { ok: false };
  try {
    return { ok: true, value: fn() };
  } finally {
    lock.releaseLock();
  }
}
