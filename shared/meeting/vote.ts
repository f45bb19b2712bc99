import { percent } from '../documents/numbers.ts';
import { votesNeeded } from '../rules/cell.ts';
import type { Attendance } from './attendance.ts';

/**
 * A vote of the full members on one person. The two thirds are taken over **all** full members of
 * the cell on the day — never over those present — less the exempt and the away, who count only
 * when they voted (Điều lệ Điều 4 khoản 3).
 */
export interface Tally {
  /** full members the two thirds are taken over */
  counted: number;
  /** full members who could vote at the meeting: present, or exempt/away and voted */
  voters: number;
  votesFor: number;
  /** voters who did not vote for */
  against: number;
  /** ⌈2/3 × counted⌉ */
  needed: number;
  /** votesFor / counted, 0..1 */
  ratio: number;
  /** "66,7%" */
  percent: string;
  passed: boolean;
}

export type TallyOutcome =
  | { ok: true; tally: Tally }
  | { ok: false; problem: 'tooManyVotes'; voters: number };

/** The full members the vote is counted over, and those who could cast one. */
export function voteBase(att: Attendance): { counted: number; voters: number } {
  const countedBase = att.members.full - att.exempt.full - att.away.full;
  return {
    counted: countedBase + att.exemptVoters.length,
    voters: att.present.full + att.exemptVoters.length,
  };
}

/** Tallies a vote; more yes votes than full members who could vote is refused, not rounded away. */
export function tally(att: Attendance, votesFor: number): TallyOutcome {
  const { counted, voters } = voteBase(att);
  if (votesFor > voters) return { ok: false, problem: 'tooManyVotes', voters };
  const needed = votesNeeded(counted);
  const ratio = counted === 0 ? 0 : votesFor / counted;
  return {
    ok: true,
    tally: {
      counted,
      voters,
      votesFor,
      against: voters - votesFor,
      needed,
      ratio,
      percent: percent(ratio),
      passed: counted > 0 && votesFor >= needed,
    },
  };
}
