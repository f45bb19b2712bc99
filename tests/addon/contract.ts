/**
 * The API contract (shared/contract/) applied to the tests' stand-in backend (backend.ts): every
 * request body it receives is validated as the worker validates it (a 400 with the problems'
 * JSON paths), and every answer it gives must match the contract's schema for that answer — a
 * mismatch is a bug of the stand-in, recorded here and failing the test that met it
 * (contractSetup.ts), so the add-on is never tested against answers the worker would not give.
 */
import { expect } from 'vitest';
import type { z } from 'zod';
import type { FakeHttp } from '../../addon/fake/index.ts';
import { ErrorSchema } from '../../shared/contract/common.ts';
import { capProblems, type Problem, toProblems } from '../../shared/schemas/problems.ts';

/** Answers of the stand-in that broke the contract, since the last test started. */
export const contractViolations: string[] = [];

const json = (status: number, body: unknown): FakeHttp => ({
  status,
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json' },
});

/** An answer of the stand-in, checked against the contract's schema of that answer. */
export function answer(schema: z.ZodType, status: number, body: unknown, route: string): FakeHttp {
  const parsed = schema.safeParse(JSON.parse(JSON.stringify(body)));
  if (!parsed.success) {
    const problems = toProblems(parsed.error)
      .slice(0, 5)
      .map((p) => `${p.path}: ${p.message}`);
    contractViolations.push(`${route} answered ${status} outside the contract: ${problems.join('; ')}`);
  }
  return json(status, body);
}

/** An error answer `{ error: { code, message, details? } }`, as the worker's error handler writes it. */
export function error(status: number, code: string, message: string, details?: unknown[]): FakeHttp {
  const body = { error: { code, message, ...(details ? { details } : {}) } };
  return answer(ErrorSchema, status, body, `error ${code}`);
}

/**
 * The body validated with the route's schema: its parsed value, or the worker's 400 (at most 100
 * problems, each named by its JSON path).
 */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): { ok: true; value: T } | FakeHttp {
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  const details: Problem[] = capProblems(toProblems(parsed.error));
  return error(400, 'invalid_request', 'Nội dung yêu cầu không hợp lệ.', details);
}

/** For the addon project's setup: a test fails when the stand-in answered outside the contract. */
export function expectNoContractViolation(): void {
  const seen = contractViolations.splice(0);
  expect(seen, 'the stand-in backend answered outside the API contract').toEqual([]);
}
