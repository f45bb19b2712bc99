import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEvaluateRequest } from '../../../shared/schemas/fastCheck.ts';
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
