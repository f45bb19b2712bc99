/**
 * The add-on's hand check of a request (explain.ts, no zod) says what zod's schema says: nothing
 * exactly when the request is valid, else the same problems — same JSON paths, same messages, in
 * the same order — as requestProblems.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainRequest } from '../../../shared/schemas/explain.ts';
import { isEvaluateRequest } from '../../../shared/schemas/fastCheck.ts';
import { ProblemCollector } from '../../../shared/schemas/problems.ts';
import { requestProblems } from '../../../shared/schemas/requestProblems.ts';
import { generateRequest } from '../../fixtures/generate.ts';
import { CANDIDATE_FIELDS, edgeValue, REQUEST_PATHS, replaceAt } from '../../fixtures/requestEdges.ts';

function explained(input: unknown) {
  const out = new ProblemCollector();
  explainRequest(input, out);
  return out.problems();
}

function agrees(input: unknown) {
  const mine = explained(input);
  expect(mine).toEqual(requestProblems(input));
  expect(mine.length === 0).toBe(isEvaluateRequest(input));
}

describe('the hand check of a request agrees with zod', () => {
  const base = generateRequest(6, 7);

  it('finds nothing in generated valid requests', () => {
    for (let seed = 1; seed < 10; seed++) expect(explained(generateRequest(20, seed))).toEqual([]);
  });

  it('names the same problems when one candidate field is replaced by an edge value', () => {
    fc.assert(
      fc.property(fc.nat(5), fc.constantFrom(...CANDIDATE_FIELDS), edgeValue, (index, field, value) => {
        agrees(replaceAt(base, ['candidates', index, field], value));
      }),
      { numRuns: 400 },
    );
  });

  it('names the same problems when a top-level or nested field is replaced', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...REQUEST_PATHS), edgeValue), { minLength: 1, maxLength: 3 }),
        (changes) => {
          let req: unknown = base;
          for (const [path, value] of changes) {
            try {
              req = replaceAt(req, path, value);
            } catch {
              // an earlier change removed the parent of this place
            }
          }
          agrees(req);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('agrees on arbitrary values and objects', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.object()), (v) => {
        agrees(v);
      }),
      { numRuns: 300 },
    );
  });

  it('caps a long list of problems as zod does, and counts the rest', () => {
    const req = {
      asOf: '2025-09-15',
      unit: { hasYouthUnion: true },
      candidates: Array.from({ length: 1000 }, () => ({})),
    };
    agrees(req);
    expect(explained(req)).toHaveLength(101);
    agrees({ ...req, candidates: Array.from({ length: 100_001 }, () => ({})) });
  });
});
