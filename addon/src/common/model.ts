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

/** A notice: written as a call, the add-on's many notices are shorter than as object literals. */
export function notice(level: NoticeLevel, title: string, text: string): Notice {
  return { level, title, text };
}

export type StageCounts = Record<Stage, number>;

export interface LastCheck {
  /** "14:05, 05/01/2026" */
  atText: string;
  rulesLabel: string;
  mode: 'backend' | 'local';
  counts: StageCounts;
  /** the line under the tiles on rows past their leaving date (absent in what an older version saved) */
  gone?: string | null;
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
  /** opened from another menu item: open that form (or run that action) at once */
  open?: ActionId | null;
  version: string;
}

/** The sidebar's actions besides the check (menu items open the sidebar on one of them). */
export type ActionId = 'plan' | 'report' | 'papers' | 'aggregate' | 'targets' | 'superiorReport';

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
  /** who the forecast counts (the engine's forecast keys), each with the next step and its latest day */
  counted: ExpectedPerson[];
}

/** One candidate counted in "Dự kiến": the projection's next step, said in the sidebar. */
export interface ExpectedPerson {
  key: string;
  name: string;
  row: number;
  sheetName: string;
  /** "Dự kiến kết nạp trong năm" / "Chỉ kịp nếu làm nhanh nhất" */
  outlook: string;
  atRisk: boolean;
  /** "Họp chi bộ xét kết nạp", "Cấp ủy ra quyết định kết nạp", … */
  next: string;
  /** dd/mm/yyyy: the latest day of the next step */
  by: string;
  overdue: boolean;
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
  /** rows by stage (the tiles; the sheet's "Giai đoạn" column) */
  counts: StageCounts;
  /** under the tiles: how many of their rows are past the leaving date, and where (or null) */
  gone: string | null;
  /** "đủ điều kiện, chờ chi bộ xét": ready and still in the unit (summary.pool.ready) */
  waiting: number;
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
  kind:
    | 'busy'
    | 'noList'
    | 'unexpected'
    /** a value of the form or of "Cấu hình" is missing or wrong */
    | 'invalid'
    /** the backend said no, or could not be reached */
    | 'backend'
    /** Google Drive refused the upload */
    | 'drive'
    /** the account is not a superior of any unit */
    | 'notSuperior';
  title: string;
  text: string;
  /** the server's notice level, when it came from there */
  level?: NoticeLevel;
}

/** One created document, as remembered per year in the document's properties. */
export interface DocVersion {
  version: number;
  /** "14:05, 05/01/2026" */
  atText: string;
  name: string;
  url: string;
  /** Drive converted it to a Google Doc (the local preview keeps the .docx) */
  converted: boolean;
  /** the number it was issued under, when one was given (a plan's next version reuses it) */
  number?: string;
}

/** What "Soạn kế hoạch" prefills: from "Cấu hình", and today. */
export interface PlanForm {
  ok: true;
  year: number;
  /** the years offered: this year and the next */
  years: number[];
  /**
   * the number of the newest version of `year`'s plan, else blank: never “Cấu hình”'s, which may
   * be last year's (a new document never silently repeats a number)
   */
  number: string;
  /** dd/mm/yyyy */
  date: string;
  signer: string;
  unitName: string;
  superiorName: string;
  place: string;
  /** "Cấu hình" items still missing for a plan (their labels) */
  missing: string[];
  backendConfigured: boolean;
  /** the versions already created, by year */
  versions: Record<string, DocVersion[]>;
}

export interface PlanInput {
  year: number;
  number: string;
  /** dd/mm/yyyy */
  date: string;
  signer: string;
  /** "Bí thư" (default) or "Phó Bí thư": a deputy may sign */
  signerTitle?: string;
}

/** A drafted document: the Google Doc (when it could be made) and its content as HTML. */
export interface DocumentResult {
  ok: true;
  kind: 'plan' | 'report';
  year: number;
  title: string;
  /** null when the Google Doc could not be made (the notices say why) */
  doc: DocVersion | null;
  /** the versions kept before this one, newest first */
  previous: DocVersion[];
  /** "Đã tạo bản 2; bản 1 vẫn giữ nguyên." */
  versionText: string | null;
  /** the document as HTML (names filled in), with its own styles */
  html: string;
  notices: Notice[];
  /** how many names were filled in, and the keys left without a name */
  namesFilled: number;
  unnamed: string[];
}

/** What "Gửi báo cáo" prefills. */
export interface ReportForm {
  ok: true;
  year: number;
  years: number[];
  unitId: string | null;
  unitName: string | null;
  backendConfigured: boolean;
  /** the last submission from this spreadsheet, by year */
  sent: Record<string, { revision: number; atText: string }>;
}

export interface ReportInput {
  year: number;
  note?: string;
}

/** One figure of a summary, as the sidebar lists it. */
export interface FigureLine {
  label: string;
  value: number;
  /** a sub-line ("trong đó …") */
  sub?: boolean;
}

export interface ReportResult {
  ok: true;
  unitId: string;
  year: number;
  revision: number;
  /** false: the same figures were already the current report — nothing new stored */
  created: boolean;
  /** "14:05, 05/01/2026" */
  submittedAtText: string;
  figures: FigureLine[];
  notices: Notice[];
}

/** The superior's identity and unit, from GET /v1/me. */
export interface SuperiorState {
  ok: true;
  email: string;
  unitId: string;
  unitName: string;
  /** the other units the account is a superior of */
  others: Array<{ id: string; name: string }>;
  /** the year of "Tổng hợp" and "Soạn báo cáo" */
  year: number;
  years: number[];
  /** the year "Giao chỉ tiêu" starts on: the next one from November */
  targetsYear: number;
  /** prefills of "Soạn báo cáo" */
  report: { superiorName: string; place: string; signer: string; number: string; date: string };
  notices: Notice[];
}

export interface AggregateInput {
  year: number;
  /** a subordinate to open (its own subordinates, one line each); default: the superior's unit */
  unitId?: string;
}

export interface AggregateResult {
  ok: true;
  year: number;
  unitName: string;
  sheetName: string;
  /** table rows (one per direct subordinate) */
  lines: number;
  /** units of the subtree that report (leaves), and how many did */
  units: number;
  reported: number;
  notReported: string[];
  belowTarget: string[];
  total: { target: number; admitted: number };
  updatedAtText: string;
  chart: boolean;
  notices: Notice[];
  /** the unit shown, and the superior's own unit when a subordinate is open */
  unitId: string;
  homeUnitId: string;
  homeUnitName: string;
  /** the lines that have subordinates of their own, which can be opened in turn */
  openable: Array<{ id: string; name: string }>;
}

export interface TargetsInput {
  year: number;
}

export interface TargetsResult {
  ok: true;
  year: number;
  sheetName: string;
  /** the tab was created (or completed) from the subtree: fill it in, then send */
  created: boolean;
  sent: number;
  unchanged: number;
  failed: number;
  /** one line per problem, with the row */
  lines: string[];
  notices: Notice[];
}

export interface SuperiorReportInput {
  year: number;
  period: 'year' | 'firstHalf';
  number: string;
  /** dd/mm/yyyy */
  date: string;
  superiorName: string;
  place: string;
  signerTitle: string;
  signer: string;
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

/** One paper a meeting gives ("Văn bản cuộc họp"), with the reasons it cannot be drafted. */
export interface PaperLine {
  kind: string;
  /** "Nghị quyết đề nghị kết nạp đảng viên (mẫu 6-KNĐ)" */
  title: string;
  /** the person it is about, by name (null: the whole meeting) */
  who: string | null;
  /** empty when it will be drafted; names filled in */
  refusals: string[];
}

/** A row of "Họp chi bộ", as the form offers it. */
export interface MeetingChoice {
  /** 1-based sheet row */
  row: number;
  /** "12/03/2026" */
  label: string;
  /** cells that could not be read, or facts that contradict the sheet */
  problems: string[];
  papers: PaperLine[];
}

export interface PapersForm {
  ok: true;
  meetings: MeetingChoice[];
  signer: string;
  unitName: string;
  /** "Cấu hình" labels still empty */
  missing: string[];
  backendConfigured: boolean;
}

export interface PaperDoc extends PaperLine {
  doc: DocVersion | null;
  /** the paper as HTML, names filled in; null when the worker did not answer its model (the notices say why) */
  html: string | null;
  notices: Notice[];
}

export interface PapersResult {
  ok: true;
  meeting: string;
  /** the papers drafted, in the form's order */
  docs: PaperDoc[];
  /** the papers refused, with their reasons */
  refused: PaperLine[];
  versionText: string | null;
  notices: Notice[];
}
