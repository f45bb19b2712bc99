/** The last check's header line, kept in the document's properties (no names, nothing secret). */
import type { LastCheck } from '../../common/model.ts';
import type { Services } from './services.ts';

const KEY = 'ptdv.lastCheck';

export function saveLastCheck(s: Services, last: LastCheck): void {
  s.PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(last));
}

export function loadLastCheck(s: Services): LastCheck | null {
  const raw = s.PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as LastCheck;
  } catch {
    return null;
  }
}
