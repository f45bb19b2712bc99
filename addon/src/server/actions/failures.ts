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

/**
 * No "Quần chúng" tab. When a tab's name contains it ("Quần chúng 2026"), that is most likely the
 * list: say to rename it, since "Tạo bảng mẫu" would add a second, empty list beside it.
 */
export function noListFailure(similarTab?: string): Failure {
  return {
    ok: false,
    kind: 'noList',
    title: 'Chưa có danh sách',
    text:
      similarTab === undefined
        ? 'Chưa có bảng “Quần chúng” — bấm “Tạo bảng mẫu” để bắt đầu.'
        : `Chưa có bảng tên “Quần chúng”. Nếu danh sách ở bảng “${similarTab}”, đổi tên bảng đó thành “Quần chúng” rồi kiểm tra lại; nếu chưa có danh sách, bấm “Tạo bảng mẫu” để bắt đầu.`,
  };
}
