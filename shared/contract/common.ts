/**
 * What every route of the API shares: unit ids, emails and years in paths, display text, notes,
 * and the error body. Plain zod: the worker builds its routes and OpenAPI description from these
 * (`.meta({ id })` names an OpenAPI component), the add-on checks answers against JSON Schemas
 * generated from them (scripts/contract-gen.ts), the tests' stand-in backend validates with them.
 */
import { z } from 'zod';
import { YearSchema } from '../schemas/primitives.ts';
import { hasControl, LONE_SURROGATE } from '../schemas/readers.ts';
import { UNIT_ID } from '../schemas/vocabulary.ts';
import { ASCII_EMAIL, asciiLowerCase, HIDDEN_CHARACTER } from './email.ts';

export const UnitIdSchema = z
  .string({ error: 'Thiếu mã đơn vị.' })
  .regex(UNIT_ID, {
    error:
      'Mã đơn vị chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 64 ký tự), vd. “thpt-le-quy-don”.',
  })
  .meta({ example: 'thpt-le-quy-don' });

/**
 * An email in a path: ASCII only and lower-cased in ASCII only (email.ts), so that no two
 * distinct addresses fold into one; hidden characters are refused, never trimmed away.
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
  .meta({ example: 'bithu@example.org' });

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

/** A year in a path or a query: four digits, read as a number. */
export const YearParamSchema = z
  .string()
  .regex(/^\d{4}$/, { error: 'Năm phải gồm 4 chữ số, vd. 2025.' })
  .transform(Number)
  .pipe(YearSchema)
  .meta({ type: 'string', pattern: '^\\d{4}$', example: '2025' });

export const UnitParams = z.object({ unitId: UnitIdSchema });
export const UnitYearParams = z.object({ unitId: UnitIdSchema, year: YearParamSchema });
export const MemberParams = z.object({ unitId: UnitIdSchema, email: EmailSchema });

/** A problem of a rejected request: the JSON path and what is wrong there (Vietnamese). */
export const ErrorDetailSchema = z.object({ path: z.string(), message: z.string() });

/** Every answer that is not a success: `{ error: { code, message, details? } }`. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'invalid_request' }),
      message: z.string().meta({ description: 'Vietnamese, for the user' }),
      details: z.array(ErrorDetailSchema).optional(),
    }),
  })
  .meta({ id: 'Error' });

export type ErrorBody = z.infer<typeof ErrorSchema>;
