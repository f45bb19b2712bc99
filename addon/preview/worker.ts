/**
 * The preview's "Apps Script": a Web Worker running the add-on's real server code (createAddon)
 * against the same in-memory fake the tests use, loaded with the demo cell. Like Apps Script, it
 * runs synchronously and off the page's thread, so the sidebar stays responsive during a check:
 *  - UrlFetchApp.fetch → synchronous XMLHttpRequest to the local worker (same origin, /v1/…);
 *  - ScriptApp.getIdentityToken → the development ID token `npm start` minted for the account
 *    chosen on the page (the demo secretary: preview/dev-token.json; the commune's ban tổ chức:
 *    preview/dev-token-superior.json), gitignored files read on each call;
 *  - Google Drive → the fake's Drive, which keeps the uploaded .docx (it cannot convert it to a
 *    Google Doc) and links it as an object URL, so the sidebar offers it as a download;
 *  - CacheService puts are mirrored to the page, which answers the sidebar's progress polls while
 *    this worker is busy with the check.
 */

import { type Day, toDay } from '../../shared/dates/day.ts';
import {
  createFake,
  type Fake,
  type FakeChart,
  type FakeHttp,
  type FakeSheet,
  formatInZone,
  fromJavaBytes,
} from '../fake/index.ts';
import { loadWorkbook } from '../fake/workbook.ts';
import type { FetchParams } from '../src/server/adapters/services.ts';
import { createAddon } from '../src/server/app.ts';
import { demoWorkbook } from './demo.ts';
import type { Account, ChartSnapshot, FromWorker, SheetSnapshot, Snapshot, ToWorker } from './protocol.ts';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  location: { origin: string };
}
const scope = self as unknown as WorkerScope;
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const backend = scope.location.origin;

let account: Account = 'secretary';
let accountEmail = '';

function readToken(): string {
  const xhr = new XMLHttpRequest();
  try {
    const file = account === 'superior' ? 'dev-token-superior.json' : 'dev-token.json';
    xhr.open('GET', `${backend}/preview/${file}?t=${Date.now()}`, false);
    xhr.send();
    if (xhr.status !== 200) return '';
    const body = JSON.parse(xhr.responseText) as { token?: unknown; email?: unknown };
    accountEmail = typeof body.email === 'string' ? body.email : '';
    return typeof body.token === 'string' ? body.token : '';
  } catch {
    return '';
  }
}

/** UrlFetchApp over a synchronous XMLHttpRequest (allowed in workers, binary answers too). */
function fetchSync(url: string, params: FetchParams): FakeHttp {
  const xhr = new XMLHttpRequest();
  xhr.open((params.method ?? 'get').toUpperCase(), url, false);
  xhr.responseType = 'arraybuffer';
  if (params.contentType) xhr.setRequestHeader('Content-Type', params.contentType);
  for (const [k, v] of Object.entries(params.headers ?? {})) xhr.setRequestHeader(k, v);
  const payload = params.payload;
  try {
    xhr.send(
      payload === undefined
        ? null
        : typeof payload === 'string'
          ? payload
          : (fromJavaBytes(payload) as Uint8Array<ArrayBuffer>),
    );
  } catch {
    throw new Error(`Address unavailable: ${url}`);
  }
  if (xhr.status === 0) throw new Error(`Address unavailable: ${url}`);
  const headers: Record<string, string> = {};
  for (const line of xhr
    .getAllResponseHeaders()
    .trim()
    .split(/[\r\n]+/)) {
    const at = line.indexOf(':');
    if (at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return { status: xhr.status, bytes: new Uint8Array(xhr.response as ArrayBuffer), headers };
}

let fake: Fake;
let addon: ReturnType<typeof createAddon>;
let today: Day = toDay('1970-01-01');

function setup(): void {
  fake = createFake({ timeZone: TIME_ZONE, fetch: fetchSync, token: readToken, files: {} });
  today = toDay(formatInZone(new Date(), TIME_ZONE, 'yyyy-MM-dd'));
  loadWorkbook(fake.spreadsheet, demoWorkbook(today, backend));
  // No Google Drive here: the fake keeps the .docx, and the sidebar offers it as a download.
  fake.drive.convert = false;
  fake.drive.linkOf = (file) =>
    URL.createObjectURL(new Blob([file.media as Uint8Array<ArrayBuffer>], { type: file.mediaType }));
  // as "Tạo bảng mẫu" leaves them: the header row frozen, and the key and name columns
  for (const sheet of fake.spreadsheet.sheets) {
    sheet.frozenRows = 1;
    if (sheet.name === 'Quần chúng' || sheet.name === 'Đảng viên') sheet.frozenColumns = 2;
  }
  fake.cache.onPut = (key, value) => {
    if (key === 'ptdv.progress') scope.postMessage({ type: 'progress', value: JSON.parse(value) });
  };
  addon = createAddon(() => fake.services);
}

function display(sheet: FakeSheet, r: number, c: number): string {
  const v = sheet.readValue(r, c);
  if (v instanceof Date) return formatInZone(v, TIME_ZONE, 'dd/MM/yyyy');
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' && sheet.formats.get(r, c) === '0%') return `${Math.round(v * 100)}%`;
  return String(v);
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** The chart as the page draws it: the first range names the bars, the others are the series. */
function chartSnapshot(chart: FakeChart): ChartSnapshot {
  const [domain = [], ...rest] = chart.data();
  const headers = chart.numHeaders > 0 ? chart.numHeaders : 0;
  const categories = domain.slice(headers).map((row) => String(row[0] ?? ''));
  const colors = (chart.options.get('colors') as string[] | undefined) ?? ['#1a73e8', '#fbbc04', '#34a853'];
  const series: ChartSnapshot['series'] = [];
  for (const range of rest) {
    const width = range[0]?.length ?? 0;
    for (let j = 0; j < width; j++) {
      series.push({
        name: headers > 0 ? String(range[0]?.[j] ?? '') : `Dãy ${series.length + 1}`,
        color: colors[series.length % colors.length] ?? '#1a73e8',
        values: range.slice(headers).map((row) => num(row[j])),
      });
    }
  }
  return {
    type: chart.type,
    title: String(chart.options.get('title') ?? ''),
    stacked: chart.options.get('isStacked') === true,
    row: chart.position.row,
    column: chart.position.column,
    offsetX: chart.position.offsetX,
    offsetY: chart.position.offsetY,
    width: num(chart.options.get('width')) || 560,
    height: num(chart.options.get('height')) || 320,
    labels: num((chart.options.get('chartArea') as { left?: unknown } | undefined)?.left) || 170,
    categories,
    series,
  };
}

function snapshot(): Snapshot {
  const sheets: SheetSnapshot[] = fake.spreadsheet.sheets.map((sheet) => {
    const rows = sheet.lastRow();
    const cols = sheet.lastColumn();
    const cells: string[][] = [];
    const notes: string[][] = [];
    const backgrounds: string[][] = [];
    const bold: boolean[][] = [];
    for (let r = 0; r < rows; r++) {
      const c1: string[] = [];
      const n1: string[] = [];
      const b1: string[] = [];
      const w1: boolean[] = [];
      for (let c = 0; c < cols; c++) {
        c1.push(display(sheet, r, c));
        n1.push(sheet.notes.get(r, c));
        b1.push(sheet.backgrounds.get(r, c));
        w1.push(sheet.fontWeights.get(r, c) === 'bold');
      }
      cells.push(c1);
      notes.push(n1);
      backgrounds.push(b1);
      bold.push(w1);
    }
    return {
      name: sheet.name,
      cells,
      notes,
      backgrounds,
      bold,
      widths: Object.fromEntries(sheet.widths),
      frozenRows: sheet.frozenRows || 1,
      frozenColumns: sheet.frozenColumns,
      tabColor: sheet.tabColor,
      charts: sheet.charts.map(chartSnapshot),
    };
  });
  const a = fake.spreadsheet.active;
  return { sheets, dialog: fake.ui.openDialog, active: a === null ? null : { sheet: a.sheet, ...a.rect } };
}

function ready(): void {
  const token = readToken() !== '';
  scope.postMessage({ type: 'ready', today, backend, token, account, email: accountEmail });
}

setup();
ready();
scope.postMessage({ type: 'snapshot', snapshot: snapshot() });

scope.onmessage = (event) => {
  const msg = event.data;
  if (msg.type === 'reset') {
    setup();
  } else if (msg.type === 'closeDialog') {
    fake.ui.closeDialog();
  } else if (msg.type === 'account') {
    account = msg.account;
    ready();
  } else if (msg.type === 'edit') {
    const sheet = fake.spreadsheet.sheets.find((s) => s.name === msg.sheet);
    if (sheet) {
      // A cell past the sheet's edge is one the page's "+ Thêm dòng" / "+ Thêm cột" showed: in
      // Sheets those buttons add the row or column to the grid first. Typing outside the grid
      // would leave a value no getRange can reach, and the next check would fail on it.
      if (msg.row > sheet.maxRows) sheet.insertRowsAfter(sheet.maxRows, msg.row - sheet.maxRows);
      if (msg.column > sheet.maxColumns)
        sheet.insertColumnsAfter(sheet.maxColumns, msg.column - sheet.maxColumns);
      // read the way Sheets reads typed text in the sheet's locale (addon/fake/coerce.ts)
      sheet.type(msg.row, msg.column, msg.text);
    }
  } else if (msg.type === 'deleteRow') {
    const sheet = fake.spreadsheet.sheets.find((s) => s.name === msg.sheet);
    if (sheet && msg.row > sheet.frozenRows) sheet.deleteRow(msg.row);
  } else if (msg.type === 'call') {
    const fn = (addon as unknown as Record<string, unknown>)[msg.fn];
    if (typeof fn !== 'function') {
      scope.postMessage({
        type: 'result',
        id: msg.id,
        ok: false,
        error: `Script function not found: ${msg.fn}`,
      });
      return;
    }
    try {
      const value = (fn as (...args: unknown[]) => unknown)(...msg.args);
      scope.postMessage({
        type: 'result',
        id: msg.id,
        ok: true,
        value: JSON.parse(JSON.stringify(value ?? null)),
      });
    } catch (e) {
      scope.postMessage({
        type: 'result',
        id: msg.id,
        ok: false,
        error: e instanceof Error ? e.message : String(e),
      });
    }
  }
  scope.postMessage({ type: 'snapshot', snapshot: snapshot() });
};
