/**
 * `npm run contract:gen`: writes addon/src/server/backend/contract.gen.ts, the JSON Schemas of the
 * answers the add-on reads (shared/contract/answers.ts), for the add-on's small validator
 * (addon/src/server/backend/jsonSchema.ts) — so the add-on checks answers against the same contract
 * as the worker without bundling zod. tests/unit/contract/generated.test.ts fails when the
 * committed file differs from what this script writes.
 *
 * Every keyword written is one the validator understands; a zod refinement (which JSON Schema
 * cannot express) must name a format the validator knows with `.meta({ format })`, else this
 * script refuses the schema instead of letting the add-on accept what the worker would not.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FORMATS, type JsonSchema, KEYWORDS } from '../addon/src/server/backend/jsonSchema.ts';
import { ANSWERS } from '../shared/contract/answers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CONTRACT_MODULE = 'addon/src/server/backend/contract.gen.ts';

/** Annotations zod writes from `.meta()` and descriptions: meaningless to a validator, dropped. */
const ANNOTATIONS = new Set([
  '$schema',
  'id',
  '$id',
  'title',
  'description',
  'example',
  'examples',
  'deprecated',
]);
/** Keywords whose value is a map of schemas or a list of schemas, not a schema. */
const SCHEMA_MAPS = new Set(['properties']);
const SCHEMA_LISTS = new Set(['prefixItems', 'anyOf', 'oneOf', 'allOf']);
const SCHEMA_ONE = new Set(['items', 'additionalProperties', 'propertyNames']);

/** Whether a zod schema carries a refinement (a `custom` check) that its JSON Schema cannot say. */
function hasRefinement(schema: z.core.$ZodType): boolean {
  const checks = (schema._zod.def as { checks?: Array<{ _zod: { def: { check: string } } }> }).checks ?? [];
  return checks.some((c) => c._zod.def.check === 'custom');
}

/** The schema with annotations dropped and every keyword checked against the validator's. */
function prune(node: Record<string, unknown>, where: string): JsonSchema {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key)) continue;
    if (!KEYWORDS.has(key))
      throw new Error(`${where}: keyword "${key}" is not one the add-on's validator knows`);
    if (key === 'format' && !(String(value) in FORMATS)) {
      throw new Error(`${where}: format "${String(value)}" is not one the add-on's validator knows`);
    }
    if (SCHEMA_MAPS.has(key)) {
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, Record<string, unknown>>).map(([k, v]) => [
          k,
          prune(v, `${where}.${k}`),
        ]),
      );
    } else if (SCHEMA_LISTS.has(key)) {
      out[key] = (value as Array<Record<string, unknown>>).map((v, i) => prune(v, `${where}.${key}[${i}]`));
    } else if (SCHEMA_ONE.has(key) && typeof value === 'object' && value !== null) {
      out[key] = prune(value as Record<string, unknown>, `${where}.${key}`);
    } else {
      out[key] = value;
    }
  }
  return out as JsonSchema;
}

/** One answer's JSON Schema, as the add-on's validator reads it. */
export function answerJsonSchema(name: string, schema: z.core.$ZodType): JsonSchema {
  // A `.meta({ format })` schema and the refined schema it derives from are written at the same
  // path (zod flattens the second into the first): a refinement is named when some schema at its
  // path carries a format.
  const refined = new Set<string>();
  const named = new Set<string>();
  const json = z.toJSONSchema(schema, {
    // what a client's safeParse accepts: objects keep unknown keys (zod strips them, never refuses)
    io: 'input',
    unrepresentable: 'throw',
    override: (ctx) => {
      const at = ctx.path.join('/');
      if (ctx.jsonSchema.format !== undefined) named.add(at);
      if (hasRefinement(ctx.zodSchema)) refined.add(at);
    },
  });
  const unnamed = [...refined].filter((at) => !named.has(at));
  if (unnamed.length > 0) {
    throw new Error(
      `${name}: a refinement JSON Schema cannot express at ${unnamed.join(', ')} (name what it checks with .meta({ format }) and teach the add-on's validator that format)`,
    );
  }
  // `$ref`s first: the validator has no code for them (nor for anything else no answer uses)
  return prune(inlineRefs(json as Json) as Record<string, unknown>, name);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The schema with every `$ref` replaced by the definition it names (the validator reads both
 * alike), so that sharing below works across answers; refuses a recursive schema, which would
 * need its `$ref` kept.
 */
function inlineRefs(schema: Json): Json {
  const root = schema as { $defs?: { [name: string]: Json } };
  const defs = root.$defs ?? {};
  const visit = (node: Json, seen: readonly string[]): Json => {
    if (Array.isArray(node)) return node.map((v) => visit(v, seen));
    if (node === null || typeof node !== 'object') return node;
    const ref = node.$ref;
    if (typeof ref === 'string') {
      const name = ref.replace('#/$defs/', '');
      const target = defs[name];
      if (ref === '#' || target === undefined || seen.includes(name)) {
        throw new Error(`recursive or unresolvable $ref ${ref}: keep $defs for it in contract-gen`);
      }
      // what else is written beside the $ref, annotations aside (prune drops those)
      const rest = Object.fromEntries(
        Object.entries(node).filter(([k]) => k !== '$ref' && k !== '$defs' && !ANNOTATIONS.has(k)),
      );
      const inlined = visit(target as Json, [...seen, name]) as { [key: string]: Json };
      return Object.keys(rest).length === 0 ? inlined : { allOf: [inlined, visit(rest, seen)] };
    }
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(node)) if (k !== '$defs') out[k] = visit(v, seen);
    return out;
  };
  return visit(schema, []);
}

/** `type` beside a `const` or an `enum` whose values are all of that type says nothing more. */
function simplify(node: Json): Json {
  if (Array.isArray(node)) return node.map(simplify);
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) out[k] = simplify(v);
  const values = 'const' in out ? [out.const] : Array.isArray(out.enum) ? out.enum : undefined;
  const of = (v: Json) =>
    v === null ? 'null' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v;
  if (values !== undefined && typeof out.type === 'string' && values.length > 0) {
    const t = out.type;
    if (values.every((v) => of(v) === t || (t === 'number' && of(v) === 'integer'))) delete out.type;
  }
  return out;
}

/** Keys whose value is a schema, a list of schemas, a map of schemas; and the lists of strings. */
const SCHEMA_VALUED = new Set([...SCHEMA_ONE, ...SCHEMA_LISTS, 'properties']);
/**
 * An object schema as the module writes it, `o(properties, optional)`: the properties it does not
 * require, rather than the ones it does — an answer's fields are nearly all required, so each name
 * is written once instead of twice. Marked in the tree being written by these two keys.
 */
const OBJECT = '$object';
const OPTIONAL = '$optional';
const STRING_LISTS = new Set(['required', 'enum', OPTIONAL]);

/**
 * Each `{ type: 'object', properties, required }` whose required names are in the order of its
 * properties (as zod writes them) becomes `{ $object: properties, $optional: [names not required] }`
 * — `$optional: 0` when it has no `required` at all; any other object stays as it is.
 */
function markObjects(node: Json): Json {
  if (Array.isArray(node)) return node.map(markObjects);
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) out[k] = markObjects(v);
  const keys = Object.keys(out).join();
  if (out.type !== 'object' || (keys !== 'type,properties' && keys !== 'type,properties,required'))
    return out;
  const properties = out.properties as { [key: string]: Json };
  const names = Object.keys(properties);
  if (out.required === undefined) return { [OBJECT]: properties, [OPTIONAL]: 0 };
  const required = out.required as string[];
  const inOrder = names.filter((n) => required.includes(n));
  if (required.length === 0 || JSON.stringify(inOrder) !== JSON.stringify(required)) return out;
  const optional = names.filter((n) => !required.includes(n));
  return optional.length === 0 ? { [OBJECT]: properties } : { [OBJECT]: properties, [OPTIONAL]: optional };
}

/** A value that may be written once as a constant: a schema (or a map of them), or a list of strings. */
type Shareable = { text: string; kind: 'schema' | 'schemas' | 'strings' };

/** The shareable values below `node` (a schema), each with its JSON text. */
function shareables(node: Json, out: Shareable[], kind: Shareable['kind'] = 'schema'): void {
  if (node === null || typeof node !== 'object') return;
  out.push({ text: JSON.stringify(node), kind });
  if (Array.isArray(node)) {
    for (const v of node) if (kind === 'schema' || kind === 'schemas') shareables(v, out, 'schema');
    return;
  }
  for (const [k, v] of Object.entries(node)) {
    if (kind === 'schemas') shareables(v, out, 'schema');
    else if (k === 'properties' || k === OBJECT) shareables(v, out, 'schemas');
    else if (SCHEMA_LISTS.has(k) && Array.isArray(v)) for (const s of v) shareables(s, out, 'schema');
    else if (SCHEMA_VALUED.has(k)) shareables(v, out, 'schema');
    else if (STRING_LISTS.has(k) && Array.isArray(v) && v.every((s) => typeof s === 'string')) {
      out.push({ text: JSON.stringify(v), kind: 'strings' });
    }
  }
}

const TYPES: Record<Shareable['kind'], string> = {
  schema: 'JsonSchema',
  schemas: 'Record<string, JsonSchema>',
  strings: 'readonly string[]',
};

/**
 * The module's text. A value written more than once across the answers (the counts, the days,
 * the stages, whole blocks) is written once as a constant and named where it recurs — a name of
 * one or two letters once minified, where a `$ref` costs twenty: Apps Script parses the bundle on
 * every call. The validator never changes a schema, so sharing objects is safe.
 */
export function renderContractModule(): string {
  const answers = Object.entries(ANSWERS).map(
    ([name, schema]) => [name, markObjects(simplify(answerJsonSchema(name, schema) as Json))] as const,
  );
  const shared = new Map<string, { name: string; kind: Shareable['kind'] }>();
  const write = (node: Json, top = false): string => {
    const named = top ? undefined : shared.get(JSON.stringify(node));
    if (named !== undefined) return named.name;
    if (Array.isArray(node)) return `[${node.map((v) => write(v)).join(',')}]`;
    if (node === null || typeof node !== 'object') return JSON.stringify(node);
    const keys = Object.keys(node).join();
    if (OBJECT in node) {
      const optional = node[OPTIONAL];
      return `o(${write(node[OBJECT]!)}${optional === undefined ? '' : `,${write(optional)}`})`;
    }
    if (keys === 'type,items' && node.type === 'array') return `a(${write(node.items!)})`;
    return `{${Object.entries(node)
      .map(([k, v]) => `${JSON.stringify(k)}:${write(v)}`)
      .join(',')}}`;
  };
  // greedily, the constant that saves most, until none does (the texts as they are written so far)
  for (;;) {
    const found: Shareable[] = [];
    for (const [, json] of answers) shareables(json, found);
    for (const text of [...shared.keys()]) {
      const body: Shareable[] = [];
      shareables(JSON.parse(text) as Json, body, shared.get(text)!.kind);
      found.push(...body.slice(1));
    }
    const counts = new Map<string, { n: number; kind: Shareable['kind'] }>();
    for (const s of found) {
      if (shared.has(s.text)) continue;
      const c = counts.get(s.text);
      counts.set(s.text, { n: (c?.n ?? 0) + 1, kind: c?.kind ?? s.kind });
    }
    let best: { text: string; kind: Shareable['kind']; saving: number } | undefined;
    for (const [text, { n, kind }] of counts) {
      const size = write(JSON.parse(text) as Json).length;
      const saving = (n - 1) * size - n * 2 - 6;
      if (n > 1 && saving > 0 && (best === undefined || saving > best.saving)) best = { text, kind, saving };
    }
    if (best === undefined) break;
    shared.set(best.text, { name: `s${shared.size}`, kind: best.kind });
  }
  // constants in an order where each is defined before it is used: a constant's text only names
  // ones found before it, so sort by the length of the JSON text (a part is shorter than its whole)
  const constants = [...shared.entries()]
    .sort((a, b) => a[0].length - b[0].length)
    .map(
      ([text, { name, kind }]) => `const ${name}: ${TYPES[kind]} = ${write(JSON.parse(text) as Json, true)};`,
    );
  const lines = [
    '// Generated by `npm run contract:gen` from shared/contract/answers.ts: do not edit.',
    '// The JSON Schemas of the API answers the add-on reads, for backend/answer.ts (jsonSchema.ts validates);',
    '// a value written in several places is a constant named where it recurs.',
    "import type { AnswerSchema, JsonSchema } from './jsonSchema.ts';",
    '',
    '// the two shapes written most, in short: an object names the properties it does not require',
    '// (0: it requires none, and has no `required`); the others, in the order of its properties',
    'const o = (properties: Record<string, JsonSchema>, optional: readonly string[] | 0 = []): JsonSchema =>',
    '  optional === 0',
    "    ? { type: 'object', properties }",
    "    : { type: 'object', properties, required: Object.keys(properties).filter((k) => !optional.includes(k)) };",
    "const a = (items: JsonSchema): JsonSchema => ({ type: 'array', items });",
    '',
    ...constants,
    '',
    ...answers.map(
      ([name, json]) => `export const ${name}Answer: AnswerSchema<'${name}'> = ${write(json, true)};`,
    ),
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = renderContractModule();
  writeFileSync(path.join(ROOT, CONTRACT_MODULE), text);
  console.log(`${CONTRACT_MODULE}: ${Object.keys(ANSWERS).length} answers, ${text.length} bytes`);
}
