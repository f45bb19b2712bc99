/** The check's results: the pipeline by stage, the next deadlines, each person's needs, the sheet's problems, the target. */
import type { Stage } from '../../../../shared/schemas/primitives.ts';
import type { CheckResult, DeadlineView, PersonView, StageCounts, TargetView } from '../../common/model.ts';
import { PIPELINE, SEVERITY_FILL, SEVERITY_INK, STAGE_STYLES } from '../../common/palette.ts';
import { h } from '../dom.ts';
import { select } from './run.ts';
import { act, present, render, ui } from './state.ts';

const ITEMS_SHOWN = 3;
const DEADLINES_SHOWN = 5;

export function pipelineView(counts: StageCounts, interactive: boolean, gone?: string | null): HTMLElement {
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
    gone ? h('div', { class: 'small muted', text: gone }) : null,
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

export function personLink(name: string, sheetName: string, key: string, row: number): HTMLElement {
  return h('button', {
    class: 'link person',
    text: name,
    title: `Chọn dòng ${row} trong bảng “${sheetName}”`,
    onclick: () => select(sheetName, key),
  });
}

export function daysText(d: DeadlineView): string {
  if (d.overdue) return `quá hạn ${Math.abs(d.workingDaysLeft)} ngày làm việc`;
  if (d.workingDaysLeft === 0) return 'hạn hôm nay';
  return `còn ${d.workingDaysLeft} ngày làm việc`;
}

export function deadlinesView(deadlines: DeadlineView[]): HTMLElement | null {
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

export function personStage(key: string): Stage | null {
  return ui.result?.people.find((p) => p.key === key)?.stage ?? null;
}

export function stagePill(stage: Stage | null): HTMLElement {
  if (stage === null) return h('span', { class: 'pill excluded', text: 'chưa kiểm tra' });
  const s = STAGE_STYLES[stage];
  return h('span', { class: 'pill', text: s.short, style: `background:${s.fill};color:${s.ink}` });
}

export function personView(p: PersonView): HTMLElement {
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

export function peopleView(result: CheckResult): HTMLElement {
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

export function sheetProblemsView(result: CheckResult): HTMLElement | null {
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

/** "Dự kiến": who is counted, each with the next step and its latest day (the engine's projection). */
function countedView(t: TargetView): HTMLElement | null {
  if (t.counted.length === 0) return null;
  return h(
    'details',
    { class: 'counted' },
    h('summary', {
      text: `Dự kiến: ai được tính (${t.counted.filter((p) => !p.atRisk).length} người${
        t.counted.some((p) => p.atRisk)
          ? `; thêm ${t.counted.filter((p) => p.atRisk).length} người nếu mọi bước làm nhanh nhất`
          : ''
      })`,
    }),
    h(
      'ul',
      {},
      ...t.counted.map((p) =>
        h(
          'li',
          { class: p.overdue ? 'overdue' : p.atRisk ? 'soon' : '' },
          h('div', {}, personLink(p.name, p.sheetName, p.key, p.row), h('span', { text: ` — ${p.outlook}` })),
          h('div', {
            class: 'when small',
            text: `Bước tiếp theo: ${p.next}, ${p.overdue ? `đã quá ngày ${p.by}` : `chậm nhất ngày ${p.by}`}`,
          }),
        ),
      ),
    ),
    h('p', {
      class: 'small muted',
      text: 'Thời gian các bước là ước tính (thời gian thường cần), không phải quy định. Ngày khai giảng lớp nhận thức và ngày họp chi bộ định kỳ ghi ở bảng “Cấu hình” để ước tính sát hơn.',
    }),
  );
}

export function targetView(t: TargetView | null): HTMLElement | null {
  if (t === null) return null;
  const section = h('section', { class: 'target' }, h('h2', { text: `Chỉ tiêu năm ${t.year}` }));
  if (t.target === 0) {
    section.append(
      ...present([
        h('p', { text: `Đã kết nạp ${t.admitted} · dự kiến đến 31/12: ${t.expected}.` }),
        h('p', { class: 'small muted', text: `Chưa có chỉ tiêu năm ${t.year} — ghi ở bảng “Chỉ tiêu”.` }),
        countedView(t),
      ]),
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
      countedView(t),
    ]),
  );
  return section;
}
