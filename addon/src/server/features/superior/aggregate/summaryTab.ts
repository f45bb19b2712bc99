/**
 * "Tổng hợp các chi bộ": `GET /v1/units/{id}/aggregate?year=` written to the "Tổng hợp" tab — one
 * row per direct subordinate (a đảng bộ cơ sở's row sums its cells, as in the report), the totals
 * row, amber rows below target, the units that have not reported, and a stacked bar chart beside
 * the table (admitted + still to admit, per unit). Refreshing rewrites that tab only, in a fixed
 * number of service calls whatever the number of units.
 */

import { type ReportFigures, rollUp } from '../../../../../../shared/documents/report/rollup.ts';
import type { Targets } from '../../../../../../shared/schemas/request.ts';
import { UNIT_ID } from '../../../../../../shared/schemas/vocabulary.ts';
import type { AggregateInput, AggregateResult, Failure } from '../../../../common/model.ts';
import { COMPUTED_HEADER_FILL, HEADER_FILL, SEVERITY_FILL } from '../../../../common/palette.ts';
import type { ActionOptions } from '../../../actions/options.ts';
import type { Services, SheetLike, SpreadsheetLike } from '../../../adapters/services.ts';
import type { TabDef } from '../../../sheet/columns.ts';
import { fold } from '../../../sheet/normalize.ts';
import { type Aggregate, fetchAggregate } from '../../../superior/aggregate.ts';
import { superiorContext } from '../../../superior/context.ts';

export const SUMMARY: TabDef = {
  id: 'summary',
  name: 'Tổng hợp',
  aliases: ['tong hop cac chi bo'],
  columns: [],
  tabColor: '#8430ce',
};

/**
 * The tab's columns, in order: header and note. The first five (unit, target, admitted, still to
 * admit, %) are the admission figures the chart draws; the chart sits right after them (CHART_COL)
 * and the other figures follow the chart, so the table's key columns and the chart fit one screen
 * together. Their widths are set by writeSummary.
 */
const COLUMNS: ReadonlyArray<readonly [header: string, note: string]> = [
  ['Đơn vị', 'Tổ chức đảng trực thuộc (một đảng bộ cơ sở gồm cả các chi bộ của nó).'],
  ['Chỉ tiêu kết nạp', 'Chỉ tiêu kết nạp cấp trên giao trong năm.'],
  ['Đã kết nạp', 'Số đảng viên mới có quyết định kết nạp trong năm (theo báo cáo gần nhất).'],
  ['Còn thiếu', 'Số còn phải kết nạp để đạt chỉ tiêu.'],
  ['% chỉ tiêu', 'Đã kết nạp so với chỉ tiêu.'],
  // the chart's place: an empty column as wide as the chart (writeSummary)
  ['', ''],
  ['Học sinh, sinh viên', 'Trong số đã kết nạp.'],
  ['Nữ', 'Trong số đã kết nạp.'],
  ['Dân tộc thiểu số', 'Trong số đã kết nạp.'],
  ['Tôn giáo', 'Trong số đã kết nạp: người có đạo.'],
  ['Đoàn viên', 'Trong số đã kết nạp: đoàn viên Đoàn TNCS Hồ Chí Minh.'],
  ['Chỉ tiêu lớp nhận thức', 'Số quần chúng được giao cử đi học lớp bồi dưỡng nhận thức về Đảng.'],
  ['Đã học lớp nhận thức', 'Giấy chứng nhận lớp nhận thức cấp trong năm.'],
  ['Công nhận chính thức', 'Quyết định công nhận đảng viên chính thức trong năm.'],
  ['Cảm tình Đảng', 'Quần chúng trong danh sách cảm tình Đảng, chưa kết nạp.'],
  ['Đang bồi dưỡng', 'Quần chúng đang được theo dõi, bồi dưỡng.'],
  ['Có thể kết nạp thêm', 'Dự báo: số còn có thể kết nạp đến 31/12.'],
  ['Báo cáo gần nhất', 'Ngày chi bộ gửi số liệu lần gần nhất; “Chưa báo cáo” nếu chưa gửi.'],
];

/** The units' column: room for a đảng bộ's name and its count of units reporting. */
const UNIT_COLUMN_WIDTH = 240;

const TARGET_COL = 1;
const ADMITTED_COL = 2;
const MISSING_COL = 3;
const PERCENT_COL = 4;
/** 0-based: the empty column the chart floats over, beside the key columns */
const CHART_COL = 5;
const DATE_COL = 17;
const NOT_REPORTED = 'Chưa báo cáo';
const ADMITTED_FILL = '#188038';
const MISSING_FILL = '#fbbc04';

export interface SummaryTable {
  values: unknown[][];
  backgrounds: string[][];
  /** 1-based sheet rows */
  headerRow: number;
  firstLine: number;
  lineCount: number;
  totalRow: number;
  width: number;
  notReported: string[];
  belowTarget: string[];
  total: { target: number; admitted: number };
  units: number;
  reported: number;
}

const blank = (n: number | undefined) => (n === undefined ? '' : n);

/** The tab's content as values and fills (pure: tests read it directly). */
export function summaryTable(agg: Aggregate, updatedAtText: string): SummaryTable {
  // The unit and its direct subordinates, each with its subtree's totals: one line each.
  const rollup = rollUp(agg.units);
  const byId = new Map(agg.units.map((u) => [u.id, u]));
  const extra = new Map<string, { religion: number; youth: number; last: string }>();
  for (const line of rollup.lines) {
    // The date of a unit's own latest report; a đảng bộ's line has none of its own.
    const own = byId.get(line.id)?.report?.submittedAt ?? '';
    extra.set(line.id, {
      religion: line.figures.admittedReligion,
      youth: line.figures.admittedYouthUnion,
      last: own,
    });
  }
  const width = COLUMNS.length;
  const title = `${SUMMARY_TITLE} ${agg.year} — ${agg.unit.name}`;
  const values: unknown[][] = [[title, ...new Array(width - 1).fill('')], COLUMNS.map((c) => c[0])];
  const backgrounds: string[][] = [new Array(width).fill('#ffffff'), new Array(width).fill(HEADER_FILL)];
  const belowTarget: string[] = [];

  const row = (
    name: string,
    targets: Targets,
    f: ReportFigures | undefined,
    e: { religion: number; youth: number; last: string } | undefined,
    reported: boolean,
  ): unknown[] => {
    const target = targets.admitted;
    const admitted = f?.admitted;
    const last = e?.last ? new Date(e.last) : undefined;
    return [
      name,
      blank(target),
      blank(admitted),
      target === undefined ? '' : Math.max(0, target - (admitted ?? 0)),
      target === undefined || target === 0 || admitted === undefined ? '' : admitted / target,
      '',
      blank(f?.admittedStudents),
      blank(f?.admittedWomen),
      blank(f?.admittedEthnicMinority),
      reported ? (e?.religion ?? 0) : '',
      reported ? (e?.youth ?? 0) : '',
      blank(targets.awarenessClass),
      blank(f?.awarenessClass),
      blank(f?.recognized),
      blank(f?.sympathizers),
      blank(f?.pipeline),
      blank(f?.forecast.admissible),
      last && !Number.isNaN(last.getTime()) ? last : NOT_REPORTED,
    ];
  };

  for (const line of rollup.lines) {
    const reported = line.reportedUnits > 0;
    const f = reported ? line.figures : undefined;
    const label =
      line.units > 1 ? `${line.name} (${line.reportedUnits}/${line.units} đơn vị báo cáo)` : line.name;
    const values1 = row(label, line.targets, f, extra.get(line.id), reported);
    // A đảng bộ reports through its cells: no date of its own once any of them has reported.
    if (reported && line.units > 1 && values1[DATE_COL] === NOT_REPORTED) values1[DATE_COL] = '';
    values.push(values1);
    const target = line.targets.admitted ?? 0;
    const below = target > 0 && (f?.admitted ?? 0) < target;
    if (below) belowTarget.push(line.name);
    const fills = new Array<string>(width).fill(below ? SEVERITY_FILL.warning : '#ffffff');
    fills[CHART_COL] = '#ffffff';
    if (!reported) fills[DATE_COL] = SEVERITY_FILL.error;
    backgrounds.push(fills);
  }
  const t = rollup.total;
  const totalExtra = { religion: 0, youth: 0, last: '' };
  for (const e of extra.values()) {
    totalExtra.religion += e.religion;
    totalExtra.youth += e.youth;
    if (e.last > totalExtra.last) totalExtra.last = e.last;
  }
  const totalRow = row('Tổng cộng', t.targets, t.figures, totalExtra, t.reportedUnits > 0);
  // What is still to admit does not net out: a unit above its target does not make up for another.
  const missing = values.slice(2).map((v) => v[MISSING_COL]);
  totalRow[MISSING_COL] = missing.some((v) => typeof v === 'number')
    ? missing.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0)
    : '';
  totalRow[DATE_COL] = `${t.reportedUnits}/${t.units} đã báo cáo`;
  values.push(totalRow);
  const totalFills = new Array<string>(width).fill(COMPUTED_HEADER_FILL);
  totalFills[CHART_COL] = '#ffffff';
  backgrounds.push(totalFills);
  backgrounds[1]![CHART_COL] = '#ffffff';

  // The subordinates still to report: a cell by its name, a đảng bộ with how many of its units.
  const notReported = rollup.lines
    .filter((l) => l.reportedUnits < l.units)
    .map((l) => (l.units > 1 ? `${l.name} (${l.units - l.reportedUnits}/${l.units} đơn vị)` : l.name));
  // The notes start below the chart, so that none of their text runs under it.
  const chartBottom = 2 + Math.ceil(chartHeight(rollup.lines.length) / ROW_PX);
  const footer: string[] = [
    ...new Array<string>(Math.max(1, chartBottom - values.length)).fill(''),
    `Cập nhật lúc ${updatedAtText} từ máy chủ PTĐV · ${t.reportedUnits}/${t.units} đơn vị đã báo cáo.`,
    notReported.length > 0
      ? `Chưa báo cáo (${notReported.length}): ${notReported.join(', ')}.`
      : 'Tất cả đơn vị đã báo cáo.',
    belowTarget.length > 0
      ? `Dưới chỉ tiêu kết nạp (nền vàng, ${belowTarget.length}): ${belowTarget.join(', ')}.`
      : 'Không đơn vị nào dưới chỉ tiêu kết nạp.',
  ];
  // The totals row's "Còn thiếu" is not its target minus its admissions: say why, with both numbers.
  const totalMissing = totalRow[MISSING_COL];
  const totalTarget = totalRow[TARGET_COL];
  const totalAdmitted = totalRow[ADMITTED_COL];
  if (
    typeof totalMissing === 'number' &&
    typeof totalTarget === 'number' &&
    typeof totalAdmitted === 'number'
  ) {
    const net = Math.max(0, totalTarget - totalAdmitted);
    if (net !== totalMissing) {
      footer.push(
        `“Còn thiếu” ở dòng Tổng cộng (${totalMissing}) là cộng số còn thiếu của từng đơn vị: đơn vị vượt chỉ tiêu không bù cho đơn vị khác, nên khác chỉ tiêu trừ số đã kết nạp (${totalTarget} − ${totalAdmitted}).`,
      );
    }
  }
  if (rollup.assigned?.admitted !== undefined) {
    footer.push(
      `Chỉ tiêu cấp trên giao cho ${agg.unit.name}: kết nạp ${rollup.assigned.admitted} đảng viên.`,
    );
  }
  footer.push(
    'Bảng này do tiện ích ghi lại mỗi lần bấm “Tổng hợp các chi bộ”: đừng nhập gì vào đây. Chỉ tiêu giao ở bảng “Giao chỉ tiêu”.',
  );
  for (const line of footer) {
    values.push([line, ...new Array(width - 1).fill('')]);
    backgrounds.push(new Array(width).fill('#ffffff'));
  }
  return {
    values,
    backgrounds,
    headerRow: 2,
    firstLine: 3,
    lineCount: rollup.lines.length,
    totalRow: 3 + rollup.lines.length,
    width,
    notReported,
    belowTarget,
    total: { target: t.targets.admitted ?? 0, admitted: t.figures.admitted },
    units: t.units,
    reported: t.reportedUnits,
  };
}

/** The "Tổng hợp" tab, created at the end when missing. */
/** The title every "Tổng hợp" tab the add-on writes starts with (A1): how it knows its own tab. */
export const SUMMARY_TITLE = 'Tổng hợp phát triển đảng viên năm';
/** The name used when the spreadsheet already has a "Tổng hợp" tab of its own. */
export const SUMMARY_FALLBACK = 'Tổng hợp PTĐV';

function isOurs(sheet: SheetLike): boolean {
  if (sheet.getLastRow() === 0) return true;
  const a1 = sheet.getRange(1, 1, 1, 1).getValues()[0]?.[0];
  return typeof a1 === 'string' && a1.startsWith(SUMMARY_TITLE);
}

/**
 * The add-on's "Tổng hợp" tab: one it wrote before (its A1 title) or an empty one; a "Tổng hợp" tab
 * of the user's own is never touched — the add-on then uses "Tổng hợp PTĐV". Created at the end.
 */
function summarySheet(ss: SpreadsheetLike): SheetLike {
  const sheets = ss.getSheets();
  const named = (name: string) => sheets.find((sh) => fold(sh.getName()) === fold(name));
  const main = named(SUMMARY.name);
  if (main !== undefined && isOurs(main)) return main;
  const fallback = named(SUMMARY_FALLBACK);
  if (fallback !== undefined && isOurs(fallback)) return fallback;
  const name = main === undefined ? SUMMARY.name : SUMMARY_FALLBACK;
  const sheet = ss.insertSheet(
    fallback === undefined ? name : `${SUMMARY_FALLBACK} ${sheets.length + 1}`,
    sheets.length,
  );
  sheet.setTabColor(SUMMARY.tabColor);
  return sheet;
}

/** Rewrites the tab: a fixed number of calls, whatever the number of units. */
export function writeSummary(
  sheet: SheetLike,
  table: SummaryTable,
  year: number,
  chartsType: unknown,
): boolean {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  sheet.clearNotes();
  const rows = table.values.length;
  const needRows = rows - sheet.getMaxRows();
  if (needRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needRows);
  const needColumns = table.width + 8 - sheet.getMaxColumns();
  if (needColumns > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needColumns);
  const all = sheet.getRange(1, 1, rows, table.width);
  all.setValues(table.values);
  all.setBackgrounds(table.backgrounds);
  sheet.getRange(1, 1, 1, 1).setFontWeight('bold');
  const header = sheet.getRange(table.headerRow, 1, 1, table.width);
  header.setFontWeight('bold').setWrap(true).setVerticalAlignment('middle');
  header.setNotes([COLUMNS.map((c) => c[1])]);
  sheet.getRange(table.totalRow, 1, 1, table.width).setFontWeight('bold');
  const body = table.totalRow - table.firstLine + 1;
  sheet.getRange(table.firstLine, PERCENT_COL + 1, body, 1).setNumberFormat('0%');
  sheet.getRange(table.firstLine, DATE_COL + 1, body, 1).setNumberFormat('dd/mm/yyyy');
  sheet.setFrozenRows(table.headerRow);
  sheet.setFrozenColumns(1);
  // The stacked bar: one bar per unit, admitted + still to admit = the target (or more).
  const last = table.firstLine + table.lineCount - 1;
  const size = chartSize(table.values.slice(table.firstLine - 1, last).map((row) => String(row[0] ?? '')));
  sheet.setColumnWidths(1, 1, UNIT_COLUMN_WIDTH);
  // the key columns hold counts of two or three digits: narrow, so the chart beside them fits a screen
  sheet.setColumnWidths(2, CHART_COL - 1, KEY_COLUMN_WIDTH);
  // no units, no chart: the empty column stays narrow
  const chartColumnWidth = table.lineCount === 0 ? 24 : size.width + 2 * CHART_MARGIN;
  sheet.setColumnWidths(CHART_COL + 1, 1, chartColumnWidth);
  sheet.setColumnWidths(CHART_COL + 2, table.width - CHART_COL - 1, 84);
  if (table.lineCount === 0) return false;
  const chart = sheet
    .newChart()
    .setChartType(chartsType)
    .addRange(sheet.getRange(table.headerRow, 1, last - table.headerRow + 1, 1))
    .addRange(sheet.getRange(table.headerRow, 3, last - table.headerRow + 1, 2))
    .setNumHeaders(1)
    .setOption('title', `Kết nạp đảng viên năm ${year} so với chỉ tiêu`)
    .setOption('isStacked', true)
    .setOption('colors', [ADMITTED_FILL, MISSING_FILL])
    .setOption('legend', { position: 'top' })
    .setOption('width', size.width)
    .setOption('height', chartHeight(table.lineCount))
    .setOption('chartArea', { left: size.labels, top: 60, width: CHART_PLOT_WIDTH })
    // Beside the table's top rows, right after its key columns: seen without scrolling (ux.md).
    .setPosition(table.headerRow, CHART_COL + 1, CHART_MARGIN, 0)
    .build();
  sheet.insertChart(chart);
  return true;
}

/** The bars' own width in pixels, beside the unit names. */
const CHART_PLOT_WIDTH = 260;
/** Columns B–E (target, admitted, still to admit, %): their headers wrap on three lines. */
const KEY_COLUMN_WIDTH = 68;
/** Pixels left empty on each side of the chart inside its column. */
const CHART_MARGIN = 12;
/** Sheets' default row height: how the notes below the chart find their first free row. */
const ROW_PX = 21;

/** The chart's height: a title and legend, then one bar per unit. */
export function chartHeight(lines: number): number {
  return Math.min(4000, 90 + 26 * lines);
}
/** Pixels per character of an 11 px label (Vietnamese with diacritics, a safe average). */
const LABEL_CHAR_PX = 7;

/**
 * The chart's label column and total width: wide enough for the longest unit name (Sheets cuts
 * labels that do not fit the chart area), bounded so a very long name cannot push the bars away.
 */
export function chartSize(labels: readonly string[]): { labels: number; width: number } {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  const labelPx = Math.min(420, Math.max(120, 16 + longest * LABEL_CHAR_PX));
  return { labels: labelPx, width: labelPx + CHART_PLOT_WIDTH + 40 };
}

export function runAggregate(
  s: Services,
  rawInput: unknown,
  options: ActionOptions = {},
): AggregateResult | Failure {
  const i = (rawInput ?? {}) as Partial<AggregateInput>;
  const ctx = superiorContext(s, options);
  if ('kind' in ctx) return ctx;
  const year = Number.isInteger(Number(i.year)) ? Number(i.year) : Number(ctx.clock.today.slice(0, 4));
  // A subordinate opened from the panel: the worker says whether this account may see it.
  const unitId = typeof i.unitId === 'string' && UNIT_ID.test(i.unitId) ? i.unitId : ctx.unitId;
  const aggregate = fetchAggregate(s, { base: ctx.base, unitId }, year, options);
  if ('kind' in aggregate) return aggregate;
  const table = summaryTable(aggregate, ctx.clock.atText);
  const sheet = summarySheet(ctx.ss);
  const chart = writeSummary(sheet, table, year, s.Charts.ChartType.BAR);
  sheet.activate();
  return {
    ok: true,
    year,
    unitName: aggregate.unit.name,
    sheetName: sheet.getName(),
    lines: table.lineCount,
    units: table.units,
    reported: table.reported,
    notReported: table.notReported,
    belowTarget: table.belowTarget,
    total: table.total,
    updatedAtText: ctx.clock.atText,
    chart,
    notices: [],
    unitId,
    homeUnitId: ctx.unitId,
    homeUnitName: ctx.unitName,
    openable: aggregate.units
      .filter((u) => u.depth === 1 && (u.children ?? 0) > 0)
      .map((u) => ({ id: u.id, name: u.name })),
  };
}
