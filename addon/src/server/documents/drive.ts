/**
 * The Google Doc: the filled .docx uploaded to the user's Drive and converted by Drive itself —
 * a Drive API v3 multipart upload through UrlFetchApp with the add-on's own OAuth token. The
 * `drive.file` scope is enough (the add-on only ever touches files it created); no DriveApp or
 * DocumentApp, which would need broad scopes. The upload URL is in the manifest's
 * urlFetchWhitelist. Never throws.
 */
import { type Notice, notice } from '../../common/model.ts';
import { statusInWords } from '../adapters/httpWords.ts';
import type { BlobLike, HttpResponseLike, Services } from '../adapters/services.ts';
import { classifyException } from '../backend/client.ts';
import { DOCX_MEDIA_TYPE } from './docx.ts';

export const DRIVE_UPLOAD_URL =
  'https://www.googleapis.com/upload/drive/v3/files?uploadType=multipart&supportsAllDrives=true&fields=id,name,mimeType,webViewLink';
export const GOOGLE_DOC_TYPE = 'application/vnd.google-apps.document';

export interface DriveFileInfo {
  id: string;
  name: string;
  url: string;
  /** Drive made it a Google Doc (it always does; a stand-in Drive may keep the .docx) */
  converted: boolean;
}

export type UploadOutcome =
  | { ok: true; file: DriveFileInfo }
  | { ok: false; notice: Notice; status?: number };

/** Attempts for a 5xx or 429 answer: Drive said it did not store the file. */
const ATTEMPTS = 3;

/** What the user is told when the add-on may not write to Drive (no OAuth token). */
export const NO_DRIVE_PERMISSION: Notice = notice(
  'error',
  'Chưa được phép tạo tệp trên Google Drive',
  'Tiện ích cần quyền “tạo tệp của riêng tiện ích trên Google Drive” để lưu văn bản. Hãy đóng rồi mở lại bảng tính, chọn Tiện ích mở rộng → PTĐV và cho phép khi Google hỏi.',
);

/** The user's OAuth token for Drive, or '' when Apps Script cannot give one (not authorised). */
export function driveToken(s: Services): string {
  try {
    return s.ScriptApp.getOAuthToken();
  } catch {
    return '';
  }
}

function driveFailure(title: string, text: string, status?: number): UploadOutcome {
  return {
    ok: false,
    notice: { level: 'error', title, text },
    ...(status === undefined ? {} : { status }),
  };
}

function reasonOf(response: HttpResponseLike): { reason?: string; message?: string } {
  try {
    const body = JSON.parse(response.getContentText()) as {
      error?: { message?: unknown; errors?: Array<{ reason?: unknown }> };
    };
    const reason = body.error?.errors?.[0]?.reason;
    const message = body.error?.message;
    return {
      ...(typeof reason === 'string' ? { reason } : {}),
      ...(typeof message === 'string' ? { message } : {}),
    };
  } catch {
    return {};
  }
}

/** The multipart/related body: JSON metadata, then the .docx, as bytes. */
export function multipartBody(
  s: Services,
  boundary: string,
  metadata: object,
  media: BlobLike,
  mediaType: string,
): number[] {
  const head =
    `--${boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n${JSON.stringify(metadata)}\r\n` +
    `--${boundary}\r\nContent-Type: ${mediaType}\r\n\r\n`;
  const tail = `\r\n--${boundary}--`;
  return s.Utilities.newBlob(head).getBytes().concat(media.getBytes(), s.Utilities.newBlob(tail).getBytes());
}

/** Uploads `docx` as a Google Doc named `name` in the user's Drive. */
export function uploadAsGoogleDoc(
  s: Services,
  docx: BlobLike,
  name: string,
  options: { random?: () => number } = {},
): UploadOutcome {
  const token = driveToken(s);
  if (!token) return { ok: false, notice: NO_DRIVE_PERMISSION };
  const random = options.random ?? Math.random;
  const boundary = `ptdv-${Math.floor(random() * 1e12).toString(36)}-${Date.now().toString(36)}`;
  const payload = multipartBody(s, boundary, { name, mimeType: GOOGLE_DOC_TYPE }, docx, DOCX_MEDIA_TYPE);
  let last: HttpResponseLike | undefined;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    let response: HttpResponseLike;
    try {
      response = s.UrlFetchApp.fetch(DRIVE_UPLOAD_URL, {
        method: 'post',
        contentType: `multipart/related; boundary=${boundary}`,
        headers: { Authorization: `Bearer ${token}` },
        payload,
        muteHttpExceptions: true,
      });
    } catch (e) {
      const kind = classifyException(e);
      if (kind === 'quota') {
        return driveFailure(
          'Hôm nay đã hết hạn mức kết nối',
          'Google giới hạn số lần một tiện ích được gọi ra ngoài mỗi ngày, và hôm nay đã dùng hết. Ngày mai hãy soạn lại: văn bản sẽ được tạo thành bản mới.',
        );
      }
      if (kind === 'notAllowedUrl') {
        return driveFailure(
          'Bản cài đặt chưa cho phép lưu vào Google Drive',
          'Bản tiện ích đang dùng chưa khai báo địa chỉ tải tệp lên Google Drive (urlFetchWhitelist). Báo người quản trị cài đặt PTĐV cập nhật tiện ích.',
        );
      }
      // A timeout may come after Drive stored the file: do not send it twice.
      return driveFailure(
        'Không kết nối được Google Drive',
        'Mạng chậm hoặc mất kết nối khi đang lưu văn bản lên Google Drive. Có thể tệp vẫn đã được tạo: xem thư mục “Drive của tôi” trước khi soạn lại (soạn lại sẽ tạo bản mới, không ghi đè).',
      );
    }
    const status = response.getResponseCode();
    if (status === 200 || status === 201) {
      let body: { id?: unknown; name?: unknown; mimeType?: unknown; webViewLink?: unknown } = {};
      try {
        body = JSON.parse(response.getContentText());
      } catch {
        body = {};
      }
      if (typeof body.id !== 'string' || body.id === '') {
        return driveFailure(
          'Google Drive trả lời không đúng dạng',
          'Google Drive đã nhận văn bản nhưng không cho biết tệp ở đâu. Xem thư mục “Drive của tôi”; nếu không thấy, hãy soạn lại.',
          status,
        );
      }
      const converted = body.mimeType === undefined || body.mimeType === GOOGLE_DOC_TYPE;
      const url =
        typeof body.webViewLink === 'string'
          ? body.webViewLink
          : `https://docs.google.com/document/d/${encodeURIComponent(body.id)}/edit`;
      return {
        ok: true,
        file: { id: body.id, name: typeof body.name === 'string' ? body.name : name, url, converted },
      };
    }
    last = response;
    if ((status === 429 || status >= 500) && attempt < ATTEMPTS) {
      s.Utilities.sleep(1000 * 2 ** (attempt - 1));
      continue;
    }
    break;
  }
  const status = last?.getResponseCode();
  const { reason, message } = last ? reasonOf(last) : {};
  const said = message ? ` (Google: “${message}”)` : '';
  if (status === 401) {
    return driveFailure(
      'Google chưa xác nhận quyền lưu tệp',
      `Phiên làm việc với Google Drive đã hết hạn${said}. Hãy tải lại bảng tính rồi soạn lại.`,
      status,
    );
  }
  if (status === 403 && reason === 'storageQuotaExceeded') {
    return driveFailure(
      'Google Drive đã đầy',
      'Dung lượng Google Drive của tài khoản này đã hết, nên không lưu được văn bản. Hãy xóa bớt tệp (hoặc dọn thùng rác) rồi soạn lại.',
      status,
    );
  }
  if (status === 429 || (status === 403 && /rateLimit/i.test(reason ?? ''))) {
    return driveFailure(
      'Google Drive đang bận',
      'Google Drive đang nhận quá nhiều yêu cầu từ tài khoản này. Chờ vài phút rồi soạn lại.',
      status,
    );
  }
  if (status === 403) {
    return driveFailure(
      'Google Drive từ chối lưu văn bản',
      `Google Drive không cho tiện ích tạo tệp${said}. Hãy đóng rồi mở lại bảng tính và cho phép PTĐV “tạo tệp trên Google Drive” khi Google hỏi; nếu tài khoản do cơ quan quản lý, hỏi người quản trị Google Workspace.`,
      status,
    );
  }
  if (status !== undefined && status >= 500) {
    return driveFailure(
      'Google Drive đang gặp sự cố',
      `Đã thử ${ATTEMPTS} lần, Google Drive vẫn báo lỗi phía máy chủ của Google. Hãy soạn lại sau ít phút.`,
      status,
    );
  }
  return driveFailure(
    'Google Drive chưa nhận văn bản',
    `Google Drive ${statusInWords(status)}${said}. Hãy soạn lại; nếu vẫn lỗi, báo người hỗ trợ kèm câu này.`,
    status,
  );
}
