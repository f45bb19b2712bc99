/**
 * A drafted document's way to the user: names filled into the .docx, a version number held,
 * the upload as a Google Doc, the version remembered — and its HTML for the sidebar. Shared by
 * the cell's plan and the superior's report.
 */

import type { DocumentModel } from '../../../../shared/documents/model.ts';
import { fillNames, nameTokensIn } from '../../../../shared/documents/names.ts';
import { DOCUMENT_CSS, renderHtml } from '../../../../shared/documents/render/html.ts';
import { type DocVersion, type Failure, type Notice, notice } from '../../common/model.ts';
import type { Clock } from '../adapters/clock.ts';
import { withDocumentLock } from '../adapters/lock.ts';
import type { BlobLike, Services } from '../adapters/services.ts';
import { BLANK_NAME, fillDocxNames } from './docx.ts';
import { uploadAsGoogleDoc } from './drive.ts';
import { type DocKind, finishVersion, reserveVersion, versionSentence, versionsOf } from './versions.ts';

/** The model as HTML with its styles, names filled in (a name the sheet lacks: a blank line). */
export function documentHtml(model: DocumentModel, names: Readonly<Record<string, string>>): string {
  const html = fillNames(renderHtml(model), names);
  const blank: Record<string, string> = {};
  for (const key of nameTokensIn(html)) blank[key] = BLANK_NAME;
  return `<style>${DOCUMENT_CSS}</style>${fillNames(html, blank)}`;
}

/**
 * The worker writes the documents: without "Địa chỉ máy chủ" nothing is drafted, and the sidebar
 * says so plainly (`what`: "Kế hoạch", "Văn bản cuộc họp").
 */
export function needsBackend(what: string): Failure {
  return {
    ok: false,
    kind: 'backend',
    level: 'info',
    title: 'Soạn văn bản cần kết nối máy chủ PTĐV',
    text: `${what} do máy chủ PTĐV soạn, mà bảng “Cấu hình” chưa có “Địa chỉ máy chủ”. Khi cấp trên cung cấp địa chỉ máy chủ, ghi vào bảng “Cấu hình” rồi soạn lại. “Kiểm tra danh sách” vẫn chạy ngay trên bảng tính.`,
  };
}

export interface Published {
  doc: DocVersion | null;
  previous: DocVersion[];
  versionText: string | null;
  notices: Notice[];
  /** how many names were filled in, and the keys left without a name */
  namesFilled: number;
  unnamed: string[];
}

export function busyDocument(): Failure {
  return {
    ok: false,
    kind: 'busy',
    title: 'Bảng tính đang bận',
    text: 'Một lần kiểm tra hoặc soạn văn bản khác đang chạy trên bảng tính này. Chờ khoảng một phút rồi bấm lại.',
  };
}

/**
 * Fills the names into `docx`, uploads it as a Google Doc named `title` (with “(bản N)” from the
 * second version on) and remembers it. Failures are notices: the caller still shows the HTML.
 */
export function publishDocx(
  s: Services,
  input: {
    kind: DocKind;
    year: number;
    title: string;
    docx: BlobLike;
    names: Readonly<Record<string, string>>;
    clock: Clock;
    /** the number the document was issued under, remembered with its version */
    number?: string;
  },
): Published | Failure {
  const previous = versionsOf(s, input.kind, input.year);
  const notices: Notice[] = [];
  const filled = fillDocxNames(s, input.docx, input.names, `${input.title}.docx`);
  if (!filled.ok) {
    return {
      doc: null,
      previous,
      versionText: null,
      namesFilled: 0,
      unnamed: [],
      notices: [
        notice(
          'error',
          'Máy chủ trả về tệp không phải văn bản Word',
          'Tệp nhận được từ máy chủ PTĐV không mở được (không phải .docx). Kiểm tra “Địa chỉ máy chủ” ở bảng “Cấu hình” rồi soạn lại.',
        ),
      ],
    };
  }
  const reserved = withDocumentLock(s, () => reserveVersion(s, input.kind, input.year, input.clock.atText));
  if (!reserved.ok) return busyDocument();
  const version = reserved.value;
  const name = version > 1 ? `${input.title} (bản ${version})` : input.title;
  const upload = uploadAsGoogleDoc(s, filled.blob, name);
  let doc: DocVersion | null = null;
  if (upload.ok) {
    doc = {
      version,
      atText: input.clock.atText,
      name: upload.file.name,
      url: upload.file.url,
      converted: upload.file.converted,
      ...(input.number ? { number: input.number } : {}),
    };
  } else {
    notices.push(upload.notice);
  }
  // Releasing a number must not fail silently: retry the lock a little longer.
  const finished = withDocumentLock(s, () => finishVersion(s, input.kind, input.year, version, doc), 15_000);
  if (!finished.ok && doc !== null) {
    notices.push(
      notice(
        'warning',
        'Chưa ghi nhớ được bản vừa tạo',
        `Văn bản đã lưu trên Google Drive (“${doc.name}”), nhưng bảng tính đang bận nên tiện ích chưa ghi nhớ được bản này trong danh sách các bản.`,
      ),
    );
  }
  if (filled.unnamed.length > 0) {
    notices.push(
      notice(
        'warning',
        'Còn chỗ chưa có họ tên',
        `${filled.unnamed.length} chỗ cần ghi họ tên chưa tìm thấy tên trong bảng tính (mã ${filled.unnamed.slice(0, 5).join(', ')}${filled.unnamed.length > 5 ? '…' : ''}); văn bản để trống “${BLANK_NAME}” để ghi tay.`,
      ),
    );
  }
  return {
    doc,
    previous,
    versionText: doc ? versionSentence(version, previous) : null,
    notices,
    namesFilled: filled.filled,
    unnamed: filled.unnamed,
  };
}
