import { describe, expect, it } from 'vitest';
import { findings, one, readyCandidate } from '../engine/builders.ts';

const fields = (r: ReturnType<typeof one>) => findings(r, 'order.dates').map((f) => f.field);

describe('order.dates', () => {
  const at = '2025-09-15';

  it('a clean row has no order finding', () => {
    expect(findings(one(at, readyCandidate(at)), 'order.dates')).toEqual([]);
  });

  it('ceremony before decision', () => {
    const r = one(
      '2025-09-01',
      readyCandidate('2025-03-10', {
        cellResolutionDate: '2025-03-10',
        votesFor: 5,
        decisionDate: '2025-04-20',
        ceremonyDate: '2025-04-19',
      }),
    );
    expect(fields(r)).toEqual(['ceremonyDate']);
    expect(findings(r, 'order.dates')[0]!.severity).toBe('error');
  });

  it('decision before resolution', () => {
    const r = one(
      '2025-09-01',
      readyCandidate('2025-03-10', {
        cellResolutionDate: '2025-03-10',
        votesFor: 5,
        decisionDate: '2025-03-09',
      }),
    );
    expect(fields(r)).toEqual(['decisionDate']);
  });

  it('a step before birth', () => {
    const r = one(at, readyCandidate(at, { birthDate: '2006-07-15', applicationDate: '2006-07-14' }));
    expect(fields(r)).toContain('applicationDate');
    expect(findings(r, 'order.dates')[0]!.message).toContain('trước ngày sinh');
  });

  it('a step before a month-precision birth (the month counts from its first day)', () => {
    const before = one(at, readyCandidate(at, { birthDate: '2006-07', sympathizerListDate: '2006-06-30' }));
    expect(fields(before)).toEqual(['sympathizerListDate']);
    const same = one(at, readyCandidate(at, { birthDate: '2006-07', sympathizerListDate: '2006-07-01' }));
    expect(fields(same)).toEqual([]);
  });

  it('a completed step dated after asOf', () => {
    const r = one(at, readyCandidate(at, { backgroundVerifiedDate: '2025-09-16' }));
    expect(fields(r)).toEqual(['backgroundVerifiedDate']);
    expect(r.stage).not.toBe('ready');
    expect(fields(one(at, readyCandidate(at, { backgroundVerifiedDate: at })))).toEqual([]);
  });

  it('an introduction letter dated after asOf', () => {
    const r = one(
      at,
      readyCandidate(at, {
        introducers: [
          { memberKey: 'M1', letterDate: '2025-06-01' },
          { memberKey: 'M2', letterDate: '2025-10-01' },
        ],
      }),
    );
    expect(fields(r)).toContain('introducers[1].letterDate');
  });

  it('planned dates (meeting, leaving) may lie in the future', () => {
    const r = one(
      at,
      readyCandidate(at, { plannedMeetingDate: '2025-10-20', expectedLeaveDate: '2027-06-30' }),
    );
    expect(findings(r, 'order.dates')).toEqual([]);
    expect(r.stage).toBe('ready');
  });

  it('the lý lịch is verified after it is declared', () => {
    const r = one(
      at,
      readyCandidate(at, { backgroundDeclaredDate: '2025-04-10', backgroundVerifiedDate: '2025-04-01' }),
    );
    expect(fields(r)).toEqual(['backgroundVerifiedDate']);
  });

  it('is checked on removed rows too', () => {
    const r = one(at, readyCandidate(at, { removedDate: '2025-09-20' }));
    expect(r.stage).toBe('removed');
    expect(fields(r)).toEqual(['removedDate']);
  });
});
