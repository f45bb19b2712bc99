import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAD, CandidateReader, isEvaluateRequest, readCandidate } from '../../../shared/schemas/fastCheck.ts';
import { EvaluateRequestSchema } from '../../../shared/schemas/request.ts';
import { generateRequest } from '../../fixtures/generate.ts';
import { CANDIDATE_FIELDS, edgeValue, REQUEST_PATHS, replaceAt } from '../../fixtures/requestEdges.ts';

/** The zod verdict, the source of truth. */
const zodSays = (v: unknown) => EvaluateRequestSchema.safeParse(v).success;

describe('the fast request check agrees with the zod schema', () => {
  const base = generateRequest(6, 7);

  it('accepts generated valid requests', () => {
    for (let seed = 1; seed < 20; seed++) {
      const req = generateRequest(20, seed);
      expect(zodSays(req)).toBe(true);
      expect(isEvaluateRequest(req)).toBe(true);
    }
  });

  it('gives the same verdict when one candidate field is replaced by an edge value', () => {
    fc.assert(
      fc.property(fc.nat(5), fc.constantFrom(...CANDIDATE_FIELDS), edgeValue, (index, field, value) => {
        const req = replaceAt(base, ['candidates', index, field], value);
        expect(isEvaluateRequest(req)).toBe(zodSays(req));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same verdict when a top-level or nested field is replaced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REQUEST_PATHS), edgeValue, (path, value) => {
        const req = replaceAt(base, path, value);
        expect(isEvaluateRequest(req)).toBe(zodSays(req));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(isEvaluateRequest(v)).toBe(zodSays(v));
      }),
      { numRuns: 300 },
    );
  });
});

/** Every candidate field that holds a day. */
const DAY_FIELDS = [
  'joinedUnitDate',
  'expectedLeaveDate',
  'youthUnionResolutionDate',
  'tradeUnionResolutionDate',
  'sympathizerListDate',
  'awarenessCertificateDate',
  'applicationDate',
  'backgroundDeclaredDate',
  'backgroundVerifiedDate',
  'feedbackSummaryDate',
  'plannedMeetingDate',
  'cellResolutionDate',
  'decisionDate',
  'decisionReceivedDate',
  'ceremonyDate',
  'officialResolutionDate',
  'officialDecisionDate',
  'removedDate',
];

describe('the engine reads every candidate into one object', () => {
  it('gives what reading it alone gives, whatever was read before (the reset misses no field)', () => {
    // Candidates of every stage, one with every field filled and one with none but the two
    // required: read in random pairs.
    const full = generateRequest(60, 3).candidates as Array<Record<string, unknown>>;
    const day = '2025-03-04';
    const every: Record<string, unknown> = {
      ...Object.fromEntries(DAY_FIELDS.map((f) => [f, day])),
      key: 'all',
      birthDate: '2001-02-03',
      gender: 'female',
      category: 'teacher',
      education: 'higher',
      votesFor: 4,
      helperKey: 'dv-1',
      introducers: [{ memberKey: 'dv-2', letterDate: day }],
      ...Object.fromEntries(
        [
          'ethnicMinority',
          'religion',
          'specialArea',
          'literacyApproval',
          'over60Approved',
          'youthUnionMember',
          'backgroundCheckExempt',
        ].map((f) => [f, true]),
      ),
    };
    const bare = { key: 'bare', birthDate: '2001-02' };
    expect(readCandidate(every)).not.toBe(BAD);
    expect(Object.values(readCandidate(every) as object).filter((x) => x === undefined)).toEqual([]);
    const pool = [...full, every, bare, every, bare].filter((c) => readCandidate(c) !== BAD);
    expect(pool.length).toBeGreaterThan(40);
    const reader = new CandidateReader();
    fc.assert(
      fc.property(fc.constantFrom(...pool), fc.constantFrom(...pool), (a, b) => {
        reader.read(a);
        const c = reader.read(b);
        expect(c).toEqual(readCandidate(b));
        expect(Object.keys(c as object)).toEqual(Object.keys(readCandidate(b) as object));
      }),
      { numRuns: 300 },
    );
  });
});
