/**
 * One typed, in-memory fake of the Apps Script services the add-on uses (Sheets with embedded
 * charts, Html, UrlFetch, Properties, Lock, Cache, Script, Utilities with blobs and zip, Charts),
 * counting every service call, and of the one Google API the add-on calls through UrlFetch: the
 * Drive v3 multipart upload (`FakeDrive`). Used by every add-on
 * test, by the vm test of the built bundle (installed as globals) and by the local preview (in a
 * Web Worker, with UrlFetchApp over synchronous XMLHttpRequest). Plain TypeScript: no Node APIs.
 *
 * It behaves like Apps Script where the add-on could trip: ranges outside the sheet or of size
 * zero throw, `setValues` with the wrong shape throws, a written string is read the way Sheets
 * reads typed text (coerce.ts: "0012" → 12, "01/02/2026" a date in the locale, "=…" a formula;
 * `sheet.type()` is a user typing), UrlFetchApp throws on a status ≥ 400 unless the request set
 * `muteHttpExceptions`, `getValues` gives `Date`s for date cells
 * (at midnight in the spreadsheet's zone, historical offsets included), `getDataRange` starts at
 * A1 and ends at the last cell with a value, and in AuthMode.NONE only the menu may be built.
 */
import { unzipSync, zipSync } from 'fflate';
import type {
  BlobSourceLike,
  CacheServiceLike,
  DataValidationBuilderLike,
  FetchParams,
  FetchRequest,
  HtmlServiceLike,
  LockServiceLike,
  PropertiesServiceLike,
  ScriptAppLike,
  Services,
  SpreadsheetAppLike,
  UrlFetchAppLike,
  UtilitiesLike,
} from '../src/server/adapters/services.ts';
import { FakeBlob, fromJavaBytes, utf8Encode } from './blob.ts';
import { AuthModeError, CallCounter } from './calls.ts';
import { CHART_TYPES } from './charts.ts';
import { FakeDrive, type RecordedFetch } from './drive.ts';
import { type FakeHttp, FakeHttpResponse, type FetchHandler, failUnlessMuted } from './http.ts';
import type { FakeValidation } from './sheet.ts';
import { FakeSpreadsheet } from './spreadsheet.ts';
import { FakeCache, FakeLock, FakeProperties } from './store.ts';
import { FakeHtmlOutput, FakeUi } from './ui.ts';
import { formatInZone } from './zone.ts';

export * from './blob.ts';
export * from './calls.ts';
export * from './charts.ts';
export * from './coerce.ts';
export * from './drive.ts';
export * from './http.ts';
export * from './range.ts';
export * from './sheet.ts';
export * from './spreadsheet.ts';
export * from './store.ts';
export * from './ui.ts';
export * from './zone.ts';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

export interface FakeOptions {
  timeZone?: string;
  locale?: string;
  /** answers UrlFetchApp.fetch; default: every fetch fails as unreachable */
  fetch?: FetchHandler;
  /** ScriptApp.getIdentityToken(); a function may throw */
  token?: string | (() => string);
  /** ScriptApp.getOAuthToken() (the Drive upload); a function may throw */
  oauthToken?: string | (() => string);
  /** Html files by name (e.g. the built Sidebar.html) */
  files?: Record<string, string>;
  /** the clock for Utilities.formatDate callers that ask for "now" is the caller's own */
  authMode?: AuthModeName;
}

export interface Fake {
  services: Services;
  calls: CallCounter;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  properties: FakeProperties;
  lock: FakeLock;
  cache: FakeCache;
  fetches: RecordedFetch[];
  sleeps: number[];
  /** what the code wrote to the execution log (console.warn) */
  logs: string[];
  /** Google Drive behind UrlFetchApp (the upload URL never reaches the `fetch` handler) */
  drive: FakeDrive;
  /** switches the auth mode: in NONE only the UI may be used */
  setAuthMode(mode: AuthModeName): void;
  setFetch(handler: FetchHandler): void;
  setToken(token: string | (() => string)): void;
  setOAuthToken(token: string | (() => string)): void;
}

export function createFake(options: FakeOptions = {}): Fake {
  const calls = new CallCounter();
  const spreadsheet = new FakeSpreadsheet(calls, {
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const ui = new FakeUi(calls);
  const properties = new FakeProperties(calls);
  const lock = new FakeLock(calls);
  const cache = new FakeCache(calls);
  const fetches: RecordedFetch[] = [];
  const sleeps: number[] = [];
  const logs: string[] = [];
  let authMode: AuthModeName = options.authMode ?? 'FULL';
  let fetchHandler: FetchHandler =
    options.fetch ??
    (() => {
      throw new Error('Address unavailable: https://ptdv.invalid/v1/evaluate');
    });
  let token: string | (() => string) = options.token ?? 'fake-id-token';
  let oauthToken: string | (() => string) = options.oauthToken ?? 'fake-oauth-token';
  const drive = new FakeDrive(() => (typeof oauthToken === 'function' ? oauthToken() : oauthToken));
  const files = options.files ?? {};

  const data = (what: string) => {
    if (authMode === 'NONE') throw new AuthModeError(what);
  };

  const SpreadsheetApp: SpreadsheetAppLike = {
    getActive() {
      calls.hit('SpreadsheetApp.getActive');
      data('SpreadsheetApp.getActive');
      return spreadsheet;
    },
    getUi() {
      calls.hit('SpreadsheetApp.getUi');
      return ui;
    },
    newDataValidation(): DataValidationBuilderLike {
      calls.hit('SpreadsheetApp.newDataValidation');
      const v: FakeValidation = {
        kind: 'list',
        allowInvalid: true,
        helpText: '',
        getHelpText: () => v.helpText,
      };
      const builder: DataValidationBuilderLike = {
        requireValueInList(values, showDropdown) {
          calls.hit('DataValidationBuilder.requireValueInList');
          v.kind = 'list';
          v.values = [...values];
          v.showDropdown = showDropdown;
          return builder;
        },
        requireValueInRange(range, showDropdown) {
          calls.hit('DataValidationBuilder.requireValueInRange');
          v.kind = 'range';
          // a FakeRange knows its sheet; read its name without counting a call
          const sheet = (range as unknown as { sheet?: { name: string } }).sheet;
          v.source = {
            sheet: sheet?.name ?? '',
            row: range.getRow(),
            column: range.getColumn(),
            numRows: range.getNumRows(),
          };
          v.showDropdown = showDropdown;
          return builder;
        },
        requireDate() {
          calls.hit('DataValidationBuilder.requireDate');
          v.kind = 'date';
          return builder;
        },
        setAllowInvalid(allow) {
          calls.hit('DataValidationBuilder.setAllowInvalid');
          v.allowInvalid = allow;
          return builder;
        },
        setHelpText(text) {
          calls.hit('DataValidationBuilder.setHelpText');
          v.helpText = text;
          return builder;
        },
        build() {
          calls.hit('DataValidationBuilder.build');
          return { ...v, getHelpText: () => v.helpText } as FakeValidation;
        },
      };
      return builder;
    },
    flush() {
      calls.hit('SpreadsheetApp.flush');
    },
    ProtectionType: { RANGE: 'RANGE' },
  };

  const HtmlService: HtmlServiceLike = {
    createHtmlOutputFromFile(filename: string) {
      calls.hit('HtmlService.createHtmlOutputFromFile');
      const content = files[filename];
      if (content === undefined && Object.keys(files).length > 0)
        throw new Error(`No HTML file named ${filename} was found.`);
      return new FakeHtmlOutput(content ?? `<!doctype html><title>${filename}</title>`, calls);
    },
    createHtmlOutput(html: string) {
      calls.hit('HtmlService.createHtmlOutput');
      return new FakeHtmlOutput(html, calls);
    },
  };

  const answer = (url: string, params: FetchParams): FakeHttp => {
    fetches.push({ url, params });
    return drive.handles(url) ? drive.upload(url, params) : fetchHandler(url, params);
  };
  const UrlFetchApp: UrlFetchAppLike = {
    fetch(url: string, params: FetchParams) {
      calls.hit('UrlFetchApp.fetch');
      data('UrlFetchApp.fetch');
      return new FakeHttpResponse(failUnlessMuted(url, params, answer(url, params)), calls);
    },
    fetchAll(requests: FetchRequest[]) {
      calls.hit('UrlFetchApp.fetchAll');
      data('UrlFetchApp.fetchAll');
      // like Apps Script: one failing request (network, quota, or a status ≥ 400 without
      // muteHttpExceptions) makes the whole call throw
      return requests.map(
        ({ url, ...params }) =>
          new FakeHttpResponse(failUnlessMuted(url, params, answer(url, params)), calls),
      );
    },
  };

  const PropertiesService: PropertiesServiceLike = {
    getDocumentProperties() {
      calls.hit('PropertiesService.getDocumentProperties');
      data('PropertiesService.getDocumentProperties');
      return properties;
    },
  };

  const LockService: LockServiceLike = {
    getDocumentLock() {
      calls.hit('LockService.getDocumentLock');
      data('LockService.getDocumentLock');
      return lock;
    },
  };

  const CacheService: CacheServiceLike = {
    getDocumentCache() {
      calls.hit('CacheService.getDocumentCache');
      data('CacheService.getDocumentCache');
      return cache;
    },
  };

  const ScriptApp: ScriptAppLike = {
    getIdentityToken() {
      calls.hit('ScriptApp.getIdentityToken');
      data('ScriptApp.getIdentityToken');
      return typeof token === 'function' ? token() : token;
    },
    getOAuthToken() {
      calls.hit('ScriptApp.getOAuthToken');
      data('ScriptApp.getOAuthToken');
      return typeof oauthToken === 'function' ? oauthToken() : oauthToken;
    },
    AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' },
  };

  const Utilities: UtilitiesLike = {
    formatDate(date: Date, timeZone: string, format: string) {
      calls.hit('Utilities.formatDate');
      return formatInZone(date, timeZone, format);
    },
    sleep(milliseconds: number) {
      calls.hit('Utilities.sleep');
      sleeps.push(milliseconds);
    },
    newBlob(data: string | number[], contentType?: string, name?: string) {
      calls.hit('Utilities.newBlob');
      const bytes = typeof data === 'string' ? utf8Encode(data) : fromJavaBytes(data);
      return new FakeBlob(calls, bytes, contentType ?? null, name ?? null);
    },
    unzip(source: BlobSourceLike) {
      calls.hit('Utilities.unzip');
      let files: Record<string, Uint8Array>;
      const blob = source.getBlob() as FakeBlob;
      // conservative: a blob must be typed as a zip archive (as add-ons commonly do before unzip)
      if (blob.contentType !== 'application/zip')
        throw new Error('Exception: Invalid argument: blob (not application/zip)');
      try {
        files = unzipSync(blob.bytes);
      } catch {
        throw new Error('Exception: Could not unzip the blob: it is not a zip archive.');
      }
      // like Apps Script: one blob per file, named by its path; no folder entries
      return Object.entries(files)
        .filter(([path]) => !path.endsWith('/'))
        .map(([path, bytes]) => new FakeBlob(calls, bytes, null, path));
    },
    zip(blobs: BlobSourceLike[], name?: string) {
      calls.hit('Utilities.zip');
      const files: Record<string, Uint8Array> = {};
      for (const b of blobs) {
        const fb = b as FakeBlob;
        if (!fb.name) throw new Error('Exception: Every blob in a zip needs a name.');
        if (fb.name in files) throw new Error(`Exception: Duplicate file name in zip: ${fb.name}`);
        files[fb.name] = fb.bytes;
      }
      return new FakeBlob(calls, zipSync(files), 'application/zip', name ?? 'Archive.zip');
    },
  };

  const Charts = { ChartType: CHART_TYPES };

  return {
    services: {
      SpreadsheetApp,
      HtmlService,
      UrlFetchApp,
      PropertiesService,
      LockService,
      CacheService,
      ScriptApp,
      Utilities,
      Charts,
      console: { warn: (message: string) => logs.push(message) },
    },
    logs,
    calls,
    spreadsheet,
    ui,
    properties,
    lock,
    cache,
    fetches,
    sleeps,
    drive,
    setAuthMode(mode) {
      authMode = mode;
    },
    setFetch(handler) {
      fetchHandler = handler;
    },
    setToken(t) {
      token = t;
    },
    setOAuthToken(t) {
      oauthToken = t;
    },
  };
}
