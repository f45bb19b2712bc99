import type { Targets } from '../../schemas/request.ts';
import type { StageCounts } from '../../schemas/response.ts';

/** The figures a unit reports (the worker's `Figures`: counts only, never a name). */
export interface ReportFigures {
  admitted: number;
  admittedStudents: number;
  admittedWomen: number;
  admittedEthnicMinority: number;
  /** admitted people with a religion */
  admittedReligion: number;
  /** admitted Youth Union members */
  admittedYouthUnion: number;
  /** admissions per month of the year, January first (12 numbers) */
  admittedByMonth: number[];
  awarenessClass: number;
  recognized: number;
  probationEnds: number;
  sympathizers: number;
  pipeline: number;
  byStage: StageCounts;
  forecast: { admissible: number; blockedByLeaving: number; blockedByAge: number };
  /**
   * the figures said beside `pipeline`, over the same people (summary.pool): ready and still in the
   * unit, and who will leave or turn 18 too late among them — byStage and the forecast also count
   * rows past their leaving date
   */
  pool: { ready: number; blockedByLeaving: number; blockedByAge: number };
}

/** Fields a row stored before the worker's migrations 0002 and 0005 may lack (see addFigures). */
type NewerFigures = 'admittedReligion' | 'admittedYouthUnion' | 'admittedByMonth' | 'pool';

/** The figures of one aggregate row, as received. */
export type ReportFiguresInput = Omit<ReportFigures, NewerFigures> &
  Partial<Pick<ReportFigures, NewerFigures>>;

/** Target sums or counts, every key present (the worker's subtree totals). */
export type TargetNumbers = Required<Targets>;

/** A unit's subtree totals (the worker's `AggregateTotals`, the fields read here). */
export type SubtreeInput = ReportFiguresInput & {
  /** units in the subtree that reported */
  reported: number;
  /** units whose figures are expected: every unit without subordinates, and any other that reported */
  expected: number;
  /** the targets set in the subtree, summed, and how many units set each */
  targets: TargetNumbers;
  targeted: TargetNumbers;
};

/** One row of the aggregate (the worker's `AggregateRow`, of which only these fields are read). */
export interface AggregateRowInput {
  id: string;
  name: string;
  parentId: string | null;
  /** 0 for the unit the report is about, 1 for its children, … */
  depth: number;
  /** the unit's own targets and latest report */
  targets?: Targets | undefined;
  report?: ReportFiguresInput | undefined;
  /** everything in the unit's subtree, itself included */
  subtree: SubtreeInput;
}

/** One line of the report's tables: a direct subordinate with everything under it. */
export interface UnitLine {
  id: string;
  name: string;
  /** units in this line's subtree, and how many of them reported */
  units: number;
  reportedUnits: number;
  /** the line's own targets, or the sum of its subordinates' when it has none */
  targets: Targets;
  figures: ReportFigures;
  /** admissions of the previous year, when anyone in the subtree reported that year */
  previousAdmitted: number | undefined;
}

export interface Rollup {
  lines: UnitLine[];
  /** computed from the lines, so a total always equals the sum of its column */
  total: UnitLine;
  /** the targets given to the reporting unit itself, if any (not added to the lines) */
  assigned: Targets | undefined;
}

const TARGET_KEYS = ['admitted', 'students', 'women', 'awarenessClass'] as const;

export function zeroFigures(): ReportFigures {
  return {
    admitted: 0,
    admittedStudents: 0,
    admittedWomen: 0,
    admittedEthnicMinority: 0,
    admittedReligion: 0,
    admittedYouthUnion: 0,
    admittedByMonth: new Array<number>(12).fill(0),
    awarenessClass: 0,
    recognized: 0,
    probationEnds: 0,
    sympathizers: 0,
    pipeline: 0,
    byStage: {
      source: 0,
      trained: 0,
      dossier: 0,
      ready: 0,
      proposed: 0,
      admitted: 0,
      probationary: 0,
      official: 0,
      removed: 0,
    },
    forecast: { admissible: 0, blockedByLeaving: 0, blockedByAge: 0 },
    pool: { ready: 0, blockedByLeaving: 0, blockedByAge: 0 },
  };
}

/**
 * a += b, field by field (only the known fields: a row may carry more). A field a row written
 * before migration 0002 lacks counts as 0; one without `pool` gives its byStage and forecast.
 */
function addFigures(a: ReportFigures, b: ReportFiguresInput): void {
  a.admitted += b.admitted;
  a.admittedStudents += b.admittedStudents;
  a.admittedWomen += b.admittedWomen;
  a.admittedEthnicMinority += b.admittedEthnicMinority;
  a.admittedReligion += b.admittedReligion ?? 0;
  a.admittedYouthUnion += b.admittedYouthUnion ?? 0;
  for (let m = 0; m < 12; m++)
    a.admittedByMonth[m] = (a.admittedByMonth[m] ?? 0) + (b.admittedByMonth?.[m] ?? 0);
  a.awarenessClass += b.awarenessClass;
  a.recognized += b.recognized;
  a.probationEnds += b.probationEnds;
  a.sympathizers += b.sympathizers;
  a.pipeline += b.pipeline;
  for (const k of Object.keys(a.byStage) as Array<keyof StageCounts>) a.byStage[k] += b.byStage[k];
  a.forecast.admissible += b.forecast.admissible;
  a.forecast.blockedByLeaving += b.forecast.blockedByLeaving;
  a.forecast.blockedByAge += b.forecast.blockedByAge;
  // a row without `pool` was counted before it existed: everyone at their stage and outlook
  a.pool.ready += b.pool?.ready ?? b.byStage.ready;
  a.pool.blockedByLeaving += b.pool?.blockedByLeaving ?? b.forecast.blockedByLeaving;
  a.pool.blockedByAge += b.pool?.blockedByAge ?? b.forecast.blockedByAge;
}

/**
 * Admissions in January–June and July–December, or undefined when the months do not account for
 * every admission (a row stored before admissions were counted per month).
 */
export function admittedByHalf(f: ReportFigures): { first: number; second: number } | undefined {
  const sum = (from: number, to: number) => f.admittedByMonth.slice(from, to).reduce((s, n) => s + n, 0);
  const first = sum(0, 6);
  const second = sum(6, 12);
  return first + second === f.admitted ? { first, second } : undefined;
}

function addTargets(a: Targets, b: Targets | undefined): void {
  for (const k of TARGET_KEYS) {
    const v = b?.[k];
    if (v !== undefined) a[k] = (a[k] ?? 0) + v;
  }
}

function pickTargets(t: Targets | undefined): Targets {
  const out: Targets = {};
  addTargets(out, t);
  return out;
}

function emptyLine(id: string, name: string): UnitLine {
  return {
    id,
    name,
    units: 0,
    reportedUnits: 0,
    targets: {},
    figures: zeroFigures(),
    previousAdmitted: undefined,
  };
}

/** The targets set below a unit: its subtree's, less its own; a key only when someone below set it. */
function targetsBelow(row: AggregateRowInput): Targets {
  const out: Targets = {};
  for (const k of TARGET_KEYS) {
    const own = row.targets?.[k];
    if (row.subtree.targeted[k] - (own === undefined ? 0 : 1) > 0)
      out[k] = row.subtree.targets[k] - (own ?? 0);
  }
  return out;
}

/**
 * The report's lines: one per direct subordinate of the reporting unit (its subtree's totals, as
 * the aggregate answers them), plus the reporting unit itself first when it reported figures of its
 * own. Targets of a line are its own when set, else the sum of its subordinates' — never both, so
 * nothing is counted twice. Only the unit (depth 0) and its children (depth 1) are read.
 */
export function rollUp(
  rows: readonly AggregateRowInput[],
  previous: readonly AggregateRowInput[] = [],
): Rollup {
  const root = rows.find((r) => r.depth === 0);
  const lines = new Map<string, UnitLine>();
  if (root?.report) {
    const line = emptyLine(root.id, root.name);
    line.units = 1;
    line.reportedUnits = 1;
    addFigures(line.figures, root.report);
    lines.set(root.id, line);
  }
  for (const r of rows) {
    if (r.depth !== 1) continue;
    const line = emptyLine(r.id, r.name);
    // A unit counts when it has no subordinates or reported itself: an intermediate đảng bộ
    // without figures of its own is represented by its cells.
    line.units = r.subtree.expected;
    line.reportedUnits = r.subtree.reported;
    addFigures(line.figures, r.subtree);
    const own = pickTargets(r.targets);
    line.targets = Object.keys(own).length > 0 ? own : targetsBelow(r);
    lines.set(r.id, line);
  }

  const prevRoot = previous.find((r) => r.depth === 0);
  for (const r of previous) {
    const line = lines.get(r.id);
    if (!line) continue;
    if (r.depth === 0 && r.report && r.id === prevRoot?.id) line.previousAdmitted = r.report.admitted;
    if (r.depth === 1 && r.subtree.reported > 0) line.previousAdmitted = r.subtree.admitted;
  }

  const list = [...lines.values()];
  return {
    lines: list,
    total: totalOf(list),
    assigned: root?.targets ? pickTargets(root.targets) : undefined,
  };
}

/** The totals line: every column the sum of the lines above it. */
export function totalOf(lines: readonly UnitLine[]): UnitLine {
  const total = emptyLine('', 'Tổng cộng');
  for (const line of lines) {
    total.units += line.units;
    total.reportedUnits += line.reportedUnits;
    addTargets(total.targets, line.targets);
    addFigures(total.figures, line.figures);
    if (line.previousAdmitted !== undefined) {
      total.previousAdmitted = (total.previousAdmitted ?? 0) + line.previousAdmitted;
    }
  }
  return total;
}
