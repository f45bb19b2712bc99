/**
 * The documents' text fields as rules (zod-free): documents/schemas.ts and papers/schema.ts build
 * their zod schemas from them, fields.ts its hand readers for the add-on.
 */
import type { TextRule } from '../schemas/readers.ts';

function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** A line of display text: trimmed, not empty, no control characters, well-formed Unicode. */
export function line(what: string, max: number): TextRule {
  const What = upperFirst(what);
  return {
    missing: `Thiếu ${what}.`,
    notString: `${What} phải là chuỗi ký tự.`,
    empty: `${What} không được để trống.`,
    max,
    tooLong: `${What} dài quá ${max} ký tự.`,
    control: `${What} chứa ký tự điều khiển.`,
    surrogate: `${What} chứa ký tự Unicode hỏng.`,
  };
}

/** A field of a meeting paper's header: trimmed, not empty. */
export function paperLine(what: string, max: number): TextRule {
  return {
    missing: `Thiếu ${what}.`,
    notString: `Trường “${what}” phải là chuỗi ký tự.`,
    empty: `Trường “${what}” không được để trống.`,
    max,
    tooLong: `Trường “${what}” dài quá ${max} ký tự.`,
  };
}

export const REPORT_PERIODS = ['year', 'firstHalf'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];
export const REPORT_PERIOD_MESSAGE =
  'Kỳ báo cáo chỉ nhận "year" (cả năm) hoặc "firstHalf" (6 tháng đầu năm).';

/** The rules of the fields the plan and the report share, in the schemas' order. */
export const COMMON = {
  /** "Chi bộ Trường THPT Lê Quý Đôn" */
  unitName: line('tên đơn vị ban hành', 200),
  /** "Đảng bộ xã Đạ Đờn" */
  superiorName: line('tên cấp ủy cấp trên', 200),
  /** "Lâm Hà": the place of the date line */
  place: line('địa danh', 100),
  /** "03", or in full "03-KH/CB"; left blank to be written by hand when absent */
  number: line('số văn bản', 40),
};

export const PLAN_LINES = {
  secretaryName: line('họ tên người ký', 100),
  signerTitle: line('chức vụ người ký', 60),
  targetsNumber: line('số văn bản giao chỉ tiêu', 60),
};

export const REPORT_LINES = {
  signerTitle: line('chức vụ người ký', 60),
  signerName: line('họ tên người ký', 100),
};

export const PAPER_LINES = {
  unitName: paperLine('tên chi bộ', 200),
  superiorName: paperLine('tên cấp ủy cấp trên', 200),
  place: paperLine('địa danh', 100),
  number: paperLine('số văn bản', 40),
  signerTitle: paperLine('chức vụ người ký', 60),
};
