import { describe, expect, it } from 'vitest';
import { toDay } from '../../../shared/dates/day.ts';
import { reviewMeeting } from '../../../shared/meeting/review.ts';
import type { Meeting } from '../../../shared/meeting/schema.ts';
import type { MemberInput as Member } from '../../../shared/schemas/request.ts';
import { cellMembers, member, parsed, readyCandidate, readyStudent, request } from '../engine/builders.ts';

const DAY = toDay('2026-03-12');

/** Six full members (M1–M5 and M6), two probationary (P1, P2). */
function sixAndTwo(extra: Member[] = []): Member[] {
  return [
    ...cellMembers(),
    member('M6', { joinedUnitDate: '2015-09-01', officialSince: '2016-01-10' }),
    member('P1', { joinedUnitDate: '2020-09-01', ceremonyDate: '2025-09-02' }),
    member('P2', { joinedUnitDate: '2020-09-01', ceremonyDate: '2025-11-20' }),
    ...extra,
  ];
}

const meeting = (fields: Partial<Meeting> = {}): Meeting => ({
  date: DAY,
  chairKey: 'M1',
  clerkKey: 'M2',
  absent: [],
  ...fields,
});

function review(votesFor: number | undefined, members: Member[], m: Partial<Meeting> = {}) {
  const c = readyCandidate(DAY, { cellResolutionDate: DAY, ...(votesFor === undefined ? {} : { votesFor }) });
  return reviewMeeting(parsed(request(DAY, { candidates: [c], members })), meeting(m));
}

describe('attendance', () => {
  it('counts members, full and probationary, present and absent with and without a reason', () => {
    const r = review(5, sixAndTwo(), {
      absent: [{ memberKey: 'M6', reason: 'ốm' }, { memberKey: 'P2' }],
    });
    const a = r.attendance;
    expect(a.members).toEqual({ total: 8, full: 6, probationary: 2 });
    expect(a.present).toMatchObject({ total: 6, full: 5, probationary: 1 });
    expect(a.absentWithReason).toEqual([{ key: 'M6', reason: 'ốm' }]);
    expect(a.absentWithoutReason).toEqual(['P2']);
  });

  it('leaves out people not yet members on the day and counts exempt and away members apart', () => {
    const members = sixAndTwo([
      member('LATE', { joinedUnitDate: '2026-04-01', officialSince: '2010-01-01' }),
      member('NEW', { ceremonyDate: '2026-05-19' }),
      member('EX', { joinedUnitDate: '2000-01-01', officialSince: '1990-01-01', exempt: true }),
      member('AW', { joinedUnitDate: '2000-01-01', officialSince: '1995-01-01', temporarilyAway: true }),
    ]);
    const a = review(5, members).attendance;
    expect(a.members).toEqual({ total: 10, full: 8, probationary: 2 });
    expect(a.exempt.keys).toEqual(['EX']);
    expect(a.away.keys).toEqual(['AW']);
    expect(a.expected).toEqual({ total: 8, full: 6, probationary: 2 });
  });
});

describe('the vote: two thirds of all counted full members, never of those present', () => {
  it('passes at exactly two thirds (4 of 6) and fails one vote below', () => {
    const at = review(4, sixAndTwo());
    expect(at.admissions[0]!.tally).toMatchObject({ counted: 6, needed: 4, percent: '66,7%', passed: true });
    expect(at.admissions[0]!.refusals).toEqual([]);
    const below = review(3, sixAndTwo());
    expect(below.admissions[0]!.tally).toMatchObject({ passed: false, needed: 4 });
    expect(below.admissions[0]!.refusals.map((x) => x.fact)).toEqual(['belowTwoThirds']);
    expect(below.admissions[0]!.refusals[0]!.message).toContain('03/06');
  });

  it('takes the two thirds over all full members even when some are absent', () => {
    // 7 full members, 2 absent: 4 yes votes are all of those present but not 2/3 of 7 (5 needed).
    const members = sixAndTwo([member('M7', { joinedUnitDate: '2015-09-01', officialSince: '2017-01-10' })]);
    const r = review(4, members, { absent: [{ memberKey: 'M6', reason: 'công tác' }, { memberKey: 'M7' }] });
    const t = r.admissions[0]!.tally!;
    expect(t).toMatchObject({ counted: 7, voters: 5, votesFor: 4, against: 1, needed: 5, passed: false });
  });

  it('counts an exempt member only when they voted', () => {
    const ex = member('EX', { joinedUnitDate: '2000-01-01', officialSince: '1990-01-01', exempt: true });
    const without = review(4, sixAndTwo([ex]));
    expect(without.admissions[0]!.tally).toMatchObject({ counted: 6, needed: 4, passed: true });
    const voted = review(4, sixAndTwo([ex]), { exemptVoters: ['EX'] });
    // 7 counted: 5 needed, so the same 4 yes votes no longer suffice.
    expect(voted.admissions[0]!.tally).toMatchObject({ counted: 7, voters: 7, needed: 5, passed: false });
  });

  it('does not count a member who became full after the meeting', () => {
    // Probation ended before the meeting, but the recognition was decided after it.
    const late = member('M7', {
      joinedUnitDate: '2020-01-01',
      ceremonyDate: '2025-01-20',
      officialSince: '2026-01-20',
      officialDecisionDate: '2026-04-02',
    });
    const r = review(4, sixAndTwo([late]));
    expect(r.attendance.members).toEqual({ total: 9, full: 6, probationary: 3 });
    expect(r.admissions[0]!.tally).toMatchObject({ counted: 6, passed: true });
    const after = member('M8', { joinedUnitDate: '2020-01-01', officialSince: '2026-06-01' });
    expect(review(4, sixAndTwo([after])).attendance.members.probationary).toBe(3);
  });

  it('refuses yes votes beyond the full members who could vote (a probationary member does not vote)', () => {
    // 6 full and 2 probationary present: 7 yes votes can only mean a probationary member was counted.
    const r = review(7, sixAndTwo());
    expect(r.admissions[0]!.tally).toBeUndefined();
    expect(r.admissions[0]!.refusals.map((x) => x.fact)).toEqual(['tooManyVotes']);
    expect(r.admissions[0]!.refusals[0]!.message).toContain('Đảng viên dự bị');
  });

  it('refuses any vote with fewer than three full members', () => {
    const two = [cellMembers()[0]!, cellMembers()[1]!, member('P1', { ceremonyDate: '2025-09-02' })];
    const r = review(2, two);
    expect(r.refusals.map((x) => x.fact)).toEqual(['tooFewFull']);
    expect(r.admissions[0]!.refusals[0]!.message).toContain('chỉ có 02 đảng viên chính thức');
  });

  it('refuses when a member’s status on the day is not known, naming the member', () => {
    const r = review(5, sixAndTwo([member('X')]));
    expect(r.refusals.map((x) => x.message)).toEqual([expect.stringContaining('{{ten:X}}')]);
  });
});

describe('eligibility on the meeting day (the engine’s own rules)', () => {
  it('refuses a candidate not yet 18 at the meeting, whatever happens after it', () => {
    const c = readyStudent(DAY, '2008-04-10', {
      cellResolutionDate: DAY,
      votesFor: 6,
      decisionDate: '2026-04-20',
    });
    const r = reviewMeeting(parsed(request(DAY, { candidates: [c], members: sixAndTwo() })), meeting());
    const reasons = r.admissions[0]!.refusals;
    expect(reasons.map((x) => x.rule)).toEqual(['age.under18']);
    expect(reasons[0]!.message).toContain('chưa đủ 18 tuổi');
  });

  it('refuses a certificate that had expired at the meeting', () => {
    const c = readyCandidate(DAY, {
      cellResolutionDate: DAY,
      votesFor: 6,
      awarenessCertificateDate: '2021-03-11',
    });
    const r = reviewMeeting(
      parsed(request('2026-05-01', { candidates: [c], members: sixAndTwo() })),
      meeting(),
    );
    expect(r.admissions[0]!.refusals.map((x) => x.rule)).toEqual(['awareness.expired']);
  });

  it('gives the deadlines that follow an admission', () => {
    const c = readyCandidate(DAY, { cellResolutionDate: DAY, votesFor: 6, decisionDate: '2026-04-20' });
    const a = reviewMeeting(
      parsed(request('2026-05-01', { candidates: [c], members: sixAndTwo() })),
      meeting(),
    ).admissions[0]!;
    expect(a.refusals).toEqual([]);
    // Counted by hand: 60 working days after Thursday 12/03/2026, with Giỗ Tổ (Sunday 26/04, so
    // Monday 27/04 off) and 30/4–1/5 off; 30 after Monday 20/04/2026 likewise.
    expect(a.decisionDue).toBe('2026-06-09');
    expect(a.ceremonyDue).toBe('2026-06-04');
    expect(a.result.deadlines.find((d) => d.rule === 'deadline.decision')?.due).toBe(a.decisionDue);
  });
});

describe('recognition', () => {
  const due = (ceremonyDate: string, fields: Partial<Member> = {}) =>
    member('P9', {
      joinedUnitDate: '2020-01-01',
      ceremonyDate,
      officialResolutionDate: DAY,
      officialVotesFor: 5,
      ...fields,
    });

  it('takes the member off the full count at their own meeting and gives the deadlines', () => {
    const r = reviewMeeting(
      parsed(
        request(DAY, {
          candidates: [],
          members: sixAndTwo([due('2025-02-20', { officialSince: toDay('2026-02-20') })]),
        }),
      ),
      meeting(),
    );
    const item = r.recognitions[0]!;
    expect(item.refusals).toEqual([]);
    expect(item.tally).toMatchObject({ counted: 6, votesFor: 5 });
    expect(item.probationEnd).toBe('2026-02-20');
    expect(item.reviewDue! >= DAY).toBe(true);
    expect(item.decisionDue > DAY).toBe(true);
  });

  it('refuses a recognition meeting before the 12 months end', () => {
    const r = reviewMeeting(
      parsed(request(DAY, { candidates: [], members: sixAndTwo([due('2025-03-13')]) })),
      meeting(),
    );
    expect(r.recognitions[0]!.refusals.map((x) => x.fact)).toEqual(['probationNotOver']);
    expect(r.recognitions[0]!.refusals[0]!.message).toContain('13/03/2026');
  });

  it('accepts the meeting on the very day the 12 months end', () => {
    const r = reviewMeeting(
      parsed(request(DAY, { candidates: [], members: sixAndTwo([due('2025-03-12')]) })),
      meeting(),
    );
    expect(r.recognitions[0]!.refusals).toEqual([]);
  });
});

describe('a probationary member still on the candidates tab', () => {
  it('is listed for recognition with the reason 13-KNĐ cannot be drafted from that tab', () => {
    const c = readyCandidate(DAY, {
      key: 'QC-09',
      cellResolutionDate: '2024-12-10',
      votesFor: 5,
      decisionDate: '2025-01-10',
      ceremonyDate: '2025-02-20',
      officialResolutionDate: DAY,
    });
    const r = reviewMeeting(parsed(request(DAY, { candidates: [c], members: sixAndTwo() })), meeting());
    expect(r.admissions).toEqual([]);
    expect(r.recognitions.map((x) => [x.key, x.refusals.map((f) => f.fact)])).toEqual([
      ['QC-09', ['notOnMembersTab']],
    ]);
    expect(r.recognitions[0]!.refusals[0]!.message).toContain('{{ten:QC-09}} còn ở bảng Quần chúng');
  });
});
