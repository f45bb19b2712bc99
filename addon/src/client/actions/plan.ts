/** "Soạn kế hoạch": the form (prefilled by the server), then the plan as a Google Doc and HTML. */
import type { DocumentResult, PlanForm } from '../../common/model.ts';
import { h } from '../dom.ts';
import { redraw, run, runButton, session } from './session.ts';
import {
  busyLine,
  documentView,
  failureView,
  field,
  formPending,
  notice,
  select,
  text,
  versionsLine,
} from './widgets.ts';

interface PlanState {
  planForm: PlanForm | null;
  plan: { year: string; number: string; date: string; signer: string; signerTitle: string };
  planResult: DocumentResult | null;
}

const st: PlanState = {
  planForm: null,
  plan: { year: '', number: '', date: '', signer: '', signerTitle: 'Bí thư' },
  planResult: null,
};

export function openPlan(): void {
  session.panel = session.panel === 'plan' ? null : 'plan';
  session.failure = null;
  if (session.panel === 'plan' && st.planForm === null) {
    void run<PlanForm>('planForm', 'sidebarPlanForm', [], (f) => {
      st.planForm = f;
      st.plan = {
        year: String(f.year),
        number: f.number,
        date: f.date,
        signer: f.signer,
        signerTitle: 'Bí thư',
      };
    });
  }
  redraw();
}

export function planPanel(): HTMLElement {
  const f = st.planForm;
  if (f === null) return formPending('Đang mở…');
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
          (v) => {
            // each year's plan has its own number (server: numberOf)
            p.year = v;
            p.number = f.versions[v]?.find((x) => x.number)?.number ?? '';
          },
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
    h(
      'div',
      { class: 'grid2' },
      field(
        'Chức vụ người ký',
        text('plan-signer-title', p.signerTitle, (v) => (p.signerTitle = v), 'Bí thư / Phó Bí thư'),
      ),
      field(
        'Người ký',
        text('plan-signer', p.signer, (v) => (p.signer = v)),
        'Họ tên điền vào văn bản ngay trong Google, không gửi lên máy chủ.',
      ),
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
          [
            {
              year: Number(p.year),
              number: p.number,
              date: p.date,
              signer: p.signer,
              signerTitle: p.signerTitle,
            },
          ],
          (r) => {
            st.planResult = r;
            if (r.doc && st.planForm) st.planForm.versions[String(r.year)] = [r.doc, ...r.previous];
          },
        ),
    ),
    busyLine('plan'),
    failureView(session.failure),
    st.planResult ? documentView(st.planResult, 'plan-result') : null,
  );
}
