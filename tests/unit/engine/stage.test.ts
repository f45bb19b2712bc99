import { describe, expect, it } from 'vitest';
import { toDay } from '../../../shared/dates/day.ts';
import type { CandidateInput as Candidate } from '../../../shared/schemas/request.ts';
import { errors, one, readyCandidate, request, run } from './builders.ts';

const at = '2025-09-15';
const bare = (fields: Partial<Candidate> = {}): Candidate => ({
  key: 'QC-01',
  birthDate: toDay('1990-05-05'),
  ...fields,
});

describe('stages from the dates (domain.md §2)', () => {
  it.each<[string, Partial<Candidate>]>([
    ['source', {}],
    ['trained', { awarenessCertificateDate: '2025-03-01' }],
    ['dossier', { applicationDate: '2025-04-01' }],
    ['dossier', { backgroundDeclaredDate: '2025-04-01' }],
    ['dossier', { awarenessCertificateDate: '2025-03-01', applicationDate: '2025-04-01' }],
  ])('%s from %j', (stage, fields) => {
    expect(one(at, bare(fields)).stage).toBe(stage);
  });

  const admittedSteps = {
    cellResolutionDate: '2024-03-01',
    votesFor: 5,
    decisionDate: '2024-04-10',
    ceremonyDate: '2024-05-19',
    officialResolutionDate: '2025-05-20',
    officialDecisionDate: '2025-06-10',
  } as const;

  it.each<[string, Partial<Candidate>]>([
    ['proposed', { cellResolutionDate: '2025-09-01', votesFor: 5 }],
    ['admitted', { cellResolutionDate: '2025-06-01', votesFor: 5, decisionDate: '2025-07-20' }],
    [
      'probationary',
      {
        cellResolutionDate: '2024-03-01',
        votesFor: 5,
        decisionDate: '2024-04-10',
        ceremonyDate: '2024-05-19',
      },
    ],
    ['official', admittedSteps],
    ['removed', { ...admittedSteps, removedDate: '2025-08-01' }],
    ['removed', { removedDate: '2025-08-01' }],
    ['removed', { cellResolutionDate: '2025-09-01', votesFor: 5, removedDate: '2025-09-10' }],
  ])('%s from %j', (stage, fields) => {
    expect(one(at, readyCandidate('2024-03-01', fields)).stage).toBe(stage);
  });

  it('a row with every pre-admission condition met is ready', () => {
    const r = one(at, readyCandidate(at));
    expect(r.stage).toBe('ready');
    expect(r.findings).toEqual([]);
  });

  it('ready is not reached from the dates alone: one error keeps the row in dossier', () => {
    for (const missing of [
      'feedbackSummaryDate',
      'backgroundVerifiedDate',
      'awarenessCertificateDate',
    ] as const) {
      const r = one(at, readyCandidate(at, { [missing]: undefined }));
      expect(errors(r).length).toBeGreaterThan(0);
      expect(r.stage).toBe('dossier');
    }
  });

  it('warnings do not block ready', () => {
    const r = one(
      at,
      readyCandidate(at, {
        education: undefined,
        applicationDate: '2025-02-10',
        backgroundDeclaredDate: '2025-02-01',
      }),
    );
    expect(r.findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(r.stage).toBe('ready');
  });

  it('a ready row never carries an error, whatever the mix (many rows at once)', () => {
    const variants: Partial<Candidate>[] = [
      {},
      { education: 'primary' },
      { birthDate: toDay('2008-01-01') },
      { introducers: [{ memberKey: 'M1', letterDate: toDay('2025-06-01') }] },
      { feedbackSummaryDate: toDay('2024-01-01') },
      { over60Approved: true, birthDate: toDay('1960-01-01') },
      { awarenessCertificateDate: toDay('2020-01-01') },
      { backgroundVerifiedDate: toDay('2025-09-30') },
    ];
    const res = run(
      request(at, { candidates: variants.map((v, i) => readyCandidate(at, { key: `K${i}`, ...v })) }),
    );
    const ready = res.results.filter((r) => r.stage === 'ready').map((r) => r.key);
    expect(ready).toEqual(['K0', 'K5']);
    for (const r of res.results) {
      if (r.stage === 'ready') expect(errors(r)).toEqual([]);
      else expect(errors(r).length).toBeGreaterThan(0);
    }
  });

  it('a proposed row stays proposed even with errors', () => {
    const r = one(
      '2025-09-20',
      readyCandidate(at, { cellResolutionDate: at, votesFor: 5, feedbackSummaryDate: undefined }),
    );
    expect(errors(r)).toContain('feedback.missing');
    expect(r.stage).toBe('proposed');
  });

  it('removed wins: no pre-admission rule runs, no eligibleFrom, no deadline', () => {
    const r = one(at, { key: 'X', birthDate: '2010-01-01', removedDate: '2025-01-01' });
    expect(r.stage).toBe('removed');
    expect(r.findings).toEqual([]);
    expect(r.eligibleFrom).toBeUndefined();
    expect(r.deadlines).toEqual([]);
  });

  it('eligibleFrom is given only while not admitted', () => {
    expect(one(at, readyCandidate(at)).eligibleFrom).toBeDefined();
    const admitted = one(
      at,
      readyCandidate('2025-03-01', {
        cellResolutionDate: '2025-03-01',
        votesFor: 5,
        decisionDate: '2025-04-01',
      }),
    );
    expect(admitted.eligibleFrom).toBeUndefined();
  });
});
