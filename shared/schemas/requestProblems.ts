/**
 * The problems of an evaluate request that the fast reader refused, found without ever handing
 * zod a whole list: zod v4 collects one issue per field of every element and overflows the stack
 * on some tens of thousands of empty candidates (a 500), and it costs several times the fast
 * reader per element. So the top-level fields go through zod with the lists emptied, each list
 * element goes through the fast reader, and only an element the reader refuses goes through zod,
 * to name its problems, until MAX_PROBLEMS are listed; past that, refused elements are only
 * counted. A rejected request thus costs about what a valid one of the same size does.
 */
import type { z } from 'zod';
import { BAD, readCandidate, readMember } from './fastCheck.ts';
import { TOO_MANY_CANDIDATES, tooManyItems } from './messages.ts';
import { DaySchema, isRequestDay } from './primitives.ts';
import { type Problem, ProblemCollector, toProblems } from './problems.ts';
import { CandidateSchema, EvaluateRequestSchema, MemberSchema } from './request.ts';
import { MAX_CANDIDATES, MAX_DAYS, MAX_MEMBERS } from './vocabulary.ts';

interface ListSpec {
  element: z.ZodType;
  max: number;
  tooMany: string;
  /** the fast reader's verdict on one element (the property tests hold it to zod's) */
  fits: (v: unknown) => boolean;
}

const days: ListSpec = {
  element: DaySchema,
  max: MAX_DAYS,
  tooMany: tooManyItems(MAX_DAYS),
  fits: isRequestDay,
};

const LISTS: Record<string, ListSpec> = {
  candidates: {
    element: CandidateSchema,
    max: MAX_CANDIDATES,
    tooMany: TOO_MANY_CANDIDATES,
    fits: (v) => readCandidate(v) !== BAD,
  },
  members: {
    element: MemberSchema,
    max: MAX_MEMBERS,
    tooMany: tooManyItems(MAX_MEMBERS),
    fits: (v) => readMember(v) !== BAD,
  },
  holidays: days,
  workdays: days,
};

function checkList(name: string, list: unknown[], spec: ListSpec, out: ProblemCollector): void {
  if (list.length > spec.max) {
    out.add([{ path: name, message: spec.tooMany }]);
    return;
  }
  let unexamined = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (spec.fits(item)) continue;
    if (out.full) {
      unexamined += 1;
      continue;
    }
    const parsed = spec.element.safeParse(item);
    if (!parsed.success) out.add(toProblems(parsed.error, [name, i]));
  }
  out.addUnexamined(unexamined);
}

/**
 * The schema problems of `input` into `out` (capped there). Adds nothing when the request follows
 * the schema.
 */
export function collectRequestProblems(input: unknown, out: ProblemCollector): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const parsed = EvaluateRequestSchema.safeParse(input);
    if (!parsed.success) out.add(toProblems(parsed.error));
    return;
  }
  const shallow: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  const lists: Array<[string, unknown[], ListSpec]> = [];
  for (const [name, spec] of Object.entries(LISTS)) {
    const value = shallow[name];
    if (Array.isArray(value)) {
      lists.push([name, value, spec]);
      shallow[name] = [];
    }
  }
  const top = EvaluateRequestSchema.safeParse(shallow);
  if (!top.success) out.add(toProblems(top.error));
  for (const [name, list, spec] of lists) checkList(name, list, spec, out);
}

/** The problems of `input` (at most MAX_PROBLEMS and a line saying how many more). */
export function requestProblems(input: unknown): Problem[] {
  const out = new ProblemCollector();
  collectRequestProblems(input, out);
  return out.problems();
}
