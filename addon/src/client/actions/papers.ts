/**
 * "Văn bản cuộc họp": pick a meeting of the "Họp chi bộ" tab, see which papers it gives and why
 * any cannot be drafted, then draft them all in one click; each Doc is listed with its link.
 */
import type { MeetingChoice, PaperDoc, PapersForm, PapersResult } from '../../common/model.ts';
import { call } from '../api.ts';
import { h } from '../dom.ts';
import { redraw, run, runButton, session } from './session.ts';
import { busyLine, failureView, field, formPending, notice, select, text } from './widgets.ts';

interface PapersState {
  form: PapersForm | null;
  row: string;
  signer: string;
  result: PapersResult | null;
}

const ps: PapersState = { form: null, row: '', signer: '', result: null };

/** Opens (or closes) the panel; loads the form the first time. */
export function openPapers(): void {
  session.panel = session.panel === 'papers' ? null : 'papers';
  session.failure = null;
  if (session.panel === 'papers' && ps.form === null) loadForm();
  redraw();
}

function loadForm(): void {
  void run<PapersForm>('papersForm', 'sidebarPapersForm', [], (f) => {
    ps.form = f;
    ps.signer = f.signer;
    const drafts = f.meetings.filter((m) => m.papers.length > 0);
    const latest = drafts[drafts.length - 1] ?? f.meetings[f.meetings.length - 1];
    ps.row = latest ? String(latest.row) : '';
  });
}

function paperList(m: MeetingChoice): HTMLElement {
  return h(
    'ul',
    { class: 'paper-list', attrs: { id: 'papers-list' } },
    ...m.papers.map((p) =>
      h(
        'li',
        { class: p.refusals.length > 0 ? 'paper-item refused' : 'paper-item' },
        h('strong', { text: `${p.refusals.length > 0 ? '✗' : '✓'} ${p.title}` }),
        p.who ? h('span', { text: ` — ${p.who}` }) : null,
        ...p.refusals.map((r) => h('p', { class: 'small refusal', text: r })),
      ),
    ),
  );
}

function docView(d: PaperDoc, i: number): HTMLElement {
  return h(
    'div',
    { class: 'paper-doc', attrs: { id: `paper-doc-${i}` } },
    h('strong', { text: d.who ? `${d.title} — ${d.who}` : d.title }),
    d.doc
      ? h('a', {
          class: 'doc-link',
          text: d.doc.converted
            ? 'Mở trong Google Docs ↗'
            : 'Tải tệp .docx (bản xem thử không có Google Drive)',
          attrs: d.doc.converted
            ? { href: d.doc.url, target: '_blank', rel: 'noopener' }
            : { href: d.doc.url, download: `${d.doc.name}.docx` },
        })
      : null,
    d.html === null ? null : ' · ',
    d.html === null
      ? null
      : h('button', {
          class: 'link',
          text: 'Xem nội dung',
          onclick: () => void call('sidebarShowDocument', d.title, d.html).catch(() => undefined),
        }),
    ...d.notices.map((n) => h('div', { class: 'small muted', text: `${n.title}: ${n.text}` })),
  );
}

export function papersPanel(): HTMLElement {
  const f = ps.form;
  if (f === null) return formPending('Đang đọc bảng “Họp chi bộ”…');
  if (f.meetings.length === 0)
    return h(
      'div',
      { class: 'form', attrs: { id: 'papers-form' } },
      notice({
        level: 'info',
        title: 'Chưa có cuộc họp nào',
        text: 'Ghi cuộc họp vào bảng “Họp chi bộ” (bấm “Tạo bảng mẫu” nếu chưa có bảng này): ngày họp, chủ trì, thư ký, người vắng. Người được xét là các dòng có ngày nghị quyết chi bộ trùng ngày họp.',
      }),
    );
  const m = f.meetings.find((x) => String(x.row) === ps.row) ?? f.meetings[0]!;
  const drafting = m.papers.filter((p) => p.refusals.length === 0).length;
  return h(
    'div',
    { class: 'form', attrs: { id: 'papers-form' } },
    f.missing.length > 0
      ? notice({
          level: 'warning',
          title: 'Thiếu thông tin ở bảng “Cấu hình”',
          text: `Ghi ${f.missing.map((x) => `“${x}”`).join(', ')} trước khi soạn.`,
        })
      : null,
    field(
      'Cuộc họp',
      select(
        'papers-meeting',
        String(m.row),
        f.meetings.map((x) => [String(x.row), `Họp ngày ${x.label}`]),
        (v) => {
          ps.row = v;
          ps.result = null;
        },
      ),
    ),
    ...m.problems.map((p) => notice({ level: 'warning', title: 'Cần xem lại bảng tính', text: p })),
    m.papers.length > 0
      ? paperList(m)
      : h('p', { class: 'small muted', text: 'Cuộc họp này không xét ai: không có văn bản để soạn.' }),
    // the papers carry no number the secretary did not give: said before they look for one
    m.papers.some((p) => p.kind !== 'minutes-extract')
      ? h('p', {
          class: 'small muted',
          attrs: { id: 'papers-number-hint' },
          text: 'Số của mỗi nghị quyết để trống (“Số …-NQ/CB”): ghi theo sổ văn bản của chi bộ, mỗi nghị quyết một số.',
        })
      : null,
    field(
      'Người ký (bí thư)',
      text('papers-signer', ps.signer, (v) => (ps.signer = v)),
      'Họ tên điền vào văn bản ngay trong Google, không gửi lên máy chủ.',
    ),
    f.backendConfigured
      ? null
      : h('p', {
          class: 'small muted',
          text: 'Chưa có “Địa chỉ máy chủ”: chỉ xem được nội dung, chưa tạo được Google Doc.',
        }),
    runButton(
      'papers-run',
      'papers',
      drafting > 1 ? `Soạn ${drafting} văn bản` : 'Soạn văn bản',
      'Đang soạn…',
      () =>
        void run<PapersResult>('papers', 'sidebarPapers', [{ row: m.row, signer: ps.signer }], (r) => {
          ps.result = r;
        }),
      drafting === 0 || f.missing.length > 0,
    ),
    busyLine('papers'),
    failureView(session.failure),
    ps.result
      ? h(
          'div',
          { class: 'doc-result', attrs: { id: 'papers-result' } },
          ps.result.versionText ? h('p', { class: 'small', text: ps.result.versionText }) : null,
          ...ps.result.notices.map(notice),
          ...ps.result.docs.map(docView),
        )
      : null,
  );
}
