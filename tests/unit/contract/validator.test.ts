import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as generated from '../../../addon/src/server/backend/contract.gen.ts';
import { type JsonSchema, validate } from '../../../addon/src/server/backend/jsonSchema.ts';
import { answerJsonSchema } from '../../../scripts/contract-gen.ts';
import { ANSWERS, type AnswerName } from '../../../shared/contract/answers.ts';
import { matching, mutate, mutation } from './arbitrary.ts';

const NAMES = Object.keys(ANSWERS) as AnswerName[];
const ANSWER_SCHEMAS = Object.fromEntries(
  NAMES.map((n) => [n, (generated as unknown as Record<string, JsonSchema>)[`${n}Answer`] as JsonSchema]),
) as Record<AnswerName, JsonSchema>;
const accepts = (name: AnswerName, value: unknown) => validate(ANSWER_SCHEMAS[name], value).length === 0;
const zodAccepts = (name: AnswerName, value: unknown) => ANSWERS[name].safeParse(value).success;

describe("the add-on's JSON Schema validator agrees with zod on the API contract", () => {
  for (const name of NAMES) {
    const valid = matching(ANSWER_SCHEMAS[name]);

    it(`${name}: accepts what zod accepts among generated answers`, () => {
      fc.assert(
        fc.property(valid, (value) => {
          expect(zodAccepts(name, value)).toBe(true);
          expect(validate(ANSWER_SCHEMAS[name], value)).toEqual([]);
        }),
        { numRuns: 60 },
      );
    });

    it(`${name}: gives zod's verdict on every single mutation of one`, () => {
      let rejected = 0;
      fc.assert(
        fc.property(valid, mutation, (value, [at, how, replacement]) => {
          const changed = mutate(value, at, how, replacement);
          const verdict = zodAccepts(name, changed);
          if (!verdict) rejected++;
          expect(accepts(name, changed), JSON.stringify(changed).slice(0, 400)).toBe(verdict);
        }),
        { numRuns: 300 },
      );
      // the mutations do break answers: the agreement is not only on accepting
      expect(rejected).toBeGreaterThan(30);
    });

    it(`${name}: gives zod's verdict on any JSON value, and never throws`, () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          expect(accepts(name, value)).toBe(zodAccepts(name, value));
        }),
        { numRuns: 100 },
      );
    });
  }
});

describe('validate', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: {
      day: { type: 'string', format: 'date' },
      count: { type: 'integer', minimum: 0 },
      kind: { type: 'string', enum: ['a', 'b'] },
      list: {
        type: 'array',
        items: { oneOf: [{ const: 1 }, { type: 'string', enum: ['x', 'x1'] }] },
        maxItems: 2,
      },
      maybe: { type: ['string', 'null'] },
      map: { type: 'object', propertyNames: { type: 'string' }, additionalProperties: { type: 'number' } },
      'odd key': { type: 'boolean' },
    },
    required: ['day', 'count'],
  };

  it('names each problem by its JSON path, as the API does', () => {
    expect(
      validate(schema, {
        day: '2026-02-29',
        count: -1,
        kind: 'c',
        list: [1, 'y', 'x', 2],
        maybe: 3,
        map: { a: 1, b: 'two' },
        'odd key': 'yes',
      }),
    ).toEqual([
      { path: 'day', message: 'not a date: "2026-02-29"' },
      { path: 'count', message: '-1 < 0' },
      { path: 'kind', message: 'expected one of "a", "b", got "c"' },
      { path: 'list', message: '4 items, at most 2 expected' },
      { path: 'list[1]', message: 'matches 0 of 2 alternatives (exactly 1 expected): "y"' },
      { path: 'list[3]', message: 'matches 0 of 2 alternatives (exactly 1 expected): 2' },
      { path: 'maybe', message: 'expected string or null, got integer 3' },
      { path: 'map.b', message: 'expected number, got string "two"' },
      { path: '["odd key"]', message: 'expected boolean, got string "yes"' },
    ]);
  });

  it('says what is missing, and stops at the cap', () => {
    expect(validate(schema, {})).toEqual([
      { path: 'day', message: 'missing' },
      { path: 'count', message: 'missing' },
    ]);
    expect(validate(schema, [], 1)).toEqual([{ path: '', message: 'expected object, got array []' }]);
    expect(validate({ type: 'array', items: { type: 'string' } }, [1, 2, 3, 4], 2)).toHaveLength(2);
  });

  it('has no code for a keyword no answer uses: the generator refuses one (here a length)', () => {
    const answer = z.object({ note: z.string().max(5) });
    expect(() => answerJsonSchema('long', answer)).toThrow(
      /keyword "maxLength" is not one the add-on's validator knows/,
    );
    // a $ref zod writes is inlined, so the validator needs no code for it either
    const item = z.object({ n: z.number() }).meta({ id: 'Item' }); // zod writes it once, as a $ref
    const twice = answerJsonSchema('twice', z.object({ a: item, b: item }));
    expect(JSON.stringify(twice)).not.toMatch(/\$ref|\$defs/);
    expect(validate(twice, { a: { n: 1 }, b: { n: 'x' } })).toEqual([
      { path: 'b.n', message: 'expected number, got string "x"' },
    ]);
  });

  it('accepts a matching value and unknown keys (zod strips them, never refuses)', () => {
    expect(validate(schema, { day: '2024-02-29', count: 0, list: ['x1', 1], maybe: null, extra: 1 })).toEqual(
      [],
    );
  });
});
