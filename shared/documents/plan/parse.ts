import { z } from 'zod';
import { yearOf } from '../../dates/day.ts';
import { parseEvaluateRequest } from '../../engine/parse.ts';
import { type Problem, toProblems } from '../../schemas/problems.ts';
import type { EvaluateRequest } from '../../schemas/request.ts';
import { isTokenKey, SECRETARY_KEY } from '../names.ts';
import { type PlanDocument, PlanDocumentSchema } from '../schemas.ts';

export type PlanParseOutcome =
  | { ok: true; request: EvaluateRequest; document: PlanDocument }
  /** `malformed`: the request does not follow the schema (400); `inconsistent`: it contradicts itself (422) */
  | { ok: false; kind: 'malformed' | 'inconsistent'; problems: Problem[] };

const Wrapper = z.object({ document: PlanDocumentSchema });

/** A cell's plan names each candidate: far more than any cell follows would make a document nobody reads. */
export const MAX_PLAN_CANDIDATES = 1000;

/** Checks what the schema cannot: years that agree, keys a name token can carry. */
function consistencyProblems(request: EvaluateRequest, doc: PlanDocument): Problem[] {
  const problems: Problem[] = [];
  if (request.candidates.length > MAX_PLAN_CANDIDATES) {
    problems.push({
      path: 'candidates',
      message: `Kế hoạch của một chi bộ soạn cho tối đa ${MAX_PLAN_CANDIDATES.toLocaleString('vi-VN')} quần chúng (yêu cầu có ${request.candidates.length.toLocaleString('vi-VN')}).`,
    });
  }
  if (request.year !== undefined && request.year !== doc.year) {
    problems.push({
      path: 'year',
      message: `Năm của yêu cầu (${request.year}) khác năm của kế hoạch (document.year = ${doc.year}).`,
    });
  }
  const signed = yearOf(doc.date);
  if (signed !== doc.year && signed !== doc.year - 1) {
    problems.push({
      path: 'document.date',
      message: `Kế hoạch năm ${doc.year} phải được ban hành trong năm ${doc.year} hoặc cuối năm ${doc.year - 1}.`,
    });
  }
  if (yearOf(request.asOf) > doc.year) {
    problems.push({
      path: 'asOf',
      message: `Ngày đối chiếu dữ liệu (asOf) ở sau năm kế hoạch ${doc.year}.`,
    });
  }
  const reserved = doc.secretaryName === undefined ? SECRETARY_KEY : undefined;
  const checkKey = (key: string, path: string) => {
    if (!isTokenKey(key)) {
      problems.push({ path, message: 'Mã dòng không được chứa “}}”.' });
    } else if (key === reserved) {
      problems.push({
        path,
        message: `Mã “${key}” dành cho chỗ ghi tên bí thư: đổi mã dòng, hoặc ghi họ tên bí thư (document.secretaryName).`,
      });
    }
  };
  request.candidates.forEach((c, i) => {
    checkKey(c.key, `candidates[${i}].key`);
  });
  request.members?.forEach((m, i) => {
    checkKey(m.key, `members[${i}].key`);
  });
  return problems;
}

/**
 * Reads `POST /v1/plan`: an evaluate request plus `document`. Every problem comes with its JSON
 * path (`document.date`, `candidates[3].birthDate`); never throws.
 */
export function parsePlanRequest(input: unknown): PlanParseOutcome {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      kind: 'malformed',
      problems: [{ path: '(gốc)', message: 'Yêu cầu phải là một đối tượng JSON.' }],
    };
  }
  const { document, ...rest } = input as Record<string, unknown>;
  const doc = Wrapper.safeParse({ document });
  const req = parseEvaluateRequest(rest);
  // The document's few problems first: the request's list is capped and ends with how many more.
  const problems = [...(doc.success ? [] : toProblems(doc.error)), ...(req.ok ? [] : req.problems)];
  if (!req.ok || !doc.success) return { ok: false, kind: 'malformed', problems };
  const inconsistent = consistencyProblems(req.value, doc.data.document);
  if (inconsistent.length > 0) return { ok: false, kind: 'inconsistent', problems: inconsistent };
  return {
    ok: true,
    request: { ...req.value, year: doc.data.document.year },
    document: doc.data.document,
  };
}
