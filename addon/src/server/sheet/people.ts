/**
 * Person rows of "Quần chúng" and "Đảng viên" → the request's candidates and members, each cell
 * through its column's parser; introducers and helpers by name → member key.
 */
// What the sheet gives is a request as a client sends it (`*Input`): rows.ts has it checked, and
// only the check makes its dates Days.
import type {
  CandidateInput as Candidate,
  IntroducerInput as Introducer,
  MemberInput as Member,
} from '../../../../shared/schemas/request.ts';
import { CANDIDATES } from './candidateColumns.ts';
import type { ColumnDef } from './columns.ts';
import { cellText, fold, nameKey } from './normalize.ts';
import { MEMBERS } from './tabColumns.ts';
import {
  type Collector,
  dataRows,
  inputColumnsOf,
  isExampleName,
  keyMaker,
  type PersonRow,
  type ProblemSeverity,
  reportHeaders,
  type Table,
} from './table.ts';
import {
  type DayOfDate,
  type Parsed,
  parseCategory,
  parseCount,
  parseDay,
  parseDayOrMonth,
  parseEducation,
  parseEthnic,
  parseGender,
  parseReligion,
  parseYesNo,
  quoted,
} from './values.ts';

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

/**
 * One cell through its parser, whatever the cell holds: a parser that throws on a value nobody
 * foresaw becomes a problem on that cell, so that no single cell ever stops a check.
 */
export function guarded<T>(parse: (v: unknown) => Parsed<T>, value: unknown): Parsed<T> {
  try {
    return parse(value);
  } catch {
    return {
      kind: 'problem',
      message: `Không đọc được giá trị ${quoted(value)} trong ô này — hãy gõ lại (ngày theo dạng dd/mm/yyyy).`,
    };
  }
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
  const parsed = guarded(parse, table.values[r]![col]);
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
  } else if (isExampleName(start.name)) {
    // The template's example row explains the columns; it is never checked, counted or sent.
    row.included = false;
    row.example = true;
    row.excludedBecause =
      'dòng ví dụ của bảng mẫu — không tính, không gửi đi; xóa dòng này khi nhập danh sách thật';
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
export function buildMembers(table: Table | undefined, dayOfDate: DayOfDate, c: Collector) {
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

export type MemberIndex = ReturnType<typeof buildMembers>;

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
  // With no member rows at all (the tab is missing, renamed or empty), retyping the name cannot help.
  if (index.rows.length === 0) {
    return {
      problem: `Chưa đối chiếu được “${name}”: bảng “${membersTab}” chưa có đảng viên nào — nhập danh sách đảng viên của chi bộ vào bảng đó (nếu danh sách đang ở bảng tên khác, đổi tên bảng thành “${MEMBERS.name}”).`,
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

export function buildCandidates(
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
    // Said at the top, unless a header that looks like it already says which one to rename.
    if (!c.headerNotices.some((n) => n.includes('“Ngày sinh”?'))) {
      c.headerNotices.push(
        `Bảng “${table.sheetName}” chưa có cột “Ngày sinh”: không kiểm tra được ai. Bấm “Tạo bảng mẫu” để thêm cột còn thiếu.`,
      );
    }
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
      // Sent as the member's key (contract.md): the name stays in the sheet.
      if ('key' in found) cand.helperKey = found.key;
      else c.add(table, start.r + 1, helperCol, found.problem, found.severity, start.key);
    }
    if (row.included) candidates.push(cand as unknown as Candidate);
  }
  return { rows, candidates };
}
