import { describe, expect, it } from 'vitest';
import { errors, findings, one, only, readyCandidate, readyStudent } from '../engine/builders.ts';

const at = '2025-09-15';

describe('application.missing', () => {
  it('no đơn is an error', () => {
    const r = one(at, readyCandidate(at, { applicationDate: undefined }));
    const f = only(r, 'application.missing');
    expect(f.severity).toBe('error');
    expect(f.field).toBe('applicationDate');
    // the lý lịch alone still puts the row in the dossier stage
    expect(r.stage).toBe('dossier');
  });

  it('a đơn dated after the planned meeting is an error', () => {
    const r = one(
      at,
      readyCandidate(at, {
        plannedMeetingDate: '2025-09-01',
        applicationDate: '2025-09-05',
        backgroundDeclaredDate: '2025-09-06',
        backgroundVerifiedDate: '2025-09-08',
      }),
    );
    expect(only(r, 'application.missing').date).toBe('2025-09-05');
  });
});

describe('application.afterBackground', () => {
  it('a đơn dated after the lý lịch is a warning; the candidate stays ready', () => {
    const r = one(
      at,
      readyCandidate(at, { applicationDate: '2025-02-10', backgroundDeclaredDate: '2025-02-01' }),
    );
    const f = only(r, 'application.afterBackground');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('10/02/2025');
    expect(f.message).toContain('01/02/2025');
    expect(r.stage).toBe('ready');
  });

  it('the same day is fine', () => {
    const r = one(
      at,
      readyCandidate(at, { applicationDate: '2025-02-01', backgroundDeclaredDate: '2025-02-01' }),
    );
    expect(findings(r, 'application.afterBackground')).toEqual([]);
    expect(r.stage).toBe('ready');
  });
});

describe('background.missing', () => {
  it('no lý lịch is an error (and unverified is not reported on top)', () => {
    const r = one(
      at,
      readyCandidate(at, { backgroundDeclaredDate: undefined, backgroundVerifiedDate: undefined }),
    );
    expect(only(r, 'background.missing').severity).toBe('error');
    expect(findings(r, 'background.unverified')).toEqual([]);
    expect(r.stage).toBe('dossier');
  });
});

describe('background.unverified', () => {
  it('a declared but unverified lý lịch is an error', () => {
    const r = one(at, readyCandidate(at, { backgroundVerifiedDate: undefined }));
    expect(only(r, 'background.unverified').severity).toBe('error');
    expect(r.stage).toBe('dossier');
  });

  it('a certification dated after the planned meeting does not count', () => {
    const r = one(
      at,
      readyCandidate(at, { plannedMeetingDate: '2025-09-01', backgroundVerifiedDate: '2025-09-10' }),
    );
    expect(only(r, 'background.unverified').message).toContain('10/09/2025');
  });

  it('backgroundCheckExempt still needs the certification', () => {
    const r = one(at, readyCandidate(at, { backgroundVerifiedDate: undefined, backgroundCheckExempt: true }));
    const f = only(r, 'background.unverified');
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/miễn thẩm tra/i);
    expect(r.stage).toBe('dossier');
  });

  it('backgroundCheckExempt with the certification is ready', () => {
    const r = one(at, readyCandidate(at, { backgroundCheckExempt: true }));
    expect(errors(r)).toEqual([]);
    expect(r.stage).toBe('ready');
  });
});

describe('feedback.missing', () => {
  it('no feedback summary (5-KNĐ) is an error', () => {
    const r = one(at, readyCandidate(at, { feedbackSummaryDate: undefined }));
    const f = only(r, 'feedback.missing');
    expect(f.severity).toBe('error');
    expect(f.field).toBe('feedbackSummaryDate');
    expect(r.stage).toBe('dossier');
  });

  it('a summary dated after the planned meeting is missing at the meeting', () => {
    const r = one(
      at,
      readyCandidate(at, { plannedMeetingDate: '2025-09-01', feedbackSummaryDate: '2025-09-05' }),
    );
    expect(only(r, 'feedback.missing').severity).toBe('error');
  });

  it('a summary dated on the meeting day is fine', () => {
    const r = one(at, readyCandidate(at, { feedbackSummaryDate: at }));
    expect(findings(r, 'feedback.missing')).toEqual([]);
    expect(r.stage).toBe('ready');
  });
});

describe('dossier.stale', () => {
  // Reference date 15/09/2025: a paper of 15/09/2024 is exactly 12 months old (fine); 14/09/2024 is stale.
  it('a feedback summary dated exactly 12 months before is fine', () => {
    const r = one(at, readyCandidate(at, { feedbackSummaryDate: '2024-09-15' }));
    expect(findings(r, 'dossier.stale')).toEqual([]);
    expect(r.stage).toBe('ready');
  });

  it('one day more is stale', () => {
    const r = one(at, readyCandidate(at, { feedbackSummaryDate: '2024-09-14' }));
    const f = only(r, 'dossier.stale');
    expect(f.severity).toBe('error');
    expect(f.field).toBe('feedbackSummaryDate');
    expect(f.date).toBe('2024-09-14');
    expect(r.stage).toBe('dossier');
  });

  it('applies to introduction letters', () => {
    const r = one(
      at,
      readyCandidate(at, {
        introducers: [
          { memberKey: 'M1', letterDate: '2024-09-15' },
          { memberKey: 'M2', letterDate: '2024-09-14' },
        ],
      }),
    );
    expect(only(r, 'dossier.stale').field).toBe('introducers[1].letterDate');
  });

  it('applies to the union resolutions', () => {
    const r = one(
      at,
      readyCandidate(at, { youthUnionResolutionDate: '2024-09-14', tradeUnionResolutionDate: '2024-09-15' }),
    );
    expect(only(r, 'dossier.stale').field).toBe('youthUnionResolutionDate');
  });

  it('counts from the cell resolution once held', () => {
    const r = one(
      '2025-10-20',
      readyCandidate(at, { cellResolutionDate: at, votesFor: 5, feedbackSummaryDate: '2024-09-15' }),
    );
    expect(findings(r, 'dossier.stale')).toEqual([]);
  });
});

describe('dossier.tooEarly — papers valid 12 months are not asked for too early', () => {
  const at = '2026-01-10';
  // born 03/2009: eligible from 01/03/2027, more than 12 months after 10/01/2026
  const young = readyStudent(at, '2009-03', {
    introducers: undefined,
    youthUnionResolutionDate: undefined,
    feedbackSummaryDate: undefined,
  });

  it('more than 12 months before eligibility: one info instead of the missing papers', () => {
    const r = one(at, young);
    const f = only(r, 'dossier.tooEarly');
    expect(f.severity).toBe('info');
    expect(f.date).toBe('2026-03-01');
    expect(f.message).toContain('01/03/2027');
    expect(findings(r, 'feedback.missing')).toEqual([]);
    expect(findings(r, 'introducers.insufficient')).toEqual([]);
    expect(findings(r, 'youthUnion.required').map((x) => x.field)).not.toContain('youthUnionResolutionDate');
    expect(findings(r, 'age.under18')).toHaveLength(1);
  });

  it('within 12 months of eligibility the papers are asked for again', () => {
    const r = one('2026-03-01', { ...young });
    expect(findings(r, 'dossier.tooEarly')).toEqual([]);
    expect(findings(r, 'feedback.missing')).toHaveLength(1);
    expect(findings(r, 'introducers.insufficient').length).toBeGreaterThan(0);
  });
});
