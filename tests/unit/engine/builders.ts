/**
 * Request builders for the engine tests: a fully ready candidate and a working cell, which a
 * test then varies one field at a time ("ready except X"). They build what a client sends
 * (`*Input`: dates as plain strings); `evaluate` checks it and brands its dates, as in production.
 *
 * Dates are shifted with a small helper of its own (plain `Date.UTC`), never with the engine's
 * `addMonths`, so a builder cannot hide a bug in the code under test.
 */
import { evaluate } from '../../../shared/engine/evaluate.ts';
import { parseEvaluateRequest } from '../../../shared/engine/parse.ts';
import type {
  CandidateInput as Candidate,
  EvaluateRequestInput as EvaluateRequest,
  MemberInput as Member,
  EvaluateRequest as ParsedRequest,
} from '../../../shared/schemas/request.ts';
import type { EvaluateResponse, Finding, Result } from '../../../shared/schemas/response.ts';

/** A day as a client writes it, `YYYY-MM-DD` (unchecked: the request's reader checks it). */
export type Day = string;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `day` moved by whole months (clamped to the month's end) and then by days. */
export function shift(day: Day, by: { years?: number; months?: number; days?: number }): Day {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1;
  const d = Number(day.slice(8, 10));
  const months = y * 12 + m + (by.years ?? 0) * 12 + (by.months ?? 0);
  const ny = Math.floor(months / 12);
  const nm = months - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  const t = Date.UTC(ny, nm, Math.min(d, last)) + (by.days ?? 0) * 86_400_000;
  const out = new Date(t);
  return `${pad(out.getUTCFullYear(), 4)}-${pad(out.getUTCMonth() + 1)}-${pad(out.getUTCDate())}`;
}

/** Drops keys whose value is `undefined`, so an override `{ x: undefined }` removes the field. */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Five full members who joined long ago: enough to introduce, to meet and to vote. */
export function cellMembers(): Member[] {
  return [
    { key: 'M1', joinedUnitDate: '2005-09-01', ceremonyDate: '2003-05-19', officialSince: '2004-05-19' },
    { key: 'M2', joinedUnitDate: '2008-09-01', ceremonyDate: '2006-03-26', officialSince: '2007-03-26' },
    { key: 'M3', joinedUnitDate: '2010-09-01', officialSince: '2009-12-22' },
    { key: 'M4', joinedUnitDate: '2012-09-01', officialSince: '2011-02-03' },
    { key: 'M5', joinedUnitDate: '2014-09-01', officialSince: '2013-09-02' },
  ];
}

export const member = (key: string, fields: Omit<Member, 'key'> = {}): Member => ({ key, ...fields });

/**
 * A teacher of 30-something, ready at `at` (used as the reference date): certificate 10 months
 * old, đơn then lý lịch, verified, two full members who have worked with her for years, letters
 * and feedback a few months old. Born 12/04/1988: over 30, so no Youth Union requirement.
 */
export function readyCandidate(at: Day, overrides: Partial<Candidate> = {}): Candidate {
  return clean({
    key: 'QC-01',
    birthDate: '1988-04-12',
    gender: 'female',
    category: 'teacher',
    education: 'higher',
    joinedUnitDate: shift(at, { years: -3 }),
    youthUnionMember: false,
    awarenessCertificateDate: shift(at, { months: -10 }),
    applicationDate: shift(at, { months: -8 }),
    backgroundDeclaredDate: shift(at, { months: -8, days: 5 }),
    backgroundVerifiedDate: shift(at, { months: -5 }),
    introducers: [
      { memberKey: 'M1', letterDate: shift(at, { months: -3 }) },
      { memberKey: 'M2', letterDate: shift(at, { months: -3 }) },
    ],
    feedbackSummaryDate: shift(at, { months: -1 }),
    ...overrides,
  } as Candidate);
}

/**
 * A grade-12 pupil (THCS completed), đoàn viên, introduced by the Youth Union and one full
 * member, ready at `at` if old enough. Birth date and leaving date are the test's business.
 */
export function readyStudent(at: Day, birthDate: string, overrides: Partial<Candidate> = {}): Candidate {
  return readyCandidate(at, {
    key: 'HS-01',
    birthDate,
    gender: 'male',
    category: 'student',
    education: 'lowerSecondary',
    joinedUnitDate: shift(at, { years: -2, months: -1 }),
    youthUnionMember: true,
    youthUnionResolutionDate: shift(at, { months: -2 }),
    introducers: [{ memberKey: 'M1', letterDate: shift(at, { months: -2 }) }],
    ...overrides,
  });
}

export interface RequestOptions extends Partial<Omit<EvaluateRequest, 'candidates'>> {
  candidates: Candidate[];
}

export function request(asOf: Day, options: RequestOptions): EvaluateRequest {
  return clean({
    asOf,
    unit: { hasYouthUnion: true },
    members: cellMembers(),
    ...options,
  } as EvaluateRequest);
}

/** The request as the engine reads it (dates checked and branded); fails when it is rejected. */
export function parsed(req: EvaluateRequest): ParsedRequest {
  const out = parseEvaluateRequest(req);
  if (!out.ok) throw new Error(`request rejected: ${JSON.stringify(out.problems)}`);
  return out.value;
}

/** Evaluates and insists the request was accepted. */
export function run(req: unknown): EvaluateResponse {
  const out = evaluate(req);
  if (!out.ok) throw new Error(`request rejected: ${JSON.stringify(out.problems)}`);
  return out;
}

/** The single result of a one-candidate request. */
export function one(asOf: Day, candidate: Candidate, options: Partial<RequestOptions> = {}): Result {
  const res = run(request(asOf, { candidates: [candidate], ...options }));
  const r = res.results[0];
  if (!r) throw new Error('no result');
  return r;
}

export const findings = (r: Result, rule: string): Finding[] => r.findings.filter((f) => f.rule === rule);

/** `rule:severity` for each finding, e.g. `age.under18:error`: readable in a failing assertion. */
export const ruleList = (r: Result): string[] => r.findings.map((f) => `${f.rule}:${f.severity}`);

export const errors = (r: Result): string[] =>
  r.findings.filter((f) => f.severity === 'error').map((f) => f.rule);

/** The one finding of a rule; fails when there is none or more than one. */
export function only(r: Result, rule: string): Finding {
  const list = findings(r, rule);
  if (list.length !== 1) throw new Error(`expected one ${rule} finding, got ${JSON.stringify(r.findings)}`);
  return list[0]!;
}
