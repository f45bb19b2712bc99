import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../shared/schemas/request.ts';
import { findings, one, only, readyCandidate } from '../engine/builders.ts';

const at = '2025-09-15';
const check = (o: Partial<Candidate>) => one(at, readyCandidate(at, o));

describe('education.insufficient', () => {
  it.each(['lowerSecondary', 'upperSecondary', 'higher'] as const)('%s is enough', (education) => {
    const r = check({ education });
    expect(findings(r, 'education.insufficient')).toEqual([]);
    expect(r.stage).toBe('ready');
  });

  it('primary school only is an error outside special areas', () => {
    const r = check({ education: 'primary' });
    const f = only(r, 'education.insufficient');
    expect(f.severity).toBe('error');
    expect(f.field).toBe('education');
    expect(r.stage).toBe('dossier');
  });

  it('primary school suffices in a special area', () => {
    expect(findings(check({ education: 'primary', specialArea: true }), 'education.insufficient')).toEqual(
      [],
    );
  });

  it('no schooling in a special area needs literacy and province-level approval', () => {
    expect(only(check({ education: 'none', specialArea: true }), 'education.insufficient').severity).toBe(
      'error',
    );
    const ok = check({ education: 'none', specialArea: true, literacyApproval: true });
    expect(findings(ok, 'education.insufficient')).toEqual([]);
    expect(ok.stage).toBe('ready');
  });

  it('the literacy approval alone does not help outside special areas', () => {
    expect(
      only(check({ education: 'none', literacyApproval: true }), 'education.insufficient').severity,
    ).toBe('error');
  });

  it('a missing level is a warning, not an error', () => {
    const r = check({ education: undefined });
    expect(only(r, 'education.insufficient').severity).toBe('warning');
    expect(r.stage).toBe('ready');
  });
});
