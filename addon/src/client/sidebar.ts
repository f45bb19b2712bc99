/**
 * The sidebar (ux.md, top to bottom): header with the unit, the last check and the ruleset; one
 * primary button with a progress line; the pipeline by stage (click to filter); the next
 * deadlines; what each person still needs, with the citation in grey (click a name to select the
 * row); the year's target; the secondary actions; the privacy line. Plain DOM, text only through
 * textContent (names come from the sheet).
 */

import type { Failure, SidebarState } from '../common/model.ts';
import { initActions } from './actions/index.ts';
import { call } from './api.ts';
import {
  actionsView,
  emptyView,
  firstRunView,
  footerView,
  headerView,
  infoView,
  noticeView,
  primaryView,
  templateView,
} from './check/frame.ts';
import { deadlinesView, peopleView, pipelineView, sheetProblemsView, targetView } from './check/results.ts';
import { runCheck } from './check/run.ts';
import { isFailure, onRender, present, ui } from './check/state.ts';
import { type Child, h } from './dom.ts';

const app = document.getElementById('app')!;

function render(): void {
  const scroll = document.scrollingElement?.scrollTop ?? 0;
  app.replaceChildren(...present(view()));
  if (document.scrollingElement) document.scrollingElement.scrollTop = scroll;
}

function view(): Child[] {
  const init = ui.initial;
  if (init === null) return [h('p', { class: 'boot', text: 'Đang mở PTĐV…' })];
  const result = ui.result;
  return [
    headerView(init, result),
    primaryView(init),
    ui.failure ? noticeView({ level: 'error', title: ui.failure.title, text: ui.failure.text }) : null,
    ui.template ? templateView(ui.template) : null,
    ...(result?.notices ?? []).map(noticeView),
    init.hasList ? null : emptyView(),
    result
      ? pipelineView(result.counts, true)
      : init.lastCheck
        ? pipelineView(init.lastCheck.counts, false)
        : null,
    result ? null : init.hasList ? firstRunView(init) : null,
    result ? deadlinesView(result.deadlines) : null,
    result ? peopleView(result) : null,
    result ? sheetProblemsView(result) : null,
    result ? targetView(result.target) : null,
    actionsView(init),
    result ? infoView(result) : null,
    footerView(init),
  ];
}

async function start(): Promise<void> {
  try {
    const state = await call<SidebarState | Failure>('sidebarState');
    if (isFailure(state)) {
      ui.initial = {
        ok: true,
        unitName: null,
        hasList: true,
        backendConfigured: false,
        lastCheck: null,
        autorun: false,
        version: '',
      };
      ui.failure = state;
    } else ui.initial = state;
  } catch (e) {
    ui.initial = {
      ok: true,
      unitName: null,
      hasList: true,
      backendConfigured: false,
      lastCheck: null,
      autorun: false,
      version: '',
    };
    ui.failure = {
      ok: false,
      kind: 'unexpected',
      title: 'Không mở được bảng điều khiển',
      text: (e as Error).message,
    };
  }
  onRender(render);
  initActions(render, ui.initial.open);
  render();
  if (ui.initial.autorun && ui.initial.hasList) void runCheck();
}

void start();
