/**
 * The progress line of a running check. The check writes where it is into the document cache;
 * the sidebar polls it with a second `google.script.run` call while the first one runs.
 */
import type { ActionId, Progress } from '../../common/model.ts';
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
const ACTIONS: readonly ActionId[] = ['plan', 'report', 'papers', 'aggregate', 'targets', 'superiorReport'];

/**
 * A menu item opens the sidebar, which then does what the item said: "Kiểm tra danh sách" starts
 * the check (so its progress shows), the others open their form or run their action.
 */
export function requestAutorun(s: Services, what: 'check' | ActionId = 'check'): void {
  s.CacheService.getDocumentCache()?.put(AUTORUN_KEY, what === 'check' ? '1' : what, 120);
}

/** What the menu asked for, once. */
export function takeAutorun(s: Services): 'check' | ActionId | null {
  const cache = s.CacheService.getDocumentCache();
  const value = cache?.get(AUTORUN_KEY);
  if (!value) return null;
  cache?.remove(AUTORUN_KEY);
  if (value === '1') return 'check';
  return (ACTIONS as readonly string[]).includes(value) ? (value as ActionId) : null;
}
