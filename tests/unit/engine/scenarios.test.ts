/**
 * Whole-unit scenarios modelled on the seeds: a school cell planning its year (seed 000: an
 * annual plan expecting 3–5 people at the awareness class), and upper-secondary students who
 * finish school before they turn 18 by months (seed 003, Lâm Hà).
 */
import { describe, expect, it } from 'vitest';
import { toDay } from '../../../shared/dates/day.ts';
import { toMonth } from '../../../shared/dates/months.ts';
import type { CandidateInput as Candidate } from '../../../shared/schemas/request.ts';
import type { EvaluateResponse, Result } from '../../../shared/schemas/response.ts';
import { cellMembers, findings, member, readyCandidate, readyStudent, request, run } from './builders.ts';

const byKey = (res: EvaluateResponse): Map<string, Result> => new Map(res.results.map((r) => [r.key, r]));
const get = (m: Map<string, Result>, key: string): Result => {
  const r = m.get(key);
  if (!r) throw new Error(`no result ${key}`);
  return r;
};

describe('a THPT school cell plans 2026 (asOf 05/01/2026)', () => {
  const at = '2026-01-05';
  const endOfGrade12 = '2026-05-31';
  // M6 teaches here but is probationary until 15/03/2026.
  const members = [
    ...cellMembers(),
    member('M6', { joinedUnitDate: '2020-09-01', ceremonyDate: '2025-03-15', officialSince: '2026-03-15' }),
  ];
  const pupil = (key: string, fields: Partial<Candidate> & { birthDate: string }): Candidate => ({
    key,
    category: 'student',
    education: 'lowerSecondary',
    youthUnionMember: true,
    joinedUnitDate: toDay('2024-09-05'),
    ...fields,
  });

  const candidates: Candidate[] = [
    // grade 12, full dossier, turn 18 in February / May: before the end of school
    readyStudent(at, '2008-02-10', { key: 'HS-A', expectedLeaveDate: endOfGrade12 }),
    readyStudent(at, '2008-05-20', { key: 'HS-B', expectedLeaveDate: endOfGrade12, gender: 'female' }),
    // grade 12, turn 18 in July / November: after school ends
    readyStudent(at, '2008-07-03', { key: 'HS-C', expectedLeaveDate: endOfGrade12 }),
    pupil('HS-D', {
      birthDate: toMonth('2008-11'),
      expectedLeaveDate: endOfGrade12,
      awarenessCertificateDate: toDay('2025-10-20'),
    }),
    // grade 11: 18 only in 2027, not yet at the class
    pupil('HS-E', { birthDate: toDay('2009-01-15'), expectedLeaveDate: toDay('2027-05-31') }),
    pupil('HS-G', {
      birthDate: toMonth('2009-03'),
      expectedLeaveDate: toDay('2027-05-31'),
      gender: 'female',
    }),
    // teachers
    readyCandidate(at, { key: 'GV-A' }),
    readyCandidate(at, { key: 'GV-B', awarenessCertificateDate: '2020-12-01' }), // expired 01/12/2025
    readyCandidate(at, {
      key: 'GV-C',
      introducers: [
        { memberKey: 'M1', letterDate: '2025-11-03' },
        { memberKey: 'M6', letterDate: '2025-11-03' },
      ],
    }),
    readyCandidate(at, { key: 'GV-D', gender: 'male', cellResolutionDate: '2025-12-22', votesFor: 5 }),
    // a young staff member only just spotted
    { key: 'NV-A', birthDate: toDay('1996-04-04'), category: 'staff', education: 'upperSecondary' },
    // a pupil admitted last autumn
    readyStudent('2025-10-06', '2007-03-09', {
      key: 'HS-F',
      cellResolutionDate: '2025-10-06',
      votesFor: 5,
      decisionDate: '2025-11-20',
      ceremonyDate: '2025-12-10',
    }),
  ];
  const res = run(
    request(at, { members, candidates, targets: { admitted: 3, students: 1, awarenessClass: 5 } }),
  );
  const r = byKey(res);

  it('counts the stages', () => {
    expect(res.summary.year).toBe(2026);
    expect(res.summary.byStage).toEqual({
      source: 3,
      trained: 1,
      dossier: 5,
      ready: 1,
      proposed: 1,
      admitted: 0,
      probationary: 1,
      official: 0,
      removed: 0,
    });
  });

  it('knows when each candidate becomes eligible', () => {
    expect(get(r, 'HS-A').eligibleFrom).toBe('2026-02-01');
    expect(get(r, 'HS-B').eligibleFrom).toBe('2026-05-01');
    expect(get(r, 'HS-C').eligibleFrom).toBe('2026-07-01');
    expect(get(r, 'HS-D').eligibleFrom).toBe('2026-11-01');
    expect(get(r, 'HS-E').eligibleFrom).toBe('2027-01-01');
    expect(get(r, 'HS-G').eligibleFrom).toBe('2027-03-01');
    expect(get(r, 'GV-C').eligibleFrom).toBe('2026-03-15');
    expect(get(r, 'HS-F').eligibleFrom).toBeUndefined();
  });

  it('says why the teachers are not ready yet', () => {
    expect(get(r, 'GV-A').stage).toBe('ready');
    expect(findings(get(r, 'GV-B'), 'awareness.expired')).toHaveLength(1);
    expect(get(r, 'GV-B').stage).toBe('dossier');
    expect(findings(get(r, 'GV-C'), 'introducers.notOfficial')[0]!.date).toBe('2026-03-15');
    expect(get(r, 'GV-C').stage).toBe('dossier');
    expect(get(r, 'GV-D').stage).toBe('proposed');
    expect(get(r, 'GV-D').deadlines.map((d) => d.rule)).toEqual(['deadline.decision']);
  });

  it('flags exactly the grade-12 pupils who leave before turning 18', () => {
    const leaving = res.results
      .filter((x) => findings(x, 'leave.beforeEligible').length > 0)
      .map((x) => x.key);
    expect(leaving).toEqual(['HS-C', 'HS-D']);
  });

  it('forecasts who is admissible this year', () => {
    // admissible: HS-A (18 in February), GV-A, GV-B (retake the class), GV-C (from 15/03),
    // GV-D (proposed), NV-A (everything still achievable at the usual pace). At risk: HS-B, 18 in
    // May, whose decision may come after school ends on 31/05. Blocked by age: HS-C, HS-D (18 only
    // after leaving), HS-E, HS-G (18 only in 2027).
    const f = res.summary.forecast;
    expect(f.keys).toEqual({
      admissible: ['HS-A', 'GV-A', 'GV-B', 'GV-C', 'GV-D', 'NV-A'],
      atRisk: ['HS-B'],
      blockedByLeaving: [],
      blockedByAge: ['HS-C', 'HS-D', 'HS-E', 'HS-G'],
      later: [],
      no: [],
    });
    expect(f).toMatchObject({
      admissible: 6,
      atRisk: 1,
      blockedByLeaving: 0,
      blockedByAge: 4,
      later: 0,
      no: 0,
    });
    expect(res.summary.progress?.admitted).toEqual({
      target: 3,
      actual: 0,
      expected: 6,
      shortfall: 0,
      ratio: 0,
    });
    // only HS-A counts: HS-B is at risk
    expect(res.summary.progress?.students).toEqual({
      target: 1,
      actual: 0,
      expected: 1,
      shortfall: 0,
      ratio: 0,
    });
  });

  it('plans 3–5 people for the awareness class', () => {
    // HS-E, HS-G (grade 11, to be ready in 2027), GV-B (expired), NV-A (new)
    const due = res.summary.progress?.awarenessClass;
    expect(due).toEqual({ target: 5, actual: 0, expected: 4, shortfall: 1, ratio: 0 });
    expect(due!.expected - due!.actual).toBeGreaterThanOrEqual(3);
    expect(due!.expected - due!.actual).toBeLessThanOrEqual(5);
  });

  it('the pupil admitted last year is counted for 2025, not 2026', () => {
    expect(res.summary.admittedThisYear).toBe(0);
    expect(get(r, 'HS-F').stage).toBe('probationary');
    const last = run(request(at, { members, candidates, year: 2025 })).summary;
    expect(last.admittedThisYear).toBe(1);
    expect(last.admittedByMonth[10]).toBe(1);
    expect(last.breakdown.admitted.students).toBe(1);
  });
});

describe('grade-12 students who leave school before turning 18 (asOf 08/01/2024)', () => {
  const at = '2024-01-08';
  const leave = '2024-05-31';
  const births = [
    '2006-01-20',
    '2006-02',
    '2006-03-03',
    '2006-04',
    '2006-05-31', // 18 by months on 01/05/2024: still in time
    '2006-06-01', // 18 by months on 01/06/2024: one day after school ends
    '2006-07',
    '2006-08-15',
    '2006-09',
    '2006-10-10',
    '2006-11',
    '2006-12-25',
  ];
  const students = births.map((b, i) =>
    readyStudent(at, b, { key: `HS-${String(i + 1).padStart(2, '0')}`, expectedLeaveDate: leave }),
  );
  const res = run(request(at, { candidates: students, targets: { students: 1 } }));

  it('forecasts the first three admissible, two at risk and the other seven blocked by age', () => {
    // 18 in April or May: the meeting is in time, but the decision may come after school ends.
    expect(res.summary.forecast.keys).toMatchObject({
      admissible: ['HS-01', 'HS-02', 'HS-03'],
      atRisk: ['HS-04', 'HS-05'],
      blockedByAge: ['HS-06', 'HS-07', 'HS-08', 'HS-09', 'HS-10', 'HS-11', 'HS-12'],
    });
    expect(res.summary.forecast).toMatchObject({
      admissible: 3,
      atRisk: 2,
      blockedByLeaving: 0,
      blockedByAge: 7,
    });
    expect(res.summary.progress?.students).toEqual({
      target: 1,
      actual: 0,
      expected: 3,
      shortfall: 0,
      ratio: 0,
    });
  });

  it('gives the reason in each blocked student’s message', () => {
    const blocked = res.results.filter((r) => findings(r, 'leave.beforeEligible').length > 0);
    expect(blocked.map((r) => r.key)).toEqual([
      'HS-06',
      'HS-07',
      'HS-08',
      'HS-09',
      'HS-10',
      'HS-11',
      'HS-12',
    ]);
    const eligible = ['06', '07', '08', '09', '10', '11', '12'].map((m) => `01/${m}/2024`);
    blocked.forEach((r, i) => {
      const f = findings(r, 'leave.beforeEligible')[0]!;
      expect(f.severity).toBe('warning');
      expect(f.message).toContain('31/05/2024');
      expect(f.message).toContain(eligible[i]!);
      expect(f.message).toContain('đủ 18 tuổi');
      expect(r.eligibleFrom).toBe(`2024-${['06', '07', '08', '09', '10', '11', '12'][i]}-01`);
    });
  });

  it('in January only the January-born student is 18 (by months); the others wait', () => {
    const under18 = res.results.filter((r) => findings(r, 'age.under18').length > 0).map((r) => r.key);
    expect(under18).toEqual(students.slice(1).map((c) => c.key));
    expect(res.results[0]!.stage).toBe('ready');
    expect(res.results.slice(1).every((r) => r.stage === 'dossier')).toBe(true);
  });

  it('a school whose candidates are all born after May misses its target', () => {
    const late = run(request(at, { candidates: students.slice(5), targets: { students: 1 } })).summary;
    expect(late.forecast).toMatchObject({ admissible: 0, atRisk: 0, blockedByLeaving: 0, blockedByAge: 7 });
    expect(late.progress?.students).toEqual({ target: 1, actual: 0, expected: 0, shortfall: 1, ratio: 0 });
  });

  it('holding the meeting in May keeps the May-born student in time', () => {
    // born 31/05/2006, meeting planned 20/05/2024: 216 months in May, no error from the age rule
    const may = readyStudent(at, '2006-05-31', {
      key: 'HS-05',
      expectedLeaveDate: leave,
      plannedMeetingDate: '2024-05-20',
    });
    const r = run(request(at, { candidates: [may] })).results[0]!;
    expect(findings(r, 'age.under18')).toEqual([]);
    expect(r.stage).toBe('ready');
  });
});
