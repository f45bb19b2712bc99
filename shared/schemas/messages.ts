/**
 * The request's Vietnamese problem messages, without zod: the zod schemas (primitives.ts,
 * request.ts, problems.ts's issueMessage) and the add-on's hand check (explain.ts) both say them
 * from here, so a rejected request reads the same whichever found it.
 */
import {
  FIRST_YEAR,
  LAST_YEAR,
  MAX_CANDIDATES,
  MAX_COUNT,
  MAX_INTRODUCERS,
  MAX_KEY_LENGTH,
} from './vocabulary.ts';

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true/false',
  object: 'đối tượng',
  array: 'danh sách',
};

export const MISSING = 'Thiếu giá trị bắt buộc.';
export const wrongType = (t: string): string => `Sai kiểu dữ liệu: cần ${TYPE_NAMES[t] ?? t}.`;
export const tooManyItems = (max: number): string => `Nhiều nhất ${max} phần tử.`;
/** zod's too_big without a message of the schema's own: `origin` is what was measured. */
export const tooBig = (origin: string, max: number): string =>
  origin === 'array'
    ? tooManyItems(max)
    : origin === 'string'
      ? `Dài quá ${max} ký tự.`
      : `Giá trị phải từ ${max} trở xuống.`;
/** zod's too_small without a message of the schema's own. */
export const tooSmall = (origin: string, min: number): string =>
  origin === 'array'
    ? `Cần ít nhất ${min} phần tử.`
    : origin === 'string'
      ? 'Không được để trống.'
      : `Giá trị phải từ ${min} trở lên.`;
export const notOneOf = (values: readonly unknown[]): string =>
  `Giá trị không hợp lệ: chỉ nhận ${values.map((v) => JSON.stringify(v)).join(', ')}.`;

export const DAY = {
  missing: 'Thiếu ngày.',
  notString: 'Ngày phải là chuỗi dạng YYYY-MM-DD.',
  invalid: (v: unknown): string =>
    `Ngày “${String(v)}” không hợp lệ: cần dạng YYYY-MM-DD, là ngày có thật, trong khoảng năm ${FIRST_YEAR}–${LAST_YEAR}.`,
};

export const DAY_OR_MONTH = {
  missing: 'Thiếu ngày sinh.',
  notString: 'Ngày phải là chuỗi.',
  invalid: (v: unknown): string =>
    `Ngày “${String(v)}” không hợp lệ: cần dạng YYYY-MM-DD hoặc YYYY-MM (năm ${FIRST_YEAR}–${LAST_YEAR}).`,
};

export const KEY = {
  missing: 'Thiếu mã dòng (key).',
  empty: 'Mã dòng (key) không được để trống.',
  tooLong: `Mã dòng (key) dài quá ${MAX_KEY_LENGTH} ký tự.`,
};

export const COUNT = {
  notNumber: 'Cần một số.',
  notInt: 'Cần một số nguyên.',
  negative: 'Không được là số âm.',
  tooBig: 'Số quá lớn.',
  max: MAX_COUNT,
};

export const YEAR = {
  notNumber: 'Năm phải là số.',
  notInt: 'Năm phải là số nguyên.',
  tooSmall: `Năm phải từ ${FIRST_YEAR} trở đi.`,
  tooBig: `Năm phải trước ${LAST_YEAR}.`,
};

export const MEETING_DAY = {
  notNumber: 'Ngày họp định kỳ phải là số (ngày trong tháng).',
  notInt: 'Ngày họp định kỳ phải là số nguyên.',
  range: 'Ngày họp định kỳ phải từ 1 đến 31.',
};

export const HAS_YOUTH_UNION = 'Cần cho biết đơn vị có tổ chức Đoàn hay không (true/false).';
export const TOO_MANY_INTRODUCERS = `Nhiều nhất ${MAX_INTRODUCERS} người giới thiệu.`;
export const TOO_MANY_CANDIDATES = `Nhiều nhất ${MAX_CANDIDATES} quần chúng trong một lần kiểm tra.`;
