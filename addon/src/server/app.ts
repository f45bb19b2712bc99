/**
 * The add-on's entry points over a `Services` object: Apps Script passes the real globals
 * (index.ts), tests and the local preview pass the in-memory fake. Every sidebar call answers
 * plain JSON and never throws: an unexpected error becomes a Vietnamese `Failure`.
 */
import type {
  ActionId,
  AggregateResult,
  CheckResult,
  DocumentResult,
  Failure,
  PapersForm,
  PapersResult,
  PlanForm,
  Progress,
  ReportForm,
  ReportResult,
  SelectOutcome,
  SidebarState,
  SuperiorState,
  TargetsResult,
  TemplateReport,
} from '../common/model.ts';
import type { ActionOptions } from './actions/options.ts';
import { readProgress, requestAutorun, takeAutorun } from './adapters/progress.ts';
import type { Services } from './adapters/services.ts';
import { loadLastCheck } from './adapters/state.ts';
import type { EntryPoint } from './entrypoints.ts';
import { type CheckOptions, runCheck } from './features/check/check.ts';
import { papersForm, runPapers } from './features/papers/papers.ts';
import { planForm, runPlan } from './features/plan/plan.ts';
import { reportForm, runReport } from './features/report/submit.ts';
import { runAggregate } from './features/superior/aggregate/summaryTab.ts';
import { superiorState } from './features/superior/panel/panel.ts';
import { runSuperiorReport } from './features/superior/report/report.ts';
import { runTargets } from './features/superior/targets/assignTab.ts';
import { createTemplate } from './features/template/template.ts';
import { buildMenu } from './menu.ts';
import { CANDIDATES } from './sheet/candidateColumns.ts';
import { mapHeaders } from './sheet/headers.ts';
import { cellText, fold } from './sheet/normalize.ts';
import { findSheets } from './sheet/sheets.ts';
import { CONFIG, CONFIG_ITEMS, MEMBERS } from './sheet/tabColumns.ts';

declare const __PTDV_VERSION__: string | undefined;
export const VERSION = typeof __PTDV_VERSION__ === 'string' ? __PTDV_VERSION__ : 'dev';

export const SIDEBAR_FILE = 'Sidebar';
export const SIDEBAR_TITLE = 'PTĐV — Phát triển đảng viên';

/** An Apps Script trigger event (only what the add-on reads). */
export interface TriggerEvent {
  authMode?: unknown;
}

export function unexpected(e: unknown): Failure {
  const message = e instanceof Error ? e.message : String(e);
  return {
    ok: false,
    kind: 'unexpected',
    title: 'Có lỗi không mong muốn',
    text: `Tiện ích gặp lỗi và chưa làm xong: “${message}”. Các giá trị bạn đã nhập không bị thay đổi. Hãy thử lại; nếu vẫn lỗi, báo người hỗ trợ kèm câu trên.`,
  };
}

/** The largest document the dialog takes (a plan of 1,000 candidates is about half of it). */
const MAX_DOCUMENT_HTML = 2_000_000;

/** A drafted document, full size in a dialog over the spreadsheet (the sidebar is 300 px). */
function showDocument(s: Services, title: string, html: string): { ok: true } | Failure {
  const text = String(html ?? '');
  if (text.length > MAX_DOCUMENT_HTML || !text.includes('class="ptdv-doc"')) {
    return {
      ok: false,
      kind: 'invalid',
      title: 'Không mở được văn bản',
      text: 'Hãy soạn lại văn bản rồi bấm xem lại.',
    };
  }
  const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><base target="_blank"></head><body style="margin:16px 24px">${text}</body></html>`;
  const output = s.HtmlService.createHtmlOutput(page).setWidth(900).setHeight(640);
  s.SpreadsheetApp.getUi().showModalDialog(output, String(title ?? '').slice(0, 200) || 'Văn bản');
  return { ok: true };
}

function guarded<T>(fn: () => T): T | Failure {
  try {
    return fn();
  } catch (e) {
    return unexpected(e);
  }
}

function sidebarState(s: Services): SidebarState {
  const ss = s.SpreadsheetApp.getActive();
  const sheets = findSheets(ss, [CANDIDATES, CONFIG]);
  let unitName: string | null = null;
  let backendConfigured = false;
  const config = sheets.get(CONFIG);
  if (config !== undefined) {
    const values = config.getDataRange().getValues();
    const label = (id: string) => {
      const item = CONFIG_ITEMS.find((i) => i.id === id)!;
      return new Set([item.label, ...item.aliases].map(fold));
    };
    const names = label('unitName');
    const urls = label('backendUrl');
    for (const row of values) {
      const key = fold(cellText(row[0]));
      const value = cellText(row[1]);
      if (value === '') continue;
      if (names.has(key) && unitName === null) unitName = value;
      if (urls.has(key)) backendConfigured = true;
    }
  }
  const open = takeAutorun(s);
  return {
    ok: true,
    unitName,
    hasList: sheets.has(CANDIDATES),
    backendConfigured,
    lastCheck: loadLastCheck(s),
    autorun: open === 'check',
    open: open === 'check' ? null : open,
    version: VERSION,
  };
}

/** Selects the person's row (found by key: rows may have been sorted since the check). */
function select(s: Services, sheetName: string, key: string): SelectOutcome {
  const ss = s.SpreadsheetApp.getActive();
  const sheet = ss.getSheets().find((sh) => sh.getName() === sheetName);
  if (sheet === undefined) return { ok: false, text: `Không còn bảng “${sheetName}”.` };
  const values = sheet.getDataRange().getValues();
  const tab = fold(sheetName) === fold(MEMBERS.name) ? MEMBERS : CANDIDATES;
  const headers = mapHeaders(tab, values);
  const keyCol = headers.columns.get('key');
  if (keyCol === undefined)
    return { ok: false, text: 'Bảng chưa có cột “Mã” — bấm “Kiểm tra danh sách” trước.' };
  for (let r = headers.headerRow; r < values.length; r++) {
    if (cellText(values[r]![keyCol]).toUpperCase() === key.toUpperCase()) {
      sheet.getRange(r + 1, 1, 1, values[r]!.length).activate();
      return { ok: true };
    }
  }
  return {
    ok: false,
    text: `Không tìm thấy dòng có mã “${key}” (có thể đã bị xóa). Bấm “Kiểm tra danh sách” lại.`,
  };
}

export interface Addon {
  onOpen(e?: TriggerEvent): void;
  onInstall(e?: TriggerEvent): void;
  showSidebar(): void;
  menuCheck(): void;
  menuTemplate(): void;
  sidebarState(): SidebarState | Failure;
  sidebarCheck(): CheckResult | Failure;
  sidebarProgress(): Progress | null;
  sidebarTemplate(): TemplateReport | Failure;
  sidebarSelect(sheetName: string, key: string): SelectOutcome | Failure;
  menuPlan(): void;
  menuReport(): void;
  menuPapers(): void;
  menuAggregate(): void;
  menuTargets(): void;
  menuSuperiorReport(): void;
  sidebarPlanForm(): PlanForm | Failure;
  sidebarPlan(input: unknown): DocumentResult | Failure;
  sidebarReportForm(): ReportForm | Failure;
  sidebarReport(input: unknown): ReportResult | Failure;
  sidebarPapersForm(): PapersForm | Failure;
  sidebarPapers(input: unknown): PapersResult | Failure;
  sidebarSuperior(): SuperiorState | Failure;
  sidebarAggregate(input: unknown): AggregateResult | Failure;
  sidebarTargets(input: unknown): TargetsResult | Failure;
  sidebarSuperiorReport(input: unknown): DocumentResult | Failure;
  sidebarShowDocument(title: string, html: string): { ok: true } | Failure;
}

/** `services` is called inside each entry point, never at load time. */
export function createAddon(
  services: () => Services,
  checkOptions: CheckOptions = {},
): Addon & Record<EntryPoint, unknown> {
  const showSidebar = () => {
    const s = services();
    const html = s.HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE);
    s.SpreadsheetApp.getUi().showSidebar(html);
  };
  const openOn = (what: ActionId) => () => {
    requestAutorun(services(), what);
    showSidebar();
  };
  const actions: ActionOptions = {
    ...(checkOptions.now ? { now: checkOptions.now } : {}),
    ...(checkOptions.remote?.retry ? { retry: checkOptions.remote.retry } : {}),
    ...(checkOptions.remote?.random ? { random: checkOptions.remote.random } : {}),
  };
  return {
    onOpen(_e?: TriggerEvent) {
      buildMenu(services());
    },
    onInstall(e?: TriggerEvent) {
      buildMenu(services());
      void e;
    },
    showSidebar,
    menuCheck() {
      requestAutorun(services());
      showSidebar();
    },
    menuTemplate() {
      const s = services();
      const report = guarded(() => createTemplate(s));
      const ui = s.SpreadsheetApp.getUi();
      if (report.ok) ui.alert('Tạo bảng mẫu', report.lines.join('\n'), ui.ButtonSet.OK);
      else ui.alert(report.title, report.text, ui.ButtonSet.OK);
    },
    sidebarState: () => guarded(() => sidebarState(services())),
    sidebarCheck: () => guarded(() => runCheck(services(), checkOptions)),
    sidebarProgress: () => {
      try {
        return readProgress(services());
      } catch {
        return null;
      }
    },
    sidebarTemplate: () => guarded(() => createTemplate(services())),
    sidebarSelect: (sheetName: string, key: string) =>
      guarded(() => select(services(), String(sheetName), String(key))),
    menuPlan: openOn('plan'),
    menuReport: openOn('report'),
    menuPapers: openOn('papers'),
    menuAggregate: openOn('aggregate'),
    menuTargets: openOn('targets'),
    menuSuperiorReport: openOn('superiorReport'),
    sidebarPlanForm: () => guarded(() => planForm(services(), actions)),
    sidebarPlan: (input: unknown) => guarded(() => runPlan(services(), input, actions)),
    sidebarReportForm: () => guarded(() => reportForm(services(), actions)),
    sidebarReport: (input: unknown) => guarded(() => runReport(services(), input, actions)),
    sidebarPapersForm: () => guarded(() => papersForm(services(), actions)),
    sidebarPapers: (input: unknown) => guarded(() => runPapers(services(), input, actions)),
    sidebarSuperior: () => guarded(() => superiorState(services(), actions)),
    sidebarAggregate: (input: unknown) => guarded(() => runAggregate(services(), input, actions)),
    sidebarTargets: (input: unknown) => guarded(() => runTargets(services(), input, actions)),
    sidebarShowDocument: (title: string, html: string) =>
      guarded(() => showDocument(services(), title, html)),
    sidebarSuperiorReport: (input: unknown) => guarded(() => runSuperiorReport(services(), input, actions)),
  };
}
