/**
 * The compact answer renders back into the default one, text for text: each finding's message from
 * its template and parameters, its citation from the texts `GET /v1/rules` publishes (taken here
 * through JSON, as a client receives them). Over the fixtures and generated units, then as a
 * property over arbitrary candidates and units, every rule and template included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine/evaluate.ts';
import { RULES, rulesCatalogue } from '../../../shared/rules/catalogue.ts';
import { PHRASES } from '../../../shared/rules/phrases.ts';
import { type RulesTexts, renderCompactAnswer } from '../../../shared/rules/render.ts';
import type {
  CandidateInput as Candidate,
  EvaluateRequestInput as EvaluateRequest,
  MemberInput as Member,
} from '../../../shared/schemas/request.ts';
import { CompactEvaluateResponseSchema } from '../../../shared/schemas/response.ts';
import { teachersCell, upperSecondaryCell } from '../../fixtures/documents/units.ts';
import { generateRequest } from '../../fixtures/generate.ts';

/** The texts as a client gets them: the catalogue through JSON. */
const texts = JSON.parse(JSON.stringify(rulesCatalogue())) as RulesTexts;

function both(request: EvaluateRequest) {
  const full = evaluate(request);
  const compact = evaluate(request, { form: 'compact' });
  if (!full.ok || !compact.ok) throw new Error('request rejected');
  return { full, compact };
}

/** Every template a compact answer used, as "rule/text". */
function templatesUsed(answers: Array<ReturnType<typeof both>['compact']>): Set<string> {
  const out = new Set<string>();
  for (const a of answers) for (const k of a.kinds) out.add(`${k.rule}/${k.text}`);
  return out;
}

describe('the compact answer', () => {
  it('renders to exactly the default answer for the fixture units and generated units', () => {
    const requests: EvaluateRequest[] = [
      teachersCell,
      upperSecondaryCell,
      ...[1, 2, 3].map((seed) => generateRequest(300, seed)),
      { ...generateRequest(300, 4), asOf: '2024-10-01' },
      { ...generateRequest(300, 5), asOf: '2025-03-01' },
    ];
    let findings = 0;
    for (const request of requests) {
      const { full, compact } = both(request);
      const rendered = renderCompactAnswer(JSON.parse(JSON.stringify(compact)), texts);
      // Same text, same key order: the rendered answer serialises byte for byte like the default.
      expect(JSON.stringify(rendered)).toBe(JSON.stringify(full));
      for (const r of compact.results) findings += r.findings.length;
    }
    expect(findings).toBeGreaterThan(1000);
  });

  it('follows its schema and carries no message or citation', () => {
    const { compact } = both(generateRequest(200, 9));
    expect(CompactEvaluateResponseSchema.safeParse(compact).success).toBe(true);
    expect(compact.textsVersion).toBe(texts.textsVersion);
    const json = JSON.stringify(compact);
    expect(json).not.toContain('"message"');
    expect(json).not.toContain('"citation"');
    expect(json).not.toContain('Quy định');
  });

  it('writes a finding as its kind, its parameters and its date, and its deadline in its kind', () => {
    const { full, compact } = both(generateRequest(300, 2));
    let deadlines = 0;
    compact.results.forEach((r, i) => {
      const list = r.findings;
      let at = 0;
      for (const f of full.results[i]!.findings) {
        const kind = compact.kinds[list[at] as number]!;
        expect([kind.rule, kind.severity, kind.field]).toEqual([f.rule, f.severity, f.field]);
        at += 1 + kind.params;
        if (f.date !== undefined) expect(list[at++]).toBe(f.date);
        if (kind.deadline !== undefined) deadlines++;
      }
      expect(at).toBe(list.length);
      expect(r).not.toHaveProperty('deadlines');
    });
    const fullDeadlines = full.results.reduce((n, r) => n + r.deadlines.length, 0);
    expect(deadlines).toBe(fullDeadlines);
    expect(fullDeadlines).toBeGreaterThan(20);
    // A few dozen kinds for thousands of findings.
    expect(compact.kinds.length).toBeLessThan(60);
  });

  it('refuses findings that do not read', () => {
    const { compact } = both(generateRequest(40, 3));
    const withList = (findings: unknown[]) => ({
      ...compact,
      results: [{ ...compact.results[0]!, findings }],
    });
    const kind = compact.kinds.findIndex((k) => k.params > 0);
    for (const findings of [[compact.kinds.length], ['x'], [-1], [kind], [0.5]]) {
      expect(() => renderCompactAnswer(withList(findings) as typeof compact, texts)).toThrow();
    }
    const dated = compact.kinds.findIndex((k) => k.dated && k.params === 0);
    if (dated >= 0) {
      expect(() => renderCompactAnswer(withList([dated, '2026-02-30']) as typeof compact, texts)).toThrow();
    }
  });

  it('is refused by a client holding other texts', () => {
    const { compact } = both(generateRequest(20, 3));
    expect(() => renderCompactAnswer(compact, { ...texts, textsVersion: 'other' })).toThrow();
  });

  it('every placeholder of every template and phrase is well formed', () => {
    const all = [...RULES.flatMap((r) => Object.values(r.messages)), ...Object.values(PHRASES)];
    for (const template of all) {
      const stripped = template.replace(/\{\d+(?:\|(?:day|age|lower))?\}/g, '');
      expect(stripped, template).not.toMatch(/[{}]/);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The property: arbitrary candidates in arbitrary units, every finding rendered equal.

const dayArb = (from: string, to: string) =>
  fc
    .date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Present half the time: a row fills in some of its dates. */
const day = fc.oneof(fc.constant(undefined), dayArb('2015-01-01', '2028-12-31'));

/** In the order of the pipeline: a candidate has the dates up to some step (`reached`). */
const DATE_FIELDS = [
  'joinedUnitDate',
  'expectedLeaveDate',
  'sympathizerListDate',
  'awarenessCertificateDate',
  'applicationDate',
  'backgroundDeclaredDate',
  'backgroundVerifiedDate',
  'youthUnionResolutionDate',
  'tradeUnionResolutionDate',
  'feedbackSummaryDate',
  'plannedMeetingDate',
  'cellResolutionDate',
  'decisionDate',
  'decisionReceivedDate',
  'ceremonyDate',
  'officialResolutionDate',
  'officialDecisionDate',
  'removedDate',
] as const;

const introducerArb = fc.record(
  {
    memberKey: fc.constantFrom('M0', 'M1', 'M2', 'M3'),
    officialSince: dayArb('2010-01-01', '2028-12-31'),
    togetherSince: dayArb('2015-01-01', '2028-12-31'),
    letterDate: dayArb('2020-01-01', '2028-12-31'),
  },
  { requiredKeys: [] },
);

const candidateArb = fc.record({
  birthDate: fc.oneof(
    dayArb('1950-01-01', '2028-12-31'),
    dayArb('1950-01-01', '2014-12-31').map((d) => d.slice(0, 7)),
  ),
  dates: fc.tuple(...DATE_FIELDS.map(() => day)),
  reached: fc.integer({ min: 0, max: DATE_FIELDS.length }),
  education: maybe(fc.constantFrom('none', 'primary', 'lowerSecondary', 'upperSecondary', 'higher' as const)),
  flags: fc.array(fc.option(fc.boolean(), { nil: undefined }), { minLength: 5, maxLength: 5 }),
  votesFor: maybe(fc.integer({ min: 0, max: 9 })),
  introducers: maybe(fc.array(introducerArb, { maxLength: 2 })),
});

type Generated = typeof candidateArb extends fc.Arbitrary<infer T> ? T : never;

function toCandidate(g: Generated, i: number): Candidate {
  const c: Candidate = { key: `P${i}`, birthDate: g.birthDate };
  DATE_FIELDS.forEach((field, k) => {
    const d = g.dates[k];
    if (d !== undefined && k < g.reached) c[field] = d;
  });
  if (g.education !== undefined) c.education = g.education;
  const flags = [
    'youthUnionMember',
    'backgroundCheckExempt',
    'specialArea',
    'literacyApproval',
    'over60Approved',
  ] as const;
  flags.forEach((flag, k) => {
    const v = g.flags[k];
    if (v !== undefined) c[flag] = v;
  });
  if (g.votesFor !== undefined) c.votesFor = g.votesFor;
  if (g.introducers !== undefined) c.introducers = g.introducers;
  return c;
}

const memberArb = fc.record(
  {
    joinedUnitDate: dayArb('2000-01-01', '2027-12-31'),
    officialSince: dayArb('2000-01-01', '2027-12-31'),
    ceremonyDate: dayArb('2020-01-01', '2027-12-31'),
    exempt: fc.boolean(),
    temporarilyAway: fc.boolean(),
  },
  { requiredKeys: [] },
);

const requestArb = fc.record({
  asOf: dayArb('2024-01-01', '2027-12-31'),
  hasYouthUnion: fc.boolean(),
  hasTradeUnion: fc.boolean(),
  members: fc.array(memberArb, { minLength: 4, maxLength: 4 }),
  candidates: fc.array(candidateArb, { minLength: 1, maxLength: 8 }),
  // What moves the projections' dates: the plan year, "Cấu hình"'s lead times, days off.
  yearShift: maybe(fc.integer({ min: -1, max: 1 })),
  meetingDay: maybe(fc.integer({ min: 1, max: 31 })),
  nextClassDate: maybe(dayArb('2023-12-01', '2028-06-30')),
  holidays: maybe(fc.array(dayArb('2024-01-01', '2029-12-31'), { maxLength: 4 })),
});

describe('the compact answer: a property', () => {
  it('render(compact) deep-equals the default answer, finding by finding', () => {
    const seen: Array<ReturnType<typeof both>['compact']> = [];
    let projections = 0;
    fc.assert(
      fc.property(requestArb, (g) => {
        const members: Member[] = g.members.map((m, i) => ({ key: `M${i}`, ...m }));
        const request: EvaluateRequest = {
          asOf: g.asOf,
          unit: { hasYouthUnion: g.hasYouthUnion, hasTradeUnion: g.hasTradeUnion },
          members,
          candidates: g.candidates.map(toCandidate),
        };
        if (g.yearShift !== undefined) request.year = Number(g.asOf.slice(0, 4)) + g.yearShift;
        if (g.meetingDay !== undefined || g.nextClassDate !== undefined) {
          request.leadTimes = {};
          if (g.meetingDay !== undefined) request.leadTimes.meetingDay = g.meetingDay;
          if (g.nextClassDate !== undefined) request.leadTimes.nextClassDate = g.nextClassDate;
        }
        if (g.holidays !== undefined) request.holidays = g.holidays;
        const { full, compact } = both(request);
        seen.push(compact);
        const rendered = renderCompactAnswer(JSON.parse(JSON.stringify(compact)), texts);
        expect(rendered.results.length).toBe(full.results.length);
        rendered.results.forEach((r, i) => {
          expect(r.findings).toEqual(full.results[i]!.findings);
        });
        expect(rendered).toEqual(full);
        expect(JSON.stringify(rendered)).toBe(JSON.stringify(full));
        for (const r of compact.results) if (r.projection !== undefined) projections++;
      }),
      { numRuns: 300 },
    );
    // Projections (compact: integers from asOf) were among what rendered equal.
    expect(projections).toBeGreaterThan(300);
    // The property reached most templates (the rest need a setting it rarely draws).
    const total = RULES.reduce((n, r) => n + Object.keys(r.messages).length, 0);
    expect(templatesUsed(seen).size).toBeGreaterThan(total * 0.8);
  });
});
