import { z } from '@hono/zod-openapi';
import { YearSchema } from '../../../shared/schemas/primitives.ts';
import { ASCII_EMAIL, asciiLowerCase, HIDDEN_CHARACTER } from '../lib/email.ts';

export const UNIT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** C0 control characters and DEL; a note may keep tabs and line breaks. */
function hasControl(s: string, allowLineBreaks: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x7f) return true;
    if (c < 0x20 && !(allowLineBreaks && (c === 0x09 || c === 0x0a || c === 0x0d))) return true;
  }
  return false;
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UnitIdSchema = z
  .string({ error: 'Thiếu mã đơn vị.' })
  .regex(UNIT_ID, {
    error:
      'Mã đơn vị chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 64 ký tự), vd. “thpt-le-quy-don”.',
  })
  .openapi({ example: 'thpt-le-quy-don' });

/**
 * An email in a path: ASCII only and lower-cased in ASCII only (worker/src/lib/email.ts), so that
 * no two distinct addresses fold into one; hidden characters are refused, never trimmed away.
 */
export const EmailSchema = z
  .string({ error: 'Thiếu địa chỉ email.' })
  .max(254, { error: 'Địa chỉ email dài quá 254 ký tự.' })
  .refine((s) => !HIDDEN_CHARACTER.test(s), {
    error: 'Địa chỉ email chứa ký tự ẩn (khoảng trắng, ký tự điều khiển hoặc ký tự không độ rộng).',
    abort: true,
  })
  .regex(ASCII_EMAIL, {
    error:
      "Địa chỉ email không hợp lệ: chỉ gồm chữ cái Latinh không dấu, chữ số và . _ % + ' -, vd. bithu@example.org.",
  })
  .transform(asciiLowerCase)
  .openapi({ example: 'bithu@example.org' });

/** Display text: trimmed, not empty, no control characters, well-formed Unicode. */
export function textSchema(max: number, what: string) {
  return z
    .string({ error: `${what} phải là chuỗi ký tự.` })
    .trim()
    .min(1, { error: `${what} không được để trống.` })
    .max(max, { error: `${what} dài quá ${max} ký tự.` })
    .refine((s) => !hasControl(s, false), { error: `${what} chứa ký tự điều khiển.` })
    .refine((s) => !LONE_SURROGATE.test(s), { error: `${what} chứa ký tự Unicode hỏng.` });
}

/** A note may span lines: only the other control characters are refused. */
export function noteSchema(max: number) {
  return z
    .string({ error: 'Ghi chú phải là chuỗi ký tự.' })
    .max(max, { error: `Ghi chú dài quá ${max} ký tự.` })
    .refine((s) => !hasControl(s, true), {
      error: 'Ghi chú chứa ký tự điều khiển.',
    })
    .refine((s) => !LONE_SURROGATE.test(s), { error: 'Ghi chú chứa ký tự Unicode hỏng.' });
}

export const YearParamSchema = z
  .string()
  .regex(/^\d{4}$/, { error: 'Năm phải gồm 4 chữ số, vd. 2025.' })
  .transform(Number)
  .pipe(YearSchema)
  .openapi({ type: 'string', pattern: '^\\d{4}$', example: '2025' });

export const UnitParams = z.object({ unitId: UnitIdSchema });
export const UnitYearParams = z.object({ unitId: UnitIdSchema, year: YearParamSchema });
export const MemberParams = z.object({ unitId: UnitIdSchema, email: EmailSchema });

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_request' }),
      message: z.string().openapi({ description: 'Vietnamese, for the user' }),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error');

const errorResponse = (description: string) => ({
  content: { 'application/json': { schema: ErrorSchema } },
  description,
});

/** The error responses every authenticated route may give. */
export const authErrors = {
  401: errorResponse('No, expired or invalid Google ID token'),
  429: errorResponse('Too many requests from this user'),
} as const;
export const unitErrors = {
  ...authErrors,
  400: errorResponse('Malformed JSON or a schema violation; details carry JSON paths'),
  403: errorResponse('Not allowed for this unit'),
  404: errorResponse('No such unit'),
} as const;
export { errorResponse };
