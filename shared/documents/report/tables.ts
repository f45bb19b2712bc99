import { type Block, type Cell, cell, cellLines } from '../model.ts';
import { share, two } from '../numbers.ts';
import { learnersOfUnits, tableCount } from '../wording.ts';
import {
  admittedIn,
  basisOverReported,
  halfLabels,
  type ReportPeriod,
  shareOverReported,
  yearToDate,
} from './period.ts';
import { admittedByHalf, type ReportFigures, type Rollup, type UnitLine } from './rollup.ts';

const DASH = '—';

/** "Chi bộ A", "Chi bộ A (chưa báo cáo)", "Đảng bộ B (02/03 đơn vị báo cáo)". */
function unitName(line: UnitLine): string {
  if (line.reportedUnits === 0) return `${line.name} (chưa báo cáo)`;
  if (line.units > 1 && line.reportedUnits < line.units) {
    return `${line.name} (${two(line.reportedUnits)}/${two(line.units)} đơn vị báo cáo)`;
  }
  return line.name;
}

/** A figure in a cell: "0" for zero (never "00"), a dash where there is no figure. */
function num(n: number | undefined): string {
  return n === undefined ? DASH : tableCount(n);
}

type Column = {
  header: string;
  /** the heading over a group of adjacent columns (model.ts) */
  group?: string;
  width: number;
  /** `total`: the totals row, whose shares are over the reporting lines only */
  value: (l: UnitLine, f: ReportFigures | undefined, total: boolean) => string;
};

/**
 * The totals row's share: over the reporting lines only. When their figure or target is not the
 * one printed in the row, the share says what it divides ("80,0% (08/10 …)"), so a reader who
 * divides the printed totals is not misled.
 */
function totalShare(
  rollup: Rollup,
  figure: (l: UnitLine) => number | undefined,
  target: (l: UnitLine) => number | undefined,
  printed: { done: number | undefined; goal: number | undefined },
): string {
  const rate = shareOverReported(rollup, figure, target);
  if (rate === undefined) return DASH;
  const b = basisOverReported(rollup, figure, target);
  if (b.done === printed.done && b.goal === printed.goal) return rate;
  return `${rate} (${two(b.done)}/${two(b.goal)}, đơn vị đã báo cáo có chỉ tiêu)`;
}

/** About the characters of one line of the "Tổ chức đảng" column, in 12 pt. */
const NAME_LINE_CHARS = 24;

/**
 * A unit's name in its column: a long one breaks after its kind ("Chi bộ" / "Trường THPT Tân Phú"),
 * never inside the school's own name ("Chi bộ Trường THPT Tân / Phú").
 */
function nameCell(text: string, bold: boolean): Cell {
  const m = /^(Chi bộ|Đảng bộ|Đảng ủy) (.+)$/.exec(text);
  if (m === null || text.length <= NAME_LINE_CHARS) return cell(text, { bold });
  return cellLines([[m[1]!], [m[2]!]], { bold });
}

/** A table with one row per line and the total row, every figure column centred. */
function table(rollup: Rollup, caption: string, columns: Column[], note?: string): Block {
  const row = (l: UnitLine, index: string, total: boolean): Cell[] => {
    const f = l.reportedUnits > 0 ? l.figures : undefined;
    return [
      cell(index, { align: 'center', bold: total }),
      nameCell(total ? l.name : unitName(l), total),
      ...columns.map((c) => cell(c.value(l, f, total), { align: 'center', bold: total })),
    ];
  };
  return {
    kind: 'table',
    caption,
    columns: [
      { header: 'TT', width: 6, align: 'center' },
      { header: 'Tổ chức đảng', width: 32 },
      ...columns.map((c) => ({
        header: c.header,
        ...(c.group === undefined ? {} : { group: c.group }),
        width: c.width,
        align: 'center' as const,
      })),
    ],
    rows: [...rollup.lines.map((l, i) => row(l, two(i + 1), false)), row(rollup.total, '', true)],
    ...(note ? { note } : {}),
  };
}

/**
 * Whether a year report splits admissions by half-year: when some unit's months account for its
 * admissions. A first-half report never does: its admissions column is already January–June.
 */
export function showsHalves(rollup: Rollup, firstHalf: boolean): boolean {
  if (firstHalf) return false;
  return rollup.lines.some((l) => l.reportedUnits > 0 && admittedByHalf(l.figures) !== undefined);
}

/** A line's admissions in the period (a first half from its months), or the total of the lines'. */
function admittedCell(rollup: Rollup, p: ReportPeriod) {
  return (_l: UnitLine, f: ReportFigures | undefined, total: boolean): string => {
    if (!total) return num(f && admittedIn(f, p));
    let sum = 0;
    for (const line of rollup.lines) {
      if (line.reportedUnits === 0) continue;
      const n = admittedIn(line.figures, p);
      if (n === undefined) return DASH;
      sum += n;
    }
    return num(sum);
  };
}

/**
 * Bảng 1. Its headers are grouped by year ("Năm 2025" | "Năm 2026" over "Chỉ tiêu", "Kết nạp", …)
 * and the half-years under "Thời gian kết nạp", so each column's own header is a word or two: as
 * one header each ("Chỉ tiêu năm 2026"), they ran to four lines in their narrow columns.
 */
export function admissionsTable(rollup: Rollup, p: ReportPeriod): Block {
  const year = p.year;
  const thisYear = `Năm ${year}`;
  const admitted = admittedCell(rollup, p);
  const halvesShown = showsHalves(rollup, p.firstHalf);
  const columns: Column[] = [];
  if (rollup.total.previousAdmitted !== undefined) {
    columns.push({
      group: `Năm ${year - 1}`,
      header: 'Kết nạp',
      width: 9,
      value: (l) => num(l.previousAdmitted),
    });
  }
  columns.push(
    { group: thisYear, header: 'Chỉ tiêu', width: 9, value: (l) => num(l.targets.admitted) },
    {
      group: thisYear,
      header: p.firstHalf ? 'Kết nạp 6 tháng đầu năm' : 'Kết nạp',
      width: p.firstHalf ? 16 : 9,
      value: admitted,
    },
    {
      group: thisYear,
      header: 'So với chỉ tiêu',
      width: 11,
      value: (l, f, total) => {
        if (total) {
          const printed = admitted(l, f, true);
          return totalShare(
            rollup,
            (line) => admittedIn(line.figures, p),
            (line) => line.targets.admitted,
            { done: printed === DASH ? undefined : Number(printed), goal: l.targets.admitted },
          );
        }
        const n = f && admittedIn(f, p);
        return n === undefined ? DASH : (share(n, l.targets.admitted) ?? DASH);
      },
    },
  );
  if (halvesShown) {
    const halves = halfLabels(p);
    const when = 'Thời gian kết nạp';
    const upper = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
    columns.push(
      {
        group: when,
        header: upper(halves.first),
        width: 13,
        value: (_l, f) => num(f && admittedByHalf(f)?.first),
      },
      {
        group: when,
        header: upper(halves.second),
        width: 13,
        value: (_l, f) => num(f && admittedByHalf(f)?.second),
      },
    );
  }
  return table(rollup, 'Bảng 1. Kết quả kết nạp đảng viên', columns);
}

/** The label of a figure the units send only for the year so far. */
export function cumulative(p: ReportPeriod): string {
  return p.firstHalf ? yearToDate(p) : p.label;
}

export function breakdownTable(rollup: Rollup, p: ReportPeriod): Block {
  const learners = learnersOfUnits(rollup.lines.map((l) => l.name));
  // the breakdowns under "Trong đó", as the sidebar lists them under the total: each header a
  // word or two ("Đoàn viên thanh niên" took four lines)
  const of = 'Trong đó';
  return table(rollup, `Bảng 2. Đảng viên kết nạp ${cumulative(p)} chia theo đối tượng`, [
    { header: 'Tổng số', width: 9, value: (_l, f) => num(f?.admitted) },
    {
      group: of,
      header: learners.charAt(0).toLocaleUpperCase('vi') + learners.slice(1),
      width: 10,
      value: (_l, f) => num(f?.admittedStudents),
    },
    { group: of, header: 'Nữ', width: 8, value: (_l, f) => num(f?.admittedWomen) },
    { group: of, header: 'Dân tộc thiểu số', width: 10, value: (_l, f) => num(f?.admittedEthnicMinority) },
    { group: of, header: 'Theo tôn giáo', width: 10, value: (_l, f) => num(f?.admittedReligion) },
    { group: of, header: 'Đoàn viên', width: 10, value: (_l, f) => num(f?.admittedYouthUnion) },
  ]);
}

export function trainingTable(rollup: Rollup, p: ReportPeriod): Block {
  // The period goes in the caption: a date in a narrow header column breaks inside its digits.
  // The period's words kept on one line (no-break spaces): "(năm" above "2026)" read as a slip.
  const period = cumulative(p).replace(/ /g, '\u00a0');
  const caption = `Bảng 3. Bồi dưỡng nhận thức về Đảng và công nhận đảng viên chính thức ${period}`;
  // the class's three columns under one group, so each says a word or two ("Chỉ tiêu cử học lớp
  // nhận thức" took four lines)
  const awareness = 'Lớp bồi dưỡng nhận thức về Đảng';
  return table(rollup, caption, [
    { group: awareness, header: 'Chỉ tiêu', width: 12, value: (l) => num(l.targets.awarenessClass) },
    { group: awareness, header: 'Đã học', width: 12, value: (_l, f) => num(f?.awarenessClass) },
    {
      group: awareness,
      header: 'So với chỉ tiêu',
      width: 13,
      value: (l, f, total) =>
        total
          ? totalShare(
              rollup,
              (line) => line.figures.awarenessClass,
              (line) => line.targets.awarenessClass,
              { done: f?.awarenessClass, goal: l.targets.awarenessClass },
            )
          : f
            ? (share(f.awarenessClass, l.targets.awarenessClass) ?? DASH)
            : DASH,
    },
    { header: 'Hết thời gian dự bị trong năm', width: 15, value: (_l, f) => num(f?.probationEnds) },
    { header: 'Đã công nhận chính thức', width: 15, value: (_l, f) => num(f?.recognized) },
  ]);
}

export function sourceTable(rollup: Rollup, year: number): Block {
  // What the two narrow headers leave out goes in the note (eight printed lines otherwise). The
  // outlooks are exclusive: who leaves before turning 18 counts under age only.
  const note = `Ghi chú: (*) Đến ngày 31/12/${year} hoặc đến khi rời đơn vị; (**) ngoài số chưa đủ 18 tuổi.`;
  return table(
    rollup,
    `Bảng 4. Nguồn kết nạp và dự báo đến ngày 31/12/${year}`,
    [
      { header: 'Quần chúng đang bồi dưỡng', width: 11, value: (_l, f) => num(f?.pipeline) },
      { header: 'Trong danh sách cảm tình Đảng', width: 11, value: (_l, f) => num(f?.sympathizers) },
      {
        header: 'Đủ điều kiện, chờ chi bộ xét',
        width: 11,
        value: (_l, f) => num(f?.pool.ready),
      },
      {
        header: 'Đã đề nghị, chờ quyết định',
        width: 11,
        value: (_l, f) => num(f?.byStage.proposed),
      },
      { header: 'Có thể kết nạp trong năm', width: 11, value: (_l, f) => num(f?.forecast.admissible) },
      {
        // the sidebar's label is this header with the table's note: the two read alike
        header: 'Rời đơn vị trước khi đủ điều kiện (**)',
        width: 14,
        value: (_l, f) => num(f?.pool.blockedByLeaving),
      },
      {
        header: 'Chưa đủ 18 tuổi (*)',
        width: 10,
        value: (_l, f) => num(f?.pool.blockedByAge),
      },
    ],
    note,
  );
}
