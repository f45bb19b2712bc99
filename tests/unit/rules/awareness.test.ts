import { describe, expect, it } from 'vitest';
import { findings, one, only, readyCandidate } from '../engine/builders.ts';

describe('awareness.missing', () => {
  const at = '2025-09-15';

  it('no certificate is an error', () => {
    const r = one(at, readyCandidate(at, { awarenessCertificateDate: undefined }));
    const f = only(r, 'awareness.missing');
    expect(f.severity).toBe('error');
    expect(f.field).toBe('awarenessCertificateDate');
    expect(r.stage).toBe('dossier');
  });

  it('a certificate dated after the planned meeting does not count', () => {
    const r = one(
      at,
      readyCandidate(at, { plannedMeetingDate: '2025-09-01', awarenessCertificateDate: '2025-09-10' }),
    );
    expect(only(r, 'awareness.missing').date).toBe('2025-09-10');
  });

  it('a certificate dated on the meeting day counts', () => {
    const r = one(at, readyCandidate(at, { awarenessCertificateDate: at }));
    expect(findings(r, 'awareness.missing')).toEqual([]);
    expect(r.stage).toBe('ready');
  });
});

describe('awareness.expired', () => {
  // The guidance's example: a certificate of 15/01/2020 is valid through 15/01/2025.
  const cert = '2020-01-15';

  it('is valid at a meeting on 15/01/2025', () => {
    const r = one(
      '2024-12-20',
      readyCandidate('2024-12-20', { awarenessCertificateDate: cert, plannedMeetingDate: '2025-01-15' }),
    );
    expect(findings(r, 'awareness.expired')).toEqual([]);
    expect(r.stage).toBe('ready');
  });

  it('has expired at a meeting on 16/01/2025', () => {
    const r = one(
      '2024-12-20',
      readyCandidate('2024-12-20', { awarenessCertificateDate: cert, plannedMeetingDate: '2025-01-16' }),
    );
    const f = only(r, 'awareness.expired');
    expect(f.severity).toBe('error');
    expect(f.date).toBe('2025-01-15');
    expect(f.message).toContain('15/01/2025');
    expect(r.stage).toBe('dossier');
  });

  it('has expired for a cell resolution of 03/02/2025 (the guidance example)', () => {
    const r = one(
      '2025-02-05',
      readyCandidate('2025-01-20', {
        awarenessCertificateDate: cert,
        cellResolutionDate: '2025-02-03',
        votesFor: 5,
      }),
    );
    expect(r.referenceDate).toBe('2025-02-03');
    expect(only(r, 'awareness.expired').severity).toBe('error');
  });

  it('a leap-day certificate (29/02/2020) runs to 28/02/2025', () => {
    const c = { awarenessCertificateDate: '2020-02-29' };
    const okDay = one('2025-02-28', readyCandidate('2025-02-28', c));
    expect(findings(okDay, 'awareness.expired')).toEqual([]);
    const late = one('2025-03-01', readyCandidate('2025-03-01', c));
    expect(only(late, 'awareness.expired').date).toBe('2025-02-28');
  });
});

describe('awareness.expiresSoon', () => {
  // Certificate 10/03/2021 → valid through 10/03/2026. 90 days before: 10/12/2025
  // (21 days left in December + 31 + 28 + 10 = 90); 91 days before: 09/12/2025.
  const cert = '2021-03-10';

  it('warns 90 days before expiry, with the expiry date', () => {
    const r = one('2025-12-10', readyCandidate('2025-12-10', { awarenessCertificateDate: cert }));
    const f = only(r, 'awareness.expiresSoon');
    expect(f.severity).toBe('warning');
    expect(f.date).toBe('2026-03-10');
    expect(f.message).toContain('10/03/2026');
    expect(r.stage).toBe('ready');
  });

  it('does not warn 91 days before expiry', () => {
    const r = one('2025-12-09', readyCandidate('2025-12-09', { awarenessCertificateDate: cert }));
    expect(findings(r, 'awareness.expiresSoon')).toEqual([]);
  });

  it('warns on the last valid day', () => {
    const r = one('2026-03-10', readyCandidate('2026-03-10', { awarenessCertificateDate: cert }));
    expect(only(r, 'awareness.expiresSoon').date).toBe('2026-03-10');
    expect(findings(r, 'awareness.expired')).toEqual([]);
  });

  it('does not warn once the cell has proposed the candidate', () => {
    const r = one(
      '2025-12-12',
      readyCandidate('2025-12-10', {
        awarenessCertificateDate: cert,
        cellResolutionDate: '2025-12-10',
        votesFor: 5,
      }),
    );
    expect(r.stage).toBe('proposed');
    expect(findings(r, 'awareness.expiresSoon')).toEqual([]);
  });

  it('gives the leap-day certificate its clamped expiry, 28/02/2025', () => {
    const r = one('2025-01-10', readyCandidate('2025-01-10', { awarenessCertificateDate: '2020-02-29' }));
    expect(only(r, 'awareness.expiresSoon').date).toBe('2025-02-28');
  });

  it('says expired, not expiring soon, when the planned meeting is after the expiry', () => {
    const r = one(
      '2025-12-10',
      readyCandidate('2025-12-10', { awarenessCertificateDate: cert, plannedMeetingDate: '2026-03-11' }),
    );
    expect(only(r, 'awareness.expired').severity).toBe('error');
    expect(findings(r, 'awareness.expiresSoon')).toEqual([]);
  });
});
