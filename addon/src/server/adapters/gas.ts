/// <reference types="google-apps-script" />
import type { Services } from './services.ts';

/**
 * The real Apps Script globals as `Services`. Typed against @types/google-apps-script: if one of
 * the subset interfaces in services.ts drifts from the real API, this assignment stops compiling.
 * Resolved lazily: only called inside an entry point, never at load time.
 */
export function appsScriptServices(): Services {
  return {
    SpreadsheetApp,
    HtmlService,
    UrlFetchApp,
    PropertiesService,
    LockService,
    CacheService,
    ScriptApp,
    Utilities,
    Charts,
    console,
  };
}
