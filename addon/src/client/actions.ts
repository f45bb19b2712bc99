/**
 * The sidebar's forms besides the check: "Soạn kế hoạch" and "Gửi báo cáo" for the secretary,
 * and the superior's panel (Tổng hợp các chi bộ, Giao chỉ tiêu, Soạn báo cáo). Each form is
 * short, prefilled by the server, and keeps what was typed across redraws (the state below).
 */
import type {
  ActionId,
  AggregateResult,
  DocumentResult,
  DocVersion,
  Failure,
  FigureLine,
  Notice,
  PlanForm,
  ReportForm,
  ReportResult,
  SuperiorState,
  TargetsResult,
} from '../common/model.ts';
import { call } from './api.ts';
import { type Child, h } from './dom.ts';

type Panel = 'plan' | 'report' | null;

interface ActionsState {
  panel: Panel;
  busy: string | null;
  failure: Failure | null;
  planForm: PlanForm | null;
  plan: { year: string; number: string; date: string; signer: string };
  planResult: DocumentResult | null;
  reportForm: ReportForm | null;
  report: { year: string; note: string };
  reportResult: ReportResult | null;
  superiorOpen: boolean;
  superior: SuperiorState | null;
  superiorFailure: Failure | null;
  year: string;
  aggregate: AggregateResult | null;
  targets: TargetsResult | null;
  superiorReportOpen: boolean;
  sr: Record<'period' | 'number' | 'date' | 'superiorName' | 'place' | 'signerTitle' | 'signer', string>;
  superiorDoc: DocumentResult | null;
}

const st: ActionsState = {
  panel: null,
  busy: null,
  failure: null,
  planForm: null,
  plan: { year: '', number: '', date: '', signer: '' },
  planResult: null,
  reportForm: null,
  report: { year: '', note: '' },
  reportResult: null,
  superiorOpen: false,
  superior: null,
  superiorFailure: null,
  year: '',
  aggregate: null,
  targets: null,
  superiorReportOpen: false,
  sr: {
    period: 'year',
    number: '',
    date: '',
    superiorName: '',
    place: '',
    signerTitle: 'Bí thư',
    signer: '',
  },
  superiorDoc: null,
};

let redraw: () => void = () => undefined;

function isFailure(x: unknown): x is Failure {
  return typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false;
}

function asFailure(e: unknown): Failure {
  return { ok: false, kind: 'unexpected', title: 'Không chạy được', text: (e as Error).message };
}

/** Runs a server call with a busy line; the answer or the failure goes where `done` says. */
async function run<T>(
  busy: string,
  fn: string,
  args: unknown[],
  done: (v: T) => void,
  fail?: (f: Failure) => void,
) {
  if (st.busy) return;
  st.busy = busy;
  st.failure = null;
  redraw();
  try {
    const value = await call<T | Failure>(fn, ...args);
    if (isFailure(value)) (fail ?? ((f) => (st.failure = f)))(value);
    else done(value as T);
  } catch (e) {
    (fail ?? ((f) => (st.failure = f)))(asFailure(e));
  } finally {
    st.busy = null;
    redraw();
  }
}

/** A form's primary button: its label says when its own call runs, and any running call disables it. */
function runButton(
  id: string,
  busy: string,
  label: string,
  working: string,
  onclick: () => void,
  blocked = false,
): HTMLElement {
  return h('button', {
    class: 'primary',
    text: st.busy === busy ? working : label,
    disabled: st.busy !== null || blocked,
    attrs: { id },
    onclick,
  });
}

function notice(n: Notice): HTMLElement {
  return h(
    'div',
    { class: `notice ${n.level}`, attrs: { role: n.level === 'error' ? 'alert' : 'note' } },
    h('strong', { text: n.title }),
    h('p', { text: n.text }),
  );
}

function failureView(f: Failure | null): Child {
  return f
    ? notice({
        level: f.level ?? (f.kind === 'notSuperior' ? 'info' : 'error'),
        title: f.title,
        text: f.text,
      })
    : null;
}

function busyLine(what: string): Child {
  return st.busy === what
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
};

function field(label: string, input: HTMLElement, hint?: string): HTMLElement {
  return h(
    'label',
    { class: 'field' },
    h('span', { class: 'label', text: label }),
    input,
    hint ? h('span', { class: 'hint', text: hint }) : null,
  );
}

function text(id: string, value: string, set: (v: string) => void, placeholder = ''): HTMLInputElement {
  return h('input', { attrs: { id, type: 'text', value, placeholder, autocomplete: 'off' }, oninput: set });
}

function select(
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

function versionsLine(list: DocVersion[] | undefined): Child {
  if (!list || list.length === 0) return null;
  const newest = list[0]!;
  return h('p', {
    class: 'small muted',
    text: `Đã có ${list.length} bản (bản ${newest.version} lúc ${newest.atText}). Soạn lại sẽ tạo bản mới, không ghi đè bản cũ.`,
  });
}

/** The document: its link, the versions sentence, the notices, its HTML. */
function documentView(r: DocumentResult, id: string): HTMLElement {
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

// ---------------------------------------------------------------------------------------------
// Soạn kế hoạch

function openPlan(): void {
  st.panel = st.panel === 'plan' ? null : 'plan';
  st.failure = null;
  if (st.panel === 'plan' && st.planForm === null) {
    void run<PlanForm>('planForm', 'sidebarPlanForm', [], (f) => {
      st.planForm = f;
      st.plan = { year: String(f.year), number: f.number, date: f.date, signer: f.signer };
    });
  }
  redraw();
}

function planPanel(): HTMLElement {
  const f = st.planForm;
  if (f === null)
    return h(
      'div',
      { class: 'form' },
      failureView(st.failure),
      st.busy ? h('p', { class: 'small muted', text: 'Đang mở…' }) : null,
    );
  const p = st.plan;
  return h(
    'div',
    { class: 'form', attrs: { id: 'plan-form' } },
    h('p', {
      class: 'small muted',
      text: `${f.unitName || 'Chi bộ'} · cấp trên: ${f.superiorName || '—'} · ${f.place || '—'}`,
    }),
    f.missing.length > 0
      ? notice({
          level: 'warning',
          title: 'Thiếu thông tin ở bảng “Cấu hình”',
          text: `Ghi ${f.missing.map((m) => `“${m}”`).join(', ')} trước khi soạn.`,
        })
      : null,
    h(
      'div',
      { class: 'grid2' },
      field(
        'Năm',
        select(
          'plan-year',
          p.year,
          f.years.map((y) => [String(y), String(y)]),
          (v) => (p.year = v),
        ),
      ),
      field(
        'Số văn bản',
        text('plan-number', p.number, (v) => (p.number = v), 'vd. 05-KH/CB'),
      ),
    ),
    field(
      'Ngày ban hành',
      text('plan-date', p.date, (v) => (p.date = v), 'dd/mm/yyyy'),
    ),
    field(
      'Người ký (bí thư)',
      text('plan-signer', p.signer, (v) => (p.signer = v)),
      'Họ tên điền vào văn bản ngay trong Google, không gửi lên máy chủ.',
    ),
    versionsLine(f.versions[p.year]),
    f.backendConfigured
      ? null
      : h('p', {
          class: 'small muted',
          text: 'Chưa có “Địa chỉ máy chủ”: chỉ xem được nội dung, chưa tạo được Google Doc.',
        }),
    runButton(
      'plan-run',
      'plan',
      'Soạn kế hoạch',
      'Đang soạn…',
      () =>
        void run<DocumentResult>(
          'plan',
          'sidebarPlan',
          [{ year: Number(p.year), number: p.number, date: p.date, signer: p.signer }],
          (r) => {
            st.planResult = r;
            if (r.doc && st.planForm) st.planForm.versions[String(r.year)] = [r.doc, ...r.previous];
          },
        ),
    ),
    busyLine('plan'),
    failureView(st.failure),
    st.planResult ? documentView(st.planResult, 'plan-result') : null,
  );
}

// ---------------------------------------------------------------------------------------------
// Gửi báo cáo

function openReport(): void {
  st.panel = st.panel === 'report' ? null : 'report';
  st.failure = null;
  if (st.panel === 'report' && st.reportForm === null) {
    void run<ReportForm>('reportForm', 'sidebarReportForm', [], (f) => {
      st.reportForm = f;
      st.report.year = String(f.year);
    });
  }
  redraw();
}

function figuresTable(lines: FigureLine[]): HTMLElement {
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

function reportPanel(): HTMLElement {
  const f = st.reportForm;
  if (f === null)
    return h(
      'div',
      { class: 'form' },
      failureView(st.failure),
      st.busy ? h('p', { class: 'small muted', text: 'Đang mở…' }) : null,
    );
  const sent = f.sent[st.report.year];
  const r = st.reportResult;
  return h(
    'div',
    { class: 'form', attrs: { id: 'report-form' } },
    h('p', {
      class: 'small muted',
      text: f.unitId
        ? `Gửi cho cấp trên: số liệu của ${f.unitName ?? 'chi bộ'} (mã ${f.unitId}).`
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
    failureView(st.failure),
    r
      ? h(
          'div',
          { class: 'report-result', attrs: { id: 'report-result' } },
          notice(
            r.created
              ? {
                  level: 'info',
                  title: `Đã gửi — lần nộp số ${r.revision}`,
                  text: `Cấp trên đã nhận số liệu năm ${r.year} của đơn vị ${r.unitId} lúc ${r.submittedAtText}.`,
                }
              : {
                  level: 'info',
                  title: `Số liệu không đổi — vẫn là lần nộp số ${r.revision}`,
                  text: `Cấp trên đã có đúng các số liệu này (gửi lúc ${r.submittedAtText}); máy chủ không tạo bản mới.`,
                },
          ),
          h('div', {
            class: 'small muted',
            text: 'Đã gửi (chỉ số liệu — không có họ tên, không có mã dòng):',
          }),
          figuresTable(r.figures),
        )
      : null,
  );
}

// ---------------------------------------------------------------------------------------------
// Cấp ủy cấp trên

function openSuperior(then?: ActionId): void {
  st.superiorOpen = true;
  if (st.superior === null) {
    void run<SuperiorState>(
      'superior',
      'sidebarSuperior',
      [],
      (s) => {
        st.superior = s;
        st.superiorFailure = null;
        st.year = String(s.year);
        st.sr = { ...st.sr, ...s.report };
        if (then) superiorAction(then);
      },
      (f) => (st.superiorFailure = f),
    );
  } else if (then) superiorAction(then);
  redraw();
}

function superiorAction(what: ActionId): void {
  const year = Number(st.year);
  if (what === 'aggregate')
    void run<AggregateResult>(
      'aggregate',
      'sidebarAggregate',
      [{ year }],
      (r) => (st.aggregate = r),
      (f) => (st.superiorFailure = f),
    );
  else if (what === 'targets')
    void run<TargetsResult>(
      'targets',
      'sidebarTargets',
      [{ year }],
      (r) => (st.targets = r),
      (f) => (st.superiorFailure = f),
    );
  else if (what === 'superiorReport') {
    st.superiorReportOpen = true;
    redraw();
  }
}

function aggregateView(r: AggregateResult): HTMLElement {
  const pct = r.total.target > 0 ? ` (${Math.round((r.total.admitted / r.total.target) * 100)}%)` : '';
  return h(
    'div',
    { class: 'notice info', attrs: { id: 'aggregate-result' } },
    h('strong', { text: `Đã ghi bảng “${r.sheetName}” — năm ${r.year}` }),
    h('p', {
      text: `${r.reported}/${r.units} đơn vị đã báo cáo. Đã kết nạp ${r.total.admitted}/${r.total.target} chỉ tiêu${pct}.`,
    }),
    r.notReported.length > 0 ? h('p', { text: `Chưa báo cáo: ${r.notReported.join(', ')}.` }) : null,
    r.belowTarget.length > 0
      ? h('p', { text: `Dưới chỉ tiêu (nền vàng): ${r.belowTarget.length} đơn vị.` })
      : null,
    h('p', {
      class: 'small muted',
      text: `${r.chart ? 'Biểu đồ ở bên phải bảng. ' : ''}Cập nhật lúc ${r.updatedAtText}.`,
    }),
  );
}

function targetsView(r: TargetsResult): HTMLElement {
  const head = r.created
    ? `Đã tạo bảng “${r.sheetName}”`
    : `Đã giao ${r.sent} · không đổi ${r.unchanged}${r.failed > 0 ? ` · chưa giao được ${r.failed}` : ''}`;
  return h(
    'div',
    { class: `notice ${r.failed > 0 ? 'warning' : 'info'}`, attrs: { id: 'targets-result' } },
    h('strong', { text: head }),
    h('ul', {}, ...r.lines.slice(0, 12).map((l) => h('li', { text: l }))),
  );
}

function superiorReportForm(s: SuperiorState): HTMLElement {
  const v = st.sr;
  const set = (k: keyof typeof v) => (x: string) => (v[k] = x);
  return h(
    'div',
    { class: 'form', attrs: { id: 'superior-report-form' } },
    h('p', { class: 'small muted', text: `Báo cáo của ${s.unitName}, từ số liệu các đơn vị đã gửi.` }),
    h(
      'div',
      { class: 'grid2' },
      field(
        'Kỳ',
        select(
          'sr-period',
          v.period,
          [
            ['year', 'Cả năm'],
            ['firstHalf', '6 tháng đầu năm'],
          ],
          set('period'),
        ),
      ),
      field('Số', text('sr-number', v.number, set('number'), 'vd. 12-BC/ĐU')),
    ),
    field('Ngày ban hành', text('sr-date', v.date, set('date'), 'dd/mm/yyyy')),
    field(
      'Cấp ủy cấp trên',
      text('sr-superior', v.superiorName, set('superiorName'), 'vd. Tỉnh ủy Lâm Đồng'),
    ),
    field('Địa danh', text('sr-place', v.place, set('place'))),
    h(
      'div',
      { class: 'grid2' },
      field('Chức vụ người ký', text('sr-title', v.signerTitle, set('signerTitle'))),
      field('Người ký', text('sr-signer', v.signer, set('signer'))),
    ),
    runButton(
      'sr-run',
      'superiorReport',
      'Soạn báo cáo',
      'Đang soạn…',
      () =>
        void run<DocumentResult>(
          'superiorReport',
          'sidebarSuperiorReport',
          [{ ...v, year: Number(st.year) }],
          (r) => (st.superiorDoc = r),
          (f) => (st.superiorFailure = f),
        ),
    ),
    busyLine('superiorReport'),
    st.superiorDoc ? documentView(st.superiorDoc, 'superior-report-result') : null,
  );
}

function superiorView(): HTMLElement {
  const s = st.superior;
  const box = h(
    'section',
    { class: 'superior', attrs: { id: 'superior' } },
    h('button', {
      class: 'link section-toggle',
      text: `${st.superiorOpen ? '▾' : '▸'} Dành cho cấp ủy cấp trên`,
      attrs: { id: 'superior-toggle' },
      onclick: () => {
        if (st.superiorOpen) {
          st.superiorOpen = false;
          redraw();
        } else openSuperior();
      },
    }),
  );
  if (!st.superiorOpen) return box;
  box.append(
    ...([
      s ? h('p', { class: 'small muted', text: `${s.unitName} · ${s.email}` }) : null,
      ...(s?.notices ?? []).map(notice),
      busyLine('superior'),
      s
        ? h(
            'div',
            { class: 'form' },
            field(
              'Năm',
              select(
                'superior-year',
                st.year,
                s.years.map((y) => [String(y), String(y)]),
                (v) => (st.year = v),
              ),
            ),
            h(
              'div',
              { class: 'row' },
              h('button', {
                class: 'secondary',
                text: 'Tổng hợp các chi bộ',
                disabled: st.busy !== null,
                attrs: { id: 'aggregate-run' },
                onclick: () => superiorAction('aggregate'),
              }),
              h('button', {
                class: 'secondary',
                text: 'Giao chỉ tiêu',
                disabled: st.busy !== null,
                attrs: { id: 'targets-run' },
                onclick: () => superiorAction('targets'),
              }),
            ),
            h('button', {
              class: 'secondary wide',
              text: st.superiorReportOpen ? 'Ẩn “Soạn báo cáo”' : 'Soạn báo cáo',
              disabled: st.busy !== null,
              attrs: { id: 'superior-report-open' },
              onclick: () => {
                st.superiorReportOpen = !st.superiorReportOpen;
                redraw();
              },
            }),
          )
        : null,
      busyLine('aggregate'),
      busyLine('targets'),
      failureView(st.superiorFailure),
      st.aggregate ? aggregateView(st.aggregate) : null,
      st.targets ? targetsView(st.targets) : null,
      s && st.superiorReportOpen ? superiorReportForm(s) : null,
      s
        ? null
        : h('p', {
            class: 'small muted',
            text: 'Tổng hợp số liệu mọi chi bộ trực thuộc, giao chỉ tiêu và soạn báo cáo chung — dành cho ban tổ chức đảng ủy xã, phường hoặc đảng ủy cơ sở.',
          }),
    ].filter((c): c is HTMLElement => c !== null && c !== undefined && c !== false) as HTMLElement[]),
  );
  return box;
}

// ---------------------------------------------------------------------------------------------

/** The actions section: the two secondary buttons, the open form, the superior's panel. */
export function actionsSection(extra: Child): HTMLElement {
  return h(
    'section',
    { class: 'actions' },
    h(
      'div',
      { class: 'row' },
      h('button', {
        class: `secondary${st.panel === 'plan' ? ' active' : ''}`,
        text: 'Soạn kế hoạch',
        attrs: { id: 'plan-open' },
        onclick: openPlan,
      }),
      h('button', {
        class: `secondary${st.panel === 'report' ? ' active' : ''}`,
        text: 'Gửi báo cáo',
        attrs: { id: 'report-open' },
        onclick: openReport,
      }),
    ),
    st.panel === 'plan' ? planPanel() : st.panel === 'report' ? reportPanel() : null,
    extra,
    superiorView(),
  );
}

/** Wires the redraw, and opens what a menu item asked for. */
export function initActions(rerender: () => void, open: ActionId | null | undefined): void {
  redraw = rerender;
  if (open === 'plan') openPlan();
  else if (open === 'report') openReport();
  else if (open) openSuperior(open);
}
