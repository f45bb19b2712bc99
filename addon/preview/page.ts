/**
 * The preview page: on the left a table that plays the spreadsheet (tabs, frozen header, the
 * colours and notes a check writes, sortable, editable with a double click); on the right the
 * real sidebar at its real width. The add-on's server code runs in worker.js.
 */
import { CANDIDATES, MEMBERS, TABS } from '../src/server/columns.ts';
import { fold } from '../src/server/normalize.ts';
import type { FromWorker, SheetSnapshot, Snapshot, ToWorker } from './protocol.ts';

const worker = new Worker('worker.js');
const frame = document.getElementById('sidebar') as HTMLIFrameElement;
const grid = document.getElementById('grid') as HTMLDivElement;
const tabsBar = document.getElementById('tabs') as HTMLDivElement;
const tip = document.getElementById('tip') as HTMLDivElement;
const status = document.getElementById('status') as HTMLSpanElement;
const cellBar = document.getElementById('cellbar') as HTMLDivElement;

let snapshot: Snapshot = { sheets: [], active: null };
let current = 'Quần chúng';
let sort: { column: number; dir: 1 | -1 } | null = null;
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
    if (moved) scrollToActive();
  } else if (msg.type === 'progress') {
    lastProgress = msg.value;
  } else if (msg.type === 'result') {
    inFlight.delete(msg.id);
    if (busy > 0) busy--;
    toSidebar({ source: 'ptdv-preview', id: msg.id, ok: msg.ok, value: msg.value, error: msg.error });
  } else if (msg.type === 'ready') {
    status.textContent = msg.token
      ? `Máy chủ cục bộ: ${msg.backend} · đăng nhập thử: bí thư chi bộ mẫu · hôm nay ${msg.today.split('-').reverse().join('/')}`
      : `Chưa có mã đăng nhập thử (chạy bằng npm start) — tiện ích sẽ kiểm tra tại chỗ.`;
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

function width(sheet: SheetSnapshot, header: string): number {
  return WIDTHS.get(`${sheet.name}|${fold(header)}`) ?? 110;
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
  const header = sheet.cells[0] ?? [];
  const table = el('table', 'sheet');
  const colgroup = el('colgroup');
  const rowHeadCol = el('col');
  rowHeadCol.style.width = '40px';
  colgroup.append(rowHeadCol);
  const isPeople = sheet.name === CANDIDATES.name || sheet.name === MEMBERS.name;
  let total = 40;
  header.forEach((h) => {
    const col = el('col');
    const w = isPeople || sheet.name !== 'Cấu hình' ? width(sheet, h) : 200;
    col.style.width = `${w}px`;
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
  const order = sheet.cells.map((_, r) => r).slice(sheet.frozenRows);
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
  const rows = [...sheet.cells.map((_, r) => r).slice(0, sheet.frozenRows), ...order];
  const active = snapshot.active?.sheet === sheet.name ? snapshot.active : null;
  for (const r of rows) {
    const tr = el('tr', r < sheet.frozenRows ? 'header' : '');
    if (active && r + 1 >= active.row && r + 1 < active.row + active.numRows) tr.classList.add('active');
    tr.dataset.row = String(r + 1);
    tr.append(el('th', 'rownum', String(r + 1)));
    (sheet.cells[r] ?? []).forEach((text, c) => {
      const td = el('td', '', text);
      const bg = sheet.backgrounds[r]?.[c];
      if (bg && bg !== '#ffffff') td.style.background = bg;
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
  grid.replaceChildren(table);
  // sticky left offsets for frozen columns
  let left = 40;
  header.forEach((h, c) => {
    if (c >= sheet.frozenColumns) return;
    for (const cell of table.querySelectorAll<HTMLElement>(`.fc${c}`)) cell.style.left = `${left}px`;
    left += isPeople ? width(sheet, h) : 200;
  });
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
  if (!td || !tr || tr.classList.contains('header')) return;
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

document.getElementById('reset')?.addEventListener('click', () => {
  sort = null;
  snapshot.active = null;
  send({ type: 'reset' });
  frame.contentWindow?.location.reload();
});
