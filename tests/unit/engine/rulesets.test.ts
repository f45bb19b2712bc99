import { describe, expect, it } from 'vitest';
import { RULES, rulesCatalogue } from '../../../shared/rules/catalogue.ts';
import type { Candidate } from '../../../shared/schemas/request.ts';
import type { Result } from '../../../shared/schemas/response.ts';
import { cellMembers, member, one, only, readyCandidate, readyStudent, request, run } from './builders.ts';

/** The rule ids of domain.md §4, copied from the spec. */
const SPEC_RULE_IDS = [
  'age.under18',
  'age.over60',
  'education.insufficient',
  'awareness.missing',
  'awareness.expired',
  'awareness.expiresSoon',
  'application.missing',
  'application.afterBackground',
  'background.missing',
  'background.unverified',
  'introducers.insufficient',
  'introducers.notOfficial',
  'introducers.tooShort',
  'youthUnion.required',
  'feedback.missing',
  'dossier.stale',
  'leave.beforeEligible',
  'cell.tooSmall',
  'vote.insufficient',
  'deadline.decision',
  'deadline.ceremony',
  'probation.ends',
  'deadline.officialReview',
  'order.dates',
];

/** Reminders PTĐV adds beyond §4 (product rules), each cited as such. */
const PRODUCT_RULE_IDS = ['birthDate.incomplete', 'dossier.tooEarly'];

const VIETNAMESE = /[À-ỹ]/;

describe('ruleset selection by the reference date', () => {
  // Born 15/12/2007: under 18 in both June and July 2025, so age.under18 is cited either way.
  const young = (fields: Partial<Candidate>) => readyStudent('2025-06-01', '2007-12-15', fields);

  it('a meeting on 30/06/2025 is judged by the 2021 texts (Quy định 24-QĐ/TW)', () => {
    const r = one('2025-06-01', young({ plannedMeetingDate: '2025-06-30' }));
    expect(r.rulesVersion).toBe('2021-09');
    expect(only(r, 'age.under18').citation).toBe('Quy định 24-QĐ/TW, điểm 1.1.1');
  });

  it('a meeting on 01/07/2025 is judged by the 2025 texts (Quy định 294-QĐ/TW)', () => {
    const r = one('2025-06-01', young({ plannedMeetingDate: '2025-07-01' }));
    expect(r.rulesVersion).toBe('2025-07');
    expect(only(r, 'age.under18').citation).toBe('Quy định 294-QĐ/TW, điểm 1.1.1');
  });

  it('a cell resolution held on 30/06/2025 keeps the 2021 texts when checked later', () => {
    const r = one('2025-07-15', young({ cellResolutionDate: '2025-06-30', votesFor: 5 }));
    expect(r.rulesVersion).toBe('2021-09');
    expect(only(r, 'deadline.decision').citation).toBe('Quy định 24-QĐ/TW, điểm 4.3.1');
  });

  it('guidance citations follow the ruleset too (01-HD/TW → 06-HD/TW)', () => {
    const old = one(
      '2025-06-01',
      young({ plannedMeetingDate: '2025-06-30', awarenessCertificateDate: undefined }),
    );
    expect(only(old, 'awareness.missing').citation).toContain('Hướng dẫn 01-HD/TW');
    const now = one(
      '2025-06-01',
      young({ plannedMeetingDate: '2025-07-01', awarenessCertificateDate: undefined }),
    );
    expect(only(now, 'awareness.missing').citation).toContain('Hướng dẫn 06-HD/TW');
  });

  it('the response names the ruleset of most rows', () => {
    const res = run(
      request('2025-06-01', {
        candidates: [
          young({ key: 'A', plannedMeetingDate: '2025-06-30' }),
          young({ key: 'B', plannedMeetingDate: '2025-07-01' }),
          young({ key: 'C', plannedMeetingDate: '2025-07-02' }),
        ],
      }),
    );
    expect(res.results.map((r) => r.rulesVersion)).toEqual(['2021-09', '2025-07', '2025-07']);
    expect(res.rulesVersion).toBe('2025-07');
  });
});

describe('every finding has a Vietnamese message and a citation', () => {
  // A row for as many rules as possible, across both rulesets.
  const rows = (at: string): Candidate[] => [
    readyCandidate(at, { key: 'ready' }),
    readyStudent(at, '2015-01-01', { key: 'child', expectedLeaveDate: '2026-05-31', education: undefined }),
    readyCandidate(at, { key: 'old', birthDate: '1950-01-01', education: 'primary' }),
    { key: 'source', birthDate: '1990-01-01' },
    readyCandidate(at, {
      key: 'papers',
      applicationDate: undefined,
      backgroundVerifiedDate: undefined,
      feedbackSummaryDate: '2020-01-01',
      awarenessCertificateDate: '2019-01-01',
      introducers: [{ memberKey: 'M6' }],
    }),
    readyCandidate(at, { key: 'young-adult', birthDate: '2000-01-01', youthUnionMember: false }),
    readyCandidate(at, { key: 'proposed', cellResolutionDate: at }),
    readyCandidate(at, { key: 'admitted', cellResolutionDate: at, votesFor: 1, decisionDate: at }),
    readyCandidate(at, {
      key: 'probation',
      cellResolutionDate: at,
      votesFor: 5,
      decisionDate: at,
      ceremonyDate: at,
    }),
    readyCandidate(at, { key: 'order', backgroundVerifiedDate: '2099-01-01' }),
  ];
  const members = [
    ...cellMembers(),
    member('M6', { joinedUnitDate: '2025-06-01', officialSince: '2099-01-01' }),
  ];

  for (const at of ['2025-03-03', '2025-09-15']) {
    it(`at ${at}`, () => {
      const res = run(request(at, { candidates: rows(at), members }));
      const all = res.results.flatMap((r: Result) => r.findings);
      expect(new Set(all.map((f) => f.rule)).size).toBeGreaterThanOrEqual(18);
      for (const f of all) {
        expect(f.message.trim().length).toBeGreaterThan(10);
        expect(f.message).toMatch(VIETNAMESE);
        expect(f.citation.trim().length).toBeGreaterThan(0);
        expect(f.citation).toMatch(VIETNAMESE);
      }
    });
  }
});

describe('rulesCatalogue()', () => {
  const cat = rulesCatalogue();

  it('lists every rule id of domain.md §4, and no other but the product reminders', () => {
    const expected = [...SPEC_RULE_IDS, ...PRODUCT_RULE_IDS].sort();
    expect(cat.rules.map((r) => r.id).sort()).toEqual(expected);
    expect(RULES.map((r) => r.id).sort()).toEqual(expected);
    for (const id of PRODUCT_RULE_IDS) {
      expect(cat.rules.find((r) => r.id === id)!.citations['2025-07']).toBe('Quy tắc của PTĐV');
    }
  });

  it('lists the two rulesets with their effective dates', () => {
    expect(cat.rulesets.map((r) => [r.id, r.effectiveFrom])).toEqual([
      ['2021-09', expect.any(String)],
      ['2025-07', '2025-07-01'],
    ]);
    expect(cat.rulesets[0]!.effectiveTo).toBe('2025-06-30');
  });

  it('gives every rule a Vietnamese title, a severity and a citation per ruleset', () => {
    for (const r of cat.rules) {
      expect(r.title).toMatch(VIETNAMESE);
      expect(['error', 'warning', 'info']).toContain(r.severity);
      expect(Object.keys(r.citations).sort()).toEqual(['2021-09', '2025-07']);
      for (const text of Object.values(r.citations)) expect(text.length).toBeGreaterThan(0);
      expect(r.citations['2021-09']).not.toMatch(/294-QĐ|06-HD/);
      expect(r.citations['2025-07']).not.toMatch(/24-QĐ|01-HD/);
    }
  });
});
