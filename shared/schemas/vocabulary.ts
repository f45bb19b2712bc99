/**
 * The request's and the answer's closed lists, limits and day checks, without zod: the add-on
 * bundles this module (Apps Script parses and runs the whole bundle on every call), while the zod
 * schemas (primitives.ts, request.ts, response.ts) import and re-export it, so each list is
 * written once.
 */
import { type Day, dayYear, isDay, yearOf } from '../dates/day.ts';
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
  const year = dayYear(v);
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** A day, or a month `YYYY-MM` (birth dates known only to the month). */
export function isRequestDayOrMonth(v: unknown): v is Birth {
  return (isDay(v) || isMonth(v)) && inRange(v);
}

/** A unit's id as the backend stores it (and the add-on's “Cấu hình” must give it). */
export const UNIT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const MAX_CANDIDATES = 100_000;
export const MAX_MEMBERS = 5_000;
/** holidays and workdays */
export const MAX_DAYS = 1000;
export const MAX_INTRODUCERS = 2;
export const MAX_KEY_LENGTH = 64;
export const MAX_COUNT = 1_000_000;

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

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const GENDER_CODES = ['male', 'female'] as const;

export const CATEGORIES = [
  'student',
  'higherEducationStudent',
  'teacher',
  'staff',
  'worker',
  'farmer',
  'armedForces',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const EDUCATION_LEVELS = ['none', 'primary', 'lowerSecondary', 'upperSecondary', 'higher'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** The outlook of a pending candidate for the year (domain.md §5). */
export const OUTLOOKS = ['admissible', 'atRisk', 'blockedByLeaving', 'blockedByAge', 'later', 'no'] as const;
export type Outlook = (typeof OUTLOOKS)[number];

/** Steps the projection schedules, in the order they are done. */
export const STEP_IDS = [
  'awarenessClass',
  'application',
  'background',
  'backgroundVerification',
  'youthUnionResolution',
  'introductions',
  'feedback',
  'meeting',
  'decision',
  'ceremony',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Why a step's latest date is what it is. */
export const STEP_LIMITS = ['certificate', 'leaving', 'yearEnd', 'due'] as const;
export type StepLimit = (typeof STEP_LIMITS)[number];

export const ROUTES = ['youthUnion', 'tradeUnion', 'introducers'] as const;
export type Route = (typeof ROUTES)[number];

export const AGE_BANDS = ['under18', '18-30', '31-40', '41-50', '51-60', 'over60'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
