/**
 * The progress line of a running check. The check writes where it is into the document cache;
 * the sidebar polls it with a second `google.script.run` call while the first one runs.
 */
import type { Progress } from '../common/model.ts';
import type { CacheLike, Services } from './services.ts';

const KEY = 'ptdv.progress';
const TTL_SECONDS = 600;

export interface ProgressReporter {
  (text: string, fraction: number): void;
  done(): void;
}

export function progressReporter(s: Services): ProgressReporter {
  let cache: CacheLike | null | undefined;
  const get = (): CacheLike | null => {
    if (cache === undefined) cache = s.CacheService.getDocumentCache();
    return cache;
  };
  const report = ((text: string, fraction: number) => {
    const value: Progress = { text, fraction };
    get()?.put(KEY, JSON.stringify(value), TTL_SECONDS);
  }) as ProgressReporter;
  report.done = () => get()?.remove(KEY);
  return report;
}

export function readProgress(s: Services): Progress | null {
  const raw = s.CacheService.getDocumentCache()?.get(KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Progress;
  } catch {
    return null;
  }
}

const AUTORUN_KEY = 'ptdv.autorun';

/** The menu's "Kiểm tra danh sách" opens the sidebar, which then starts the check itself. */
export function requestAutorun(s: Services): void {
  s.CacheService.getDocumentCache()?.put(AUTORUN_KEY, '1', 120);
}

export function takeAutorun(s: Services): boolean {
  const cache = s.CacheService.getDocumentCache();
  if (cache?.get(AUTORUN_KEY) !== '1') return false;
  cache.remove(AUTORUN_KEY);
  return true;
}
