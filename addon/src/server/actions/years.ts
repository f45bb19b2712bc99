/**
 * Which years a form offers. Plans and targets are made in November–December for the next year
 * (ux.md), so from November on the next year is offered, and the plan form starts on it.
 */
import type { Day } from '../../../../shared/dates/day.ts';

/** The month from which the next year is the one being planned. */
export const PLANNING_MONTH = 11;

function partsOf(today: Day): { year: number; late: boolean } {
  return { year: Number(today.slice(0, 4)), late: Number(today.slice(5, 7)) >= PLANNING_MONTH };
}

/** The plan form: this year and the next; from November the next year first. */
export function planYears(today: Day): { year: number; years: number[] } {
  const { year, late } = partsOf(today);
  return { year: late ? year + 1 : year, years: [year, year + 1] };
}

/**
 * The superior's panel: last year and this one, and from November the next. Figures and the report
 * default to this year (its results are still coming in); targets from November to the next year,
 * the one they are being given for.
 */
export function superiorYears(today: Day): { year: number; years: number[]; targetsYear: number } {
  const { year, late } = partsOf(today);
  return {
    year,
    years: late ? [year - 1, year, year + 1] : [year - 1, year],
    targetsYear: late ? year + 1 : year,
  };
}
