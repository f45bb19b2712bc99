/**
 * The unit's forecast, read from each candidate's projection (projection.ts) — never computed on
 * its own, so the summary, the sidebar, the plan and the reports count the same people.
 */
import { type Day, type DayNumber, yearOf, yearOfDayNumber } from '../dates/day.ts';
import { classDayOf, outlookOfCompact } from '../rules/projectionForm.ts';
import type {
  CompactProjection,
  Forecast,
  ForecastKeys,
  Outlook,
  Projection,
  Summary,
} from '../schemas/response.ts';
import { OUTLOOKS } from '../schemas/vocabulary.ts';

export type { Outlook } from '../schemas/response.ts';

/** Counts per outlook with the row keys behind each count. */
export class ForecastCounter {
  private readonly keys: ForecastKeys = {
    admissible: [],
    atRisk: [],
    blockedByLeaving: [],
    blockedByAge: [],
    later: [],
    no: [],
  };

  add(key: string, outlook: Outlook): void {
    this.keys[outlook].push(key);
  }

  finish(): Forecast {
    const k = this.keys;
    return {
      admissible: k.admissible.length,
      atRisk: k.atRisk.length,
      blockedByLeaving: k.blockedByLeaving.length,
      blockedByAge: k.blockedByAge.length,
      later: k.later.length,
      no: k.no.length,
      keys: k,
    };
  }
}

/** The forecast counts alone, for what leaves the sheet (a report sent upstream carries no keys). */
export function forecastCounts(f: Forecast): Forecast {
  const out: Forecast = {
    admissible: f.admissible,
    blockedByLeaving: f.blockedByLeaving,
    blockedByAge: f.blockedByAge,
  };
  if (f.atRisk !== undefined) out.atRisk = f.atRisk;
  if (f.later !== undefined) out.later = f.later;
  if (f.no !== undefined) out.no = f.no;
  return out;
}

/** The summary as it leaves the sheet for the superior: counts only, no row key. */
export function reportableSummary(s: Summary): Summary {
  return { ...s, forecast: forecastCounts(s.forecast) };
}

/** The projection sends the candidate to the awareness class (no valid certificate for the meeting). */
export function needsClass(projection: Projection | undefined): boolean {
  if (projection === undefined) return false;
  for (const s of projection.steps) if (s.step === 'awarenessClass') return true;
  return false;
}

/**
 * The candidate is to be sent to the awareness class this year: the projection needs the class,
 * the class falls in the year, and the candidate can still be admitted here some day (not an
 * unfixable requirement, not leaving first, not turning 18 only after leaving). The summary's
 * count (from the compact projection) and the plan's list (from the default one) both come here,
 * so they name the same people.
 */
function classInYear(
  c: { expectedLeaveDate?: Day | undefined },
  adultFrom: Day,
  outlook: Outlook,
  classYear: number | undefined,
  year: number,
): boolean {
  if (classYear === undefined || outlook === 'no' || outlook === 'blockedByLeaving') return false;
  if (c.expectedLeaveDate !== undefined && adultFrom > c.expectedLeaveDate) return false;
  return classYear === year;
}

/** `classInYear` of a projection in the default answer. */
export function goesToClassInYear(
  c: { expectedLeaveDate?: Day | undefined },
  adultFrom: Day,
  projection: Projection | undefined,
  year: number,
): boolean {
  if (projection === undefined) return false;
  let classYear: number | undefined;
  for (const s of projection.steps) {
    if (s.step === 'awarenessClass') {
      classYear = yearOf(s.from);
      break;
    }
  }
  return classInYear(c, adultFrom, projection.outlook, classYear, year);
}

/** `classInYear` of a compact projection, whose days count from `asOf`. */
export function goesToClassInYearCompact(
  c: { expectedLeaveDate?: Day | undefined },
  adultFrom: Day,
  projection: CompactProjection | undefined,
  asOf: DayNumber,
  year: number,
): boolean {
  if (projection === undefined) return false;
  const day = classDayOf(projection);
  const classYear = day === undefined ? undefined : yearOfDayNumber(asOf + day);
  return classInYear(c, adultFrom, outlookOfCompact(projection), classYear, year);
}

/** Every outlook, in the order the documents list them. */
export const OUTLOOK_ORDER: readonly Outlook[] = OUTLOOKS;
