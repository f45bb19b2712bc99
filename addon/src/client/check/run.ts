/** What the check's buttons do: run the check (polling its progress), create the template, select a row. */
import type { CheckResult, Failure, Progress, SidebarState, TemplateReport } from '../../common/model.ts';
import { call } from '../api.ts';
import { isFailure, render, ui } from './state.ts';

let poll: ReturnType<typeof setInterval> | undefined;

export async function runCheck(): Promise<void> {
  if (ui.running) return;
  ui.running = true;
  ui.failure = null;
  ui.template = null;
  ui.selectMessage = null;
  ui.progress = { text: 'Đang bắt đầu…', fraction: 0.03 };
  render();
  poll = setInterval(() => {
    call<Progress | null>('sidebarProgress')
      .then((p) => {
        if (ui.running && p) {
          ui.progress = p;
          render();
        }
      })
      .catch(() => undefined);
  }, 900);
  try {
    const result = await call<CheckResult | Failure>('sidebarCheck');
    if (isFailure(result)) ui.failure = result;
    else {
      ui.result = result;
      ui.expanded.clear();
    }
  } catch (e) {
    ui.failure = { ok: false, kind: 'unexpected', title: 'Không chạy được', text: (e as Error).message };
  } finally {
    clearInterval(poll);
    ui.running = false;
    ui.progress = null;
    render();
  }
}

export async function runTemplate(): Promise<void> {
  if (ui.running) return;
  ui.running = true;
  ui.failure = null;
  ui.progress = { text: 'Đang tạo bảng mẫu…', fraction: 0.3 };
  render();
  try {
    const report = await call<TemplateReport | Failure>('sidebarTemplate');
    if (isFailure(report)) ui.failure = report;
    else {
      ui.template = report;
      const state = await call<SidebarState | Failure>('sidebarState');
      if (!isFailure(state)) ui.initial = state;
    }
  } catch (e) {
    ui.failure = { ok: false, kind: 'unexpected', title: 'Không chạy được', text: (e as Error).message };
  } finally {
    ui.running = false;
    ui.progress = null;
    render();
  }
}

export function select(sheetName: string, key: string): void {
  ui.selectMessage = null;
  call<{ ok: boolean; text?: string } | Failure>('sidebarSelect', sheetName, key)
    .then((r) => {
      if (!r.ok) {
        ui.selectMessage = ('text' in r && r.text) || 'Không chọn được dòng này.';
        render();
      }
    })
    .catch((e: Error) => {
      ui.selectMessage = e.message;
      render();
    });
}
