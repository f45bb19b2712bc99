import { describe, expect, it } from 'vitest';
import { toDay } from '../../../shared/dates/day.ts';
import { RULES, rulesCatalogue } from '../../../shared/rules/catalogue.ts';
import type { CandidateInput as Candidate } from '../../../shared/schemas/request.ts';
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
  'vote.withoutResolution',
  'deadline.decision',
  'deadline.ceremony',
  'deadline.memberRecord',
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

  it('a meeting on 19/01/2025 is judged by Quy định 24-QĐ/TW, one on 20/01/2025 by Quy định 232-QĐ/TW', () => {
    const before = one('2025-01-02', young({ plannedMeetingDate: toDay('2025-01-19') }));
    expect(before.rulesVersion).toBe('2021-09');
    expect(only(before, 'age.under18').citation).toBe('Quy định 24-QĐ/TW, điểm 1.1.1');
    const after = one('2025-01-02', young({ plannedMeetingDate: toDay('2025-01-20') }));
    expect(after.rulesVersion).toBe('2025-01');
    expect(only(after, 'age.under18').citation).toBe('Quy định 232-QĐ/TW, điểm 1.1.1');
  });

  it('a meeting on 30/06/2025 is judged by Quy định 232-QĐ/TW with Hướng dẫn 01-HD/TW still applying', () => {
    const r = one(
      '2025-06-01',
      young({ plannedMeetingDate: toDay('2025-06-30'), awarenessCertificateDate: undefined }),
    );
    expect(r.rulesVersion).toBe('2025-01');
    expect(only(r, 'age.under18').citation).toBe('Quy định 232-QĐ/TW, điểm 1.1.1');
    expect(only(r, 'awareness.missing').citation).toBe('Hướng dẫn 01-HD/TW, mục 3');
  });

  it('a meeting on 01/07/2025 is judged by the 2025 texts (Quy định 294-QĐ/TW)', () => {
    const r = one('2025-06-01', young({ plannedMeetingDate: toDay('2025-07-01') }));
    expect(r.rulesVersion).toBe('2025-07');
    expect(only(r, 'age.under18').citation).toBe('Quy định 294-QĐ/TW, điểm 1.1.1');
  });

  it('a cell resolution held on 30/06/2025 keeps the texts of its day when checked later', () => {
    const r = one('2025-07-15', young({ cellResolutionDate: toDay('2025-06-30'), votesFor: 5 }));
    expect(r.rulesVersion).toBe('2025-01');
    expect(only(r, 'deadline.decision').citation).toBe('Quy định 232-QĐ/TW, điểm 4.3.1');
  });

  it('guidance citations follow the ruleset too (01-HD/TW → 06-HD/TW)', () => {
    const old = one(
      '2025-06-01',
      young({ plannedMeetingDate: toDay('2025-06-30'), awarenessCertificateDate: undefined }),
    );
    expect(only(old, 'awareness.missing').citation).toContain('Hướng dẫn 01-HD/TW');
    const now = one(
      '2025-06-01',
      young({ plannedMeetingDate: toDay('2025-07-01'), awarenessCertificateDate: undefined }),
    );
    expect(only(now, 'awareness.missing').citation).toContain('Hướng dẫn 06-HD/TW');
  });

  it('the response names the ruleset of most rows', () => {
    const res = run(
      request('2025-06-01', {
        candidates: [
          young({ key: 'A', plannedMeetingDate: toDay('2025-06-30') }),
          young({ key: 'B', plannedMeetingDate: toDay('2025-07-01') }),
          young({ key: 'C', plannedMeetingDate: toDay('2025-07-02') }),
        ],
      }),
    );
    expect(res.results.map((r) => r.rulesVersion)).toEqual(['2025-01', '2025-07', '2025-07']);
    expect(res.rulesVersion).toBe('2025-07');
  });
});

describe('every finding has a Vietnamese message and a citation', () => {
  // A row for as many rules as possible, across both rulesets.
  const rows = (at: string): Candidate[] => [
    readyCandidate(at, { key: 'ready' }),
    readyStudent(at, '2015-01-01', { key: 'child', expectedLeaveDate: '2026-05-31', education: undefined }),
    readyCandidate(at, { key: 'old', birthDate: '1950-01-01', education: 'primary' }),
    { key: 'source', birthDate: toDay('1990-01-01') },
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
        // a developer's note, never a user's text
        expect(f.citation).not.toMatch(/thứ cấp|\(|20\d\d-\d\d/);
        expect(f.message).not.toMatch(/thứ cấp|\b20\d\d-\d\d\b/);
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

  it('lists the three rulesets with their effective dates', () => {
    expect(cat.rulesets.map((r) => [r.id, r.effectiveFrom, r.effectiveTo])).toEqual([
      ['2021-09', expect.any(String), '2025-01-19'],
      ['2025-01', '2025-01-20', '2025-06-30'],
      ['2025-07', '2025-07-01', undefined],
    ]);
  });

  it('names every text by number, date, issuer and subject, and 12-HD/BTCTW in every era', () => {
    const [old, interim, now] = cat.rulesets;
    expect(old!.texts).toContain(
      'Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng',
    );
    expect(interim!.texts).toContain(
      'Quy định số 232-QĐ/TW, ngày 20/01/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng',
    );
    expect(interim!.texts).toContain(
      'Hướng dẫn số 01-HD/TW, ngày 28/9/2021 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng',
    );
    expect(now!.texts).toContain(
      'Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng',
    );
    expect(now!.texts).toContain(
      'Hướng dẫn số 06-HD/TW, ngày 09/6/2025 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng',
    );
    for (const rs of cat.rulesets) {
      expect(rs.texts).toContain(
        'Hướng dẫn số 12-HD/BTCTW, ngày 18/01/2022 của Ban Tổ chức Trung ương về nghiệp vụ công tác đảng viên',
      );
    }
  });

  it('keeps the secondary-source mark out of citations, in the developers’ field only', () => {
    const expired = cat.rules.find((r) => r.id === 'awareness.expired')!;
    expect(expired.unconfirmed).toEqual(['2021-09', '2025-01', '2025-07']);
    for (const r of cat.rules) for (const c of Object.values(r.citations)) expect(c).not.toMatch(/thứ cấp/);
  });

  it('gives every rule a Vietnamese title, a severity and a citation per ruleset', () => {
    for (const r of cat.rules) {
      expect(r.title).toMatch(VIETNAMESE);
      expect(['error', 'warning', 'info']).toContain(r.severity);
      expect(Object.keys(r.citations).sort()).toEqual(['2021-09', '2025-01', '2025-07']);
      for (const text of Object.values(r.citations)) expect(text.length).toBeGreaterThan(0);
      expect(r.citations['2021-09']).not.toMatch(/294-QĐ|232-QĐ|06-HD/);
      expect(r.citations['2025-01']).not.toMatch(/294-QĐ|\b24-QĐ|06-HD/);
      expect(r.citations['2025-07']).not.toMatch(/\b24-QĐ|232-QĐ|01-HD/);
      // same rule content: 2025-01 cites the same points as 2021-09 in its own texts
      expect(r.citations['2025-01']).toBe(r.citations['2021-09']!.replace('24-QĐ/TW', '232-QĐ/TW'));
    }
  });

  it('gives a severity or a deadline only to messages its rule has', () => {
    // A misspelt name would silently leave a message at the rule's severity, or out of `deadlines`.
    for (const r of RULES) {
      const names = Object.keys(r.messages);
      for (const name of Object.keys(r.severities ?? {})) expect(names, r.id).toContain(name);
      for (const name of r.deadlines ?? []) expect(names, r.id).toContain(name);
    }
    expect(RULES.find((r) => r.id === 'deadline.decision')?.deadlines).toEqual(['running', 'overdue']);
  });
});
