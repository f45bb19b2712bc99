import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as generated from '../../../addon/src/server/backend/contract.gen.ts';
import { type JsonSchema, validate } from '../../../addon/src/server/backend/jsonSchema.ts';
import { answerJsonSchema, CONTRACT_MODULE, renderContractModule } from '../../../scripts/contract-gen.ts';
import { ANSWERS } from '../../../shared/contract/answers.ts';

const ANSWER_SCHEMAS = generated as unknown as Record<string, JsonSchema>;
const schemaOf = (name: string) => ANSWER_SCHEMAS[`${name}Answer`] as JsonSchema;

describe('the JSON Schemas the add-on checks answers with', () => {
  it('are the contract as generated (run `npm run contract:gen` after changing shared/contract)', () => {
    const committed = readFileSync(new URL(`../../../${CONTRACT_MODULE}`, import.meta.url), 'utf8');
    expect(committed).toBe(renderContractModule());
  });

  it('cover every answer of the contract, one export each', () => {
    expect(Object.keys(generated).sort()).toEqual(
      Object.keys(ANSWERS)
        .map((n) => `${n}Answer`)
        .sort(),
    );
  });

  it('write a repeated sub-schema once (the counts of a summary, the days of a result)', () => {
    const module = readFileSync(new URL(`../../../${CONTRACT_MODULE}`, import.meta.url), 'utf8');
    // written once in the module, though every answer holds many of each
    expect(module.match(/"maximum":1000000/g)).toHaveLength(1);
    expect(module.match(/"format":"date"/g)).toHaveLength(1);
    expect(module.match(/"\$ref"/g)).toBeNull();
    const text = JSON.stringify(schemaOf('evaluate'));
    expect(text.match(/"maximum":1000000/g)!.length).toBeGreaterThan(5);
    expect(text.match(/"format":"date"/g)!.length).toBeGreaterThan(5);
    // one object, not copies: the bundle holds each once
    const days = (s: JsonSchema) => s.properties!.referenceDate;
    const result = (name: string) => schemaOf(name).properties!.results!.items as JsonSchema;
    expect(days(result('evaluate'))).toBe(days(result('compactEvaluate')));
  });

  it('refuse a refinement JSON Schema cannot express, unless it names a known format', () => {
    const refined = z.object({ day: z.string().refine((s) => s.startsWith('2')) });
    expect(() => answerJsonSchema('refined', refined)).toThrow(/refinement .* at properties\/day/);
    const named = z.object({
      day: z
        .string()
        .refine((s) => s.startsWith('2'))
        .meta({ format: 'date' }),
    });
    expect(answerJsonSchema('named', named)).toEqual({
      type: 'object',
      properties: { day: { type: 'string', format: 'date' } },
      required: ['day'],
    });
    expect(() => answerJsonSchema('odd', z.object({ at: z.string().meta({ format: 'time' }) }))).toThrow(
      /format "time"/,
    );
  });

  it('keep what the worker sends: a real aggregate row passes, a wrong total is named by its path', () => {
    const counts = { admitted: 1, students: 0, women: 1, awarenessClass: 2 };
    const figures = {
      admitted: 1,
      admittedStudents: 0,
      admittedWomen: 1,
      admittedEthnicMinority: 0,
      admittedReligion: 0,
      admittedYouthUnion: 1,
      admittedByMonth: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      awarenessClass: 2,
      recognized: 0,
      probationEnds: 0,
      sympathizers: 1,
      pipeline: 3,
      byStage: {
        source: 1,
        trained: 1,
        dossier: 1,
        ready: 0,
        proposed: 0,
        admitted: 1,
        probationary: 0,
        official: 0,
        removed: 0,
      },
      forecast: { admissible: 1, blockedByLeaving: 0, blockedByAge: 0 },
      pool: { ready: 0, blockedByLeaving: 0, blockedByAge: 0 },
    };
    const subtree = { ...figures, units: 1, reported: 1, expected: 1, targets: counts, targeted: counts };
    const answer = {
      unit: { id: 'xa-a', name: 'Đảng bộ xã A', parentId: null },
      year: 2026,
      depth: 1,
      units: [
        { id: 'xa-a', name: 'Đảng bộ xã A', parentId: null, depth: 0, children: 0, reported: false, subtree },
      ],
      totals: { ...subtree },
    };
    expect(ANSWERS.aggregate.safeParse(answer).success).toBe(true);
    expect(validate(schemaOf('aggregate'), answer)).toEqual([]);
    const wrong = structuredClone(answer);
    (wrong.units[0]!.subtree as Record<string, unknown>).admitted = '1';
    expect(ANSWERS.aggregate.safeParse(wrong).success).toBe(false);
    expect(validate(schemaOf('aggregate'), wrong)).toEqual([
      { path: 'units[0].subtree.admitted', message: 'expected integer, got string "1"' },
    ]);
  });
});
