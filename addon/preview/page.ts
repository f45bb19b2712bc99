/**
 * The preview page: on the left a table that plays the spreadsheet (tabs, frozen header, the
 * colours and notes a check writes, sortable, editable with a double click); on the right the
 * real sidebar at its real width. The add-on's server code runs in worker.js.
 */
import { CANDIDATES } from '../src/server/sheet/candidateColumns.ts';
import { TABS } from '../src/server/sheet/contract.ts';
import { fold } from '../src/server/sheet/normalize.ts';
import { MEMBERS } from '../src/server/sheet/tabColumns.ts';
import type { Account, ChartSnapshot, FromWorker, SheetSnapshot, Snapshot, ToWorker } from './protocol.ts';

const worker = new Worker('worker.js');
const frame = document.getElementById('sidebar') as HTMLIFrameElement;
const grid = document.getElementById('grid') as HTMLDivElement;
const tabsBar = document.getElementById('tabs') as HTMLDivElement;
const tip = document.getElementById('tip') as HTMLDivElement;
const status = document.getElementById('status') as HTMLSpanElement;
const cellBar = document.getElementById('cellbar') as HTMLDivElement;

let snapshot: Snapshot = { sheets: [], dialog: null, active: null };
let shown = '';
let current = 'Quần chúng';
let sort: { column: number; dir: 1 | -1 } | null = null;
/** rows / columns the user added and has not typed in yet, per sheet (Sheets shows empty ones) */
const wantRows = new Map<string, number>();
const wantColumns = new Map<string, number>();
/** sidebar calls waiting for the worker: sidebar id → true */
const inFlight = new Set<number>();
let busy = 0;
let lastProgress: unknown = null;

function send(msg: ToWorker): void {
  worker.postMessage(msg);
}

function toSidebar(msg: unknown): void {
  frame.contentWindow?.postMessage(msg, '*');
}

worker.onmessage = (event: MessageEvent<FromWorker>) => {
  const msg = event.data;
  if (msg.type === 'snapshot') {
    const before = snapshot.active;
    snapshot = msg.snapshot;
    const a = snapshot.active;
    const moved = a !== null && (before === null || a.sheet !== before.sheet || a.row !== before.row);
    if (a !== null && moved) current = a.sheet;
    render();
    renderDialog();
    if (moved) scrollToActive();
  } else if (msg.type === 'progress') {
    lastProgress = msg.value;
  } else if (msg.type === 'result') {
    inFlight.delete(msg.id);
    if (busy > 0) busy--;
    toSidebar({ source: 'ptdv-preview', id: msg.id, ok: msg.ok, value: msg.value, error: msg.error });
  } else if (msg.type === 'ready') {
    const who = msg.account === 'superior' ? 'ban tổ chức Đảng ủy xã mẫu' : 'bí thư chi bộ mẫu';
    status.textContent = msg.token
      ? `Máy chủ cục bộ: ${msg.backend} · đăng nhập thử: ${who} (${msg.email}) · hôm nay ${msg.today.split('-').reverse().join('/')}`
      : `Chưa có mã đăng nhập thử (chạy bằng npm start) — tiện ích sẽ kiểm tra tại chỗ.`;
    status.dataset.account = msg.account;
  }
};

// The sidebar's google.script.run calls (see shim.ts). While the worker runs a check it cannot
// answer anything else — like a busy Apps Script execution, except that Apps Script would run the
// progress poll in a second execution. The page answers those polls from the mirrored cache.
window.addEventListener('message', (event: MessageEvent) => {
  const msg = event.data as { source?: string; type?: string; id?: number; fn?: string; args?: unknown[] };
  if (msg?.source !== 'ptdv-sidebar' || msg.type !== 'call' || typeof msg.id !== 'number' || !msg.fn) return;
  if (msg.fn === 'sidebarProgress' && busy > 0) {
    toSidebar({ source: 'ptdv-preview', id: msg.id, ok: true, value: lastProgress });
    return;
  }
  if (msg.fn === 'sidebarCheck' || msg.fn === 'sidebarTemplate') lastProgress = null;
  busy++;
  inFlight.add(msg.id);
  send({ type: 'call', id: msg.id, fn: msg.fn, args: msg.args ?? [] });
});

// ---------------------------------------------------------------------------------------------

const WIDTHS = new Map<string, number>();
for (const tab of TABS)
  for (const c of tab.columns) WIDTHS.set(`${tab.name}|${fold(c.header)}`, c.width ?? 110);

function width(sheet: SheetSnapshot, header: string, column?: number): number {
  const set = column === undefined ? undefined : sheet.widths[column + 1];
  return set ?? WIDTHS.get(`${sheet.name}|${fold(header)}`) ?? 110;
}

function letter(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderTabs(): void {
  tabsBar.replaceChildren(
    ...snapshot.sheets.map((s) => {
      const b = el('button', `tab${s.name === current ? ' current' : ''}`, s.name);
      if (s.tabColor) b.style.borderBottomColor = s.tabColor;
      b.addEventListener('click', () => {
        current = s.name;
        sort = null;
        render();
      });
      return b;
    }),
  );
}

function render(): void {
  renderTabs();
  const sheet = snapshot.sheets.find((s) => s.name === current) ?? snapshot.sheets[0];
  if (!sheet) return;
  current = sheet.name;
  if (shown !== current) {
    // another tab: from its top-left corner, as Sheets shows it
    grid.scrollLeft = 0;
    grid.scrollTop = 0;
    shown = current;
  }
  const columns = Math.max(sheet.cells[0]?.length ?? 0, wantColumns.get(sheet.name) ?? 0);
  const header = Array.from({ length: columns }, (_, c) => sheet.cells[0]?.[c] ?? '');
  const rowCount = Math.max(sheet.cells.length, wantRows.get(sheet.name) ?? 0);
  const cellsOf = (r: number) => Array.from({ length: columns }, (_, c) => sheet.cells[r]?.[c] ?? '');
  const table = el('table', 'sheet');
  const colgroup = el('colgroup');
  const rowHeadCol = el('col');
  rowHeadCol.style.width = '40px';
  colgroup.append(rowHeadCol);
  const isPeople = sheet.name === CANDIDATES.name || sheet.name === MEMBERS.name;
  let total = 40;
  const widths: number[] = [];
  header.forEach((h, c) => {
    const col = el('col');
    const w = isPeople || sheet.name !== 'Cấu hình' ? width(sheet, h, c) : 200;
    col.style.width = `${w}px`;
    widths.push(w);
    total += w;
    colgroup.append(col);
  });
  table.style.width = `${total}px`;
  table.append(colgroup);

  const thead = el('thead');
  const letters = el('tr', 'letters');
  letters.append(el('th', 'corner'));
  header.forEach((_, c) => {
    const th = el('th', 'letter', letter(c));
    th.title = 'Bấm để sắp xếp (chỉ trên màn hình này)';
    if (sort?.column === c) th.textContent += sort.dir === 1 ? ' ▲' : ' ▼';
    if (c < sheet.frozenColumns) th.classList.add('frozen', `fc${c}`);
    th.addEventListener('click', () => {
      sort = sort?.column === c ? (sort.dir === 1 ? { column: c, dir: -1 } : null) : { column: c, dir: 1 };
      render();
    });
    letters.append(th);
  });
  thead.append(letters);
  table.append(thead);

  const tbody = el('tbody');
  const all = Array.from({ length: rowCount }, (_, r) => r);
  const order = all.slice(sheet.frozenRows);
  if (sort !== null) {
    const { column, dir } = sort;
    const key = (r: number) => {
      const t = sheet.cells[r]?.[column] ?? '';
      const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t);
      return m ? `${m[3]}${m[2]}${m[1]}` : t;
    };
    order.sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === '' && kb !== '') return 1;
      if (kb === '' && ka !== '') return -1;
      return ka.localeCompare(kb, 'vi', { numeric: true }) * dir;
    });
  }
  const rows = [...all.slice(0, sheet.frozenRows), ...order];
  const active = snapshot.active?.sheet === sheet.name ? snapshot.active : null;
  for (const r of rows) {
    const tr = el('tr', r < sheet.frozenRows ? 'header' : '');
    if (active && r + 1 >= active.row && r + 1 < active.row + active.numRows) tr.classList.add('active');
    tr.dataset.row = String(r + 1);
    const num = el('th', 'rownum', String(r + 1));
    if (r >= sheet.frozenRows) {
      const del = el('button', 'row-delete', '✕');
      del.title = `Xóa dòng ${r + 1}`;
      del.dataset.row = String(r + 1);
      num.append(del);
    }
    tr.append(num);
    cellsOf(r).forEach((text, c) => {
      const td = el('td', '', text);
      if (r < sheet.frozenRows) td.title = 'Bấm đúp để sửa tên cột';
      const bg = sheet.backgrounds[r]?.[c];
      if (bg && bg !== '#ffffff') td.style.background = bg;
      if (sheet.bold[r]?.[c]) td.style.fontWeight = '600';
      const note = sheet.notes[r]?.[c];
      if (note) {
        td.classList.add('has-note');
        td.dataset.note = note;
      }
      if (c < sheet.frozenColumns) td.classList.add('frozen', `fc${c}`);
      td.dataset.col = String(c + 1);
      tr.append(td);
    });
    tbody.append(tr);
  }
  table.append(tbody);
  const actions = el('div', 'sheet-actions');
  const addRow = el('button', 'add-row', '+ Thêm dòng');
  addRow.title = 'Thêm một dòng trống ở cuối bảng';
  addRow.addEventListener('click', () => {
    wantRows.set(sheet.name, rowCount + 1);
    render();
  });
  const addColumn = el('button', 'add-column', '+ Thêm cột');
  addColumn.title = 'Thêm một cột trống bên phải; bấm đúp vào ô tiêu đề để đặt tên';
  addColumn.addEventListener('click', () => {
    wantColumns.set(sheet.name, columns + 1);
    render();
  });
  actions.append(addRow, addColumn, el('span', 'hint', 'Bấm đúp vào một ô (kể cả tiêu đề) để sửa.'));
  const charts = sheet.charts.map((chart) => ({ chart, box: chartView(chart, widths) }));
  grid.replaceChildren(table, actions, ...charts.map((c) => c.box));
  // Only now, with the table laid out, has its anchor row a position: measured before, every
  // row's offsetTop was 0 and the chart covered the column letters and row 1.
  for (const { chart, box } of charts) {
    const rowEl = table.querySelector<HTMLElement>(`tr[data-row="${chart.row}"]`);
    box.style.top = `${table.offsetTop + (rowEl ? rowEl.offsetTop : 26) + chart.offsetY}px`;
  }
  // sticky left offsets for frozen columns
  let left = 40;
  header.forEach((h, c) => {
    if (c >= sheet.frozenColumns) return;
    for (const cell of table.querySelectorAll<HTMLElement>(`.fc${c}`)) cell.style.left = `${left}px`;
    left += isPeople ? width(sheet, h) : 200;
  });
}

// ---------------------------------------------------------------------------------------------
// Embedded charts: the fake recorded what the add-on built; drawn here as SVG, at its anchor cell.

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A horizontal (stacked) bar chart, one bar per category, with its legend and title. */
function chartView(chart: ChartSnapshot, widths: number[]): HTMLElement {
  const box = el('div', 'chart');
  box.dataset.type = chart.type;
  let left = 40 + chart.offsetX;
  for (let c = 0; c < chart.column - 1; c++) left += widths[c] ?? 110;
  box.style.left = `${left}px`;
  const w = chart.width;
  const labelW = chart.labels;
  const barH = Math.max(14, Math.min(26, (chart.height - 70) / Math.max(1, chart.categories.length) - 6));
  const h = 64 + chart.categories.length * (barH + 6) + 24;
  const root = svg('svg', {
    width: w,
    height: h,
    viewBox: `0 0 ${w} ${h}`,
    role: 'img',
    'aria-label': chart.title,
  });
  root.append(svg('rect', { x: 0, y: 0, width: w, height: h, fill: '#fff', stroke: '#dadce0' }));
  root.append(
    svg(
      'text',
      { x: w / 2, y: 22, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 600, fill: '#202124' },
      chart.title,
    ),
  );
  let lx = labelW;
  for (const s of chart.series) {
    root.append(svg('rect', { x: lx, y: 34, width: 12, height: 12, fill: s.color }));
    root.append(svg('text', { x: lx + 16, y: 44, 'font-size': 12, fill: '#3c4043' }, s.name));
    lx += 30 + s.name.length * 7;
  }
  const totals = chart.categories.map((_, i) =>
    chart.stacked
      ? chart.series.reduce((a, s) => a + (s.values[i] ?? 0), 0)
      : Math.max(...chart.series.map((s) => s.values[i] ?? 0)),
  );
  const max = Math.max(1, ...totals);
  const plotW = w - labelW - 40;
  const top = 60;
  for (let t = 0; t <= max; t += Math.max(1, Math.ceil(max / 6))) {
    const x = labelW + (t / max) * plotW;
    root.append(svg('line', { x1: x, y1: top - 4, x2: x, y2: h - 22, stroke: '#e8eaed' }));
    root.append(
      svg('text', { x, y: h - 8, 'text-anchor': 'middle', 'font-size': 11, fill: '#5f6368' }, String(t)),
    );
  }
  chart.categories.forEach((name, i) => {
    const y = top + i * (barH + 6);
    const fits = Math.max(4, Math.floor((labelW - 12) / 6.5));
    const label = name.length > fits ? `${name.slice(0, fits - 1)}…` : name;
    root.append(
      svg(
        'text',
        { x: labelW - 6, y: y + barH * 0.7, 'text-anchor': 'end', 'font-size': 11, fill: '#3c4043' },
        label,
      ),
    );
    let x = labelW;
    chart.series.forEach((s, j) => {
      const v = s.values[i] ?? 0;
      const bw = (v / max) * plotW;
      const yy = chart.stacked ? y : y + (j * barH) / chart.series.length;
      const hh = chart.stacked ? barH : barH / chart.series.length;
      if (bw > 0) {
        const rect = svg('rect', { x, y: yy, width: bw, height: hh, fill: s.color });
        rect.append(svg('title', {}, `${name} — ${s.name}: ${v}`));
        root.append(rect);
      }
      if (chart.stacked) x += bw;
    });
    root.append(
      svg('text', { x: x + 4, y: y + barH * 0.7, 'font-size': 11, fill: '#5f6368' }, String(totals[i])),
    );
  });
  box.append(root);
  return box;
}

function scrollToActive(): void {
  const a = snapshot.active;
  if (!a) return;
  const row = grid.querySelector<HTMLElement>(`tr[data-row="${a.row}"]`);
  row?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

// notes: hover shows them like Sheets does
grid.addEventListener('mouseover', (e) => {
  const td = (e.target as HTMLElement).closest('td');
  if (!td?.dataset.note) {
    tip.hidden = true;
    return;
  }
  tip.textContent = td.dataset.note;
  tip.hidden = false;
  const rect = td.getBoundingClientRect();
  const x = Math.min(rect.right + 6, window.innerWidth - tip.offsetWidth - 8);
  const y = Math.min(rect.top, window.innerHeight - tip.offsetHeight - 8);
  tip.style.left = `${Math.max(8, x)}px`;
  tip.style.top = `${Math.max(8, y)}px`;
});
grid.addEventListener('mouseleave', () => {
  tip.hidden = true;
});

grid.addEventListener('click', (e) => {
  const del = (e.target as HTMLElement).closest<HTMLElement>('button.row-delete');
  if (del) {
    const row = Number(del.dataset.row);
    const want = wantRows.get(current);
    if (want !== undefined) wantRows.set(current, want - 1);
    send({ type: 'deleteRow', sheet: current, row });
    return;
  }
  const td = (e.target as HTMLElement).closest('td');
  const tr = td?.closest('tr');
  if (!td || !tr) return;
  const sheet = snapshot.sheets.find((s) => s.name === current);
  const header = sheet?.cells[0]?.[Number(td.dataset.col) - 1] ?? '';
  cellBar.textContent = `${letter(Number(td.dataset.col) - 1)}${tr.dataset.row} · ${header}: ${td.textContent ?? ''}`;
});

// a double click edits a cell, as typed in a vi_VN spreadsheet (dd/mm/yyyy becomes a date)
grid.addEventListener('dblclick', (e) => {
  const td = (e.target as HTMLElement).closest('td');
  const tr = td?.closest('tr');
  if (!td || !tr || td.querySelector('input')) return;
  const input = el('input', 'editor');
  input.value = td.textContent ?? '';
  td.replaceChildren(input);
  input.focus();
  input.select();
  const finish = (save: boolean) => {
    if (save)
      send({
        type: 'edit',
        sheet: current,
        row: Number(tr.dataset.row),
        column: Number(td.dataset.col),
        text: input.value,
      });
    else render();
  };
  input.addEventListener('keydown', (k) => {
    if (k.key === 'Enter') finish(true);
    if (k.key === 'Escape') finish(false);
  });
  input.addEventListener('blur', () => finish(true), { once: true });
});

// A dialog the add-on opened (a drafted document, full size), over the page like Sheets shows it.
const overlay = el('div', 'dialog-overlay');
overlay.hidden = true;
document.body.append(overlay);

function renderDialog(): void {
  const d = snapshot.dialog;
  if (d === null) {
    overlay.hidden = true;
    overlay.replaceChildren();
    return;
  }
  if (!overlay.hidden) return;
  const box = el('div', 'dialog');
  box.style.width = `${Math.min(d.width, window.innerWidth - 40)}px`;
  const bar = el('div', 'dialog-title', d.title);
  const close = el('button', 'dialog-close', '✕');
  close.title = 'Đóng';
  close.addEventListener('click', () => {
    overlay.hidden = true;
    send({ type: 'closeDialog' });
  });
  bar.append(close);
  const body = el('iframe', 'dialog-body');
  body.setAttribute('sandbox', 'allow-popups');
  body.style.height = `${Math.min(d.height, window.innerHeight - 120)}px`;
  body.srcdoc = d.html;
  box.append(bar, body);
  overlay.replaceChildren(box);
  overlay.hidden = false;
}

// the account the add-on signs in with: the cell's secretary, or the commune's ban tổ chức
document.getElementById('account')?.addEventListener('change', (e) => {
  const account = (e.target as HTMLSelectElement).value as Account;
  send({ type: 'account', account });
  frame.contentWindow?.location.reload();
});

document.getElementById('reset')?.addEventListener('click', () => {
  sort = null;
  snapshot.active = null;
  send({ type: 'reset' });
  frame.contentWindow?.location.reload();
});
