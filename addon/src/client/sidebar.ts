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
  staleView,
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
  const shown: Child[] = [
    ...(result?.notices ?? []).map(noticeView),
    result
      ? pipelineView(result.counts, true, result.gone)
      : init.lastCheck
        ? pipelineView(init.lastCheck.counts, false, init.lastCheck.gone)
        : null,
    result ? deadlinesView(result.deadlines) : null,
    result ? peopleView(result) : null,
    result ? sheetProblemsView(result) : null,
    result ? targetView(result.target) : null,
  ];
  // A failed check leaves the last good result (or the saved counts) on screen: said to be the
  // previous check's, with its time, and dimmed, so no figure under an error reads as current.
  const earlier = result?.checkedAtText ?? init.lastCheck?.atText;
  return [
    headerView(init, result),
    primaryView(init),
    ui.failure ? noticeView({ level: 'error', title: ui.failure.title, text: ui.failure.text }) : null,
    ui.template ? templateView(ui.template) : null,
    init.hasList ? null : emptyView(),
    ...(ui.failure && earlier ? [staleView(earlier, shown)] : shown),
    result ? null : init.hasList ? firstRunView(init) : null,
    actionsView(init),
    result ? infoView(result) : null,
    footerView(init),
  ];
}

/** What the sidebar starts from when its state cannot be read (the failure says why). */
const UNREAD: SidebarState = {
  ok: true,
  unitName: null,
  hasList: true,
  backendConfigured: false,
  lastCheck: null,
  autorun: false,
  version: '',
};

async function start(): Promise<void> {
  try {
    const state = await call<SidebarState | Failure>('sidebarState');
    if (isFailure(state)) {
      ui.initial = UNREAD;
      ui.failure = state;
    } else ui.initial = state;
  } catch (e) {
    ui.initial = UNREAD;
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
