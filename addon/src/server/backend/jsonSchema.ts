/**
 * A small JSON Schema validator: the keywords the API contract's answers use, as `z.toJSONSchema`
 * writes them (shared/contract/answers.ts → contract.gen.ts, `$ref`s inlined there). The add-on
 * checks every answer it reads with it instead of carrying zod, which Apps Script would parse on
 * every call — and so carries no code for a keyword no answer has (string lengths, patterns,
 * multiples, `$ref`…): the generator refuses a schema with a keyword not in KEYWORDS, so nothing
 * is silently ignored here, and one an answer comes to need is added then.
 *
 * It agrees with zod on the contract's schemas (a property test compares them on generated and
 * mutated values); `format: "date"` is a real calendar day (zod's refinement, named by
 * `.meta({ format: 'date' })` in the contract).
 */
import type { AnswerName } from '../../../../shared/contract/answers.ts';
import { isDay } from '../../../../shared/dates/day.ts';

export interface JsonSchema {
  type?: JsonType | JsonType[];
  enum?: readonly unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
}

/**
 * The JSON Schema of the contract's answer `K` (contract.gen.ts exports one per answer, e.g.
 * `aggregateAnswer`): what it accepts is typed as the contract's `Answers[K]`.
 */
export interface AnswerSchema<K extends AnswerName> extends JsonSchema {
  /** never present: carries `K` for the types */
  readonly answer?: K;
}

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** The keywords this validator understands; the generator writes no other. */
export const KEYWORDS: ReadonlySet<string> = new Set<keyof JsonSchema>([
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'format',
  'anyOf',
  'oneOf',
]);

/** The formats the contract names (a zod refinement JSON Schema cannot say otherwise). */
export const FORMATS: Readonly<Record<string, (s: string) => boolean>> = {
  /** a real calendar day YYYY-MM-DD */
  date: isDay,
};

/** Where an answer differs from its schema (English: for the logs, never shown to a user). */
export interface SchemaProblem {
  /** the JSON path, as the API names paths: `units[2].subtree.admitted`; "" for the whole answer */
  path: string;
  message: string;
}

function typeOf(value: unknown): JsonType | 'other' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  if (t === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (t === 'string' || t === 'boolean' || t === 'object') return t;
  return 'other';
}

function hasType(value: unknown, type: JsonType): boolean {
  const actual = typeOf(value);
  if (type === 'number') return (actual === 'number' || actual === 'integer') && Number.isFinite(value);
  return actual === type;
}

/** (not Object.hasOwn: Apps Script's V8 may predate it) */
const own = (o: object, key: string): boolean => Object.getOwnPropertyDescriptor(o, key) !== undefined;

const show = (v: unknown): string => {
  const text = JSON.stringify(v);
  return text === undefined ? String(v) : text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

const child = (path: string, key: string | number): string =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? path === ''
        ? key
        : `${path}.${key}`
      : `${path}[${JSON.stringify(key)}]`;

class Validator {
  readonly problems: SchemaProblem[] = [];
  constructor(private readonly max: number) {}

  private add(path: string, message: string): void {
    if (this.problems.length < this.max) this.problems.push({ path, message });
  }

  private full(): boolean {
    return this.problems.length >= this.max;
  }

  /** Whether `value` matches, without recording anything (for anyOf / oneOf). */
  private matches(schema: JsonSchema, value: unknown): boolean {
    const probe = new Validator(1);
    probe.check(schema, value, '');
    return probe.problems.length === 0;
  }

  check(schema: JsonSchema, value: unknown, path: string): void {
    if (this.full()) return;
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((t) => hasType(value, t))) {
        this.add(path, `expected ${types.join(' or ')}, got ${typeOf(value)} ${show(value)}`);
        return;
      }
    }
    if (schema.const !== undefined && value !== schema.const) {
      this.add(path, `expected ${show(schema.const)}, got ${show(value)}`);
    }
    if (schema.enum !== undefined && !schema.enum.includes(value)) {
      this.add(path, `expected one of ${schema.enum.map(show).join(', ')}, got ${show(value)}`);
    }
    if (typeof value === 'number') this.number(schema, value, path);
    else if (typeof value === 'string') this.string(schema, value, path);
    else if (Array.isArray(value)) this.array(schema, value, path);
    else if (typeof value === 'object' && value !== null) {
      this.object(schema, value as Record<string, unknown>, path);
    }
    if (schema.anyOf !== undefined && !schema.anyOf.some((s) => this.matches(s, value))) {
      this.add(path, `matches none of ${schema.anyOf.length} alternatives: ${show(value)}`);
    }
    if (schema.oneOf !== undefined) {
      const n = schema.oneOf.filter((s) => this.matches(s, value)).length;
      if (n !== 1) {
        this.add(
          path,
          `matches ${n} of ${schema.oneOf.length} alternatives (exactly 1 expected): ${show(value)}`,
        );
      }
    }
  }

  private number(schema: JsonSchema, value: number, path: string): void {
    if (schema.minimum !== undefined && value < schema.minimum)
      this.add(path, `${value} < ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum)
      this.add(path, `${value} > ${schema.maximum}`);
  }

  private string(schema: JsonSchema, value: string, path: string): void {
    if (schema.format !== undefined) {
      const known = FORMATS[schema.format];
      if (known === undefined) this.add(path, `unknown format ${schema.format}`);
      else if (!known(value)) this.add(path, `not a ${schema.format}: ${show(value)}`);
    }
  }

  private array(schema: JsonSchema, value: unknown[], path: string): void {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      this.add(path, `${value.length} items, at least ${schema.minItems} expected`);
    }
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      this.add(path, `${value.length} items, at most ${schema.maxItems} expected`);
    }
    const items = schema.items;
    if (items === undefined) return;
    value.forEach((item, i) => {
      this.check(items, item, child(path, i));
    });
  }

  private object(schema: JsonSchema, value: Record<string, unknown>, path: string): void {
    for (const key of schema.required ?? []) {
      if (!own(value, key)) this.add(child(path, key), 'missing');
    }
    const properties = schema.properties ?? {};
    for (const [key, item] of Object.entries(value)) {
      if (schema.propertyNames !== undefined) this.check(schema.propertyNames, key, child(path, key));
      const known = own(properties, key) ? properties[key] : undefined;
      if (known !== undefined) {
        this.check(known, item, child(path, key));
        continue;
      }
      if (schema.additionalProperties === false) this.add(child(path, key), 'not allowed');
      else if (typeof schema.additionalProperties === 'object') {
        this.check(schema.additionalProperties, item, child(path, key));
      }
    }
  }
}

/**
 * Where `value` breaks `schema` (at most `max` problems, depth first); an empty list when it
 * matches. Never throws.
 */
export function validate(schema: JsonSchema, value: unknown, max = 10): SchemaProblem[] {
  const v = new Validator(max);
  v.check(schema, value, '');
  return v.problems;
}
