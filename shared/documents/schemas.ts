import { z } from 'zod';
import { DaySchema, YearSchema } from '../schemas/primitives.ts';

/** C0 control characters and DEL. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A line of display text: trimmed, not empty, no control characters, well-formed Unicode. */
function line(what: string, max: number) {
  return z
    .string({
      error: (i) => (i.input === undefined ? `Thiếu ${what}.` : `${upperFirst(what)} phải là chuỗi ký tự.`),
    })
    .trim()
    .min(1, { error: `${upperFirst(what)} không được để trống.` })
    .max(max, { error: `${upperFirst(what)} dài quá ${max} ký tự.` })
    .refine((s) => !hasControl(s), { error: `${upperFirst(what)} chứa ký tự điều khiển.` })
    .refine((s) => !LONE_SURROGATE.test(s), { error: `${upperFirst(what)} chứa ký tự Unicode hỏng.` });
}

function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

const common = {
  /** "Chi bộ Trường THPT Lê Quý Đôn" */
  unitName: line('tên đơn vị ban hành', 200),
  /** "Đảng bộ xã Đạ Đờn" */
  superiorName: line('tên cấp ủy cấp trên', 200),
  /** "Lâm Hà": the place of the date line */
  place: line('địa danh', 100),
  /** "03", or in full "03-KH/CB"; left blank to be written by hand when absent */
  number: line('số văn bản', 40).optional(),
  date: DaySchema,
  year: YearSchema,
};

/** The superior's document that gave the targets: cited in the plan's "Căn cứ". */
export const TargetsDocumentSchema = z.object({
  /** "45-KH/ĐU", or with its kind: "Kế hoạch số 45-KH/ĐU" */
  number: line('số văn bản giao chỉ tiêu', 60),
  date: DaySchema.optional(),
});

/** `document` of `POST /v1/plan`. */
export const PlanDocumentSchema = z.object({
  ...common,
  /** the signer's name (the secretary by default; the deputy's when `signerTitle` says so) */
  secretaryName: line('họ tên người ký', 100).optional(),
  /** the signer's function: "Bí thư" (default) or "Phó Bí thư" */
  signerTitle: line('chức vụ người ký', 60).optional(),
  targetsDocument: TargetsDocumentSchema.optional(),
});

export const REPORT_PERIODS = ['year', 'firstHalf'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** `document` of `POST /v1/units/{unitId}/report`. */
export const ReportDocumentSchema = z.object({
  ...common,
  /** the signer's function, e.g. "Bí thư" (default), "Phó Bí thư" */
  signerTitle: line('chức vụ người ký', 60).optional(),
  signerName: line('họ tên người ký', 100).optional(),
  /** the whole year (default) or its first six months */
  period: z
    .enum(REPORT_PERIODS, {
      error: 'Kỳ báo cáo chỉ nhận "year" (cả năm) hoặc "firstHalf" (6 tháng đầu năm).',
    })
    .optional(),
});

export const ReportRequestSchema = z.object({
  document: ReportDocumentSchema,
});

export type PlanDocument = z.infer<typeof PlanDocumentSchema>;
export type TargetsDocument = z.infer<typeof TargetsDocumentSchema>;
export type ReportDocument = z.infer<typeof ReportDocumentSchema>;
export type ReportRequest = z.infer<typeof ReportRequestSchema>;
