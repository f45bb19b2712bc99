/** UrlFetchApp's answers. */
import type { BlobLike, FetchParams, HttpResponseLike } from '../src/server/adapters/services.ts';
import { FakeBlob, utf8Decode, utf8Encode } from './blob.ts';
import type { CallCounter } from './calls.ts';

export interface FakeHttp {
  status: number;
  body?: string;
  /** a binary body (a .docx); `body` is its text when not given */
  bytes?: Uint8Array;
  headers?: Record<string, string>;
}

/** Answers a fetch, or throws like UrlFetchApp does for network failures and quotas. */
export type FetchHandler = (url: string, params: FetchParams) => FakeHttp;

export class FakeHttpResponse implements HttpResponseLike {
  constructor(
    private readonly http: FakeHttp,
    private readonly calls: CallCounter,
  ) {}
  getResponseCode(): number {
    this.calls.hit('HTTPResponse.getResponseCode');
    return this.http.status;
  }
  getContentText(): string {
    this.calls.hit('HTTPResponse.getContentText');
    return this.http.body ?? (this.http.bytes ? utf8Decode(this.http.bytes) : '');
  }
  getHeaders(): object {
    this.calls.hit('HTTPResponse.getHeaders');
    return { ...(this.http.headers ?? {}) };
  }
  getBlob(): BlobLike {
    this.calls.hit('HTTPResponse.getBlob');
    const type = Object.entries(this.http.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type');
    const bytes = this.http.bytes ?? utf8Encode(this.http.body ?? '');
    return new FakeBlob(this.calls, bytes, type ? type[1].split(';')[0]!.trim() : null, null);
  }
}

/**
 * UrlFetchApp throws on an HTTP status of 400 or more unless the request set
 * `muteHttpExceptions: true` — with Apps Script's own message, the start of the body included.
 */
export function failUnlessMuted(url: string, params: FetchParams, http: FakeHttp): FakeHttp {
  if (http.status < 400 || params.muteHttpExceptions === true) return http;
  const body = http.body ?? (http.bytes ? utf8Decode(http.bytes) : '');
  throw new Error(
    `Request failed for ${url} returned code ${http.status}. Truncated server response: ${body.slice(0, 100)} (use muteHttpExceptions option to examine full response)`,
  );
}
