/**
 * The hand readers of the documents' fields and of a meeting (no zod: the add-on's bundle leaves
 * zod out) read every value as the zod schemas do: the same verdict, the same value (trimmed text,
 * unknown fields dropped), the same problems at the same JSON paths, in the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  type Outcome,
  readPaperDocument,
  readPlanDocument,
  readReportDocument,
} from '../../../shared/documents/fields.ts';
import { PaperDocumentSchema } from '../../../shared/documents/papers/schema.ts';
import { PlanDocumentSchema, ReportDocumentSchema } from '../../../shared/documents/schemas.ts';
import { readMeeting } from '../../../shared/meeting/read.ts';
import { MeetingSchema } from '../../../shared/meeting/schema.ts';
import { toProblems } from '../../../shared/schemas/problems.ts';
import { edgeValue } from '../../fixtures/requestEdges.ts';

/** Text that sits on a rule's edges: blanks, control characters, lone surrogates, long lines, astral characters. */
const edgeText = fc.oneof(
  fc.constantFrom(
    '',
    '   ',
    ' Chi bộ 3 ',
    'a\u0001b',
    '\u007f',
    '\ud800',
    'x\udc00',
    '😀',
    '😀'.repeat(101),
    'ệ'.repeat(40),
    'ệ'.repeat(41),
    'a'.repeat(60),
    'a'.repeat(61),
    'a'.repeat(100),
    'a'.repeat(101),
    'a'.repeat(201),
    `${' '.repeat(5)}${'a'.repeat(200)}${' '.repeat(5)}`,
    'year',
    'firstHalf',
    'half',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
  edgeValue,
);

function same<T>(schema: z.ZodType, read: (v: unknown, path?: string) => Outcome<T>, input: unknown) {
  const expected = schema.safeParse(input);
  const mine = read(input, 'document');
  if (expected.success) {
    expect(mine).toEqual({ ok: true, value: expected.data });
  } else {
    expect(mine).toEqual({ ok: false, problems: toProblems(expected.error, ['document']) });
  }
}

interface Case {
  name: string;
  schema: z.ZodType;
  read: (v: unknown, path?: string) => Outcome<unknown>;
  base: Record<string, unknown>;
  places: ReadonlyArray<ReadonlyArray<string | number>>;
}

const header = { unitName: 'Chi bộ Trường THPT Lê Lợi', superiorName: 'Đảng bộ xã Tân Hà', place: 'Lâm Hà' };
const CASES: Case[] = [
  {
    name: 'plan document',
    schema: PlanDocumentSchema,
    read: readPlanDocument,
    base: {
      ...header,
      number: '03',
      date: '2026-01-05',
      year: 2026,
      targetsDocument: { number: '45-KH/ĐU' },
    },
    places: [
      ['unitName'],
      ['superiorName'],
      ['place'],
      ['number'],
      ['date'],
      ['year'],
      ['secretaryName'],
      ['signerTitle'],
      ['targetsDocument'],
      ['targetsDocument', 'number'],
      ['targetsDocument', 'date'],
      ['other'],
    ],
  },
  {
    name: 'report document',
    schema: ReportDocumentSchema,
    read: readReportDocument,
    base: { ...header, date: '2026-06-30', year: 2026, period: 'firstHalf' },
    places: [['unitName'], ['number'], ['date'], ['year'], ['signerTitle'], ['signerName'], ['period']],
  },
  {
    name: 'paper document',
    schema: PaperDocumentSchema,
    read: readPaperDocument,
    base: { ...header, date: '2026-03-10', signerTitle: 'Bí thư' },
    places: [['unitName'], ['superiorName'], ['place'], ['number'], ['date'], ['signerTitle'], ['year']],
  },
  {
    name: 'meeting',
    schema: MeetingSchema,
    read: readMeeting,
    base: {
      date: '2026-03-10',
      chairKey: 'dv-1',
      absent: [{ memberKey: 'dv-2', reason: 'ốm' }, { memberKey: 'dv-3' }],
      exemptVoters: ['dv-4'],
      place: 'Phòng họp',
    },
    places: [
      ['date'],
      ['chairKey'],
      ['clerkKey'],
      ['absent'],
      ['absent', 0],
      ['absent', 1, 'memberKey'],
      ['absent', 0, 'reason'],
      ['exemptVoters'],
      ['exemptVoters', 0],
      ['place'],
    ],
  },
];

function replaced(base: unknown, changes: Array<[ReadonlyArray<string | number>, unknown]>): unknown {
  const out = structuredClone(base) as Record<string | number, unknown>;
  for (const [path, value] of changes) {
    let node: unknown = out;
    for (const p of path.slice(0, -1)) node = (node as Record<string | number, unknown> | undefined)?.[p];
    if (typeof node !== 'object' || node === null) continue;
    const last = path[path.length - 1]!;
    if (value === undefined) delete (node as Record<string | number, unknown>)[last];
    else (node as Record<string | number, unknown>)[last] = value;
  }
  return out;
}

describe.each(CASES)('the hand reader of a $name', ({ schema, read, base, places }) => {
  it('reads the valid example as zod does', () => {
    expect(schema.safeParse(base).success).toBe(true);
    same(schema, read, base);
  });

  it('agrees with zod when fields are replaced by edge values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...places), edgeText), { minLength: 1, maxLength: 3 }),
        (changes) => {
          same(schema, read, replaced(base, changes));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('agrees with zod on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        same(schema, read, v);
      }),
      { numRuns: 200 },
    );
  });
});
