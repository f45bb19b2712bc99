/**
 * Which schema of the contract a JSON answer follows, by method, path and status: each route's
 * success answer, and the error body for every 4xx. The worker's tests check every answer they
 * receive with it (tests/worker/helpers.ts), so the worker cannot answer outside the contract the
 * add-on and the stand-in backend are held to.
 */
import type { z } from 'zod';
import { DocumentModelSchema } from '../documents/modelSchema.ts';
import { CompactEvaluateResponseSchema, EvaluateResponseSchema } from '../schemas/response.ts';
import { RollupCheckSchema } from './admin.ts';
import { AggregateSchema } from './aggregate.ts';
import { ErrorSchema } from './common.ts';
import { MembershipSchema, MembershipsSchema, MeSchema } from './members.ts';
import { HealthSchema, RulesCatalogueSchema } from './public.ts';
import { ReportReceiptSchema, ReportSchema } from './reports.ts';
import { TargetsRecordSchema } from './targets.ts';
import { UnitSchema } from './units.ts';

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** the path under /v1, `{…}` one segment */
  path: string;
  /** the success answer (JSON); by the query when it depends on it */
  answer: z.ZodType | ((query: URLSearchParams) => z.ZodType);
}

export const ROUTES: readonly Route[] = [
  { method: 'GET', path: '/health', answer: HealthSchema },
  { method: 'GET', path: '/rules', answer: RulesCatalogueSchema },
  { method: 'GET', path: '/me', answer: MeSchema },
  {
    method: 'POST',
    path: '/evaluate',
    answer: (q) => (q.get('form') === 'compact' ? CompactEvaluateResponseSchema : EvaluateResponseSchema),
  },
  { method: 'POST', path: '/plan', answer: DocumentModelSchema },
  { method: 'POST', path: '/papers/{kind}', answer: DocumentModelSchema },
  { method: 'POST', path: '/units/{unitId}/report', answer: DocumentModelSchema },
  { method: 'PUT', path: '/units/{unitId}', answer: UnitSchema },
  { method: 'GET', path: '/units/{unitId}', answer: UnitSchema },
  { method: 'GET', path: '/units/{unitId}/members', answer: MembershipsSchema },
  { method: 'PUT', path: '/units/{unitId}/members/{email}', answer: MembershipSchema },
  { method: 'PUT', path: '/units/{unitId}/targets/{year}', answer: TargetsRecordSchema },
  { method: 'GET', path: '/units/{unitId}/targets/{year}', answer: TargetsRecordSchema },
  { method: 'PUT', path: '/units/{unitId}/reports/{year}', answer: ReportReceiptSchema },
  { method: 'GET', path: '/units/{unitId}/reports/{year}', answer: ReportSchema },
  { method: 'GET', path: '/units/{unitId}/aggregate', answer: AggregateSchema },
  { method: 'GET', path: '/admin/rollups', answer: RollupCheckSchema },
];

const patterns = ROUTES.map((r) => ({
  route: r,
  re: new RegExp(`^/v1${r.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/**
 * The schema a JSON answer to `method url` with `status` follows: the route's answer for a 2xx,
 * the error body for a 4xx or 5xx; undefined when the contract says nothing (an unknown route's
 * success, the OpenAPI document).
 */
export function answerSchemaOf(method: string, url: URL, status: number): z.ZodType | undefined {
  if (status >= 400) return ErrorSchema;
  if (status < 200 || status >= 300) return undefined;
  const m = method.toUpperCase();
  const found = patterns.find((p) => p.route.method === m && p.re.test(url.pathname));
  if (found === undefined) return undefined;
  const { answer } = found.route;
  return typeof answer === 'function' ? answer(url.searchParams) : answer;
}
