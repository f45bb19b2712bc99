import { z } from 'zod';
import { type Day, isDay, yearOf } from '../dates/day.ts';
import { type Birth, isMonth, type Month } from '../dates/months.ts';

/** Years a request may name: wide enough for any birth or deadline, narrow enough to stay sane. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

const inRange = (v: Day | Month): boolean => {
  const y = yearOf(v);
  return y >= FIRST_YEAR && y <= LAST_YEAR;
};

/** A real calendar day `YYYY-MM-DD` between 1900 and 2200. */
export function isRequestDay(v: unknown): v is Day {
  return isDay(v) && inRange(v);
}

/** A day, or a month `YYYY-MM` (birth dates known only to the month). */
export function isRequestDayOrMonth(v: unknown): v is Birth {
  return (isDay(v) || isMonth(v)) && inRange(v);
}

/**
 * A checked string schema whose output is typed as what its check proved. zod's refine cannot
 * narrow a type, so the type is stated here, once, next to the check that justifies it: a client
 * sends plain strings (`z.input`), a parsed request carries `Day`s (`z.output`). No transform, so
 * nothing runs beyond the check and the OpenAPI description stays a string with a format.
 */
export function proven<T extends string>(schema: z.ZodType<string>): z.ZodType<T, string> {
  return schema as unknown as z.ZodType<T, string>;
}

/** A real calendar day `YYYY-MM-DD` between 1900 and 2200; parses to a `Day`. */
export const DaySchema = proven<Day>(
  z
    .string({ error: (i) => (i.input === undefined ? 'Thiếu ngày.' : 'Ngày phải là chuỗi dạng YYYY-MM-DD.') })
    .refine(isRequestDay, {
      error: (i) =>
        `Ngày “${String(i.input)}” không hợp lệ: cần dạng YYYY-MM-DD, là ngày có thật, trong khoảng năm ${FIRST_YEAR}–${LAST_YEAR}.`,
    }),
);

/** A birth date: a day, or a month `YYYY-MM`; parses to a `Birth`. */
export const DayOrMonthSchema = proven<Birth>(
  z
    .string({ error: (i) => (i.input === undefined ? 'Thiếu ngày sinh.' : 'Ngày phải là chuỗi.') })
    .refine(isRequestDayOrMonth, {
      error: (i) =>
        `Ngày “${String(i.input)}” không hợp lệ: cần dạng YYYY-MM-DD hoặc YYYY-MM (năm ${FIRST_YEAR}–${LAST_YEAR}).`,
    }),
);

export const KeySchema = z
  .string({ error: 'Thiếu mã dòng (key).' })
  .min(1, { error: 'Mã dòng (key) không được để trống.' })
  .max(64, { error: 'Mã dòng (key) dài quá 64 ký tự.' });

export const CountSchema = z
  .number({ error: 'Cần một số.' })
  .int({ error: 'Cần một số nguyên.' })
  .min(0, { error: 'Không được là số âm.' })
  .max(1_000_000, { error: 'Số quá lớn.' });

export const YearSchema = z
  .number({ error: 'Năm phải là số.' })
  .int({ error: 'Năm phải là số nguyên.' })
  .min(1900, { error: 'Năm phải từ 1900 trở đi.' })
  .max(2200, { error: 'Năm phải trước 2200.' });

export const STAGES = [
  'source',
  'trained',
  'dossier',
  'ready',
  'proposed',
  'admitted',
  'probationary',
  'official',
  'removed',
] as const;
export type Stage = (typeof STAGES)[number];
export const StageSchema = z.enum(STAGES);

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SeveritySchema = z.enum(SEVERITIES);
