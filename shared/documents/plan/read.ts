/**
 * Reading `POST /v1/plan` with the request and document readers the caller chooses: zod's
 * (parse.ts, the worker) or the hand readers (the add-on, whose bundle leaves zod out). Zod-free.
 */
import { yearOf } from '../../dates/day.ts';
import { checkEvaluateRequest, type ParseOutcome } from '../../engine/readRequest.ts';
import type { Problem } from '../../schemas/problems.ts';
import type { EvaluateRequest } from '../../schemas/request.ts';
import { type Outcome, readPlanDocument } from '../fields.ts';
import { isTokenKey, SECRETARY_KEY } from '../names.ts';
import type { PlanDocument } from '../schemas.ts';

export type PlanParseOutcome =
  | { ok: true; request: EvaluateRequest; document: PlanDocument }
  /** `malformed`: the request does not follow the schema (400); `inconsistent`: it contradicts itself (422) */
  | { ok: false; kind: 'malformed' | 'inconsistent'; problems: Problem[] };

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

export interface PlanReaders {
  request(input: unknown): ParseOutcome;
  /** `document`, its problems' paths under `document` */
  document(input: unknown): Outcome<PlanDocument>;
}

/**
 * Reads `POST /v1/plan`: an evaluate request plus `document`. Every problem comes with its JSON
 * path (`document.date`, `candidates[3].birthDate`); never throws.
 */
export function readPlanRequest(input: unknown, readers: PlanReaders): PlanParseOutcome {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      kind: 'malformed',
      problems: [{ path: '(gốc)', message: 'Yêu cầu phải là một đối tượng JSON.' }],
    };
  }
  const { document, ...rest } = input as Record<string, unknown>;
  const doc = readers.document(document);
  const req = readers.request(rest);
  // The document's few problems first: the request's list is capped and ends with how many more.
  const problems = [...(doc.ok ? [] : doc.problems), ...(req.ok ? [] : req.problems)];
  if (!req.ok || !doc.ok) return { ok: false, kind: 'malformed', problems };
  const inconsistent = consistencyProblems(req.value, doc.value);
  if (inconsistent.length > 0) return { ok: false, kind: 'inconsistent', problems: inconsistent };
  return { ok: true, request: { ...req.value, year: doc.value.year }, document: doc.value };
}

const BY_HAND: PlanReaders = {
  request: checkEvaluateRequest,
  document: (v) => readPlanDocument(v, 'document'),
};

/** parsePlanRequest without zod (the add-on): the same outcome, held by property tests. */
export function checkPlanRequest(input: unknown): PlanParseOutcome {
  return readPlanRequest(input, BY_HAND);
}
