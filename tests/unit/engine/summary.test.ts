import { describe, expect, it } from 'vitest';
import { toDay } from '../../../shared/dates/day.ts';
import { reportableSummary } from '../../../shared/engine/forecast.ts';
import type { CandidateInput as Candidate } from '../../../shared/schemas/request.ts';
import { EvaluateResponseSchema } from '../../../shared/schemas/response.ts';
import { readyCandidate, readyStudent, request, run } from './builders.ts';

const at = '2025-09-15';

/** Admitted on `decisionDate` (resolution a month before, ceremony two weeks after when given). */
function admittedOn(key: string, decisionDate: string, fields: Partial<Candidate> = {}): Candidate {
  const resolution = `${decisionDate.slice(0, 8)}01`;
  return readyCandidate('2024-01-01', {
    key,
    cellResolutionDate: resolution,
    votesFor: 5,
    decisionDate,
    ...fields,
  });
}

/**
 * One row of each kind, with deliberately distinctive keys so the privacy check below means
 * something. Year 2025, asOf 15/09/2025.
 */
function unitRows(): Candidate[] {
  return [
    // admitted in 2025 (by decision date): March ×2, November ×0 (future), one in 2024
    admittedOn('SECRET-ADM-1', '2025-03-10', {
      birthDate: toDay('2006-11-20'),
      gender: 'female',
      ethnicMinority: true,
      category: 'student',
      youthUnionMember: true,
      ceremonyDate: toDay('2025-03-26'),
    }),
    admittedOn('SECRET-ADM-2', '2025-03-28', {
      birthDate: toDay('1985-02-02'),
      gender: 'male',
      religion: true,
      category: 'teacher',
      ceremonyDate: toDay('2025-04-15'),
    }),
    admittedOn('SECRET-ADM-3', '2025-07-02', {
      birthDate: toDay('1970-06-06'),
      gender: 'female',
      category: 'staff',
    }),
    admittedOn('SECRET-ADM-OLD', '2024-12-20', { ceremonyDate: toDay('2025-01-10') }),
    // recognised as full member in 2025
    admittedOn('SECRET-OFF', '2024-05-02', {
      ceremonyDate: toDay('2024-05-19'),
      officialResolutionDate: toDay('2025-05-20'),
      officialDecisionDate: toDay('2025-06-10'),
    }),
    // pipeline
    readyCandidate(at, { key: 'SECRET-READY', gender: 'female' }),
    readyCandidate(at, {
      key: 'SECRET-PROPOSED',
      gender: 'male',
      cellResolutionDate: '2025-09-10',
      votesFor: 5,
    }),
    readyStudent(at, '2008-10-05', { key: 'SECRET-LEAVER', expectedLeaveDate: '2026-05-31' }),
    readyStudent(at, '2008-03-14', { key: 'SECRET-YOUNG' }),
    {
      key: 'SECRET-OLD',
      birthDate: toDay('1955-01-01'),
      sympathizerListDate: toDay('2025-02-01'),
      awarenessCertificateDate: toDay('2025-02-10'),
    },
    { key: 'SECRET-REMOVED', birthDate: toDay('1990-01-01'), removedDate: toDay('2025-05-05') },
  ];
}

describe('summary', () => {
  const res = run(
    request(at, {
      candidates: unitRows(),
      targets: { admitted: 5, students: 2, women: 1, awarenessClass: 4 },
    }),
  );
  const s = res.summary;

  it('is a valid response', () => {
    expect(EvaluateResponseSchema.safeParse(res).success).toBe(true);
    expect(s.year).toBe(2025);
  });

  it('counts rows by stage', () => {
    expect(s.byStage).toEqual({
      source: 0,
      trained: 1,
      dossier: 2,
      ready: 1,
      proposed: 1,
      admitted: 1,
      probationary: 3,
      official: 1,
      removed: 1,
    });
    expect(Object.values(s.byStage).reduce((a, b) => a + b, 0)).toBe(res.results.length);
  });

  it('counts admissions by decision date: this year, and by month', () => {
    expect(s.admittedThisYear).toBe(3);
    expect(s.admittedByMonth).toEqual([0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
  });

  it('counts certificates dated in the year', () => {
    // SECRET-OLD (10/02/2025), SECRET-READY (15/11/2024 — last year), students (15/11/2024 — last year)
    expect(s.awarenessClassThisYear).toBe(1);
  });

  it('counts recognitions, probation ends and sympathisers', () => {
    expect(s.recognizedThisYear).toBe(1);
    // ceremonies in 2024 end their probation in 2025: SECRET-OFF (19/05/2024)
    expect(s.probationEndsThisYear).toBe(1);
    expect(s.sympathizers).toBe(1);
  });

  it('forecasts who can still be admitted before 31/12', () => {
    // admissible: READY, PROPOSED; blocked by age: LEAVER (18 on 01/10/2026, after leaving on
    // 31/05/2026) and YOUNG (18 on 01/03/2026); OLD is over 60 (not achievable).
    expect(s.forecast).toEqual({
      admissible: 2,
      atRisk: 0,
      blockedByLeaving: 0,
      blockedByAge: 2,
      later: 0,
      no: 1,
      keys: {
        admissible: ['SECRET-READY', 'SECRET-PROPOSED'],
        atRisk: [],
        blockedByLeaving: [],
        blockedByAge: ['SECRET-LEAVER', 'SECRET-YOUNG'],
        later: [],
        no: ['SECRET-OLD'],
      },
    });
  });

  it('turns targets into progress', () => {
    expect(s.targets).toEqual({ admitted: 5, students: 2, women: 1, awarenessClass: 4 });
    // admitted: 3 done + 2 possible = 5 expected; ratio 3/5
    expect(s.progress?.admitted).toEqual({ target: 5, actual: 3, expected: 5, shortfall: 0, ratio: 0.6 });
    // students: 1 done (ADM-1), no student admissible → 1 short
    expect(s.progress?.students).toEqual({ target: 2, actual: 1, expected: 1, shortfall: 1, ratio: 0.5 });
    // women: ADM-1, ADM-3 done; READY possible
    expect(s.progress?.women).toEqual({ target: 1, actual: 2, expected: 3, shortfall: 0, ratio: 2 });
    // awareness class: 1 certificate this year; YOUNG has the certificate, no one else needs it
    expect(s.progress?.awarenessClass).toEqual({
      target: 4,
      actual: 1,
      expected: 1,
      shortfall: 3,
      ratio: 0.25,
    });
  });

  it('breaks the admitted down by attributes at the decision date', () => {
    expect(s.breakdown.admitted).toEqual({
      total: 3,
      women: 2,
      ethnicMinority: 1,
      religion: 1,
      youthUnion: 1,
      students: 1,
      // 18 at 10/03/2025 (born 20/11/2006); 40 at 28/03/2025; 55 at 02/07/2025
      ageBands: { under18: 0, '18-30': 1, '31-40': 1, '41-50': 0, '51-60': 1, over60: 0 },
    });
  });

  it('breaks the pipeline down at asOf', () => {
    expect(s.breakdown.pipeline).toEqual({
      total: 5,
      women: 1,
      ethnicMinority: 0,
      religion: 0,
      youthUnion: 2,
      students: 2,
      // READY, PROPOSED 37; LEAVER 16; YOUNG 17; OLD 70
      ageBands: { under18: 2, '18-30': 0, '31-40': 2, '41-50': 0, '51-60': 0, over60: 1 },
    });
  });

  it('contains no candidate key outside the forecast keys, and none once made reportable', () => {
    const { keys: _keys, ...counts } = s.forecast;
    const text = JSON.stringify({ ...s, forecast: counts });
    expect(reportableSummary(s)).toEqual({ ...s, forecast: counts });
    expect(text).not.toMatch(/SECRET/);
    for (const r of res.results) expect(text).not.toContain(r.key);
  });

  it('omits targets and progress when none are given', () => {
    const plain = run(request(at, { candidates: unitRows() })).summary;
    expect(plain.targets).toBeUndefined();
    expect(plain.progress).toBeUndefined();
  });

  it('a zero target has no ratio', () => {
    const zero = run(request(at, { candidates: unitRows(), targets: { admitted: 0 } })).summary;
    expect(zero.progress?.admitted).toEqual({ target: 0, actual: 3, expected: 5, shortfall: 0 });
  });

  it('reports a past year: counts by that year, no forecast', () => {
    const past = run(request(at, { candidates: unitRows(), year: 2024 })).summary;
    expect(past.year).toBe(2024);
    expect(past.admittedThisYear).toBe(2); // OLD (20/12/2024) and OFF (02/05/2024)
    expect(past.admittedByMonth[4]).toBe(1);
    expect(past.admittedByMonth[11]).toBe(1);
    expect(past.forecast).toMatchObject({
      admissible: 0,
      atRisk: 0,
      blockedByLeaving: 0,
      blockedByAge: 0,
      later: 0,
    });
  });

  it('reports the next year: a student who turns 18 then is admissible, not blocked by age', () => {
    const next = run(request(at, { candidates: [readyStudent(at, '2008-03-14')], year: 2026 })).summary;
    expect(next.forecast).toMatchObject({ admissible: 1, atRisk: 0, blockedByLeaving: 0, blockedByAge: 0 });
  });

  it('counts who still needs the awareness class', () => {
    const rows = [
      readyCandidate(at, { key: 'A', awarenessCertificateDate: undefined }),
      readyCandidate(at, { key: 'B', awarenessCertificateDate: '2019-01-01' }),
      readyCandidate(at, { key: 'C' }),
      // leaves before eligible: not worth a class here
      readyStudent(at, '2008-12', {
        key: 'D',
        awarenessCertificateDate: undefined,
        expectedLeaveDate: '2026-05-31',
      }),
    ];
    const out = run(request(at, { candidates: rows, targets: { awarenessClass: 3 } })).summary;
    expect(out.progress?.awarenessClass).toEqual({
      target: 3,
      actual: 0,
      expected: 2,
      shortfall: 1,
      ratio: 0,
    });
  });
  it('leaves out of the pool who is past the leaving date, and counts them once on their own', () => {
    const rows = [
      readyCandidate(at, { key: 'STAYS', sympathizerListDate: '2025-01-10' }),
      // left on 31/05/2025, the sheet not updated: gone, on the sympathiser list or not
      readyCandidate(at, { key: 'GONE', sympathizerListDate: '2025-01-10', expectedLeaveDate: '2025-05-31' }),
      readyCandidate(at, { key: 'GONE-2', gender: 'male', expectedLeaveDate: '2025-09-14' }),
      // leaves on asOf itself: still in the unit today
      readyCandidate(at, { key: 'LAST-DAY', expectedLeaveDate: at }),
      // the cell voted before the person left: the superior's decision no longer depends on the unit
      readyCandidate(at, {
        key: 'VOTED',
        cellResolutionDate: '2025-05-20',
        votesFor: 5,
        expectedLeaveDate: '2025-06-30',
      }),
    ];
    const out = run(request(at, { candidates: rows })).summary;
    expect(out.pastLeaving).toBe(2);
    expect(out.breakdown.pipeline.total).toBe(3);
    expect(out.breakdown.pipeline.women).toBe(3);
    expect(out.sympathizers).toBe(1);
    // still rows of the sheet at their stage, and still in the forecast, which names them
    expect(Object.values(out.byStage).reduce((a, b) => a + b, 0)).toBe(5);
    expect([...out.forecast.keys!.blockedByLeaving, ...out.forecast.keys!.no]).toEqual(
      expect.arrayContaining(['GONE', 'GONE-2']),
    );
  });

  it('says the figures beside the pool over the pool: ready and the blocked counts less who has left', () => {
    const rows = [
      readyCandidate(at, { key: 'READY' }),
      // ready, then left on 31/05/2025 before the cell voted: a ready row, but not waiting for the cell
      readyCandidate(at, { key: 'READY-GONE', expectedLeaveDate: '2025-05-31' }),
      // turns 18 in 10/2026, finishes grade 12 on 31/05/2026: will leave first (blocked by age)
      readyStudent(at, '2008-10-05', { key: 'YOUNG-LEAVER', expectedLeaveDate: '2026-05-31' }),
      // adult, but no papers yet and leaving on 30/09/2025: will leave before the papers are done
      {
        key: 'SOON-GONE',
        birthDate: toDay('1990-01-01'),
        expectedLeaveDate: toDay('2025-09-30'),
      },
      // was 17 when the school year ended: left before turning 18
      readyStudent(at, '2008-02-10', { key: 'YOUNG-GONE', expectedLeaveDate: '2025-05-31' }),
      // nothing done, left in June
      { key: 'BARE-GONE', birthDate: toDay('1990-01-01'), expectedLeaveDate: toDay('2025-06-30') },
    ];
    const out = run(request(at, { candidates: rows })).summary;
    // the forecast still counts every pending row by its outlook (the keys behind each count)…
    expect(out.forecast.keys).toMatchObject({
      blockedByLeaving: ['READY-GONE', 'SOON-GONE', 'BARE-GONE'],
      blockedByAge: ['YOUNG-LEAVER', 'YOUNG-GONE'],
    });
    expect(out.byStage.ready).toBe(2);
    // …and the figures said beside the pool count only who is still here
    expect(out.pastLeaving).toBe(3);
    expect(out.pastLeavingByStage).toEqual({ source: 1, trained: 0, dossier: 1, ready: 1 });
    expect(out.breakdown.pipeline.total).toBe(3);
    expect(out.pool).toEqual({ ready: 1, blockedByLeaving: 1, blockedByAge: 1 });
  });

  it('adds up: byStage = pool + past leaving, forecast = pool + past leaving (generated rows)', () => {
    const day = (y: number, m: number, d: number) =>
      toDay(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const rows: Candidate[] = [];
    for (let i = 0; i < 40; i++) {
      const leave = i % 3 === 0 ? undefined : day(2024 + (i % 4), 1 + (i % 12), 1 + (i % 27));
      const base =
        i % 2 === 0
          ? readyCandidate(at, { key: `R${i}` })
          : readyStudent(at, `200${6 + (i % 4)}-0${1 + (i % 9)}`, { key: `S${i}` });
      rows.push({ ...base, ...(leave ? { expectedLeaveDate: leave } : {}) });
    }
    const out = run(request(at, { candidates: rows })).summary;
    const gone = out.pastLeavingByStage!;
    expect(gone.source + gone.trained + gone.dossier + gone.ready).toBe(out.pastLeaving);
    expect(out.pool!.ready + gone.ready).toBe(out.byStage.ready);
    const pending =
      out.byStage.source +
      out.byStage.trained +
      out.byStage.dossier +
      out.byStage.ready +
      out.byStage.proposed;
    expect(out.breakdown.pipeline.total + out.pastLeaving!).toBe(pending);
    expect(out.pool!.blockedByLeaving).toBeLessThanOrEqual(out.forecast.blockedByLeaving);
    expect(out.pool!.blockedByAge).toBeLessThanOrEqual(out.forecast.blockedByAge);
    // who has left is blocked by leaving, by age, or cannot be admitted at all: never in the other outlooks
    expect(
      out.forecast.blockedByLeaving -
        out.pool!.blockedByLeaving +
        (out.forecast.blockedByAge - out.pool!.blockedByAge),
    ).toBeLessThanOrEqual(out.pastLeaving!);
    expect(out.pastLeaving).toBeGreaterThan(0);
  });
});
