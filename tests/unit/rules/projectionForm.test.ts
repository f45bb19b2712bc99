/**
 * The projection's compact form (shared/rules/projectionForm.ts): what each integer means, the
 * default form written from it (key order included, as the engine has always written it), and
 * what it saves. That the engine's default answer and render(compact) agree is compact.test.ts;
 * that the dates themselves are right is engine/projection.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { toDay } from '../../../shared/dates/day.ts';
import { createDayNames } from '../../../shared/dates/dayNames.ts';
import { evaluate } from '../../../shared/engine/evaluate.ts';
import {
  classDayOf,
  expandProjection,
  outlookOfCompact,
  stepCode,
  stepOfCode,
} from '../../../shared/rules/projectionForm.ts';
import {
  type CompactProjection,
  CompactProjectionSchema,
  OUTLOOKS,
  type Outlook,
  ROUTES,
  type Route,
  STEP_IDS,
} from '../../../shared/schemas/response.ts';
import { generateRequest } from '../../fixtures/generate.ts';

const names = createDayNames(toDay('2026-11-29'));

/** A compact projection written out as the contract describes it (this test's own encoder). */
function compact(p: {
  outlook: Outlook;
  route: Route;
  days: readonly number[];
  steps: readonly number[];
  plannedTooEarly?: true;
  plannedTooLate?: true;
}): CompactProjection {
  const flags = (p.plannedTooEarly ? 1 : 0) + (p.plannedTooLate ? 2 : 0);
  return [OUTLOOKS.indexOf(p.outlook), ROUTES.indexOf(p.route), flags, ...p.days, ...p.steps];
}

describe('the compact projection', () => {
  it('codes a step as step × 100 + limit × 10 + late', () => {
    expect(stepCode(STEP_IDS.indexOf('backgroundVerification'), 'yearEnd', true)).toBe(331);
    expect(stepCode(STEP_IDS.indexOf('meeting'), undefined, false)).toBe(700);
    expect(stepCode(0, 'certificate', false)).toBe(10);
    for (let i = 0; i < STEP_IDS.length; i++) expect(stepOfCode(stepCode(i, 'due', true))).toBe(STEP_IDS[i]);
    expect(() => stepOfCode(1000)).toThrow();
    expect(() => stepOfCode(-1)).toThrow();
  });

  it('refuses a list that does not read (the add-on then treats the answer as unreadable)', () => {
    const p = { outlook: 'later', route: 'introducers', days: [1, 2, 3, 4, 5], steps: [] } as const;
    expect(() => expandProjection(compact({ ...p, steps: [700, 1] }), names)).toThrow(/triples/);
    expect(() => expandProjection([4, 2, 0, 1, 2, 3, 4], names)).toThrow(/triples/);
    for (const code of [750, 702, 1000, -100]) {
      expect(() => expandProjection(compact({ ...p, steps: [code, 1, 2] }), names)).toThrow(
        /no projection step/,
      );
    }
    expect(() => expandProjection([6, 2, 0, 1, 2, 3, 4, 5], names)).toThrow(/outlook/);
    expect(() => expandProjection([4, 3, 0, 1, 2, 3, 4, 5], names)).toThrow(/route/);
    expect(() => expandProjection([4, 2, 4, 1, 2, 3, 4, 5], names)).toThrow(/flags/);
    expect(outlookOfCompact([4, 2, 0, 1, 2, 3, 4, 5])).toBe('later');
    expect(expandProjection(compact({ ...p, steps: [741, 1, 2] }), names).steps[0]).toEqual({
      step: 'meeting',
      from: '2026-11-30',
      by: '2026-12-01',
      limit: 'due',
      overdue: true,
    });
  });

  it('writes the default form: days after asOf, overdue where the engine writes it', () => {
    const p = compact({
      outlook: 'atRisk',
      route: 'tradeUnion',
      days: [10, 38, 96, 52, 80],
      steps: [
        // verification: latest day ahead, but marked late → overdue after the limit
        stepCode(3, 'yearEnd', true),
        0,
        8,
        // feedback: latest day passed → overdue before the limit
        stepCode(6, 'yearEnd', false),
        -5,
        -1,
        stepCode(7, 'yearEnd', false),
        10,
        9,
      ],
      plannedTooLate: true,
    });
    expect(p.slice(0, 8)).toEqual([1, 1, 2, 10, 38, 96, 52, 80]);
    expect(CompactProjectionSchema.safeParse(p).success).toBe(true);
    const d = expandProjection(p, names);
    expect(JSON.stringify(d)).toBe(
      JSON.stringify({
        meeting: '2026-12-09',
        decision: '2027-01-06',
        decisionDue: '2027-03-05',
        ceremony: '2027-01-20',
        ceremonyDue: '2027-02-17',
        outlook: 'atRisk',
        route: 'tradeUnion',
        steps: [
          {
            step: 'backgroundVerification',
            from: '2026-11-29',
            by: '2026-12-07',
            limit: 'yearEnd',
            overdue: true,
          },
          { step: 'feedback', from: '2026-11-24', by: '2026-11-28', overdue: true, limit: 'yearEnd' },
          { step: 'meeting', from: '2026-12-09', by: '2026-12-08', limit: 'yearEnd' },
          { step: 'decision', from: '2027-01-06', by: '2027-03-05', limit: 'due' },
          { step: 'ceremony', from: '2027-01-20', by: '2027-02-17', limit: 'due' },
        ],
        plannedTooLate: true,
      }),
    );
    expect(classDayOf(p)).toBeUndefined();
    expect(classDayOf([...p.slice(0, 8), stepCode(0, undefined, false), 61, 90])).toBe(61);
  });

  it('a cell that has voted: no step before the decision, the decision overdue when its due day passed', () => {
    const d = expandProjection(
      compact({ outlook: 'admissible', route: 'youthUnion', days: [-90, 0, -1, 14, 41], steps: [] }),
      names,
    );
    expect(d.steps).toEqual([
      { step: 'decision', from: '2026-11-29', by: '2026-11-28', overdue: true, limit: 'due' },
      { step: 'ceremony', from: '2026-12-13', by: '2027-01-09', limit: 'due' },
    ]);
    expect(d.meeting).toBe('2026-08-31');
  });

  it('is under a fifth of the default projection’s bytes on a generated unit', () => {
    const request = generateRequest(500, 11);
    const full = evaluate(request);
    const compact = evaluate(request, { form: 'compact' });
    if (!full.ok || !compact.ok) throw new Error('rejected');
    let fullBytes = 0;
    let compactBytes = 0;
    for (const r of full.results) if (r.projection) fullBytes += JSON.stringify(r.projection).length;
    for (const r of compact.results) if (r.projection) compactBytes += JSON.stringify(r.projection).length;
    expect(fullBytes).toBeGreaterThan(50_000);
    expect(compactBytes * 5).toBeLessThan(fullBytes);
  });
});
