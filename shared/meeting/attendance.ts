import type { Day } from '../dates/day.ts';
import type { Roster, RosterEntry } from './roster.ts';
import type { Meeting } from './schema.ts';

/** Full and probationary counts of one group of members. */
export interface Split {
  total: number;
  full: number;
  probationary: number;
}

/** The attendance figures of a meeting, from the roster on its day and the absent list. */
export interface Attendance {
  date: Day;
  /** members of the cell on the day (every figure below is a part of it) */
  members: Split;
  /** exempt from activities (miễn sinh hoạt): neither expected nor absent */
  exempt: Split & { keys: string[] };
  /** attending temporarily elsewhere (sinh hoạt tạm thời nơi khác), when not exempt */
  away: Split & { keys: string[] };
  /** members expected at the meeting: all, less the exempt and the away */
  expected: Split;
  present: Split & { keys: string[] };
  absentWithReason: Array<{ key: string; reason: string }>;
  absentWithoutReason: string[];
  /** exempt or away full members who voted all the same */
  exemptVoters: string[];
  chairKey?: string;
  clerkKey?: string;
}

const split = (list: readonly RosterEntry[]): Split => {
  let full = 0;
  for (const e of list) if (e.status === 'full') full++;
  return { total: list.length, full, probationary: list.length - full };
};

/**
 * Who was there. The roster must hold no member of unknown status (the review refuses such a
 * meeting first); the absent list names members of the roster (checked by the request parser).
 */
export function attendanceOf(roster: Roster, meeting: Meeting): Attendance {
  const absentReason = new Map<string, string | undefined>();
  for (const a of meeting.absent ?? []) absentReason.set(a.memberKey, a.reason?.trim() || undefined);
  const exempt: RosterEntry[] = [];
  const away: RosterEntry[] = [];
  const expected: RosterEntry[] = [];
  const present: RosterEntry[] = [];
  const absentWithReason: Array<{ key: string; reason: string }> = [];
  const absentWithoutReason: string[] = [];
  for (const e of roster.entries) {
    if (e.exempt) exempt.push(e);
    else if (e.away) away.push(e);
    else {
      expected.push(e);
      if (!absentReason.has(e.key)) present.push(e);
      else {
        const reason = absentReason.get(e.key);
        if (reason === undefined) absentWithoutReason.push(e.key);
        else absentWithReason.push({ key: e.key, reason });
      }
    }
  }
  const voters = new Set(meeting.exemptVoters ?? []);
  const exemptVoters = [...exempt, ...away]
    .filter((e) => e.status === 'full' && voters.has(e.key))
    .map((e) => e.key);
  const out: Attendance = {
    date: roster.date,
    members: split(roster.entries),
    exempt: { ...split(exempt), keys: exempt.map((e) => e.key) },
    away: { ...split(away), keys: away.map((e) => e.key) },
    expected: split(expected),
    present: { ...split(present), keys: present.map((e) => e.key) },
    absentWithReason,
    absentWithoutReason,
    exemptVoters,
  };
  if (meeting.chairKey !== undefined) out.chairKey = meeting.chairKey;
  if (meeting.clerkKey !== undefined) out.clerkKey = meeting.clerkKey;
  return out;
}
