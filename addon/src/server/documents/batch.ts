/**
 * Several drafted .docx files to Google Docs at once, with service calls that do not grow with
 * their number: one version number for the whole batch (one lock, one property write before and
 * after), names filled in plain JavaScript, and one `UrlFetchApp.fetchAll` of Drive multipart
 * uploads. Each file's failure is its own notice; nothing is overwritten.
 */
import { strToU8 } from 'fflate';
import { type DocVersion, type Notice, notice } from '../../common/model.ts';
import type { Clock } from '../adapters/clock.ts';
import { statusInWords } from '../adapters/httpWords.ts';
import { withDocumentLock } from '../adapters/lock.ts';
import type { HttpResponseLike, Services } from '../adapters/services.ts';
import { DOCX_MEDIA_TYPE } from './docx.ts';
import { fillDocxBytes, toSignedBytes } from './docxBytes.ts';
import { DRIVE_UPLOAD_URL, driveToken, GOOGLE_DOC_TYPE, NO_DRIVE_PERMISSION } from './drive.ts';
import { type DocKind, finishVersion, reserveVersion, versionsOf } from './versions.ts';

export interface BatchItem {
  title: string;
  docx: Uint8Array;
}

export interface BatchResult {
  /** per item, in order: the Doc, or null with its notice */
  docs: Array<{ doc: DocVersion | null; notices: Notice[] }>;
  version: number | null;
  previous: DocVersion[];
  notices: Notice[];
}

function uploadBody(boundary: string, name: string, docx: Uint8Array): number[] {
  const head = strToU8(
    `--${boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n${JSON.stringify({ name, mimeType: GOOGLE_DOC_TYPE })}\r\n` +
      `--${boundary}\r\nContent-Type: ${DOCX_MEDIA_TYPE}\r\n\r\n`,
  );
  const tail = strToU8(`\r\n--${boundary}--`);
  const all = new Uint8Array(head.length + docx.length + tail.length);
  all.set(head, 0);
  all.set(docx, head.length);
  all.set(tail, head.length + docx.length);
  return toSignedBytes(all);
}

function fileOf(
  response: HttpResponseLike,
  name: string,
): { url: string; name: string; converted: boolean } | null {
  let body: { id?: unknown; name?: unknown; mimeType?: unknown; webViewLink?: unknown } = {};
  try {
    body = JSON.parse(response.getContentText());
  } catch {
    return null;
  }
  if (typeof body.id !== 'string' || body.id === '') return null;
  return {
    name: typeof body.name === 'string' ? body.name : name,
    url:
      typeof body.webViewLink === 'string'
        ? body.webViewLink
        : `https://docs.google.com/document/d/${encodeURIComponent(body.id)}/edit`,
    converted: body.mimeType === undefined || body.mimeType === GOOGLE_DOC_TYPE,
  };
}

export function publishBatch(
  s: Services,
  input: {
    kind: DocKind;
    year: number;
    items: BatchItem[];
    names: Readonly<Record<string, string>>;
    clock: Clock;
    random?: () => number;
  },
): BatchResult {
  const previous = versionsOf(s, input.kind, input.year);
  const docs: BatchResult['docs'] = input.items.map(() => ({ doc: null, notices: [] }));
  const filled = input.items.map((item) => fillDocxBytes(item.docx, input.names));
  const token = driveToken(s);
  if (!token) return { docs, version: null, previous, notices: [NO_DRIVE_PERMISSION] };
  const reserved = withDocumentLock(s, () => reserveVersion(s, input.kind, input.year, input.clock.atText));
  if (!reserved.ok) {
    return {
      docs,
      version: null,
      previous,
      notices: [
        notice(
          'warning',
          'Bảng tính đang bận',
          'Một lần kiểm tra hoặc soạn văn bản khác đang chạy trên bảng tính này. Chờ khoảng một phút rồi bấm lại.',
        ),
      ],
    };
  }
  const version = reserved.value;
  const random = input.random ?? Math.random;
  const boundary = `ptdv-${Math.floor(random() * 1e12).toString(36)}-${Date.now().toString(36)}`;
  const names = input.items.map((item) => (version > 1 ? `${item.title} (bản ${version})` : item.title));
  const sendable = input.items.map((_, i) => i).filter((i) => filled[i]!.ok);
  for (const i of input.items.keys()) {
    if (!filled[i]!.ok)
      docs[i]!.notices.push(
        notice(
          'error',
          'Máy chủ trả về tệp không phải văn bản Word',
          'Tệp nhận được từ máy chủ PTĐV không mở được (không phải .docx). Soạn lại sau ít phút.',
        ),
      );
  }
  const notices: Notice[] = [];
  let responses: HttpResponseLike[] = [];
  try {
    responses = s.UrlFetchApp.fetchAll(
      sendable.map((i) => {
        const f = filled[i] as { ok: true; bytes: Uint8Array };
        return {
          url: DRIVE_UPLOAD_URL,
          method: 'post' as const,
          contentType: `multipart/related; boundary=${boundary}`,
          headers: { Authorization: `Bearer ${token}` },
          payload: uploadBody(boundary, names[i]!, f.bytes),
          muteHttpExceptions: true,
        };
      }),
    );
  } catch {
    notices.push(
      notice(
        'warning',
        'Không kết nối được Google Drive',
        'Mạng chậm hoặc mất kết nối khi đang lưu văn bản lên Google Drive. Có thể tệp vẫn đã được tạo: xem thư mục “Drive của tôi” trước khi soạn lại (soạn lại sẽ tạo bản mới, không ghi đè).',
      ),
    );
  }
  responses.forEach((response, j) => {
    const i = sendable[j]!;
    const status = response.getResponseCode();
    const file = status === 200 || status === 201 ? fileOf(response, names[i]!) : null;
    if (file) docs[i]!.doc = { version, atText: input.clock.atText, ...file };
    else
      docs[i]!.notices.push(
        notice(
          'error',
          'Google Drive chưa nhận văn bản',
          `Google Drive ${statusInWords(status)} khi lưu “${names[i]}”. Hãy soạn lại sau ít phút (soạn lại tạo bản mới).`,
        ),
      );
    const f = filled[i] as { ok: true; unnamed: string[] };
    if (f.unnamed.length > 0)
      docs[i]!.notices.push(
        notice(
          'warning',
          'Còn chỗ chưa có họ tên',
          `${f.unnamed.length} chỗ cần ghi họ tên chưa tìm thấy tên trong bảng tính; văn bản để trống để ghi tay.`,
        ),
      );
  });
  const made = docs.map((d) => d.doc).filter((d): d is DocVersion => d !== null);
  // The batch keeps its number when at least one file was made; the first one stands for it.
  withDocumentLock(s, () => finishVersion(s, input.kind, input.year, version, made[0] ?? null), 15_000);
  return { docs, version: made.length > 0 ? version : null, previous, notices };
}
