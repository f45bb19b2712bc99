/**
 * Findings → what the check writes back: the computed columns, a note on each affected cell,
 * fills by severity. Pure: works on the grids read from the sheet and returns the grids and
 * range lists to write, so the number of writes does not depend on the number of rows.
 *
 * Only what the add-on set before is cleared: its part of a note (notes.ts), and a fill only
 * where that note was and the fill is still one of its own. A cell the user coloured keeps its
 * colour (the note still says why it matters).
 */

import { formatDay } from '../../../../shared/dates/format.ts';
import { STAGE_LABELS } from '../../../../shared/engine/stage.ts';
import { RULES } from '../../../../shared/rules/catalogue.ts';
import { rulesetLabel } from '../../../../shared/rules/rulesets.ts';
import type { Finding, Result } from '../../../../shared/schemas/response.ts';
import { COMPUTED_FILL, SEVERITY_FILL, STAGE_STYLES } from '../../common/palette.ts';
import { a1 } from './a1.ts';
import { serialOfDay } from './dates.ts';
import { composeNote, hasOurPart, userPart } from './notes.ts';
import type { CellProblem, PersonRow, Table } from './table.ts';

export type Severity = 'error' | 'warning';

/** Notes for user cells: "row:column" (1-based row, 0-based column) → severity and lines. */
export type CellNotes = Map<string, { severity: Severity; lines: string[] }>;

export const cellId = (row: number, column: number): string => `${row}:${column}`;

const ICON = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

const RULE_TITLES = new Map(RULES.map((r) => [r.id, r.title]));

export function ruleTitle(id: string): string {
  return RULE_TITLES.get(id) ?? id;
}

export function addCellNote(
  notes: CellNotes,
  row: number,
  column: number,
  severity: Severity,
  line: string,
): void {
  const id = cellId(row, column);
  const existing = notes.get(id);
  if (existing === undefined) {
    notes.set(id, { severity, lines: [line] });
    return;
  }
  if (!existing.lines.includes(line)) existing.lines.push(line);
  if (severity === 'error') existing.severity = 'error';
}

export function findingLine(f: Pick<Finding, 'severity' | 'message' | 'citation'>): string {
  return `${ICON[f.severity]} ${f.message}\n   (${f.citation})`;
}

export function problemLine(p: Pick<CellProblem, 'severity' | 'message'>): string {
  return `${ICON[p.severity]} ${p.message}`;
}

/** The sheet column a finding is about: its field's column, else undefined (the summary cell says it). */
export function findingColumn(
  field: string | undefined,
  table: Table,
  person: PersonRow,
): number | undefined {
  if (field === undefined) return undefined;
  const cols = table.headers.columns;
  const intro = /^introducers(?:\[(\d+)\])?(?:\.(\w+))?$/.exec(field);
  if (intro !== null) {
    const index = intro[1] === undefined ? 0 : Number(intro[1]);
    const slot = person.introducerSlots?.[index] ?? index + 1;
    if (intro[2] === 'letterDate')
      return cols.get(`introducer${slot}Letter`) ?? cols.get(`introducer${slot}`);
    return cols.get(`introducer${slot}`);
  }
  const direct = cols.get(field);
  if (direct !== undefined) return direct;
  if (field === 'over60Approved') return cols.get('birthDate');
  if (field === 'literacyApproval') return cols.get('education');
  if (field === 'decisionReceivedDate') return cols.get('decisionDate');
  if (field === 'officialResolutionDate') return cols.get('officialDecisionDate');
  return undefined;
}

/** The soonest deadline to act on: the earliest overdue one, else the earliest ahead. */
export function nextDeadline(result: Result): Result['deadlines'][number] | undefined {
  let best: Result['deadlines'][number] | undefined;
  for (const d of result.deadlines) {
    if (best === undefined) best = d;
    else if (d.overdue && !best.overdue) best = d;
    else if (d.overdue === best.overdue && d.due < best.due) best = d;
  }
  return best;
}

/** "✖ 2 · ⚠ 1 — Chưa có giấy chứng nhận…; Chưa đủ người giới thiệu" — what the summary cell shows. */
export function summaryText(
  result: Result | undefined,
  person: PersonRow,
  problems: readonly CellProblem[],
): string {
  if (!person.included) return `✖ Chưa kiểm tra: ${person.excludedBecause ?? 'dòng chưa đọc được'}.`;
  if (result === undefined) return '';
  const errors = result.findings.filter((f) => f.severity === 'error');
  const warnings = result.findings.filter((f) => f.severity === 'warning');
  const unreadable = problems.length;
  const counts: string[] = [];
  if (errors.length > 0) counts.push(`✖ ${errors.length}`);
  if (warnings.length + unreadable > 0) counts.push(`⚠ ${warnings.length + unreadable}`);
  if (counts.length === 0) {
    if (result.stage === 'ready') return '✓ Đủ điều kiện — có thể đưa ra chi bộ xét.';
    const info = result.findings.find((f) => f.severity === 'info');
    return info ? `✓ ${info.message}` : '✓ Không có vấn đề.';
  }
  const titles: string[] = [];
  for (const f of [...errors, ...warnings]) {
    const t = ruleTitle(f.rule);
    if (!titles.includes(t)) titles.push(t);
  }
  if (unreadable > 0) titles.push(`${unreadable} ô chưa đọc được`);
  const shown = titles.slice(0, 3).join('; ');
  return `${counts.join(' · ')} — ${shown}${titles.length > 3 ? '; …' : ''}`;
}

function summaryNote(
  result: Result | undefined,
  person: PersonRow,
  problems: readonly CellProblem[],
): string {
  const lines: string[] = [];
  for (const p of problems) lines.push(problemLine(p));
  if (result !== undefined) {
    for (const f of result.findings) lines.push(findingLine(f));
    lines.push(
      `Quy định áp dụng: ${rulesetLabel(result.rulesVersion)}; xét tại ngày ${formatDay(result.referenceDate)}.`,
    );
  }
  if (!person.included && person.excludedBecause)
    lines.unshift(`✖ Dòng này chưa được kiểm tra: ${person.excludedBecause}.`);
  return lines.join('\n');
}

export interface ComputedColumnWrite {
  /** 0-based column */
  column: number;
  values: unknown[][];
  backgrounds: string[][];
  /** format the column as dates */
  dates: boolean;
}

export interface TabWrite {
  sheetName: string;
  /** first data row (1-based) and the block's size: rows below the header, every column */
  firstRow: number;
  numRows: number;
  numColumns: number;
  notes: string[][];
  /** A1 ranges to fill red / amber / reset to no fill */
  red: string[];
  amber: string[];
  reset: string[];
  computed: ComputedColumnWrite[];
  /** Mã column: the values to write back (existing keys unchanged, new ones in empty cells) */
  keys: { column: number; values: unknown[][] } | null;
}

const OURS = new Set<string>([SEVERITY_FILL.error, SEVERITY_FILL.warning]);

function isPlain(color: string | undefined): boolean {
  return (
    color === undefined ||
    color === '' ||
    color.toLowerCase() === '#ffffff' ||
    color.toLowerCase() === 'white'
  );
}

/** Merges cells into A1 ranges, one run of rows per column: ["D5:D9", "F7"]. */
export function toA1Ranges(cells: ReadonlyArray<readonly [number, number]>): string[] {
  const byColumn = new Map<number, number[]>();
  for (const [row, col] of cells) {
    const list = byColumn.get(col);
    if (list === undefined) byColumn.set(col, [row]);
    else list.push(row);
  }
  const out: string[] = [];
  for (const [col, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0]!;
    let prev = start;
    const flush = () => out.push(start === prev ? a1(col, start) : `${a1(col, start)}:${a1(col, prev)}`);
    for (let i = 1; i < rows.length; i++) {
      const r = rows[i]!;
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      flush();
      start = r;
      prev = r;
    }
    flush();
  }
  return out;
}

export interface AnnotateInput {
  table: Table;
  /** notes and fills of the block as read (rows below the header, every column) */
  oldNotes: string[][];
  oldBackgrounds: string[][];
  cellNotes: CellNotes;
  checkedOn: string;
  /** candidates only */
  people?: PersonRow[];
  results?: ReadonlyMap<string, Result>;
  problemsByKey?: ReadonlyMap<string, CellProblem[]>;
}

const COMPUTED_IDS = ['stage', 'eligibleFrom', 'nextDue', 'summary'] as const;

/** Everything to write on one tab. */
export function annotate(input: AnnotateInput): TabWrite {
  const { table, oldNotes, oldBackgrounds, cellNotes, checkedOn } = input;
  const firstRow = table.headers.headerRow + 1;
  const numRows = Math.max(0, table.values.length - table.headers.headerRow);
  const numColumns = table.values[0]?.length ?? 0;
  const cols = table.headers.columns;

  const computedCols = new Map<number, (typeof COMPUTED_IDS)[number]>();
  if (input.people !== undefined) {
    for (const id of COMPUTED_IDS) {
      const col = cols.get(id);
      if (col !== undefined) computedCols.set(col, id);
    }
  }

  const notes: string[][] = [];
  const red: Array<[number, number]> = [];
  const amber: Array<[number, number]> = [];
  const reset: Array<[number, number]> = [];
  for (let i = 0; i < numRows; i++) {
    const row = firstRow + i;
    const out: string[] = [];
    for (let c = 0; c < numColumns; c++) {
      const old = oldNotes[i]?.[c] ?? '';
      if (computedCols.has(c)) {
        out.push('');
        continue;
      }
      const mine = cellNotes.get(cellId(row, c));
      out.push(composeNote(userPart(old), mine?.lines ?? [], checkedOn));
      const bg = oldBackgrounds[i]?.[c];
      const ourColour = bg !== undefined && OURS.has(bg.toLowerCase());
      if (mine !== undefined) {
        const target = SEVERITY_FILL[mine.severity];
        if ((isPlain(bg) || ourColour) && bg?.toLowerCase() !== target) {
          (mine.severity === 'error' ? red : amber).push([row, c]);
        }
      } else if (hasOurPart(old) && ourColour) {
        reset.push([row, c]);
      }
    }
    notes.push(out);
  }

  const computed: ComputedColumnWrite[] = [];
  let keys: TabWrite['keys'] = null;
  if (input.people !== undefined) {
    const byRow = new Map(input.people.map((p) => [p.row, p]));
    for (const [col, id] of computedCols) {
      const values: unknown[][] = [];
      const backgrounds: string[][] = [];
      for (let i = 0; i < numRows; i++) {
        const person = byRow.get(firstRow + i);
        const result = person === undefined ? undefined : input.results?.get(person.key);
        const problems = person === undefined ? [] : (input.problemsByKey?.get(person.key) ?? []);
        let value: unknown = '';
        let fill: string = COMPUTED_FILL;
        let note = '';
        if (person !== undefined) {
          if (id === 'stage' && result !== undefined) {
            value = STAGE_LABELS[result.stage];
            fill = STAGE_STYLES[result.stage].fill;
          } else if (
            id === 'eligibleFrom' &&
            result?.eligibleFrom !== undefined &&
            isPendingStage(result.stage)
          ) {
            value = serialOfDay(result.eligibleFrom);
          } else if (id === 'nextDue' && result !== undefined) {
            const next = nextDeadline(result);
            if (next !== undefined) {
              value = serialOfDay(next.due);
              if (next.overdue) fill = SEVERITY_FILL.error;
              const f = result.findings.find((x) => x.rule === next.rule && x.date === next.due);
              note = f ? f.message : ruleTitle(next.rule);
            }
          } else if (id === 'summary') {
            value = summaryText(result, person, problems);
            note = summaryNote(result, person, problems);
            const worst = !person.included
              ? 'error'
              : result?.findings.some((f) => f.severity === 'error')
                ? 'error'
                : result?.findings.some((f) => f.severity === 'warning') || problems.length > 0
                  ? 'warning'
                  : undefined;
            if (worst !== undefined) fill = SEVERITY_FILL[worst];
          }
        }
        values.push([value]);
        backgrounds.push([fill]);
        if (notes[i] !== undefined) notes[i]![col] = note;
      }
      computed.push({ column: col, values, backgrounds, dates: id === 'eligibleFrom' || id === 'nextDue' });
    }
    const keyCol = cols.get('key');
    if (keyCol !== undefined && input.people.some((p) => p.newKey)) {
      const values: unknown[][] = [];
      for (let i = 0; i < numRows; i++) {
        const person = byRow.get(firstRow + i);
        const current = table.values[firstRow - 1 + i]?.[keyCol] ?? '';
        values.push([person?.newKey ? person.key : current]);
      }
      keys = { column: keyCol, values };
    }
  }

  return {
    sheetName: table.sheetName,
    firstRow,
    numRows,
    numColumns,
    notes,
    red: toA1Ranges(red),
    amber: toA1Ranges(amber),
    reset: toA1Ranges(reset),
    computed,
    keys,
  };
}

function isPendingStage(stage: Result['stage']): boolean {
  return stage === 'source' || stage === 'trained' || stage === 'dossier' || stage === 'ready';
}
