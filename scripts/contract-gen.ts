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
const SCHEMA_MAPS = new Set(['properties', '$defs']);
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
  return prune(json as Record<string, unknown>, name);
}

const REF_COST = '{"$ref":"#/$defs/_00"}'.length;

/**
 * The schema with each sub-schema written more than once (the same counts, days, blocks) moved
 * under `$defs` and referenced, while that saves bytes: Apps Script parses the bundle on every call.
 */
function shareRepeats(schema: JsonSchema): JsonSchema {
  const root = structuredClone(schema) as JsonSchema & { $defs: Record<string, JsonSchema> };
  root.$defs ??= {};
  // every place a schema is written, as [holder, key]: the root's and each definition's sub-schemas
  const places = (): Array<[Record<string | number, JsonSchema>, string | number]> => {
    const out: Array<[Record<string | number, JsonSchema>, string | number]> = [];
    const visit = (node: JsonSchema) => {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$defs') continue;
        const holder = (key === 'properties' || SCHEMA_LISTS.has(key) ? value : node) as Record<
          string | number,
          JsonSchema
        >;
        const keys =
          key === 'properties' || SCHEMA_LISTS.has(key)
            ? Object.keys(value as object).map((k) => (Array.isArray(value) ? Number(k) : k))
            : SCHEMA_ONE.has(key) && typeof value === 'object'
              ? [key]
              : [];
        for (const k of keys) {
          out.push([holder, k]);
          visit(holder[k] as JsonSchema);
        }
      }
    };
    visit(root);
    for (const def of Object.values(root.$defs)) visit(def);
    return out;
  };
  for (let n = 0; n < 100; n++) {
    const counts = new Map<string, number>();
    for (const [holder, key] of places()) {
      const text = JSON.stringify(holder[key]);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    let best: { text: string; saving: number } | undefined;
    for (const [text, count] of counts) {
      const saving = (count - 1) * text.length - count * REF_COST - 10;
      if (count > 1 && saving > 0 && (best === undefined || saving > best.saving)) best = { text, saving };
    }
    if (best === undefined) break;
    const name = `_${String(n).padStart(2, '0')}`;
    for (const [holder, key] of places()) {
      if (JSON.stringify(holder[key]) === best.text) holder[key] = { $ref: `#/$defs/${name}` };
    }
    root.$defs[name] = JSON.parse(best.text) as JsonSchema;
  }
  if (Object.keys(root.$defs).length === 0) delete (root as JsonSchema).$defs;
  return root;
}

/** The text of contract.gen.ts: one export per answer, so the bundle keeps only those the add-on reads. */
export function renderContractModule(): string {
  const lines = [
    '// Generated by `npm run contract:gen` from shared/contract/answers.ts: do not edit.',
    '// The JSON Schemas of the API answers the add-on reads, for backend/answer.ts (jsonSchema.ts validates).',
    "import type { AnswerSchema } from './jsonSchema.ts';",
    '',
    ...Object.entries(ANSWERS).map(
      ([name, schema]) =>
        `export const ${name}Answer: AnswerSchema<'${name}'> = ${JSON.stringify(shareRepeats(answerJsonSchema(name, schema)))};`,
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
