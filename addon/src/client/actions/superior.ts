/** The superior's panel: who the account is, Tổng hợp các chi bộ, Giao chỉ tiêu, Soạn báo cáo. */
import type {
  ActionId,
  AggregateResult,
  DocumentResult,
  Failure,
  SuperiorState,
  TargetsResult,
} from '../../common/model.ts';
import { h } from '../dom.ts';
import { redraw, run, runButton, session } from './session.ts';
import { busyLine, documentView, failureView, field, notice, select, text } from './widgets.ts';

interface SuperiorPanelState {
  superiorOpen: boolean;
  superior: SuperiorState | null;
  superiorFailure: Failure | null;
  year: string;
  targetsYear: string;
  aggregate: AggregateResult | null;
  targets: TargetsResult | null;
  superiorReportOpen: boolean;
  sr: Record<'period' | 'number' | 'date' | 'superiorName' | 'place' | 'signerTitle' | 'signer', string>;
  superiorDoc: DocumentResult | null;
}

const st: SuperiorPanelState = {
  superiorOpen: false,
  superior: null,
  superiorFailure: null,
  year: '',
  targetsYear: '',
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

export function openSuperior(then?: ActionId): void {
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
        st.targetsYear = String(s.targetsYear);
        st.sr = { ...st.sr, ...s.report };
        if (then) superiorAction(then);
      },
      (f) => (st.superiorFailure = f),
    );
  } else if (then) superiorAction(then);
  redraw();
}

/** Tổng hợp for the superior's unit, or for one of its subordinates (one line per subordinate of it). */
function runAggregate(unitId?: string): void {
  const year = Number(st.year);
  void run<AggregateResult>(
    'aggregate',
    'sidebarAggregate',
    [unitId === undefined ? { year } : { year, unitId }],
    (r) => (st.aggregate = r),
    (f) => (st.superiorFailure = f),
  );
}

export function superiorAction(what: ActionId): void {
  const year = Number(st.year);
  if (what === 'aggregate') runAggregate();
  else if (what === 'targets')
    void run<TargetsResult>(
      'targets',
      'sidebarTargets',
      [{ year: Number(st.targetsYear) || year }],
      (r) => (st.targets = r),
      (f) => (st.superiorFailure = f),
    );
  else if (what === 'superiorReport') {
    st.superiorReportOpen = true;
    redraw();
  }
}

export function aggregateView(r: AggregateResult): HTMLElement {
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
    // A province sees its communes; opening one rewrites the tab with that commune's own units.
    r.openable.length > 0 || r.unitId !== r.homeUnitId
      ? h(
          'div',
          { class: 'open-units', attrs: { id: 'aggregate-open' } },
          r.openable.length > 0 ? h('p', { class: 'small', text: 'Xem chi tiết đơn vị trực thuộc:' }) : null,
          ...r.openable.map((u) =>
            h('button', { class: 'link', text: u.name, onclick: () => runAggregate(u.id) }),
          ),
          r.unitId !== r.homeUnitId
            ? h('button', {
                class: 'link',
                text: `← Về ${r.homeUnitName}`,
                onclick: () => runAggregate(),
              })
            : null,
        )
      : null,
  );
}

export function targetsView(r: TargetsResult): HTMLElement {
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

export function superiorReportForm(s: SuperiorState): HTMLElement {
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

export function superiorView(): HTMLElement {
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
                disabled: session.busy !== null,
                attrs: { id: 'aggregate-run' },
                onclick: () => superiorAction('aggregate'),
              }),
              h('button', {
                class: 'secondary',
                text: st.superiorReportOpen ? 'Ẩn “Soạn báo cáo”' : 'Soạn báo cáo',
                disabled: session.busy !== null,
                attrs: { id: 'superior-report-open' },
                onclick: () => {
                  st.superiorReportOpen = !st.superiorReportOpen;
                  redraw();
                },
              }),
            ),
            // Targets are given in November–December for the next year: a year of their own.
            field(
              'Giao chỉ tiêu cho năm',
              select(
                'targets-year',
                st.targetsYear,
                s.years.map((y) => [String(y), String(y)]),
                (v) => (st.targetsYear = v),
              ),
            ),
            h('button', {
              class: 'secondary wide',
              text: `Giao chỉ tiêu năm ${st.targetsYear}`,
              disabled: session.busy !== null,
              attrs: { id: 'targets-run' },
              onclick: () => superiorAction('targets'),
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
