/**
 * The sheet's contract (spec/contract.md §1): the tabs, their canonical headers, the aliases a
 * header may be written as, what each column holds, and the hint note the template puts on it.
 */

export type ColumnKind =
  /** the row key (Mã): computed, created when missing */
  | 'key'
  /** a person's name: stays in the sheet */
  | 'name'
  /** a full date dd/mm/yyyy */
  | 'day'
  /** a date, or mm/yyyy (birth dates) */
  | 'dayOrMonth'
  | 'yesNo'
  | 'gender'
  | 'ethnic'
  | 'religion'
  | 'category'
  | 'education'
  /** a whole number ≥ 0 */
  | 'count'
  /** the name of a member of the "Đảng viên" tab */
  | 'member'
  /** written by the add-on after each check */
  | 'computed'
  | 'year'
  /** "Nghỉ" / "Làm bù" */
  | 'dayKind'
  | 'text';

export interface ColumnDef {
  /** stable id; for candidates and members the request field it fills, when there is one */
  id: string;
  header: string;
  /**
   * Other headers it may be written as. Only ever compared folded (normalize.ts: no case, no
   * diacritics), so written that way — lower case, without diacritics, punctuation kept for
   * `foldWithoutParentheses` — as are a tab's and a configuration item's.
   */
  aliases: readonly string[];
  kind: ColumnKind;
  /** the header's note: what goes there and which form it comes from */
  hint: string;
  /** created by "Tạo bảng mẫu" (default); false: recognised when present, never added */
  optional?: boolean;
  /** dropdown values */
  options?: readonly string[];
  width?: number;
}

export type TabId =
  | 'candidates'
  | 'members'
  | 'meetings'
  | 'targets'
  | 'holidays'
  | 'config'
  | 'summary'
  | 'assign';

export interface TabDef {
  id: TabId;
  name: string;
  /** other names it may have, folded as a column's aliases are */
  aliases: readonly string[];
  columns: readonly ColumnDef[];
  /** prefix of the keys created for new rows */
  keyPrefix?: string;
  tabColor: string;
  /** columns frozen on the left (key and name) */
  frozenColumns?: number;
}

export const YES = 'Có';
export const NO = 'Không';
export const YES_NO = [YES, NO] as const;

export const GENDERS = ['Nam', 'Nữ'] as const;

export const CATEGORY_LABELS = {
  student: 'Học sinh',
  higherEducationStudent: 'Sinh viên',
  teacher: 'Giáo viên',
  staff: 'Nhân viên',
  worker: 'Công nhân',
  farmer: 'Nông dân',
  armedForces: 'Lực lượng vũ trang',
  other: 'Khác',
} as const;

export const EDUCATION_LABELS = {
  none: 'Chưa hết tiểu học',
  primary: 'Tiểu học',
  lowerSecondary: 'THCS',
  upperSecondary: 'THPT',
  higher: 'Cao đẳng/Đại học trở lên',
} as const;

export const DAY_KINDS = ['Nghỉ', 'Làm bù'] as const;

/** The note on every computed column. */
export const LOCK =
  '🔒 Cột tính tự động: tiện ích ghi vào đây sau mỗi lần “Kiểm tra danh sách”. Không cần nhập, sửa tay sẽ bị ghi đè.';

export const key = (prefix: string): ColumnDef => ({
  id: 'key',
  header: 'Mã',
  aliases: ['ma so', 'ma dong', 'ma ho so', 'id', 'key'],
  kind: 'key',
  hint: `🔒 Mã dòng do tiện ích tự cấp (${prefix}-0001, ${prefix}-0002…) khi ô còn trống. Mã giúp nhận ra từng người mà không gửi họ tên đi đâu; đừng sửa hay chép trùng mã.`,
  width: 80,
});

/** The dropdown of a kind: a column's choices follow from what it holds. */
const OPTIONS: Partial<Record<ColumnKind, readonly string[]>> = {
  yesNo: YES_NO,
  gender: GENDERS,
  category: Object.values(CATEGORY_LABELS),
  education: Object.values(EDUCATION_LABELS),
  dayKind: DAY_KINDS,
};

/** A kind's usual width in pixels; a row says its own when it differs. */
const WIDTHS: Partial<Record<ColumnKind, number>> = {
  day: 110,
  dayOrMonth: 110,
  yesNo: 90,
  count: 90,
  member: 160,
  name: 180,
  text: 200,
};

/**
 * One column as a row of its tab's table: id, kind, header, the other headers it may be written
 * as (folded, '|' between them), the header's note, then its width when not the kind's and `true`
 * when the template leaves it out (see ColumnDef). Tables of rows are how the tabs are written: the
 * same few fields a hundred times, without a property name repeated on each.
 */
export type ColumnRow = readonly [
  id: string,
  kind: ColumnKind,
  header: string,
  aliases: string,
  hint: string,
  width?: number,
  optional?: true,
];

/** The columns of a table of rows (ColumnRow). */
export function columns(rows: readonly ColumnRow[]): ColumnDef[] {
  return rows.map(([id, kind, header, aliases, hint, width, optional]) => {
    const def: ColumnDef = {
      id,
      header,
      aliases: aliases === '' ? [] : aliases.split('|'),
      kind,
      hint,
      width: width ?? WIDTHS[kind] ?? 120,
    };
    const options = OPTIONS[kind];
    if (options !== undefined) def.options = options;
    if (optional) def.optional = true;
    return def;
  });
}

export function columnById(tab: TabDef, id: string): ColumnDef | undefined {
  return tab.columns.find((c) => c.id === id);
}

/** Column kinds holding a date: formatted dd/mm/yyyy by the template. */
export function isDateKind(kind: ColumnKind): boolean {
  return kind === 'day' || kind === 'dayOrMonth';
}
