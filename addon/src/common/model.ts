/**
 * What the server code hands the sidebar through `google.script.run`: plain JSON (no Date — it
 * cannot cross), Vietnamese text ready to show, dates already dd/mm/yyyy.
 */
import type { Stage } from '../../../shared/schemas/primitives.ts';

export type NoticeLevel = 'error' | 'warning' | 'info';

/** Something the secretary should know about this check: what happened and what to do. */
export interface Notice {
  level: NoticeLevel;
  title: string;
  text: string;
}

export type StageCounts = Record<Stage, number>;

export interface LastCheck {
  /** "14:05, 05/01/2026" */
  atText: string;
  rulesLabel: string;
  mode: 'backend' | 'local';
  counts: StageCounts;
}

/** What the sidebar shows before any check. */
export interface SidebarState {
  ok: true;
  unitName: string | null;
  /** the "Quần chúng" tab exists */
  hasList: boolean;
  backendConfigured: boolean;
  lastCheck: LastCheck | null;
  /** opened from the menu's "Kiểm tra danh sách": start a check at once */
  autorun: boolean;
  version: string;
}

export interface PersonItem {
  severity: 'error' | 'warning';
  text: string;
  citation?: string;
  /** "dòng 7, cột “Ngày sinh” (D7)" for a cell the add-on could not read */
  where?: string;
}

export interface PersonView {
  key: string;
  sheetName: string;
  name: string;
  row: number;
  stage: Stage | null;
  /** why the row was not checked (no birth date, duplicate key) */
  excluded?: string;
  eligibleFrom?: string;
  items: PersonItem[];
}

export interface DeadlineView {
  key: string;
  sheetName: string;
  name: string;
  row: number;
  what: string;
  /** dd/mm/yyyy */
  due: string;
  /** working days from today to the due date (negative: overdue by that many) */
  workingDaysLeft: number;
  overdue: boolean;
}

export interface TargetView {
  year: number;
  target: number;
  admitted: number;
  /** admitted + what can still be done before 31/12 */
  expected: number;
  shortfall: number;
  /** why the target cannot be met, when it cannot */
  sentence: string | null;
  students: { target: number; admitted: number; expected: number } | null;
}

/** Problems outside the candidate list: members, targets, holidays, configuration. */
export interface SheetProblem {
  sheetName: string;
  row: number;
  where: string;
  text: string;
  severity: 'error' | 'warning';
}

export interface CheckResult {
  ok: true;
  unitName: string | null;
  checkedAtText: string;
  rulesLabel: string;
  mode: 'backend' | 'local';
  notices: Notice[];
  counts: StageCounts;
  /** candidate rows with content */
  total: number;
  /** rows sent to the engine */
  checked: number;
  /** people with something to do, or every person of the list (capped; see peopleTotal) */
  people: PersonView[];
  peopleTotal: number;
  deadlines: DeadlineView[];
  target: TargetView | null;
  sheetProblems: SheetProblem[];
  /** unknown columns, assumptions: one line each */
  info: string[];
  keysCreated: number;
  hasExampleRow: boolean;
  candidateSheet: string;
}

export interface Failure {
  ok: false;
  kind: 'busy' | 'noList' | 'unexpected';
  title: string;
  text: string;
}

export interface TemplateReport {
  ok: true;
  /** one line per thing done, in Vietnamese */
  lines: string[];
  changed: boolean;
}

export interface Progress {
  text: string;
  /** 0..1 */
  fraction: number;
}

export interface SelectOutcome {
  ok: boolean;
  text?: string;
}
