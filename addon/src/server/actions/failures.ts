/** The failures several actions answer with, in the sidebar's words. */
import type { Failure, Notice } from '../../common/model.ts';

export function invalid(title: string, text: string): Failure {
  return { ok: false, kind: 'invalid', title, text };
}

/** A backend notice as the sidebar's failure. */
export function backendFailure(notice: Notice): Failure {
  return { ok: false, kind: 'backend', level: notice.level, title: notice.title, text: notice.text };
}

export function busyFailure(): Failure {
  return {
    ok: false,
    kind: 'busy',
    title: 'Đang có một lần kiểm tra khác',
    text: 'Bảng tính này đang được kiểm tra (có thể do người khác, hoặc bạn vừa bấm hai lần). Chờ khoảng một phút rồi bấm lại.',
  };
}

export function noListFailure(): Failure {
  return {
    ok: false,
    kind: 'noList',
    title: 'Chưa có danh sách',
    text: 'Chưa có bảng “Quần chúng” — bấm “Tạo bảng mẫu” để bắt đầu.',
  };
}
