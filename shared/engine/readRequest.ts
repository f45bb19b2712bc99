/**
 * Reading an evaluate request, without zod: the fast reader, the cross-references zod cannot see,
 * and the problems of a refused request from a finder the caller chooses — zod's (parse.ts, the
 * worker) or the hand check's (explain.ts, the add-on, whose bundle leaves zod out).
 */

import { explainRequest } from '../schemas/explain.ts';
import { type EvaluateHead, readEvaluateHead, readEvaluateRequest } from '../schemas/fastCheck.ts';
import { type Problem, ProblemCollector } from '../schemas/problems.ts';
import type { Candidate, EvaluateRequest } from '../schemas/request.ts';
import { KeyTable } from './keyTable.ts';

export type ParseOutcome = { ok: true; value: EvaluateRequest } | { ok: false; problems: Problem[] };

export interface ProblemFinder {
  /** the schema problems of a request the fast reader refused, into `out` */
  collect(input: unknown, out: ProblemCollector): void;
  /** when `collect` found nothing (the reader and the finder disagree, a bug) */
  disagree(input: unknown): ParseOutcome;
}

type Loose = { key?: unknown; introducers?: unknown; helperKey?: unknown; memberKey?: unknown };

const isObj = (v: unknown): v is Loose => typeof v === 'object' && v !== null;

/**
 * Keys are unique and introducers and helpers name members the request carries. Works on the raw input too,
 * so these problems come back together with the schema's own. Plain loops: it runs over every
 * candidate of every valid request.
 */
function crossReferenceProblems(input: unknown): Problem[] {
  if (!isObj(input)) return [];
  const req = input as { members?: unknown; candidates?: unknown };
  const problems: Problem[] = [];
  const memberKeys = new Set<unknown>();
  const members = Array.isArray(req.members) ? (req.members as unknown[]) : [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (!isObj(m) || typeof m.key !== 'string') continue;
    if (memberKeys.has(m.key))
      problems.push({ path: `members[${i}].key`, message: `Mã đảng viên “${m.key}” bị trùng.` });
    memberKeys.add(m.key);
  }
  const candidateKeys = new Set<unknown>();
  const candidates = Array.isArray(req.candidates) ? (req.candidates as unknown[]) : [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!isObj(c)) continue;
    if (typeof c.key === 'string') {
      if (candidateKeys.has(c.key)) {
        problems.push({ path: `candidates[${i}].key`, message: `Mã quần chúng “${c.key}” bị trùng.` });
      }
      candidateKeys.add(c.key);
    }
    const introducers = c.introducers;
    if (Array.isArray(introducers)) {
      for (let j = 0; j < introducers.length; j++) {
        const intro: unknown = introducers[j];
        const key = isObj(intro) ? intro.memberKey : undefined;
        if (typeof key === 'string' && !memberKeys.has(key)) {
          problems.push({
            path: `candidates[${i}].introducers[${j}].memberKey`,
            message: `Không có đảng viên mã “${key}” trong danh sách đảng viên (members).`,
          });
        }
      }
    }
    if (typeof c.helperKey === 'string' && !memberKeys.has(c.helperKey)) {
      problems.push({
        path: `candidates[${i}].helperKey`,
        message: `Không có đảng viên giúp đỡ mã “${c.helperKey}” trong danh sách đảng viên (members).`,
      });
    }
  }
  return problems;
}

/**
 * Validates a request: its problems with their JSON paths (the first MAX_PROBLEMS and how many
 * more), or the typed request. Never throws, and never costs much more than a valid request.
 */
export function parseRequestWith(input: unknown, finder: ProblemFinder): ParseOutcome {
  let value = readEvaluateRequest(input);
  if (value === undefined) {
    const out = new ProblemCollector();
    finder.collect(input, out);
    if (!out.empty) {
      out.add(crossReferenceProblems(input));
      return { ok: false, problems: out.problems() };
    }
    const outcome = finder.disagree(input);
    if (!outcome.ok) return outcome;
    value = outcome.value;
  }
  const problems = crossReferenceProblems(value);
  if (problems.length > 0) {
    const out = new ProblemCollector();
    out.add(problems);
    return { ok: false, problems: out.problems() };
  }
  return { ok: true, value };
}

/**
 * The head of a request whose head is valid and whose members' keys are unique, for the engine to
 * read its candidates one at a time while it evaluates them (evaluate.ts), and to check each one's
 * references with `CandidateReferences`; undefined otherwise. A candidate the reader refuses or
 * whose references fail sends the request to `parseEvaluateRequest` for its problems.
 */
export function readRequestHead(input: unknown): EvaluateHead | undefined {
  const head = readEvaluateHead(input);
  if (head === undefined) return undefined;
  const members = head.members ?? [];
  const keys = new Set<string>();
  for (let i = 0; i < members.length; i++) {
    const key = members[i]!.key;
    if (keys.has(key)) return undefined;
    keys.add(key);
  }
  return head;
}

/**
 * The cross-references of candidates read one at a time (the same as crossReferenceProblems
 * finds, as a yes or no): a key seen before, an introducer or a helper who is not a member.
 */
export class CandidateReferences {
  private readonly keys: KeyTable;

  /** `candidates`: the request's, as sent; each one read (its key a string) before `hold` sees it */
  constructor(
    private readonly members: ReadonlyMap<string, unknown>,
    candidates: readonly unknown[],
  ) {
    this.keys = new KeyTable(candidates.length, (i) => (candidates[i] as { key: string }).key);
  }

  /** Whether `c`, read from candidate number `index`, has references that hold; its key counts as seen from now on. */
  hold(c: Candidate, index: number): boolean {
    if (!this.keys.add(c.key, index)) return false;
    if (c.helperKey !== undefined && !this.members.has(c.helperKey)) return false;
    const introducers = c.introducers;
    if (introducers !== undefined) {
      for (let j = 0; j < introducers.length; j++) {
        const key = introducers[j]!.memberKey;
        if (key !== undefined && !this.members.has(key)) return false;
      }
    }
    return true;
  }
}

const BY_HAND: ProblemFinder = {
  collect: explainRequest,
  disagree: () => ({
    ok: false,
    problems: [{ path: '(gốc)', message: 'Yêu cầu kiểm tra không đúng dạng dữ liệu quy định.' }],
  }),
};

/** `parseEvaluateRequest` without zod (the add-on): the same verdict and, held by a property test, the same problems. */
export function checkEvaluateRequest(input: unknown): ParseOutcome {
  return parseRequestWith(input, BY_HAND);
}
