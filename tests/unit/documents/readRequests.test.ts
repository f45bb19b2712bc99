/**
 * The add-on reads the plan's and the papers' requests without zod (checkPlanRequest,
 * checkPaperRequest): for any change to a valid request — its document, its meeting, its rows, the
 * person's key — the outcome is the one the worker's zod parsers give, problems and values alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePaperRequest } from '../../../shared/documents/papers/parse.ts';
import { checkPaperRequest } from '../../../shared/documents/papers/read.ts';
import { parsePlanRequest } from '../../../shared/documents/plan/parse.ts';
import { checkPlanRequest } from '../../../shared/documents/plan/read.ts';
import { teachersCell, teachersCellDocument } from '../../fixtures/documents/units.ts';
import { meetingBody, PAPER_TARGETS } from '../../fixtures/meeting.ts';
import { edgeValue, replaceAt } from '../../fixtures/requestEdges.ts';

const text = fc.constantFrom(
  '',
  '  ',
  ' Chi bộ 5 ',
  'a\u0001',
  '\ud800',
  'a'.repeat(201),
  'DV-1',
  'QC1',
  'DB2',
  'x}}',
);
const value = fc.oneof(edgeValue, text);

const PLAN_PLACES = [
  ['document'],
  ['document', 'unitName'],
  ['document', 'date'],
  ['document', 'year'],
  ['document', 'number'],
  ['document', 'secretaryName'],
  ['document', 'targetsDocument'],
  ['asOf'],
  ['year'],
  ['candidates', 0, 'key'],
  ['candidates', 1, 'birthDate'],
  ['members', 0, 'key'],
] as const;

const PAPER_PLACES = [
  ['meeting'],
  ['meeting', 'date'],
  ['meeting', 'chairKey'],
  ['meeting', 'absent'],
  ['meeting', 'place'],
  ['document'],
  ['document', 'unitName'],
  ['document', 'date'],
  ['candidateKey'],
  ['memberKey'],
  ['candidates', 0, 'key'],
  ['members', 0, 'key'],
  ['asOf'],
] as const;

function changed(base: unknown, changes: Array<[ReadonlyArray<string | number>, unknown]>): unknown {
  let out = base;
  for (const [path, v] of changes) {
    try {
      out = replaceAt(out, path, v);
    } catch {
      // an earlier change removed this place's parent
    }
  }
  return out;
}

describe('the add-on reads the documents’ requests as the worker does', () => {
  const plan = { ...teachersCell, document: teachersCellDocument };

  it('plan: the valid request, and any change to it', () => {
    expect(checkPlanRequest(plan)).toEqual(parsePlanRequest(plan));
    expect(checkPlanRequest(plan).ok).toBe(true);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...PLAN_PLACES), value), { minLength: 1, maxLength: 3 }),
        (c) => {
          const input = changed(plan, c);
          expect(checkPlanRequest(input)).toEqual(parsePlanRequest(input));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('papers: every kind, the valid request, and any change to it', () => {
    const kinds = [...Object.keys(PAPER_TARGETS), 'no-such-kind'];
    for (const kind of kinds) {
      const body = meetingBody(PAPER_TARGETS[kind] ?? {});
      expect(checkPaperRequest(kind, body)).toEqual(parsePaperRequest(kind, body));
    }
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.array(fc.tuple(fc.constantFrom(...PAPER_PLACES), value), { minLength: 1, maxLength: 3 }),
        (kind, c) => {
          const input = changed(meetingBody(PAPER_TARGETS[kind] ?? {}), c);
          expect(checkPaperRequest(kind, input)).toEqual(parsePaperRequest(kind, input));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('anything that is not a request', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(checkPlanRequest(v)).toEqual(parsePlanRequest(v));
        expect(checkPaperRequest('minutes-extract', v)).toEqual(parsePaperRequest('minutes-extract', v));
      }),
      { numRuns: 200 },
    );
  });
});
