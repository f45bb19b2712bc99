import type { Day } from '../dates/day.ts';
import { addMonths } from '../dates/months.ts';
import { PROBATION_MONTHS, probationEnd } from '../rules/deadlines.ts';
import type { Member } from '../schemas/request.ts';

/** What a member was on the meeting day. */
export type MemberStatus = 'full' | 'probationary' | 'unknown';

export interface RosterEntry {
  key: string;
  status: MemberStatus;
  exempt: boolean;
  away: boolean;
}

export interface Roster {
  date: Day;
  /** members of the cell on the day, in the members list's order */
  entries: RosterEntry[];
  byKey: ReadonlyMap<string, RosterEntry>;
  /** the members list as it stood on the day (later dates dropped), for evaluate() */
  members: Member[];
}

/**
 * Whether a member was full, probationary or of unknown status on `day`, or not yet a member.
 * A member whose recognition was decided after the day, or is considered on that day or later,
 * was still probationary then — even though recognition takes effect from the end of probation.
 */
function statusOn(m: Member, day: Day): MemberStatus | undefined {
  if (m.joinedUnitDate !== undefined && m.joinedUnitDate > day) return undefined;
  if (m.ceremonyDate !== undefined && m.ceremonyDate > day) return undefined;
  const notYetRecognised =
    (m.officialDecisionDate !== undefined && m.officialDecisionDate > day) ||
    (m.officialResolutionDate !== undefined && m.officialResolutionDate >= day);
  if (m.officialSince !== undefined) {
    if (m.officialSince <= day && !notYetRecognised) return 'full';
    if (m.ceremonyDate !== undefined) return 'probationary';
    // No ceremony date: a member full since a later day was probationary at most 12 months before it.
    return addMonths(m.officialSince, -PROBATION_MONTHS) <= day ? 'probationary' : undefined;
  }
  if (m.ceremonyDate !== undefined && (probationEnd(m.ceremonyDate) > day || notYetRecognised)) {
    return 'probationary';
  }
  return 'unknown';
}

/** The member as the list stood on the day: what happened after it is not known yet. */
function memberOn(m: Member, status: MemberStatus, day: Day): Member {
  const out: Member = { key: m.key };
  if (m.joinedUnitDate !== undefined) out.joinedUnitDate = m.joinedUnitDate;
  if (m.ceremonyDate !== undefined) out.ceremonyDate = m.ceremonyDate;
  if (status === 'full' && m.officialSince !== undefined) out.officialSince = m.officialSince;
  if (m.exempt !== undefined) out.exempt = m.exempt;
  if (m.temporarilyAway !== undefined) out.temporarilyAway = m.temporarilyAway;
  if (m.officialResolutionDate !== undefined && m.officialResolutionDate <= day) {
    out.officialResolutionDate = m.officialResolutionDate;
    if (m.officialVotesFor !== undefined) out.officialVotesFor = m.officialVotesFor;
  }
  if (status === 'full' && m.officialDecisionDate !== undefined)
    out.officialDecisionDate = m.officialDecisionDate;
  return out;
}

/** The cell's members on a meeting day: who they were, and the list as it stood then. */
export function rosterOn(members: readonly Member[], day: Day): Roster {
  const entries: RosterEntry[] = [];
  const asOn: Member[] = [];
  const byKey = new Map<string, RosterEntry>();
  for (const m of members) {
    const status = statusOn(m, day);
    if (status === undefined) continue;
    const entry = { key: m.key, status, exempt: m.exempt === true, away: m.temporarilyAway === true };
    entries.push(entry);
    byKey.set(m.key, entry);
    asOn.push(memberOn(m, status, day));
  }
  return { date: day, entries, byKey, members: asOn };
}
