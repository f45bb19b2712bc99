import { z } from 'zod';
import type { Day } from '../dates/day.ts';
import type { Birth } from '../dates/months.ts';
import { COUNT, DAY, DAY_OR_MONTH, KEY, YEAR } from './messages.ts';
import { hasControl, LONE_SURROGATE, type TextRule } from './readers.ts';
import {
  FIRST_YEAR,
  isRequestDay,
  isRequestDayOrMonth,
  LAST_YEAR,
  MAX_COUNT,
  MAX_KEY_LENGTH,
  SEVERITIES,
  STAGES,
} from './vocabulary.ts';

export {
  FIRST_YEAR,
  isRequestDay,
  isRequestDayOrMonth,
  LAST_YEAR,
  SEVERITIES,
  type Severity,
  STAGES,
  type Stage,
} from './vocabulary.ts';

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
    .string({ error: (i) => (i.input === undefined ? DAY.missing : DAY.notString) })
    .refine(isRequestDay, { error: (i) => DAY.invalid(i.input) }),
);

/** A birth date: a day, or a month `YYYY-MM`; parses to a `Birth`. */
export const DayOrMonthSchema = proven<Birth>(
  z
    .string({ error: (i) => (i.input === undefined ? DAY_OR_MONTH.missing : DAY_OR_MONTH.notString) })
    .refine(isRequestDayOrMonth, { error: (i) => DAY_OR_MONTH.invalid(i.input) }),
);

export const KeySchema = z
  .string({ error: KEY.missing })
  .min(1, { error: KEY.empty })
  .max(MAX_KEY_LENGTH, { error: KEY.tooLong });

export const CountSchema = z
  .number({ error: COUNT.notNumber })
  .int({ error: COUNT.notInt })
  .min(0, { error: COUNT.negative })
  .max(MAX_COUNT, { error: COUNT.tooBig });

export const YearSchema = z
  .number({ error: YEAR.notNumber })
  .int({ error: YEAR.notInt })
  .min(FIRST_YEAR, { error: YEAR.tooSmall })
  .max(LAST_YEAR, { error: YEAR.tooBig });

export const StageSchema = z.enum(STAGES);

export const SeveritySchema = z.enum(SEVERITIES);

/** A line of text by its rule (readers.ts, where the add-on's hand reader follows the same rule). */
export function textSchema(rule: TextRule) {
  let schema = z.string({ error: (i) => (i.input === undefined ? rule.missing : rule.notString) }).trim();
  if (rule.empty !== undefined) schema = schema.min(1, { error: rule.empty });
  schema = schema.max(rule.max, { error: rule.tooLong });
  if (rule.control !== undefined) schema = schema.refine((s) => !hasControl(s), { error: rule.control });
  if (rule.surrogate !== undefined) {
    schema = schema.refine((s) => !LONE_SURROGATE.test(s), { error: rule.surrogate });
  }
  return schema;
}
