/** The pieces the panels are built of: notices, the busy line, fields, the document view. */
import type { DocumentResult, DocVersion, Failure, Notice } from '../../common/model.ts';
import { call } from '../api.ts';
import { type Child, h } from '../dom.ts';
import { redraw, session } from './session.ts';

export function notice(n: Notice): HTMLElement {
  return h(
    'div',
    { class: `notice ${n.level}`, attrs: { role: n.level === 'error' ? 'alert' : 'note' } },
    h('strong', { text: n.title }),
    h('p', { text: n.text }),
  );
}

export function failureView(f: Failure | null): Child {
  return f
    ? notice({
        level: f.level ?? (f.kind === 'notSuperior' ? 'info' : 'error'),
        title: f.title,
        text: f.text,
      })
    : null;
}

/** A panel whose form has not arrived yet: the failure that stopped it, or a line while it loads. */
export function formPending(loading: string): HTMLElement {
  return h(
    'div',
    { class: 'form' },
    failureView(session.failure),
    session.busy ? h('p', { class: 'small muted', text: loading }) : null,
  );
}

export function busyLine(what: string): Child {
  return session.busy === what
    ? h(
        'div',
        { class: 'progress', attrs: { role: 'status' } },
        h('div', { class: 'bar' }, h('div', { class: 'fill indeterminate' })),
        h('div', { class: 'progress-text', text: BUSY_TEXT[what] ?? 'Đang làm…' }),
      )
    : null;
}

const BUSY_TEXT: Record<string, string> = {
  plan: 'Đang soạn kế hoạch: máy chủ soạn văn bản, tiện ích điền họ tên và lưu lên Google Drive…',
  report: 'Đang tính số liệu và gửi lên cấp trên…',
  superior: 'Đang hỏi máy chủ tài khoản này phụ trách đơn vị nào…',
  aggregate: 'Đang lấy số liệu các chi bộ và ghi bảng “Tổng hợp”…',
  targets: 'Đang đọc bảng “Giao chỉ tiêu” và gửi chỉ tiêu…',
  superiorReport: 'Đang soạn báo cáo và lưu lên Google Drive…',
  papers:
    'Đang soạn văn bản cuộc họp: máy chủ soạn từng văn bản, tiện ích điền họ tên và lưu lên Google Drive…',
};

export function field(label: string, input: HTMLElement, hint?: string): HTMLElement {
  return h(
    'label',
    { class: 'field' },
    h('span', { class: 'label', text: label }),
    input,
    hint ? h('span', { class: 'hint', text: hint }) : null,
  );
}

export function text(
  id: string,
  value: string,
  set: (v: string) => void,
  placeholder = '',
): HTMLInputElement {
  return h('input', { attrs: { id, type: 'text', value, placeholder, autocomplete: 'off' }, oninput: set });
}

export function select(
  id: string,
  value: string,
  options: Array<[string, string]>,
  set: (v: string) => void,
): HTMLSelectElement {
  const el = h(
    'select',
    {
      attrs: { id },
      oninput: (v) => {
        set(v);
        redraw();
      },
    },
    ...options.map(([v, label]) => h('option', { text: label, attrs: { value: v } })),
  );
  el.value = value;
  return el;
}

export function versionsLine(list: DocVersion[] | undefined): Child {
  if (!list || list.length === 0) return null;
  const newest = list[0]!;
  return h('p', {
    class: 'small muted',
    text: `Đã có ${list.length} bản (bản ${newest.version} lúc ${newest.atText}). Soạn lại sẽ tạo bản mới, không ghi đè bản cũ.`,
  });
}

/** The document: its link, the versions sentence, the notices, its HTML. */
export function documentView(r: DocumentResult, id: string): HTMLElement {
  const doc = r.doc;
  return h(
    'div',
    { class: 'doc-result', attrs: { id } },
    doc
      ? h(
          'div',
          { class: 'notice info' },
          h('strong', { text: doc.converted ? 'Đã tạo Google Doc' : 'Đã tạo tệp .docx' }),
          h('p', { text: doc.name }),
          h('a', {
            class: 'doc-link',
            text: doc.converted
              ? 'Mở trong Google Docs ↗'
              : 'Tải tệp .docx (bản xem thử không có Google Drive)',
            attrs: doc.converted
              ? { href: doc.url, target: '_blank', rel: 'noopener' }
              : { href: doc.url, download: `${doc.name}.docx` },
          }),
          r.versionText ? h('p', { class: 'small', text: r.versionText }) : null,
        )
      : null,
    ...r.notices.map(notice),
    h(
      'div',
      { class: 'small muted doc-head' },
      'Nội dung văn bản (họ tên đã điền từ bảng tính) · ',
      h('button', {
        class: 'link',
        text: 'Xem cỡ lớn',
        attrs: { id: `${id}-full` },
        onclick: () => void call('sidebarShowDocument', r.title, r.html).catch(() => undefined),
      }),
    ),
    h('iframe', {
      class: 'doc-preview',
      title: r.title,
      attrs: {
        sandbox: '',
        srcdoc: `<!doctype html><meta charset="utf-8"><style>body{margin:8px}.ptdv-doc{font-size:11px!important;max-width:none!important}</style>${r.html}`,
      },
    }),
  );
}
