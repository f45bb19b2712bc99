/**
 * The tabs' cells → the engine's request, with every cell-level problem named by tab, row and
 * column in Vietnamese.
 *
 * Decision (documented in addon/README.md): a cell that cannot be read is left out of the request
 * and its row still goes with every field that did parse — the problem is noted on that cell and
 * the engine's own findings (e.g. "no application date") say what that means. Only a row without
 * a readable birth date, or with a key another row already has, is left out, with a note saying
 * so. A problem never blocks the whole sheet.
 *
 * Privacy (domain.md §6): names are read only to map introducers to member keys; the request
 * carries keys, dates, flags and categories.
 */
import type { Day } from '../../../shared/dates/day.ts';
import { parseEvaluateRequest } from '../../../shared/engine/parse.ts';
import type {
  Candidate,
  EvaluateRequest,
  Introducer,
  Member,
  Targets,
} from '../../../shared/schemas/request.ts';
import {
  CANDIDATES,
  CONFIG,
  CONFIG_ITEMS,
  type ColumnDef,
  type ConfigItem,
  HOLIDAYS,
  MEMBERS,
  TARGETS,
  type TabDef,
  type TabId,
} from './columns.ts';
import { a1, type HeaderMap, mapHeaders } from './headers.ts';
import { cellText, fold, isBlank, nameKey } from './normalize.ts';
import {
  type DayOfDate,
  type Parsed,
  parseCategory,
  parseCount,
  parseDay,
  parseDayKind,
  parseDayOrMonth,
  parseEducation,
  parseEthnic,
  parseGender,
  parseReligion,
  parseYear,
  parseYesNo,
  quoted,
} from './values.ts';

/** One tab as read: every value of its data range (row 1 first). */
export interface Table {
  tab: TabDef;
  sheetName: string;
  values: unknown[][];
  headers: HeaderMap;
}

export function readTable(tab: TabDef, sheetName: string, values: unknown[][]): Table {
  return { tab, sheetName, values, headers: mapHeaders(tab, values) };
}

export type ProblemSeverity = 'error' | 'warning';

/** A cell the add-on could not read, or a row it left out. */
export interface CellProblem {
  tab: TabId;
  sheetName: string;
  /** 1-based sheet row */
  row: number;
  /** 0-based column */
  column: number;
  header: string;
  message: string;
  severity: ProblemSeverity;
  /** the row's key, when it has one */
  key?: string;
}

/** A person row of "Quần chúng" or "Đảng viên" as the add-on understood it. */
export interface PersonRow {
  /** 1-based sheet row */
  row: number;
  key: string;
  /** the key was created by this check (written into the empty Mã cell) */
  newKey: boolean;
  name: string;
  /** sent to the engine */
  included: boolean;
  /** why not, when not */
  excludedBecause?: string;
  /** candidates: request introducer index → sheet slot (1 or 2) */
  introducerSlots?: number[];
  /** candidates: the category, for the target sentence */
  student?: boolean;
}

export interface ConfigValues {
  unitName?: string;
  superiorName?: string;
  place?: string;
  documentNumber?: string;
  secretaryName?: string;
  hasYouthUnion?: boolean;
  hasTradeUnion?: boolean;
  backendUrl?: string;
  unitId?: string;
}

export interface BuildInput {
  asOf: Day;
  /** the year of the summary and of the targets read (default: the year of asOf) */
  year?: number;
  dayOfDate: DayOfDate;
  candidates?: Table;
  members?: Table;
  targets?: Table;
  holidays?: Table;
  config?: Table;
}

export interface BuildOutcome {
  request: EvaluateRequest;
  config: ConfigValues;
  candidates: PersonRow[];
  members: PersonRow[];
  problems: CellProblem[];
  /** one line each: unknown or missing columns, assumptions made */
  notices: string[];
  /** the example row of the template is still there */
  hasExampleRow: boolean;
}

const EXAMPLE_PREFIX = 'ví dụ';
const TAB_ORDER: readonly TabId[] = ['candidates', 'members', 'targets', 'holidays', 'config'];

/** Rows whose name starts with "Ví dụ" are the template's example rows. */
export function isExampleName(name: string): boolean {
  return name.toLocaleLowerCase('vi').startsWith(EXAMPLE_PREFIX);
}

class Collector {
  readonly problems: CellProblem[] = [];
  readonly notices: string[] = [];

  add(
    table: Table,
    row: number,
    column: number,
    message: string,
    severity: ProblemSeverity,
    key?: string,
  ): void {
    const header = headerText(table, column);
    const p: CellProblem = {
      tab: table.tab.id,
      sheetName: table.sheetName,
      row,
      column,
      header,
      message,
      severity,
    };
    if (key !== undefined) p.key = key;
    this.problems.push(p);
  }
}

function headerText(table: Table, column: number): string {
  const h = table.values[table.headers.headerRow - 1]?.[column];
  return typeof h === 'string' && h.trim() !== ''
    ? h.trim()
    : a1(column, table.headers.headerRow || 1).replace(/\d+$/, '');
}

/** Where a problem is, for the sidebar: "dòng 7, cột “Ngày sinh” (D7)". */
export function locate(p: Pick<CellProblem, 'row' | 'column' | 'header'>): string {
  return `dòng ${p.row}, cột “${p.header}” (${a1(p.column, p.row)})`;
}

function reportHeaders(table: Table, c: Collector): void {
  const { headers, tab, sheetName } = table;
  for (const u of headers.unknown) {
    c.notices.push(
      `Bảng “${sheetName}”: cột “${u.header}” (${a1(u.index, headers.headerRow).replace(/\d+$/, '')}) không thuộc mẫu — tiện ích để nguyên, không đọc.`,
    );
  }
  for (const d of headers.duplicates) {
    const first = headers.columns.get(d.id) ?? 0;
    const def = tab.columns.find((col) => col.id === d.id);
    c.notices.push(
      `Bảng “${sheetName}”: cột “${d.header}” cũng là “${def?.header ?? d.id}” (đã có ở cột ${a1(first, 1).replace(/\d+$/, '')}) — chỉ đọc cột đầu tiên.`,
    );
  }
}

/** Data rows: after the header row, skipping rows with nothing in any input column. */
function dataRows(table: Table, inputColumns: number[]): number[] {
  const rows: number[] = [];
  for (let r = table.headers.headerRow; r < table.values.length; r++) {
    const values = table.values[r]!;
    for (const col of inputColumns) {
      if (!isBlank(values[col])) {
        rows.push(r);
        break;
      }
    }
  }
  return rows;
}

function inputColumnsOf(table: Table): number[] {
  const out: number[] = [];
  for (const def of table.tab.columns) {
    if (def.kind === 'key' || def.kind === 'computed') continue;
    const col = table.headers.columns.get(def.id);
    if (col !== undefined) out.push(col);
  }
  return out;
}

/** Existing keys in the Mã column, and a generator of new ones after the highest number. */
function keyMaker(table: Table, rows: number[], keyCol: number | undefined, prefix: string) {
  let max = 0;
  const pattern = new RegExp(`^${prefix}-(\\d+)$`, 'i');
  if (keyCol !== undefined) {
    for (const r of rows) {
      const m = pattern.exec(cellText(table.values[r]![keyCol]));
      if (m) max = Math.max(max, Number(m[1]));
    }
  }
  return () => {
    max += 1;
    return `${prefix}-${String(max).padStart(4, '0')}`;
  };
}

interface RowStart {
  r: number;
  key: string;
  newKey: boolean;
  name: string;
  duplicateOf?: number;
}

function startRows(table: Table, c: Collector): RowStart[] {
  const keyCol = table.headers.columns.get('key');
  const nameCol = table.headers.columns.get('name');
  const rows = dataRows(table, inputColumnsOf(table));
  const next = keyMaker(table, rows, keyCol, table.tab.keyPrefix ?? 'K');
  const seen = new Map<string, number>();
  const out: RowStart[] = [];
  for (const r of rows) {
    const values = table.values[r]!;
    let key = keyCol === undefined ? '' : cellText(values[keyCol]);
    let newKey = false;
    if (key.length > 64) {
      c.add(
        table,
        r + 1,
        keyCol!,
        `Mã ${quoted(key)} dài quá 64 ký tự — xóa ô này để tiện ích cấp mã mới.`,
        'error',
      );
      out.push({
        r,
        key,
        newKey,
        name: nameCol === undefined ? '' : cellText(values[nameCol]),
        duplicateOf: -1,
      });
      continue;
    }
    if (key === '') {
      key = next();
      newKey = true;
    }
    const start: RowStart = { r, key, newKey, name: nameCol === undefined ? '' : cellText(values[nameCol]) };
    const folded = key.toUpperCase();
    const first = seen.get(folded);
    if (first !== undefined) {
      start.duplicateOf = first;
      c.add(
        table,
        r + 1,
        keyCol!,
        `Mã “${key}” trùng với dòng ${first + 1} (có thể do chép dòng) — dòng này chưa được kiểm tra. Xóa ô Mã ở dòng này để tiện ích cấp mã mới.`,
        'error',
        key,
      );
    } else {
      seen.set(folded, r);
    }
    out.push(start);
  }
  return out;
}

/** Reads one cell with a parser; a problem is recorded and the field left out. */
function field<T>(
  table: Table,
  c: Collector,
  r: number,
  id: string,
  key: string,
  parse: (v: unknown) => Parsed<T>,
  set: (v: T) => void,
  severity: ProblemSeverity = 'warning',
): Parsed<T> | undefined {
  const col = table.headers.columns.get(id);
  if (col === undefined) return undefined;
  const parsed = parse(table.values[r]![col]);
  if (parsed.kind === 'ok') set(parsed.value);
  else if (parsed.kind === 'problem') c.add(table, r + 1, col, parsed.message, severity, key);
  return parsed;
}

/** A row's entry in the outcome; a duplicate or over-long key leaves it out, saying why. */
function personRow(start: RowStart): PersonRow {
  const row: PersonRow = {
    row: start.r + 1,
    key: start.key,
    newKey: start.newKey,
    name: start.name,
    included: true,
  };
  if (start.duplicateOf !== undefined) {
    row.included = false;
    row.excludedBecause =
      start.duplicateOf === -1 ? 'mã quá dài' : `mã trùng với dòng ${start.duplicateOf + 1}`;
  }
  return row;
}

/** Each column's parser, made once per check rather than once per row. */
function parsersOf(
  defs: readonly ColumnDef[],
  dayOfDate: DayOfDate,
): Array<[string, (v: unknown) => Parsed<unknown>]> {
  const out: Array<[string, (v: unknown) => Parsed<unknown>]> = [];
  for (const def of defs) {
    const parse = parserFor(def, dayOfDate);
    if (parse !== undefined) out.push([def.id, parse]);
  }
  return out;
}

function parserFor(def: ColumnDef, dayOfDate: DayOfDate): ((v: unknown) => Parsed<unknown>) | undefined {
  switch (def.kind) {
    case 'day':
      return (v) => parseDay(v, dayOfDate);
    case 'dayOrMonth':
      return (v) => parseDayOrMonth(v, dayOfDate);
    case 'yesNo':
      return parseYesNo;
    case 'gender':
      return parseGender;
    case 'ethnic':
      return parseEthnic;
    case 'religion':
      return parseReligion;
    case 'category':
      return parseCategory;
    case 'education':
      return parseEducation;
    case 'count':
      return (v) => parseCount(v);
    default:
      return undefined;
  }
}

/** Member rows → members of the request, and a name index for introducers. */
function buildMembers(table: Table | undefined, dayOfDate: DayOfDate, c: Collector) {
  const rows: PersonRow[] = [];
  const members: Member[] = [];
  const byName = new Map<string, PersonRow[]>();
  const byFoldedName = new Map<string, PersonRow[]>();
  if (table === undefined || table.headers.headerRow === 0) return { rows, members, byName, byFoldedName };
  reportHeaders(table, c);
  const fields = parsersOf(
    MEMBERS.columns.filter((d) => d.id !== 'key' && d.id !== 'name'),
    dayOfDate,
  );
  for (const start of startRows(table, c)) {
    const row = personRow(start);
    rows.push(row);
    if (start.name !== '') {
      const k = nameKey(start.name);
      byName.set(k, [...(byName.get(k) ?? []), row]);
      const f = fold(start.name);
      byFoldedName.set(f, [...(byFoldedName.get(f) ?? []), row]);
    }
    if (!row.included) continue;
    const m: Record<string, unknown> = { key: start.key };
    for (const [id, parse] of fields) {
      field(table, c, start.r, id, start.key, parse, (v) => {
        m[id] = v;
      });
    }
    members.push(m as unknown as Member);
  }
  return { rows, members, byName, byFoldedName };
}

type MemberIndex = ReturnType<typeof buildMembers>;

/** A member's name → their key, or a problem (unknown, ambiguous). */
function memberKeyOf(
  name: string,
  index: MemberIndex,
  membersTab: string,
): { key: string } | { problem: string; severity: ProblemSeverity } {
  const exact = index.byName.get(nameKey(name));
  if (exact !== undefined && exact.length === 1) return { key: exact[0]!.key };
  if (exact !== undefined && exact.length > 1) {
    return {
      problem: `Có ${exact.length} đảng viên tên “${name}” ở bảng “${membersTab}” (dòng ${exact.map((m) => m.row).join(', ')}) — thêm chữ đệm hoặc ghi chú để phân biệt.`,
      severity: 'warning',
    };
  }
  const near = index.byFoldedName.get(fold(name));
  const hint = near !== undefined && near.length === 1 ? ` Có phải “${near[0]!.name}”?` : '';
  return {
    problem: `Không tìm thấy đảng viên “${name}” ở bảng “${membersTab}” — viết họ tên đúng như ở đó.${hint}`,
    severity: 'warning',
  };
}

const CANDIDATE_SIMPLE_FIELDS = CANDIDATES.columns.filter(
  (d) =>
    d.kind !== 'key' &&
    d.kind !== 'name' &&
    d.kind !== 'computed' &&
    d.kind !== 'member' &&
    d.id !== 'birthDate' &&
    d.id !== 'introducer1Letter' &&
    d.id !== 'introducer2Letter',
);

function buildCandidates(
  table: Table | undefined,
  dayOfDate: DayOfDate,
  members: MemberIndex,
  membersTab: string,
  c: Collector,
): { rows: PersonRow[]; candidates: Candidate[] } {
  const rows: PersonRow[] = [];
  const candidates: Candidate[] = [];
  if (table !== undefined && table.headers.headerRow === 0 && table.values.length > 0) {
    c.notices.push(
      `Bảng “${table.sheetName}” chưa có dòng tiêu đề quen thuộc (Họ và tên, Ngày sinh…): chưa đọc được ai. Đặt tên cột theo mẫu, hoặc bấm “Tạo bảng mẫu” trên một bảng tính mới.`,
    );
  }
  if (table === undefined || table.headers.headerRow === 0) return { rows, candidates };
  reportHeaders(table, c);
  const birthCol = table.headers.columns.get('birthDate');
  if (birthCol === undefined) {
    c.notices.push(
      `Bảng “${table.sheetName}” chưa có cột “Ngày sinh”: không kiểm tra được ai. Bấm “Tạo bảng mẫu” để thêm cột còn thiếu.`,
    );
  }
  const simpleFields = parsersOf(CANDIDATE_SIMPLE_FIELDS, dayOfDate);
  for (const start of startRows(table, c)) {
    const row = personRow(start);
    rows.push(row);
    if (!row.included) continue;
    const cand: Record<string, unknown> = { key: start.key };
    const birth = field(
      table,
      c,
      start.r,
      'birthDate',
      start.key,
      (v) => parseDayOrMonth(v, dayOfDate),
      (v) => {
        cand.birthDate = v;
      },
      'error',
    );
    if (birth === undefined || birth.kind !== 'ok') {
      row.included = false;
      row.excludedBecause = birth?.kind === 'problem' ? 'ngày sinh không đọc được' : 'thiếu ngày sinh';
      if (birth?.kind === 'empty' && birthCol !== undefined) {
        c.add(
          table,
          start.r + 1,
          birthCol,
          'Chưa có ngày sinh — dòng này chưa được kiểm tra. Ghi ngày sinh dd/mm/yyyy (hoặc mm/yyyy nếu chỉ biết tháng).',
          'error',
          start.key,
        );
      }
    }
    for (const [id, parse] of simpleFields) {
      field(table, c, start.r, id, start.key, parse, (v) => {
        cand[id] = v;
      });
    }
    row.student = cand.category === 'student';

    // Introducers: names → member keys; the letter dates beside them.
    const introducers: Introducer[] = [];
    const slots: number[] = [];
    for (const slot of [1, 2]) {
      const intro: Introducer = {};
      const nameColumn = table.headers.columns.get(`introducer${slot}`);
      const name = nameColumn === undefined ? '' : cellText(table.values[start.r]![nameColumn]);
      if (name !== '' && nameColumn !== undefined) {
        const found = memberKeyOf(name, members, membersTab);
        if ('key' in found) intro.memberKey = found.key;
        else c.add(table, start.r + 1, nameColumn, found.problem, found.severity, start.key);
      }
      field(
        table,
        c,
        start.r,
        `introducer${slot}Letter`,
        start.key,
        (v) => parseDay(v, dayOfDate),
        (v) => {
          intro.letterDate = v;
        },
      );
      if (name !== '' || intro.letterDate !== undefined) {
        introducers.push(intro);
        slots.push(slot);
      }
    }
    if (introducers.length > 0) {
      cand.introducers = introducers;
      row.introducerSlots = slots;
    }
    const helperCol = table.headers.columns.get('helper');
    const helper = helperCol === undefined ? '' : cellText(table.values[start.r]![helperCol]);
    if (helper !== '' && helperCol !== undefined) {
      const found = memberKeyOf(helper, members, membersTab);
      if (!('key' in found)) c.add(table, start.r + 1, helperCol, found.problem, found.severity, start.key);
    }
    if (row.included) candidates.push(cand as unknown as Candidate);
  }
  return { rows, candidates };
}

function buildConfig(table: Table | undefined, c: Collector): ConfigValues {
  const config: ConfigValues = {};
  if (table === undefined) return config;
  // Two columns: the label, then its value. Header row optional.
  const labelCol = table.headers.columns.get('label') ?? 0;
  const valueCol = table.headers.columns.get('value') ?? 1;
  const lookup = new Map<string, ConfigItem>();
  for (const item of CONFIG_ITEMS)
    for (const text of [item.label, ...item.aliases]) lookup.set(fold(text), item);
  const seen = new Set<string>();
  for (let r = table.headers.headerRow; r < table.values.length; r++) {
    const values = table.values[r]!;
    const item = lookup.get(fold(cellText(values[labelCol])).replace(/^\d+ /, ''));
    if (item === undefined || seen.has(item.id)) continue;
    seen.add(item.id);
    const value = values[valueCol];
    if (isBlank(value)) continue;
    if (item.kind === 'yesNo') {
      const parsed = parseYesNo(value);
      if (parsed.kind === 'ok') config[item.id as 'hasYouthUnion' | 'hasTradeUnion'] = parsed.value;
      else if (parsed.kind === 'problem') c.add(table, r + 1, valueCol, parsed.message, 'warning');
    } else {
      const text = cellText(value);
      (config as Record<string, string>)[item.id] = text;
    }
  }
  return config;
}

/** "Cấu hình" alone (the superior's actions read nothing else). */
export function configOf(table: Table | undefined): ConfigValues {
  return buildConfig(table, new Collector());
}

function buildTargets(table: Table | undefined, year: number, c: Collector): Targets | undefined {
  if (table === undefined || table.headers.headerRow === 0) return undefined;
  reportHeaders(table, c);
  const yearCol = table.headers.columns.get('year');
  if (yearCol === undefined) return undefined;
  let found: Targets | undefined;
  let foundRow = 0;
  for (let r = table.headers.headerRow; r < table.values.length; r++) {
    const values = table.values[r]!;
    const y = parseYear(values[yearCol]);
    if (y.kind === 'problem') {
      c.add(table, r + 1, yearCol, y.message, 'warning');
      continue;
    }
    if (y.kind !== 'ok' || y.value !== year) continue;
    if (found !== undefined) {
      c.add(
        table,
        r + 1,
        yearCol,
        `Năm ${year} đã có chỉ tiêu ở dòng ${foundRow} — chỉ đọc dòng đó.`,
        'warning',
      );
      continue;
    }
    const targets: Targets = {};
    for (const id of ['admitted', 'students', 'women', 'awarenessClass'] as const) {
      const col = table.headers.columns.get(id);
      if (col === undefined) continue;
      const n = parseCount(values[col]);
      if (n.kind === 'ok') targets[id] = n.value;
      else if (n.kind === 'problem') c.add(table, r + 1, col, n.message, 'warning');
    }
    found = targets;
    foundRow = r + 1;
  }
  return found;
}

function buildHolidays(table: Table | undefined, dayOfDate: DayOfDate, c: Collector) {
  const holidays: Day[] = [];
  const workdays: Day[] = [];
  if (table === undefined || table.headers.headerRow === 0) return { holidays, workdays };
  reportHeaders(table, c);
  const dayCol = table.headers.columns.get('day');
  const kindCol = table.headers.columns.get('kind');
  if (dayCol === undefined) return { holidays, workdays };
  for (let r = table.headers.headerRow; r < table.values.length; r++) {
    const values = table.values[r]!;
    const day = parseDay(values[dayCol], dayOfDate);
    if (day.kind === 'problem') {
      c.add(table, r + 1, dayCol, day.message, 'warning');
      continue;
    }
    if (day.kind !== 'ok') continue;
    const kind =
      kindCol === undefined ? ({ kind: 'ok', value: 'holiday' } as const) : parseDayKind(values[kindCol]);
    if (kind.kind === 'problem') {
      c.add(table, r + 1, kindCol!, kind.message, 'warning');
      continue;
    }
    if (kind.kind === 'ok' && kind.value === 'workday') workdays.push(day.value);
    else holidays.push(day.value);
  }
  return { holidays: [...new Set(holidays)], workdays: [...new Set(workdays)] };
}

const FIELD_PATH = /^(candidates|members)\[(\d+)\]\.?(.*)$/;

/** Deletes the value at a path like `introducers[0].memberKey` inside `item`. */
function deleteAt(item: Record<string, unknown>, path: string): void {
  const parts = path.split(/\.|\[|\]/).filter((p) => p !== '');
  let target: unknown = item;
  for (let i = 0; i < parts.length - 1; i++) {
    if (target === null || typeof target !== 'object') return;
    target = (target as Record<string, unknown>)[parts[i]!];
  }
  if (target !== null && typeof target === 'object')
    delete (target as Record<string, unknown>)[parts[parts.length - 1]!];
}

/**
 * Holds the assembled request to the shared schema (the safety net behind the per-cell parsers):
 * each problem is mapped back to its cell and that field (or row) is dropped. Never throws.
 */
function enforceSchema(
  request: EvaluateRequest,
  tables: { candidates?: Table; members?: Table },
  people: { candidates: PersonRow[]; members: PersonRow[] },
  c: Collector,
): EvaluateRequest {
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = parseEvaluateRequest(request);
    if (outcome.ok) return outcome.value;
    const dropCandidates = new Set<number>();
    const dropMembers = new Set<number>();
    for (const problem of outcome.problems) {
      const m = FIELD_PATH.exec(problem.path);
      if (m === null) {
        c.notices.push(`Yêu cầu kiểm tra chưa hợp lệ (${problem.path}): ${problem.message}`);
        continue;
      }
      const list = m[1] === 'candidates' ? request.candidates : (request.members ?? []);
      const index = Number(m[2]);
      const item = list[index] as unknown as Record<string, unknown> | undefined;
      const path = m[3] ?? '';
      const table = m[1] === 'candidates' ? tables.candidates : tables.members;
      const rows = m[1] === 'candidates' ? people.candidates : people.members;
      const person = item === undefined ? undefined : rows.find((p) => p.key === item.key);
      const top = path.split(/[.[]/)[0] ?? '';
      const col = table?.headers.columns.get(top === 'introducers' ? 'introducer1' : top);
      if (table !== undefined && person !== undefined && col !== undefined) {
        c.add(table, person.row, col, problem.message, 'warning', person.key);
      } else {
        c.notices.push(
          `${m[1] === 'candidates' ? 'Quần chúng' : 'Đảng viên'} ${person?.key ?? `#${index + 1}`}: ${problem.message}`,
        );
      }
      if (item === undefined || top === 'key' || top === 'birthDate' || top === '') {
        (m[1] === 'candidates' ? dropCandidates : dropMembers).add(index);
        if (person !== undefined) {
          person.included = false;
          person.excludedBecause = problem.message;
        }
      } else {
        deleteAt(item, path);
      }
    }
    request = {
      ...request,
      candidates: request.candidates.filter((_, i) => !dropCandidates.has(i)),
      ...(request.members ? { members: request.members.filter((_, i) => !dropMembers.has(i)) } : {}),
    };
  }
  const last = parseEvaluateRequest(request);
  if (last.ok) return last.value;
  throw new Error(`request still invalid: ${last.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
}

/** Reads every tab into one request. */
export function buildRequest(input: BuildInput): BuildOutcome {
  const c = new Collector();
  const config = buildConfig(input.config, c);
  const year = input.year ?? Number(input.asOf.slice(0, 4));
  const members = buildMembers(input.members, input.dayOfDate, c);
  const membersTab = input.members?.sheetName ?? MEMBERS.name;
  const cand = buildCandidates(input.candidates, input.dayOfDate, members, membersTab, c);
  const targets = buildTargets(input.targets, year, c);
  const { holidays, workdays } = buildHolidays(input.holidays, input.dayOfDate, c);
  if (config.hasYouthUnion === undefined && input.candidates !== undefined) {
    c.notices.push(`Chưa ghi “Có tổ chức Đoàn” ở bảng “${CONFIG.name}” — tạm coi là Có.`);
  }
  let request: EvaluateRequest = {
    asOf: input.asOf,
    unit: { hasYouthUnion: config.hasYouthUnion ?? true, hasTradeUnion: config.hasTradeUnion ?? true },
    candidates: cand.candidates,
    year,
  };
  if (members.members.length > 0) request.members = members.members;
  else if (cand.candidates.length > 0) {
    c.notices.push(
      `Bảng “${membersTab}” chưa có đảng viên nào: chưa kiểm tra được người giới thiệu và số đảng viên chính thức của chi bộ.`,
    );
  }
  if (holidays.length > 0) request.holidays = holidays;
  if (workdays.length > 0) request.workdays = workdays;
  if (targets !== undefined && Object.keys(targets).length > 0) request.targets = targets;
  request = enforceSchema(
    request,
    {
      ...(input.candidates ? { candidates: input.candidates } : {}),
      ...(input.members ? { members: input.members } : {}),
    },
    { candidates: cand.rows, members: members.rows },
    c,
  );
  return {
    request,
    config,
    candidates: cand.rows,
    members: members.rows,
    problems: c.problems.sort(
      (a, b) => TAB_ORDER.indexOf(a.tab) - TAB_ORDER.indexOf(b.tab) || a.row - b.row || a.column - b.column,
    ),
    notices: c.notices,
    hasExampleRow: cand.rows.some((r) => isExampleName(r.name)),
  };
}

export { CANDIDATES, HOLIDAYS, MEMBERS, TARGETS };
