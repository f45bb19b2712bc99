import { describe, expect, it } from 'vitest';
import { findings, one, only, readyCandidate, readyStudent, request, run } from '../engine/builders.ts';

// A pupil born in 09/2008 is 18 (by months) from 01/09/2026; grade 12 ends on 31/05/2026.
const at = '2026-01-10';
const born = '2008-09';

describe('leave.beforeEligible', () => {
  it('a student leaving on 31/05/2026 who is eligible on 01/09/2026 gets a warning', () => {
    const r = one(at, readyStudent(at, born, { expectedLeaveDate: '2026-05-31' }));
    expect(r.eligibleFrom).toBe('2026-09-01');
    const f = only(r, 'leave.beforeEligible');
    expect(f.severity).toBe('warning');
    expect(f.field).toBe('expectedLeaveDate');
    expect(f.date).toBe('2026-05-31');
    // the reason: the leaving date, the eligible date, and that it is the age
    expect(f.message).toContain('31/05/2026');
    expect(f.message).toContain('01/09/2026');
    expect(f.message).toContain('đủ 18 tuổi');
  });

  it('is counted in summary.forecast.blockedByAge (18 only after leaving), not as admissible', () => {
    const res = run(
      request(at, { candidates: [readyStudent(at, born, { expectedLeaveDate: '2026-05-31' })] }),
    );
    expect(res.summary.forecast).toMatchObject({
      admissible: 0,
      atRisk: 0,
      blockedByLeaving: 0,
      blockedByAge: 1,
    });
  });

  it('leaving on the eligible day itself is not blocked, but the decision may come after leaving', () => {
    const req = request(at, { candidates: [readyStudent(at, born, { expectedLeaveDate: '2026-09-01' })] });
    const res = run(req);
    expect(findings(res.results[0]!, 'leave.beforeEligible')).toEqual([]);
    expect(res.summary.forecast).toMatchObject({
      admissible: 0,
      atRisk: 1,
      blockedByLeaving: 0,
      blockedByAge: 0,
    });
    expect(res.results[0]!.projection!.meeting).toBe('2026-09-01');
  });

  it('leaving the day before the eligible day is a warning', () => {
    const r = one(at, readyStudent(at, born, { expectedLeaveDate: '2026-08-31' }));
    expect(only(r, 'leave.beforeEligible').date).toBe('2026-08-31');
  });

  it('also applies when an introducer, not the age, sets the eligible day', () => {
    const r = one(
      at,
      readyCandidate(at, {
        expectedLeaveDate: '2026-06-30',
        introducers: [
          { memberKey: 'M1', letterDate: '2025-12-01' },
          { officialSince: '2010-01-01', togetherSince: '2025-07-01', letterDate: '2025-12-01' },
        ],
      }),
    );
    expect(r.eligibleFrom).toBe('2026-07-01');
    const f = only(r, 'leave.beforeEligible');
    expect(f.message).toContain('01/07/2026');
    expect(f.message).not.toContain('đủ 18 tuổi');
  });

  it('is not reported once the cell has proposed the candidate', () => {
    const r = one(
      '2026-01-20',
      readyCandidate(at, { cellResolutionDate: at, votesFor: 5, expectedLeaveDate: '2026-01-15' }),
    );
    expect(findings(r, 'leave.beforeEligible')).toEqual([]);
  });
});

describe('leave.beforeEligible — the leaving date has passed', () => {
  it('someone eligible who already left without being proposed gets a warning asking to record it', () => {
    const r = one('2026-07-01', readyCandidate('2026-07-01', { expectedLeaveDate: '2026-06-15' }));
    const f = only(r, 'leave.beforeEligible');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('Đã rời đơn vị ngày 15/06/2026');
  });

  it('a leaving date still ahead and after eligibility gives nothing', () => {
    const r = one('2026-07-01', readyCandidate('2026-07-01', { expectedLeaveDate: '2026-07-02' }));
    expect(findings(r, 'leave.beforeEligible')).toEqual([]);
  });
});
