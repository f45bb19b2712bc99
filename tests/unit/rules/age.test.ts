import { describe, expect, it } from 'vitest';
import { findings, one, only, readyCandidate, readyStudent, shift } from '../engine/builders.ts';

describe('age.under18', () => {
  // Born 15/07/2006: 216 months in July 2024 (the day of the month is ignored, domain.md §3).
  const born = '2006-07-15';

  it('is ready on 01/07/2024, the first day of the month of the 18th birthday', () => {
    const r = one('2024-07-01', readyStudent('2024-07-01', born));
    expect(findings(r, 'age.under18')).toEqual([]);
    expect(r.stage).toBe('ready');
    expect(r.eligibleFrom).toBe('2024-07-01');
  });

  it('is under 18 on 30/06/2024, with the date and eligibleFrom 01/07/2024', () => {
    const r = one('2024-06-30', readyStudent('2024-06-30', born));
    const f = only(r, 'age.under18');
    expect(f.severity).toBe('error');
    expect(f.field).toBe('birthDate');
    expect(f.date).toBe('2024-07-01');
    expect(f.message).toContain('17 tuổi 11 tháng');
    expect(f.message).toContain('01/07/2024');
    expect(r.eligibleFrom).toBe('2024-07-01');
    expect(r.stage).toBe('dossier');
  });

  it('ignores the day of the month: born on the 31st is 18 on the 1st', () => {
    const r = one('2024-07-01', readyStudent('2024-07-01', '2006-07-31'));
    expect(findings(r, 'age.under18')).toEqual([]);
  });

  it('accepts a month-precision birth date (2006-07)', () => {
    expect(findings(one('2024-07-01', readyStudent('2024-07-01', '2006-07')), 'age.under18')).toEqual([]);
    const r = one('2024-06-30', readyStudent('2024-06-30', '2006-07'));
    expect(only(r, 'age.under18').date).toBe('2024-07-01');
    expect(r.eligibleFrom).toBe('2024-07-01');
  });

  describe('reference date: resolution > planned meeting > asOf', () => {
    it('uses the planned meeting when there is no resolution', () => {
      const r = one('2024-06-20', readyStudent('2024-06-20', born, { plannedMeetingDate: '2024-07-05' }));
      expect(r.referenceDate).toBe('2024-07-05');
      expect(findings(r, 'age.under18')).toEqual([]);
      expect(r.stage).toBe('ready');
    });

    it('a planned meeting in June is judged in June even when asOf is in July', () => {
      const r = one('2024-07-10', readyStudent('2024-06-20', born, { plannedMeetingDate: '2024-06-25' }));
      expect(r.referenceDate).toBe('2024-06-25');
      expect(only(r, 'age.under18').severity).toBe('error');
    });

    it('the resolution date wins over a later planned meeting and over asOf', () => {
      const r = one(
        '2024-07-10',
        readyStudent('2024-06-20', born, {
          plannedMeetingDate: '2024-07-05',
          cellResolutionDate: '2024-06-28',
          votesFor: 5,
        }),
      );
      expect(r.referenceDate).toBe('2024-06-28');
      expect(r.stage).toBe('proposed');
      expect(only(r, 'age.under18').message).toContain('28/06/2024');
    });

    it('falls back to asOf', () => {
      const r = one('2024-06-30', readyStudent('2024-06-30', born));
      expect(r.referenceDate).toBe('2024-06-30');
    });
  });
});

describe('age.over60', () => {
  // Born 10/01/1964: 720 months in January 2024, 721 in February 2024.
  const born = '1964-01-10';

  it('720 months (60 years exactly, by months) is fine', () => {
    const r = one('2024-01-31', readyCandidate('2024-01-31', { birthDate: born }));
    expect(findings(r, 'age.over60')).toEqual([]);
    expect(r.stage).toBe('ready');
  });

  it('721 months is an error', () => {
    const r = one('2024-02-01', readyCandidate('2024-02-01', { birthDate: born }));
    const f = only(r, 'age.over60');
    expect(f.severity).toBe('error');
    expect(f.message).toContain('60 tuổi 1 tháng');
    expect(r.stage).toBe('dossier');
  });

  it('with written approval (over60Approved) it is a warning, and the candidate stays ready', () => {
    const r = one('2024-02-01', readyCandidate('2024-02-01', { birthDate: born, over60Approved: true }));
    const f = only(r, 'age.over60');
    expect(f.severity).toBe('warning');
    expect(f.field).toBe('over60Approved');
    expect(r.stage).toBe('ready');
  });

  it('looks at the reference date, not asOf', () => {
    const at = '2024-01-15';
    const r = one(at, readyCandidate(at, { birthDate: born, plannedMeetingDate: shift(at, { months: 1 }) }));
    expect(only(r, 'age.over60').severity).toBe('error');
  });
});

describe('birthDate.incomplete', () => {
  it('a month-only birth date is enough for age, but flagged for the dossier', () => {
    const at = '2025-09-15';
    const r = one(at, readyCandidate(at, { birthDate: '1990-04' }));
    const f = only(r, 'birthDate.incomplete');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('04/1990');
    expect(findings(r, 'age.under18')).toEqual([]);
  });

  it('a full birth date gives nothing', () => {
    const at = '2025-09-15';
    expect(
      findings(one(at, readyCandidate(at, { birthDate: '1990-04-12' })), 'birthDate.incomplete'),
    ).toEqual([]);
  });
});
