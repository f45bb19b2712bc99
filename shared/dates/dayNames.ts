import { type Day, type DayNumber, fromDayNumber, toDayNumber } from './day.ts';

/**
 * The Days near one base day, each written once: an answer names the same few hundred days
 * thousands of times (every candidate's meeting, decision, due dates), and a string built per
 * mention is garbage the engine pays for. `day(offset)` is the day `offset` days after the base.
 */
export interface DayNames {
  readonly base: DayNumber;
  day(offset: number): Day;
}

/** Offsets cached on either side of the base (about eleven years); beyond, each is built anew. */
const REACH = 4096;

export function createDayNames(base: Day): DayNames {
  const n = toDayNumber(base);
  // Filled up front: writing far into an empty array would turn it into a slow dictionary.
  const cache: Array<Day | undefined> = new Array<Day | undefined>(2 * REACH).fill(undefined);
  return {
    base: n,
    day(offset) {
      const i = offset + REACH;
      if (i < 0 || i >= 2 * REACH) return fromDayNumber(n + offset);
      let day = cache[i];
      if (day === undefined) {
        day = fromDayNumber(n + offset);
        cache[i] = day;
      }
      return day;
    },
  };
}
