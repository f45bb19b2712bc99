import { readEvaluateRequest } from '../schemas/fastCheck.ts';
import { type Problem, toProblems } from '../schemas/problems.ts';
import { type EvaluateRequest, EvaluateRequestSchema } from '../schemas/request.ts';

export type ParseOutcome = { ok: true; value: EvaluateRequest } | { ok: false; problems: Problem[] };

/** Checks that keys are unique and that introducers name members the request carries. */
function crossReferenceProblems(req: EvaluateRequest): Problem[] {
  const problems: Problem[] = [];
  const memberKeys = new Set<string>();
  req.members?.forEach((m, i) => {
    if (memberKeys.has(m.key))
      problems.push({ path: `members[${i}].key`, message: `Mã đảng viên “${m.key}” bị trùng.` });
    memberKeys.add(m.key);
  });
  const candidateKeys = new Set<string>();
  req.candidates.forEach((c, i) => {
    if (candidateKeys.has(c.key)) {
      problems.push({ path: `candidates[${i}].key`, message: `Mã quần chúng “${c.key}” bị trùng.` });
    }
    candidateKeys.add(c.key);
    c.introducers?.forEach((intro, j) => {
      if (intro.memberKey !== undefined && !memberKeys.has(intro.memberKey)) {
        problems.push({
          path: `candidates[${i}].introducers[${j}].memberKey`,
          message: `Không có đảng viên mã “${intro.memberKey}” trong danh sách đảng viên (members).`,
        });
      }
    });
  });
  return problems;
}

/** Validates a request: every problem with its JSON path, or the typed request. Never throws. */
export function parseEvaluateRequest(input: unknown): ParseOutcome {
  let value = readEvaluateRequest(input);
  if (value === undefined) {
    const parsed = EvaluateRequestSchema.safeParse(input);
    if (!parsed.success) return { ok: false, problems: toProblems(parsed.error) };
    // The two disagree only through a bug; the property test keeps them together.
    value = readEvaluateRequest(parsed.data) ?? parsed.data;
  }
  const problems = crossReferenceProblems(value);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value };
}
