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
  aliases: ['Mã số', 'Mã dòng', 'Mã hồ sơ', 'ID', 'Key'],
  kind: 'key',
  hint: `🔒 Mã dòng do tiện ích tự cấp (${prefix}-0001, ${prefix}-0002…) khi ô còn trống. Mã giúp nhận ra từng người mà không gửi họ tên đi đâu; đừng sửa hay chép trùng mã.`,
  width: 80,
});

export const date = (
  id: string,
  header: string,
  aliases: readonly string[],
  hint: string,
  optional = false,
): ColumnDef => ({
  id,
  header,
  aliases,
  kind: 'day',
  hint,
  width: 110,
  ...(optional ? { optional } : {}),
});

export const yesNo = (
  id: string,
  header: string,
  aliases: readonly string[],
  hint: string,
  optional = false,
): ColumnDef => ({
  id,
  header,
  aliases,
  kind: 'yesNo',
  hint,
  options: YES_NO,
  width: 90,
  ...(optional ? { optional } : {}),
});

export function columnById(tab: TabDef, id: string): ColumnDef | undefined {
  return tab.columns.find((c) => c.id === id);
}

/** Column kinds holding a date: formatted dd/mm/yyyy by the template. */
export function isDateKind(kind: ColumnKind): boolean {
  return kind === 'day' || kind === 'dayOrMonth';
}
