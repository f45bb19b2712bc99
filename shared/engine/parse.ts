import { readEvaluateRequest } from '../schemas/fastCheck.ts';
import { capProblems, type Problem, ProblemCollector, toProblems } from '../schemas/problems.ts';
import { type EvaluateRequest, EvaluateRequestSchema } from '../schemas/request.ts';
import { collectRequestProblems } from '../schemas/requestProblems.ts';

export type ParseOutcome = { ok: true; value: EvaluateRequest } | { ok: false; problems: Problem[] };

type Loose = { key?: unknown; introducers?: unknown; helperKey?: unknown };

const list = (v: unknown): Loose[] => (Array.isArray(v) ? (v as Loose[]) : []);
const isObj = (v: unknown): v is Loose => typeof v === 'object' && v !== null;

/**
 * Keys are unique and introducers and helpers name members the request carries. Works on the raw input too,
 * so these problems come back together with the schema's own.
 */
function crossReferenceProblems(input: unknown): Problem[] {
  if (!isObj(input)) return [];
  const req = input as { members?: unknown; candidates?: unknown };
  const problems: Problem[] = [];
  const memberKeys = new Set<unknown>();
  list(req.members).forEach((m, i) => {
    if (!isObj(m) || typeof m.key !== 'string') return;
    if (memberKeys.has(m.key))
      problems.push({ path: `members[${i}].key`, message: `Mã đảng viên “${m.key}” bị trùng.` });
    memberKeys.add(m.key);
  });
  const candidateKeys = new Set<unknown>();
  list(req.candidates).forEach((c, i) => {
    if (!isObj(c)) return;
    if (typeof c.key === 'string') {
      if (candidateKeys.has(c.key)) {
        problems.push({ path: `candidates[${i}].key`, message: `Mã quần chúng “${c.key}” bị trùng.` });
      }
      candidateKeys.add(c.key);
    }
    list(c.introducers).forEach((intro, j) => {
      const key = isObj(intro) ? (intro as { memberKey?: unknown }).memberKey : undefined;
      if (typeof key === 'string' && !memberKeys.has(key)) {
        problems.push({
          path: `candidates[${i}].introducers[${j}].memberKey`,
          message: `Không có đảng viên mã “${key}” trong danh sách đảng viên (members).`,
        });
      }
    });
    if (typeof c.helperKey === 'string' && !memberKeys.has(c.helperKey)) {
      problems.push({
        path: `candidates[${i}].helperKey`,
        message: `Không có đảng viên giúp đỡ mã “${c.helperKey}” trong danh sách đảng viên (members).`,
      });
    }
  });
  return problems;
}

/**
 * Validates a request: its problems with their JSON paths (the first MAX_PROBLEMS and how many
 * more), or the typed request. Never throws, and never costs much more than a valid request.
 */
export function parseEvaluateRequest(input: unknown): ParseOutcome {
  let value = readEvaluateRequest(input);
  if (value === undefined) {
    const out = new ProblemCollector();
    collectRequestProblems(input, out);
    if (!out.empty) {
      out.add(crossReferenceProblems(input));
      return { ok: false, problems: out.problems() };
    }
    // The reader and zod disagree only through a bug; the property test keeps them together.
    const parsed = EvaluateRequestSchema.safeParse(input);
    if (!parsed.success) return { ok: false, problems: capProblems(toProblems(parsed.error)) };
    value = readEvaluateRequest(parsed.data) ?? parsed.data;
  }
  const problems = crossReferenceProblems(value);
  if (problems.length > 0) {
    const out = new ProblemCollector();
    out.add(problems);
    return { ok: false, problems: out.problems() };
  }
  return { ok: true, value };
}
