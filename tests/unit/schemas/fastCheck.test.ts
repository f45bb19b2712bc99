import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEvaluateRequest } from '../../../shared/schemas/fastCheck.ts';
import { EvaluateRequestSchema } from '../../../shared/schemas/request.ts';
import { generateRequest } from '../../fixtures/generate.ts';

/** The zod verdict, the source of truth. */
const zodSays = (v: unknown) => EvaluateRequestSchema.safeParse(v).success;

/** Values that sit on the edges of what the schema accepts. */
const edgeValue = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    '',
    'x',
    '2026-02-29',
    '2024-02-29',
    '2026-13-01',
    '1899-12-31',
    '1900-01-01',
    '2200-12-31',
    '2201-01-01',
    '2026-1-05',
    '2008-09',
    '2008-13',
    '05/01/2026',
    -1,
    0,
    1.5,
    2,
    31,
    32,
    1_000_000,
    1_000_001,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    'male',
    'female',
    'student',
    'lowerSecondary',
    [],
    {},
    'a'.repeat(64),
    'a'.repeat(65),
  ),
  fc.anything(),
);

const FIELDS = [
  'key',
  'birthDate',
  'gender',
  'ethnicMinority',
  'category',
  'education',
  'joinedUnitDate',
  'awarenessCertificateDate',
  'votesFor',
  'introducers',
  'helperKey',
  'cellResolutionDate',
  'removedDate',
  'unknownField',
] as const;

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
      fc.property(fc.nat(5), fc.constantFrom(...FIELDS), edgeValue, (index, field, value) => {
        const req = structuredClone(base) as unknown as { candidates: Record<string, unknown>[] };
        const candidate = req.candidates[index]!;
        if (value === undefined) delete candidate[field];
        else candidate[field] = value;
        expect(isEvaluateRequest(req)).toBe(zodSays(req));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same verdict when a top-level or nested field is replaced', () => {
    const paths = [
      ['asOf'],
      ['unit'],
      ['unit', 'hasYouthUnion'],
      ['unit', 'hasTradeUnion'],
      ['members'],
      ['candidates'],
      ['holidays'],
      ['workdays'],
      ['year'],
      ['targets'],
      ['targets', 'admitted'],
      ['members', 0, 'officialSince'],
      ['members', 0, 'exempt'],
      ['members', 0, 'decisionDate'],
      ['members', 0, 'officialResolutionDate'],
      ['members', 0, 'officialVotesFor'],
      ['members', 0, 'officialDecisionDate'],
      ['leadTimes'],
      ['leadTimes', 'nextClassDate'],
      ['leadTimes', 'meetingDay'],
      ['candidates', 0, 'introducers', 0, 'letterDate'],
      ['candidates', 0, 'introducers', 0, 'memberKey'],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), edgeValue, (path, value) => {
        const req = structuredClone(base) as unknown as Record<string, unknown>;
        if (path[0] === 'leadTimes' && path.length > 1)
          req.leadTimes = { nextClassDate: '2026-05-04', meetingDay: 5 };
        if (path[0] === 'candidates' && path.length > 1) {
          (req.candidates as Record<string, unknown>[])[0]!.introducers = [{ memberKey: 'dv-1' }];
        }
        let node = req as Record<string | number, unknown>;
        for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
        const last = path[path.length - 1]!;
        if (value === undefined) delete node[last];
        else node[last] = value;
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
