/** Drive: the v3 multipart upload the add-on sends through UrlFetchApp (drive.file scope). */
import type { FetchParams } from '../src/server/adapters/services.ts';
import { fromJavaBytes, utf8Decode, utf8Encode } from './blob.ts';
import type { FakeHttp } from './http.ts';

export const DRIVE_UPLOAD_PREFIX = 'https://www.googleapis.com/upload/drive/';
export const GOOGLE_DOC = 'application/vnd.google-apps.document';

export interface DriveFile {
  id: string;
  name: string;
  /** what Drive stored: a Google Doc when converted, else the media's own type */
  mimeType: string;
  /** the uploaded media: the filled .docx */
  media: Uint8Array;
  mediaType: string;
  metadata: Record<string, unknown>;
  url: string;
}

/**
 * Google Drive as the add-on meets it: `POST /upload/drive/v3/files?uploadType=multipart` with a
 * Bearer OAuth token, a JSON metadata part and a media part. Checks the request like Drive would
 * (the token, the upload type, the boundary, the parts) and keeps every file. `convert`: answer
 * as Drive does when the metadata asks for a Google Doc (tests); the preview keeps the .docx,
 * which it cannot convert, and says so through the mimeType of its answer.
 */
export class FakeDrive {
  readonly files: DriveFile[] = [];
  /** answer every upload with this instead (a failure) */
  failWith: FakeHttp | (() => FakeHttp) | undefined;
  convert = true;
  /** the link of a stored file (the preview: an object URL to download the .docx) */
  linkOf: (file: Omit<DriveFile, 'url'>) => string = (f) => `https://docs.google.com/document/d/${f.id}/edit`;
  constructor(readonly oauthToken: () => string) {}

  handles(url: string): boolean {
    return url.startsWith(DRIVE_UPLOAD_PREFIX);
  }

  upload(url: string, params: FetchParams): FakeHttp {
    const error = (status: number, reason: string, message: string): FakeHttp => ({
      status,
      body: JSON.stringify({ error: { code: status, message, errors: [{ reason, message }] } }),
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
    });
    if (this.failWith !== undefined)
      return typeof this.failWith === 'function' ? this.failWith() : this.failWith;
    const query = new URL(url).searchParams;
    const auth = Object.entries(params.headers ?? {}).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
    if (auth !== `Bearer ${this.oauthToken()}`) return error(401, 'authError', 'Invalid Credentials');
    if ((params.method ?? 'get') !== 'post' || query.get('uploadType') !== 'multipart')
      return error(400, 'badRequest', 'Expected a multipart upload');
    const boundary = /^multipart\/related;\s*boundary="?([^";]+)"?$/i.exec(params.contentType ?? '')?.[1];
    if (boundary === undefined) return error(400, 'badContent', 'Missing multipart/related boundary');
    const body =
      typeof params.payload === 'string'
        ? utf8Encode(params.payload)
        : Array.isArray(params.payload)
          ? fromJavaBytes(params.payload)
          : new Uint8Array();
    const parts = parseMultipart(body, boundary);
    if (parts === null || parts.length !== 2) return error(400, 'badContent', 'Malformed multipart body');
    const [meta, media] = parts as [Part, Part];
    let metadata: Record<string, unknown>;
    try {
      metadata = JSON.parse(utf8Decode(meta.body));
    } catch {
      return error(400, 'parseError', 'Metadata is not JSON');
    }
    if (!/^application\/json/i.test(meta.headers['content-type'] ?? ''))
      return error(400, 'badContent', 'Metadata part must be application/json');
    const mediaType = (media.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (mediaType === '') return error(400, 'badContent', 'Media part without Content-Type');
    const id = `fake-${this.files.length + 1}-${Math.random().toString(36).slice(2, 10)}`;
    const name = typeof metadata.name === 'string' ? metadata.name : 'Untitled';
    const asked = typeof metadata.mimeType === 'string' ? metadata.mimeType : mediaType;
    const stored = asked === GOOGLE_DOC && !this.convert ? mediaType : asked;
    const file = { id, name, mimeType: stored, media: media.body, mediaType, metadata };
    const link = this.linkOf(file);
    this.files.push({ ...file, url: link });
    const fields = (query.get('fields') ?? 'id,name,mimeType').split(',').map((f) => f.trim());
    const all: Record<string, unknown> = {
      kind: 'drive#file',
      id,
      name,
      mimeType: stored,
      webViewLink: link,
    };
    return {
      status: 200,
      body: JSON.stringify(Object.fromEntries(fields.filter((f) => f in all).map((f) => [f, all[f]]))),
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
    };
  }
}

interface Part {
  headers: Record<string, string>;
  body: Uint8Array;
}

function indexOf(hay: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i <= hay.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** The parts of a multipart body (RFC 2046): CRLF line ends, a closing delimiter. Null when malformed. */
export function parseMultipart(body: Uint8Array, boundary: string): Part[] | null {
  const delimiter = utf8Encode(`--${boundary}`);
  const parts: Part[] = [];
  let at = indexOf(body, delimiter, 0);
  if (at !== 0) return null;
  for (;;) {
    at += delimiter.length;
    if (body[at] === 45 && body[at + 1] === 45) return parts; // "--": the closing delimiter
    if (body[at] !== 13 || body[at + 1] !== 10) return null;
    at += 2;
    const next = indexOf(body, utf8Encode(`\r\n--${boundary}`), at);
    if (next < 0) return null;
    const chunk = body.subarray(at, next);
    const split = indexOf(chunk, utf8Encode('\r\n\r\n'), 0);
    if (split < 0) return null;
    const headers: Record<string, string> = {};
    for (const line of utf8Decode(chunk.subarray(0, split)).split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    parts.push({ headers, body: chunk.slice(split + 4) });
    at = next + 2;
  }
}

export interface RecordedFetch {
  url: string;
  params: FetchParams;
}
