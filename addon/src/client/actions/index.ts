/**
 * The sidebar's forms besides the check: "Soạn kế hoạch" and "Gửi báo cáo" for the secretary,
 * and the superior's panel (Tổng hợp các chi bộ, Giao chỉ tiêu, Soạn báo cáo). Each form is
 * short, prefilled by the server, and keeps what was typed across redraws (in its own module).
 */
import type { ActionId } from '../../common/model.ts';
import { type Child, h } from '../dom.ts';
import { openPapers, papersPanel } from './papers.ts';
import { openPlan, planPanel } from './plan.ts';
import { openReport, reportPanel } from './report.ts';
import { onRedraw, session } from './session.ts';
import { openSuperior, superiorView } from './superior.ts';

/** The actions section: the secondary buttons (plan, report, the meeting's papers), the open form, the superior's panel. */
export function actionsSection(extra: Child): HTMLElement {
  return h(
    'section',
    { class: 'actions' },
    h(
      'div',
      { class: 'row' },
      h('button', {
        class: `secondary${session.panel === 'plan' ? ' active' : ''}`,
        text: 'Soạn kế hoạch',
        attrs: { id: 'plan-open' },
        onclick: openPlan,
      }),
      h('button', {
        class: `secondary${session.panel === 'report' ? ' active' : ''}`,
        text: 'Gửi báo cáo',
        attrs: { id: 'report-open' },
        onclick: openReport,
      }),
    ),
    h('button', {
      class: `secondary wide${session.panel === 'papers' ? ' active' : ''}`,
      text: 'Văn bản cuộc họp',
      attrs: { id: 'papers-open' },
      onclick: openPapers,
    }),
    session.panel === 'plan'
      ? planPanel()
      : session.panel === 'report'
        ? reportPanel()
        : session.panel === 'papers'
          ? papersPanel()
          : null,
    extra,
    superiorView(),
  );
}

/** Wires the redraw, and opens what a menu item asked for. */
export function initActions(rerender: () => void, open: ActionId | null | undefined): void {
  onRedraw(rerender);
  if (open === 'plan') openPlan();
  else if (open === 'report') openReport();
  else if (open === 'papers') openPapers();
  else if (open) openSuperior(open);
}
