/** "Gửi báo cáo": the year and a note, then the receipt and the figures sent. */
import type { FigureLine, ReportForm, ReportResult } from '../../common/model.ts';
import { h } from '../dom.ts';
import { redraw, run, runButton, session } from './session.ts';
import { busyLine, failureView, field, formPending, notice, select } from './widgets.ts';

interface ReportState {
  reportForm: ReportForm | null;
  report: { year: string; note: string };
  reportResult: ReportResult | null;
}

const st: ReportState = {
  reportForm: null,
  report: { year: '', note: '' },
  reportResult: null,
};

export function openReport(): void {
  session.panel = session.panel === 'report' ? null : 'report';
  session.failure = null;
  if (session.panel === 'report' && st.reportForm === null) {
    void run<ReportForm>('reportForm', 'sidebarReportForm', [], (f) => {
      st.reportForm = f;
      st.report.year = String(f.year);
    });
  }
  redraw();
}

export function figuresTable(lines: FigureLine[]): HTMLElement {
  return h(
    'table',
    { class: 'figures' },
    h(
      'tbody',
      {},
      ...lines.map((l) =>
        h(
          'tr',
          { class: l.sub ? 'sub' : '' },
          h('td', { text: l.sub ? `trong đó ${l.label}` : l.label }),
          h('td', { class: 'n', text: String(l.value) }),
        ),
      ),
    ),
  );
}

export function reportPanel(): HTMLElement {
  const f = st.reportForm;
  if (f === null) return formPending('Đang mở…');
  const sent = f.sent[st.report.year];
  const r = st.reportResult;
  return h(
    'div',
    { class: 'form', attrs: { id: 'report-form' } },
    h('p', {
      class: 'small muted',
      text: f.unitId
        ? `Gửi cho cấp trên: số liệu của ${f.unitName ?? 'chi bộ ghi ở bảng “Cấu hình”'}.`
        : 'Chưa có “Mã đơn vị” ở bảng “Cấu hình”.',
    }),
    field(
      'Năm',
      select(
        'report-year',
        st.report.year,
        f.years.map((y) => [String(y), String(y)]),
        (v) => (st.report.year = v),
      ),
    ),
    field(
      'Ghi chú cho cấp trên (không bắt buộc)',
      h('textarea', {
        attrs: { id: 'report-note', rows: '2', maxlength: '2000' },
        text: st.report.note,
        oninput: (v) => (st.report.note = v),
      }),
    ),
    sent
      ? h('p', {
          class: 'small muted',
          text: `Đã gửi năm ${st.report.year}: lần nộp số ${sent.revision} lúc ${sent.atText}. Gửi lại cùng số liệu không tạo bản mới.`,
        })
      : null,
    runButton(
      'report-run',
      'report',
      'Gửi báo cáo',
      'Đang gửi…',
      () =>
        void run<ReportResult>(
          'report',
          'sidebarReport',
          [{ year: Number(st.report.year), note: st.report.note }],
          (res) => {
            st.reportResult = res;
            f.sent[String(res.year)] = { revision: res.revision, atText: res.submittedAtText };
          },
        ),
      !f.backendConfigured,
    ),
    f.backendConfigured
      ? null
      : h('p', { class: 'small muted', text: 'Cần “Địa chỉ máy chủ” ở bảng “Cấu hình” để gửi.' }),
    busyLine('report'),
    failureView(session.failure),
    r
      ? h(
          'div',
          { class: 'report-result', attrs: { id: 'report-result' } },
          // one notice, its words chosen inside (the sidebar stays under 40 KB)
          notice({
            level: 'info',
            title: `${r.created ? 'Đã gửi —' : 'Số liệu không đổi — vẫn là'} lần nộp số ${r.revision}`,
            text: r.created
              ? `Cấp trên đã nhận số liệu năm ${r.year} của ${f.unitName || 'chi bộ'} lúc ${r.submittedAtText}.`
              : `Cấp trên đã có đúng các số liệu này (gửi lúc ${r.submittedAtText}); máy chủ không tạo bản mới.`,
          }),
          // what the server found beside the receipt (the superior's targets differ from the tab)
          ...r.notices.map(notice),
          h('div', {
            class: 'small muted',
            text: 'Đã gửi (chỉ số liệu — không có họ tên, không có mã dòng):',
          }),
          figuresTable(r.figures),
        )
      : null,
  );
}
