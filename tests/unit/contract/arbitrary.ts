/**
 * fast-check values from the JSON Schemas the add-on checks answers with: values that should
 * match (`matching`), and single mutations of them that may or may not (`mutate`) — for the
 * property test that the add-on's validator agrees with zod on the API contract.
 */
import fc from 'fast-check';
import type { JsonSchema } from '../../../addon/src/server/backend/jsonSchema.ts';

const BIG = 1_000_000_000;

function day(): fc.Arbitrary<string> {
  return fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2200-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
}

function stringOf(s: JsonSchema): fc.Arbitrary<string> {
  if (s.format === 'date') return day();
  return fc.string({ maxLength: 12, unit: 'binary' });
}

function numberOf(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = Math.max(s.minimum ?? -BIG, -BIG);
  const max = Math.min(s.maximum ?? BIG, BIG);
  if (integer) return fc.integer({ min, max });
  return fc.oneof(
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
  );
}

/** Values `schema` accepts. */
export function matching(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options !== undefined) return fc.oneof(...options.map((o) => matching(o)));
  const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
  if (types.length > 1) return fc.oneof(...types.map((type) => matching({ ...schema, type })));
  switch (types[0]) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return numberOf(schema, true);
    case 'number':
      return numberOf(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = schema.items === undefined ? fc.anything() : matching(schema.items);
      const min = schema.minItems ?? 0;
      const max = schema.maxItems === undefined ? min + 3 : Math.min(schema.maxItems, min + 3);
      return fc.array(items, { minLength: min, maxLength: max });
    }
    case 'object': {
      const properties = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, v]) => [k, matching(v)]),
      );
      const fixed = fc.record(properties, { requiredKeys: [...(schema.required ?? [])] });
      const extra =
        typeof schema.additionalProperties === 'object'
          ? fc.dictionary(
              schema.propertyNames ? (matching(schema.propertyNames) as fc.Arbitrary<string>) : fc.string(),
              matching(schema.additionalProperties),
              { maxKeys: 3 },
            )
          : fc.constant({});
      return fc.tuple(fixed, extra).map(([a, b]) => ({ ...b, ...a }));
    }
    default:
      return fc.anything();
  }
}

/** Replacements that break most schemas somewhere, and a few that break none. */
const REPLACEMENTS: readonly unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e7,
  '',
  'x',
  '2026-02-30',
  '2024-02-29',
  '0000-01-01',
  '26-01-01',
  true,
  false,
  [],
  {},
  [1],
  { kind: 'text' },
  'secretary',
  'plan',
];

/** Every place in a value: [parent, key] pairs, depth first. */
function places(value: unknown, out: Array<[Record<string | number, unknown>, string | number]> = []) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([value as unknown as Record<number, unknown>, i]);
      places(v, out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, k]);
      places(v, out);
    }
  }
  return out;
}

/** A near miss of a value of the same type: an impossible day, a fraction, a longer text… */
function tweak(value: unknown, n: number): unknown {
  if (typeof value === 'string') {
    const options = [
      `${value.slice(0, 8)}31`,
      `${value.slice(0, 5)}02-30`,
      `${value.slice(0, 4)}-13${value.slice(7)}`,
      `${value}x`,
      value.slice(1),
      value.toUpperCase(),
    ];
    return options[n % options.length];
  }
  if (typeof value === 'number') {
    const options = [value + 0.5, -value - 1, value * 1e7 + 1, value + 1];
    return options[n % options.length];
  }
  if (typeof value === 'boolean') return !value;
  return REPLACEMENTS[n % REPLACEMENTS.length];
}

/**
 * One mutation of a copy of `value`: at the `at`-th place (wrapping), replace the value, nudge it
 * (same type, near miss), delete the key (or the array item), or add an unknown key beside it.
 */
export function mutate(value: unknown, at: number, how: number, replacement: number): unknown {
  const copy = structuredClone(value);
  const all = places(copy);
  if (all.length === 0) return REPLACEMENTS[replacement % REPLACEMENTS.length];
  const [parent, key] = all[at % all.length]!;
  switch (how % 4) {
    case 3:
      parent[key] = tweak(parent[key], replacement);
      break;
    case 0:
      parent[key] = structuredClone(REPLACEMENTS[replacement % REPLACEMENTS.length]);
      break;
    case 1:
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    default:
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
      else parent[`${String(key)}Extra`] = REPLACEMENTS[replacement % REPLACEMENTS.length];
  }
  return copy;
}

export const mutation = fc.tuple(fc.nat(), fc.nat(), fc.nat());
