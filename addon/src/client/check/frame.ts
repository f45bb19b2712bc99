/** The sidebar's frame around the results: header, primary button and progress, notices, the first run, actions, notes, footer. */
import type { CheckResult, Notice, SidebarState, TemplateReport } from '../../common/model.ts';
import { actionsSection } from '../actions/index.ts';
import { type Child, h } from '../dom.ts';
import { runCheck, runTemplate } from './run.ts';
import { act, ui } from './state.ts';
import { summaryLine } from './summaryLine.ts';

export function headerView(init: SidebarState, result: CheckResult | null): HTMLElement {
  const unit = result?.unitName ?? init.unitName;
  const when = result?.checkedAtText ?? init.lastCheck?.atText;
  const rules = result?.rulesLabel ?? init.lastCheck?.rulesLabel;
  const mode = result?.mode ?? init.lastCheck?.mode;
  return h(
    'header',
    { class: 'top' },
    h('div', {
      class: 'unit',
      text: unit ?? 'PTĐV — Phát triển đảng viên',
      title: unit ? '' : 'Ghi “Tên chi bộ” ở bảng “Cấu hình”',
    }),
    when
      ? h(
          'div',
          { class: 'meta' },
          `Kiểm tra lúc ${when}`,
          mode === 'local'
            ? h('span', {
                class: 'chip local',
                text: 'kiểm tra tại chỗ',
                title: 'Dùng bộ quy tắc đi kèm tiện ích, không qua máy chủ',
              })
            : null,
        )
      : h('div', { class: 'meta', text: 'Chưa kiểm tra lần nào' }),
    rules ? h('div', { class: 'meta rules', text: rules }) : null,
  );
}

export function primaryView(init: SidebarState): HTMLElement {
  const box = h('div', { class: 'primary-box' });
  if (init.hasList) {
    box.append(
      h('button', {
        class: 'primary',
        text: ui.running ? 'Đang kiểm tra…' : 'Kiểm tra danh sách',
        onclick: () => void runCheck(),
        disabled: ui.running,
        attrs: { id: 'check' },
      }),
    );
  }
  const r = ui.result;
  if (r && !ui.progress && !ui.failure) {
    box.append(h('div', { class: 'summary-line', text: summaryLine(r) }));
  }
  if (ui.progress) {
    box.append(
      h(
        'div',
        { class: 'progress', attrs: { role: 'status' } },
        h(
          'div',
          { class: 'bar' },
          h('div', {
            class: 'fill',
            style: `width:${Math.round(Math.max(0.03, ui.progress.fraction) * 100)}%`,
          }),
        ),
        h('div', { class: 'progress-text', text: ui.progress.text }),
      ),
    );
  }
  return box;
}

export function noticeView(n: Notice): HTMLElement {
  return h(
    'div',
    { class: `notice ${n.level}`, attrs: { role: n.level === 'error' ? 'alert' : 'note' } },
    h('strong', { text: n.title }),
    h('p', { text: n.text }),
  );
}

/** The last good result kept under a failed check's error: said to be the previous check's, dimmed (.stale). */
export function staleView(at: string, children: Child[]): HTMLElement {
  return h(
    'div',
    { class: 'stale' },
    h('p', { text: `Kết quả lần kiểm tra trước (lúc ${at}), chưa tính thay đổi sau đó:` }),
    ...children,
  );
}

export function templateView(t: TemplateReport): HTMLElement {
  return h(
    'div',
    { class: 'notice info' },
    h('strong', { text: t.changed ? 'Đã tạo bảng mẫu' : 'Bảng đã đủ theo mẫu' }),
    h('ul', {}, ...t.lines.map((l) => h('li', { text: l }))),
  );
}

export function emptyView(): HTMLElement {
  return h(
    'section',
    { class: 'empty' },
    h('p', { class: 'big', text: 'Chưa có danh sách — bấm Tạo bảng mẫu để bắt đầu.' }),
    h('p', {
      text: 'Tiện ích sẽ tạo các bảng Quần chúng, Đảng viên, Chỉ tiêu, Ngày nghỉ và Cấu hình, có ghi chú hướng dẫn ở từng cột và một dòng ví dụ.',
    }),
    h('button', {
      class: 'primary',
      text: 'Tạo bảng mẫu',
      onclick: () => void runTemplate(),
      disabled: ui.running,
      attrs: { id: 'template' },
    }),
  );
}

export function firstRunView(init: SidebarState): HTMLElement {
  return h(
    'section',
    { class: 'hint' },
    h('p', {
      text: init.lastCheck
        ? 'Số liệu trên là của lần kiểm tra trước. Bấm “Kiểm tra danh sách” để xem chi tiết từng người.'
        : 'Bấm “Kiểm tra danh sách” để biết ai đủ điều kiện xét kết nạp, từ ngày nào, và còn thiếu giấy tờ gì. Kết quả ghi vào các cột xám và ghi chú trên từng ô.',
    }),
  );
}

export function actionsView(init: SidebarState): HTMLElement {
  return actionsSection(
    init.hasList
      ? h('button', {
          class: 'link',
          text: 'Tạo bảng mẫu / bổ sung cột còn thiếu',
          onclick: () => void runTemplate(),
          disabled: ui.running,
        })
      : null,
  );
}

export function infoView(result: CheckResult): HTMLElement | null {
  const lines = [...result.info];
  if (result.hasExampleRow) lines.unshift('Bảng còn dòng ví dụ — xóa đi khi nhập danh sách thật.');
  if (lines.length === 0) return null;
  return h(
    'section',
    { class: 'info' },
    h('button', {
      class: 'link',
      text: `${ui.showInfo ? '▾' : '▸'} Ghi chú khi đọc bảng (${lines.length})`,
      onclick: act(() => {
        ui.showInfo = !ui.showInfo;
      }),
    }),
    ui.showInfo ? h('ul', {}, ...lines.map((l) => h('li', { text: l }))) : null,
  );
}

/** A small padlock drawn inline (no emoji font needed, nothing fetched). */
export function lockIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '12');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'lock');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 1 0-4 0v2z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

export function footerView(init: SidebarState): HTMLElement {
  return h(
    'footer',
    {},
    h('p', { class: 'privacy' }, lockIcon(), 'Họ tên và thông tin cá nhân không rời khỏi bảng tính này.'),
    h('button', {
      class: 'link',
      text: ui.showHelp ? 'Ẩn hướng dẫn' : 'Hướng dẫn',
      onclick: act(() => {
        ui.showHelp = !ui.showHelp;
      }),
    }),
    ui.showHelp
      ? h(
          'ol',
          { class: 'help' },
          h('li', {
            text: 'Lần đầu: bấm “Tạo bảng mẫu”. Mỗi cột có ghi chú hướng dẫn (rê chuột lên tiêu đề).',
          }),
          h('li', { text: 'Ghi ngày theo dạng dd/mm/yyyy. Cột xám do tiện ích ghi — không cần nhập.' }),
          h('li', {
            text: 'Bấm “Kiểm tra danh sách”: ô đỏ là việc còn chặn kết nạp, ô vàng là việc cần chú ý; rê chuột lên ô để đọc ghi chú.',
          }),
          h('li', { text: 'Người giới thiệu và đảng viên giúp đỡ: ghi họ tên đúng như ở bảng “Đảng viên”.' }),
          h('li', { text: 'Máy chủ chỉ nhận mã dòng, ngày tháng và các ô Có/Không — không nhận họ tên.' }),
        )
      : null,
    h('p', { class: 'version', text: `PTĐV ${init.version}` }),
  );
}
