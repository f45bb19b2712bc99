/**
 * The sidebar (ux.md, top to bottom): header with the unit, the last check and the ruleset; one
 * primary button with a progress line; the pipeline by stage (click to filter); the next
 * deadlines; what each person still needs, with the citation in grey (click a name to select the
 * row); the year's target; the secondary actions; the privacy line. Plain DOM, text only through
 * textContent (names come from the sheet).
 */

import type { Stage } from '../../../shared/schemas/primitives.ts';
import type {
  CheckResult,
  DeadlineView,
  Failure,
  Notice,
  PersonView,
  Progress,
  SidebarState,
  StageCounts,
  TargetView,
  TemplateReport,
} from '../common/model.ts';
import { PIPELINE, SEVERITY_FILL, SEVERITY_INK, STAGE_STYLES } from '../common/palette.ts';
import { actionsSection, initActions } from './actions.ts';
import { call } from './api.ts';
import { type Child, h } from './dom.ts';

interface UiState {
  initial: SidebarState | null;
  result: CheckResult | null;
  running: boolean;
  progress: Progress | null;
  failure: Failure | null;
  template: TemplateReport | null;
  filter: Stage | null;
  expanded: Set<string>;
  allDeadlines: boolean;
  showHelp: boolean;
  showInfo: boolean;
  selectMessage: string | null;
}

const ui: UiState = {
  initial: null,
  result: null,
  running: false,
  progress: null,
  failure: null,
  template: null,
  filter: null,
  expanded: new Set(),
  allDeadlines: false,
  showHelp: false,
  showInfo: false,
  selectMessage: null,
};

const app = document.getElementById('app')!;
const ITEMS_SHOWN = 3;
const DEADLINES_SHOWN = 5;

function present(children: Child[]): Array<Node | string> {
  return children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false);
}

/** A click handler that changes the UI state, then redraws. */
function act(change: () => void): () => void {
  return () => {
    change();
    render();
  };
}

function render(): void {
  const scroll = document.scrollingElement?.scrollTop ?? 0;
  app.replaceChildren(...present(view()));
  if (document.scrollingElement) document.scrollingElement.scrollTop = scroll;
}

function isFailure(x: unknown): x is Failure {
  return typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false;
}

// ---------------------------------------------------------------------------------------------
// Actions

let poll: ReturnType<typeof setInterval> | undefined;

async function runCheck(): Promise<void> {
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

async function runTemplate(): Promise<void> {
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

function select(sheetName: string, key: string): void {
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

// ---------------------------------------------------------------------------------------------
// Views

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

function headerView(init: SidebarState, result: CheckResult | null): HTMLElement {
  const unit = result?.unitName ?? init.unitName;
  const when = result?.checkedAtText ?? init.lastCheck?.atText;
  const rules = result?.rulesLabel ?? init.lastCheck?.rulesLabel;
  const mode = result?.mode ?? init.lastCheck?.mode;
  return h(
    'header',
    { class: 'top' },
    h('div', {
      class: 'unit',
      text: unit ?? 'PTĐV — Phát triển đảng viên',
      title: unit ? '' : 'Ghi “Tên chi bộ” ở bảng “Cấu hình”',
    }),
    when
      ? h(
          'div',
          { class: 'meta' },
          `Kiểm tra lúc ${when}`,
          mode === 'local'
            ? h('span', {
                class: 'chip local',
                text: 'kiểm tra tại chỗ',
                title: 'Dùng bộ quy tắc đi kèm tiện ích, không qua máy chủ',
              })
            : null,
        )
      : h('div', { class: 'meta', text: 'Chưa kiểm tra lần nào' }),
    rules ? h('div', { class: 'meta rules', text: rules }) : null,
  );
}

function primaryView(init: SidebarState): HTMLElement {
  const box = h('div', { class: 'primary-box' });
  if (init.hasList) {
    box.append(
      h('button', {
        class: 'primary',
        text: ui.running ? 'Đang kiểm tra…' : 'Kiểm tra danh sách',
        onclick: () => void runCheck(),
        disabled: ui.running,
        attrs: { id: 'check' },
      }),
    );
  }
  const r = ui.result;
  if (r && !ui.progress) {
    const needing = r.people.filter((p) => p.items.length > 0 || p.excluded).length;
    const parts = [`Đã kiểm tra ${r.checked}/${r.total} người`, `${r.counts.ready} đủ điều kiện`];
    if (needing > 0) parts.push(`${r.peopleTotal > r.people.length ? 'nhiều' : needing} người cần bổ sung`);
    box.append(h('div', { class: 'summary-line', text: `${parts.join(' · ')}.` }));
  }
  if (ui.progress) {
    box.append(
      h(
        'div',
        { class: 'progress', attrs: { role: 'status' } },
        h(
          'div',
          { class: 'bar' },
          h('div', {
            class: 'fill',
            style: `width:${Math.round(Math.max(0.03, ui.progress.fraction) * 100)}%`,
          }),
        ),
        h('div', { class: 'progress-text', text: ui.progress.text }),
      ),
    );
  }
  return box;
}

function noticeView(n: Notice): HTMLElement {
  return h(
    'div',
    { class: `notice ${n.level}`, attrs: { role: n.level === 'error' ? 'alert' : 'note' } },
    h('strong', { text: n.title }),
    h('p', { text: n.text }),
  );
}

function templateView(t: TemplateReport): HTMLElement {
  return h(
    'div',
    { class: 'notice info' },
    h('strong', { text: t.changed ? 'Đã tạo bảng mẫu' : 'Bảng đã đủ theo mẫu' }),
    h('ul', {}, ...t.lines.map((l) => h('li', { text: l }))),
  );
}

function emptyView(): HTMLElement {
  return h(
    'section',
    { class: 'empty' },
    h('p', { class: 'big', text: 'Chưa có danh sách — bấm Tạo bảng mẫu để bắt đầu.' }),
    h('p', {
      text: 'Tiện ích sẽ tạo các bảng Quần chúng, Đảng viên, Chỉ tiêu, Ngày nghỉ và Cấu hình, có ghi chú hướng dẫn ở từng cột và một dòng ví dụ.',
    }),
    h('button', {
      class: 'primary',
      text: 'Tạo bảng mẫu',
      onclick: () => void runTemplate(),
      disabled: ui.running,
      attrs: { id: 'template' },
    }),
  );
}

function firstRunView(init: SidebarState): HTMLElement {
  return h(
    'section',
    { class: 'hint' },
    h('p', {
      text: init.lastCheck
        ? 'Số liệu trên là của lần kiểm tra trước. Bấm “Kiểm tra danh sách” để xem chi tiết từng người.'
        : 'Bấm “Kiểm tra danh sách” để biết ai đủ điều kiện xét kết nạp, từ ngày nào, và còn thiếu giấy tờ gì. Kết quả ghi vào các cột xám và ghi chú trên từng ô.',
    }),
  );
}

function pipelineView(counts: StageCounts, interactive: boolean): HTMLElement {
  const tiles = PIPELINE.map((stage) => {
    const style = STAGE_STYLES[stage];
    const active = ui.filter === stage;
    const n = counts[stage] ?? 0;
    return h(
      'button',
      {
        class: `tile${active ? ' active' : ''}${stage === 'ready' ? ' key' : ''}${n === 0 ? ' zero' : ''}`,
        style: `background:${style.fill};color:${style.ink};${active ? `box-shadow:inset 0 0 0 2px ${style.ink}` : ''}`,
        title: interactive ? `Chỉ xem: ${style.short}` : style.short,
        disabled: !interactive,
        onclick: () => {
          ui.filter = ui.filter === stage ? null : stage;
          render();
        },
        attrs: { 'data-stage': stage },
      },
      h('span', { class: 'count', text: String(n) }),
      h('span', { class: 'label', text: style.short }),
    );
  });
  const removed = counts.removed ?? 0;
  return h(
    'section',
    { class: 'pipeline' },
    h('h2', { text: 'Tiến độ' }),
    h('div', { class: 'tiles' }, ...tiles),
    removed > 0 ? h('div', { class: 'small muted', text: `Thôi theo dõi: ${removed}` }) : null,
    ui.filter && interactive
      ? h(
          'div',
          { class: 'filter-note' },
          `Đang xem: ${STAGE_STYLES[ui.filter].short}`,
          h('button', {
            class: 'link',
            text: 'Bỏ lọc',
            onclick: act(() => {
              ui.filter = null;
            }),
          }),
        )
      : null,
  );
}

function personLink(name: string, sheetName: string, key: string, row: number): HTMLElement {
  return h('button', {
    class: 'link person',
    text: name,
    title: `Chọn dòng ${row} trong bảng “${sheetName}”`,
    onclick: () => select(sheetName, key),
  });
}

function daysText(d: DeadlineView): string {
  if (d.overdue) return `quá hạn ${Math.abs(d.workingDaysLeft)} ngày làm việc`;
  if (d.workingDaysLeft === 0) return 'hạn hôm nay';
  return `còn ${d.workingDaysLeft} ngày làm việc`;
}

function deadlinesView(deadlines: DeadlineView[]): HTMLElement | null {
  const list = ui.filter ? deadlines.filter((d) => personStage(d.key) === ui.filter) : deadlines;
  if (list.length === 0) return null;
  const shown = ui.allDeadlines ? list : list.slice(0, DEADLINES_SHOWN);
  return h(
    'section',
    { class: 'deadlines' },
    h('h2', { text: 'Việc sắp đến hạn' }),
    h(
      'ul',
      {},
      ...shown.map((d) =>
        h(
          'li',
          { class: d.overdue ? 'overdue' : d.workingDaysLeft <= 10 ? 'soon' : '' },
          h(
            'div',
            {},
            personLink(d.name, d.sheetName, d.key, d.row),
            h('span', { class: 'what', text: ` — ${d.what}` }),
          ),
          h(
            'div',
            { class: 'when' },
            h('span', { class: 'due', text: `Hạn ${d.due}` }),
            ' · ',
            h('span', { class: 'left', text: daysText(d) }),
          ),
        ),
      ),
    ),
    list.length > DEADLINES_SHOWN
      ? h('button', {
          class: 'link more',
          text: ui.allDeadlines ? 'Thu gọn' : `Xem thêm ${list.length - DEADLINES_SHOWN} việc`,
          onclick: act(() => {
            ui.allDeadlines = !ui.allDeadlines;
          }),
        })
      : null,
  );
}

function personStage(key: string): Stage | null {
  return ui.result?.people.find((p) => p.key === key)?.stage ?? null;
}

function stagePill(stage: Stage | null): HTMLElement {
  if (stage === null) return h('span', { class: 'pill excluded', text: 'chưa kiểm tra' });
  const s = STAGE_STYLES[stage];
  return h('span', { class: 'pill', text: s.short, style: `background:${s.fill};color:${s.ink}` });
}

function personView(p: PersonView): HTMLElement {
  const open = ui.expanded.has(p.key);
  const items = open ? p.items : p.items.slice(0, ITEMS_SHOWN);
  const rest = p.items.length - items.length;
  return h(
    'li',
    { class: 'card', attrs: { 'data-key': p.key } },
    h('div', { class: 'who' }, personLink(p.name, p.sheetName, p.key, p.row), stagePill(p.stage)),
    p.excluded
      ? h(
          'div',
          { class: 'item error' },
          h('span', { class: 'icon', text: '✖' }),
          h('span', { text: `Chưa kiểm tra được: ${p.excluded}.` }),
        )
      : null,
    p.items.length === 0 && !p.excluded
      ? h('div', {
          class: 'item ok',
          text: p.stage === 'ready' ? '✓ Không thiếu gì — có thể đưa ra chi bộ xét.' : '✓ Không thiếu gì.',
        })
      : null,
    ...items.map((i) =>
      h(
        'div',
        { class: `item ${i.severity}` },
        h('span', {
          class: 'icon',
          text: i.severity === 'error' ? '✖' : '⚠',
          style: `color:${SEVERITY_INK[i.severity]}`,
        }),
        h(
          'span',
          { class: 'text' },
          i.text,
          i.citation ? h('span', { class: 'cite', text: i.citation }) : null,
          i.where ? h('span', { class: 'cite', text: i.where }) : null,
        ),
      ),
    ),
    rest > 0 || open
      ? h('button', {
          class: 'link more',
          text: open ? 'Thu gọn' : `+ ${rest} việc khác`,
          onclick: () => {
            if (open) ui.expanded.delete(p.key);
            else ui.expanded.add(p.key);
            render();
          },
        })
      : null,
    p.eligibleFrom && p.items.length > 0
      ? h('div', { class: 'cite', text: `Sớm nhất đủ điều kiện về thời gian: ${p.eligibleFrom}` })
      : null,
  );
}

function peopleView(result: CheckResult): HTMLElement {
  if (result.total === 0) {
    return h(
      'section',
      { class: 'hint' },
      h('p', {
        text: `Bảng “${result.candidateSheet}” chưa có ai. Nhập mỗi quần chúng một dòng (ít nhất họ tên và ngày sinh) rồi bấm “Kiểm tra danh sách”.`,
      }),
    );
  }
  const filtered = ui.filter
    ? result.people.filter((p) => p.stage === ui.filter)
    : result.people.filter((p) => p.items.length > 0 || p.excluded);
  const title = ui.filter
    ? `${STAGE_STYLES[ui.filter].short} (${filtered.length} người)`
    : `Cần bổ sung (${filtered.length} người)`;
  const capped = result.peopleTotal > result.people.length;
  return h(
    'section',
    { class: 'people' },
    h('h2', { text: title }),
    ui.selectMessage ? h('div', { class: 'notice warning small', text: ui.selectMessage }) : null,
    filtered.length === 0
      ? h('p', {
          class: 'muted',
          text: ui.filter ? 'Không có ai ở giai đoạn này.' : 'Không ai còn thiếu gì.',
        })
      : h('ul', { class: 'cards' }, ...filtered.map(personView)),
    capped
      ? h('p', {
          class: 'small muted',
          text: `Chỉ hiện ${result.people.length}/${result.peopleTotal} người — xem đủ ở cột “Kết quả kiểm tra”.`,
        })
      : null,
    filtered.length > 0
      ? h('p', { class: 'small muted', text: 'Bấm vào tên để chọn dòng trong bảng tính.' })
      : null,
  );
}

function sheetProblemsView(result: CheckResult): HTMLElement | null {
  if (result.sheetProblems.length === 0) return null;
  return h(
    'section',
    { class: 'people' },
    h('h2', { text: 'Ô cần sửa ở các bảng khác' }),
    h(
      'ul',
      { class: 'cards' },
      ...result.sheetProblems
        .slice(0, 20)
        .map((p) =>
          h(
            'li',
            { class: 'card' },
            h(
              'div',
              { class: `item ${p.severity}` },
              h('span', { class: 'icon', text: p.severity === 'error' ? '✖' : '⚠' }),
              h(
                'span',
                { class: 'text' },
                p.text,
                h('span', { class: 'cite', text: `Bảng “${p.sheetName}”, ${p.where}` }),
              ),
            ),
          ),
        ),
    ),
  );
}

function targetView(t: TargetView | null): HTMLElement | null {
  if (t === null) return null;
  const section = h('section', { class: 'target' }, h('h2', { text: `Chỉ tiêu năm ${t.year}` }));
  if (t.target === 0) {
    section.append(
      h('p', { text: `Đã kết nạp ${t.admitted} · dự kiến đến 31/12: ${t.expected}.` }),
      h('p', { class: 'small muted', text: `Chưa có chỉ tiêu năm ${t.year} — ghi ở bảng “Chỉ tiêu”.` }),
    );
    return section;
  }
  const max = Math.max(t.target, t.expected, 1);
  const pct = (n: number) => `${Math.min(100, Math.round((n / max) * 100))}%`;
  section.append(
    ...present([
      h(
        'div',
        {
          class: 'tbar',
          attrs: {
            role: 'img',
            'aria-label': `Đã kết nạp ${t.admitted}, dự kiến ${t.expected}, chỉ tiêu ${t.target}`,
          },
        },
        h('div', { class: 'expected', style: `width:${pct(t.expected)}` }),
        h('div', { class: 'admitted', style: `width:${pct(t.admitted)}` }),
        h('div', { class: 'mark', style: `left:${pct(t.target)}`, title: `Chỉ tiêu: ${t.target}` }),
      ),
      h(
        'div',
        { class: 'legend' },
        h('span', {}, h('i', { class: 'sw admitted' }), `Đã kết nạp ${t.admitted}`),
        h('span', {}, h('i', { class: 'sw expected' }), `Dự kiến ${t.expected}`),
        h('span', {}, h('i', { class: 'sw mark' }), `Chỉ tiêu ${t.target}`),
      ),
      t.students
        ? h('div', {
            class: 'small',
            text: `Học sinh, sinh viên: đã kết nạp ${t.students.admitted}, dự kiến ${t.students.expected} (chỉ tiêu ${t.students.target}).`,
          })
        : null,
      t.sentence
        ? h('p', { class: 'warn-line', text: t.sentence, style: `background:${SEVERITY_FILL.warning}` })
        : h('p', { class: 'ok-line', text: 'Có thể đạt chỉ tiêu nếu hoàn thiện hồ sơ kịp.' }),
    ]),
  );
  return section;
}

function actionsView(init: SidebarState): HTMLElement {
  return actionsSection(
    init.hasList
      ? h('button', {
          class: 'link',
          text: 'Tạo bảng mẫu / bổ sung cột còn thiếu',
          onclick: () => void runTemplate(),
          disabled: ui.running,
        })
      : null,
  );
}

function infoView(result: CheckResult): HTMLElement | null {
  const lines = [...result.info];
  if (result.hasExampleRow) lines.unshift('Bảng còn dòng ví dụ — xóa đi khi nhập danh sách thật.');
  if (lines.length === 0) return null;
  return h(
    'section',
    { class: 'info' },
    h('button', {
      class: 'link',
      text: `${ui.showInfo ? '▾' : '▸'} Ghi chú khi đọc bảng (${lines.length})`,
      onclick: act(() => {
        ui.showInfo = !ui.showInfo;
      }),
    }),
    ui.showInfo ? h('ul', {}, ...lines.map((l) => h('li', { text: l }))) : null,
  );
}

/** A small padlock drawn inline (no emoji font needed, nothing fetched). */
function lockIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '12');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'lock');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 1 0-4 0v2z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

function footerView(init: SidebarState): HTMLElement {
  return h(
    'footer',
    {},
    h('p', { class: 'privacy' }, lockIcon(), 'Họ tên và thông tin cá nhân không rời khỏi bảng tính này.'),
    h('button', {
      class: 'link',
      text: ui.showHelp ? 'Ẩn hướng dẫn' : 'Hướng dẫn',
      onclick: act(() => {
        ui.showHelp = !ui.showHelp;
      }),
    }),
    ui.showHelp
      ? h(
          'ol',
          { class: 'help' },
          h('li', {
            text: 'Lần đầu: bấm “Tạo bảng mẫu”. Mỗi cột có ghi chú hướng dẫn (rê chuột lên tiêu đề).',
          }),
          h('li', { text: 'Ghi ngày theo dạng dd/mm/yyyy. Cột xám do tiện ích ghi — không cần nhập.' }),
          h('li', {
            text: 'Bấm “Kiểm tra danh sách”: ô đỏ là việc còn chặn kết nạp, ô vàng là việc cần chú ý; rê chuột lên ô để đọc ghi chú.',
          }),
          h('li', { text: 'Người giới thiệu và đảng viên giúp đỡ: ghi họ tên đúng như ở bảng “Đảng viên”.' }),
          h('li', { text: 'Máy chủ chỉ nhận mã dòng, ngày tháng và các ô Có/Không — không nhận họ tên.' }),
        )
      : null,
    h('p', { class: 'version', text: `PTĐV ${init.version}` }),
  );
}

// ---------------------------------------------------------------------------------------------

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
  initActions(render, ui.initial.open);
  render();
  if (ui.initial.autorun && ui.initial.hasList) void runCheck();
}

void start();
