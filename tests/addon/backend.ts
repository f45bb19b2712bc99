/**
 * A stand-in for the PTĐV backend behind the fake UrlFetchApp: the routes the add-on calls, with
 * the worker's own shared code where it matters (the engine, the plan and report builders, the
 * .docx renderer, the figures a report contributes), and an in-memory tree of units, memberships,
 * reports and targets. The ID token is `token:EMAIL`. It holds to the API contract
 * (shared/contract/, see contract.ts): every body is validated with the route's schema as the
 * worker does, and every answer must match the contract's schema for it.
 *
 * The fake UrlFetchApp is synchronous and rendering a .docx is not: a document request whose
 * .docx was not rendered yet is answered 503 and kept; `renderPending()` renders it, and the
 * same request then gets its file (see `withDocx`).
 */

import type { FakeHttp, FetchHandler } from '../../addon/fake/index.ts';
import { AggregateQuerySchema, AggregateSchema } from '../../shared/contract/aggregate.ts';
import { DocumentModelAnswerSchema, ReportDocumentRequestSchema } from '../../shared/contract/documents.ts';
import {
  CompactEvaluateAnswerSchema,
  EvaluateAnswerSchema,
  EvaluateQuerySchema,
} from '../../shared/contract/engine.ts';
import { MeSchema } from '../../shared/contract/members.ts';
import { RulesCatalogueSchema } from '../../shared/contract/public.ts';
import { ReportBodySchema, ReportReceiptSchema } from '../../shared/contract/reports.ts';
import { TargetsBodySchema, TargetsRecordSchema } from '../../shared/contract/targets.ts';
import { draftPaper } from '../../shared/documents/papers/build.ts';
import { draftPlan } from '../../shared/documents/plan/build.ts';
import { buildReport } from '../../shared/documents/report/build.ts';
import type { ReportDocument } from '../../shared/documents/schemas.ts';
import { evaluate } from '../../shared/engine/evaluate.ts';
import { rulesCatalogue } from '../../shared/rules/catalogue.ts';
import type { Targets } from '../../shared/schemas/request.ts';
import type { Summary } from '../../shared/schemas/response.ts';
import { renderDocx } from '../../worker/src/docx/render.ts';
import { canonicalJson } from '../../worker/src/lib/canonical.ts';
import { figuresOf } from '../../worker/src/lib/figures.ts';
import { type TreeRow, withSubtrees } from '../fixtures/subtrees.ts';
import { answer, error, parseBody } from './contract.ts';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Revision {
  revision: number;
  canonical: string;
  summary: Summary;
  submittedBy: string;
  submittedAt: string;
}

export class FakeBackend {
  readonly units = new Map<string, { id: string; name: string; parentId: string | null }>();
  readonly memberships = new Map<string, Array<{ unitId: string; role: 'secretary' | 'superior' }>>();
  readonly admins = new Set<string>(['admin@example.org']);
  readonly reports = new Map<string, Revision[]>();
  readonly targets = new Map<string, Targets>();
  /** who set each unit's targets, and when (the record `GET …/targets/{year}` answers) */
  private readonly targetsSet = new Map<string, { setBy: string; setAt: string }>();
  /** every request, as path and method */
  readonly log: Array<{ method: string; path: string; body?: unknown }> = [];
  /** .docx files by the canonical JSON of the request that asks for them */
  private readonly docx = new Map<string, Uint8Array>();
  private readonly pending = new Map<string, () => Promise<ArrayBuffer>>();
  /** the clock of submissions */
  now = () => new Date('2026-11-21T03:00:00Z');

  unit(id: string, name: string, parentId: string | null = null): this {
    this.units.set(id, { id, name, parentId });
    return this;
  }

  grant(email: string, unitId: string, role: 'secretary' | 'superior'): this {
    const list = this.memberships.get(email) ?? [];
    list.push({ unitId, role });
    this.memberships.set(email, list);
    return this;
  }

  setTargets(unitId: string, year: number, t: Targets): this {
    this.targets.set(`${unitId}/${year}`, t);
    this.targetsSet.set(`${unitId}/${year}`, { setBy: 'admin@example.org', setAt: this.now().toISOString() });
    return this;
  }

  submit(unitId: string, summary: Summary, by = 'seed@example.org', at = '2026-11-01T02:00:00.000Z'): this {
    const key = `${unitId}/${summary.year}`;
    const list = this.reports.get(key) ?? [];
    list.push({
      revision: list.length + 1,
      canonical: canonicalJson({ summary, note: null }),
      summary,
      submittedBy: by,
      submittedAt: at,
    });
    this.reports.set(key, list);
    return this;
  }

  /** Renders the documents asked for since the last call. */
  async renderPending(): Promise<number> {
    const jobs = [...this.pending];
    this.pending.clear();
    for (const [key, job] of jobs) this.docx.set(key, new Uint8Array(await job()));
    return jobs.length;
  }

  private ancestors(unitId: string): string[] {
    const out: string[] = [];
    let cur = this.units.get(unitId);
    for (let guard = 0; cur && guard < 100; guard++) {
      out.push(cur.id);
      cur = cur.parentId === null ? undefined : this.units.get(cur.parentId);
    }
    return out;
  }

  private can(email: string, unitId: string, need: 'manage' | 'report'): boolean {
    if (this.admins.has(email)) return true;
    const mine = this.memberships.get(email) ?? [];
    const up = this.ancestors(unitId);
    const superior = mine.some((m) => m.role === 'superior' && up.includes(m.unitId));
    const secretary = mine.some((m) => m.role === 'secretary' && m.unitId === unitId);
    return need === 'manage' ? superior : superior || secretary;
  }

  /**
   * The unit and its subordinates down to `depth` levels, depth-first, each with its subtree's
   * totals, as GET …/aggregate answers them.
   */
  aggregateRows(unitId: string, year: number, depth = 1) {
    const rows: Array<Record<string, unknown>> = [];
    const children = new Map<string | null, string[]>();
    for (const u of this.units.values())
      children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
    const walk = (id: string, depth: number) => {
      const u = this.units.get(id)!;
      const revs = this.reports.get(`${id}/${year}`);
      const last = revs?.[revs.length - 1];
      const t = this.targets.get(`${id}/${year}`);
      rows.push({
        id,
        name: u.name,
        parentId: u.parentId,
        depth,
        children: children.get(id)?.length ?? 0,
        reported: last !== undefined,
        ...(t ? { targets: t } : {}),
        ...(last
          ? {
              report: {
                revision: last.revision,
                submittedBy: last.submittedBy,
                submittedAt: last.submittedAt,
                ...figuresOf(last.summary),
              },
            }
          : {}),
      });
      for (const c of (children.get(id) ?? []).sort()) walk(c, depth + 1);
    };
    walk(unitId, 0);
    return withSubtrees(rows as unknown as TreeRow[]).filter((r) => r.depth <= depth);
  }

  /** The fetch handler for the fake's UrlFetchApp. */
  handler(base = 'https://ptdv.example.workers.dev'): FetchHandler {
    return (url, params) => {
      if (!url.startsWith(`${base}/v1/`)) return { status: 404, body: '<html>Not found</html>' };
      const u = new URL(url);
      const path = u.pathname.slice(3);
      const method = (params.method ?? 'get').toUpperCase();
      const body = typeof params.payload === 'string' ? JSON.parse(params.payload) : undefined;
      this.log.push({ method, path, ...(body === undefined ? {} : { body }) });
      // public, as the worker's: the rule catalogue with the texts a compact answer is rendered with
      if (method === 'GET' && path === '/rules')
        return answer(RulesCatalogueSchema, 200, rulesCatalogue(), path);
      const auth = params.headers?.Authorization ?? '';
      const email = auth.startsWith('Bearer token:') ? auth.slice('Bearer token:'.length) : '';
      if (!email) return error(401, 'unauthorized', 'Mã xác thực không hợp lệ.');
      const accept = params.headers?.Accept ?? '';

      if (method === 'POST' && path === '/evaluate') {
        const query = EvaluateQuerySchema.safeParse(Object.fromEntries(u.searchParams));
        if (!query.success)
          return error(400, 'invalid_request', 'Tham số form chỉ nhận “default” hoặc “compact”.');
        const form = query.data.form ?? 'default';
        // the engine validates its request itself, as the worker's route relies on
        const outcome = evaluate(body, { form });
        if (!outcome.ok)
          return error(400, 'invalid_request', 'Yêu cầu kiểm tra không hợp lệ.', outcome.problems);
        const schema = form === 'compact' ? CompactEvaluateAnswerSchema : EvaluateAnswerSchema;
        return answer(schema, 200, outcome, `POST /evaluate?form=${form}`);
      }
      if (method === 'GET' && path === '/me') {
        return answer(
          MeSchema,
          200,
          {
            email,
            isAdmin: this.admins.has(email),
            memberships: (this.memberships.get(email) ?? []).map((m) => ({
              ...m,
              unitName: this.units.get(m.unitId)?.name ?? m.unitId,
            })),
          },
          'GET /me',
        );
      }
      if (method === 'POST' && path === '/plan') {
        const drafted = draftPlan(body);
        if (!drafted.ok)
          return error(
            drafted.kind === 'malformed' ? 400 : 422,
            'plan',
            'Dữ liệu soạn kế hoạch không thống nhất.',
            drafted.problems,
          );
        if (!accept.includes(DOCX))
          return answer(DocumentModelAnswerSchema, 200, drafted.model, 'POST /plan');
        return this.file(canonicalJson(body), () => renderDocx(drafted.model));
      }
      const paper = /^\/papers\/([a-z-]+)$/.exec(path);
      if (method === 'POST' && paper) {
        const drafted = draftPaper(paper[1]!, body);
        if (!drafted.ok) {
          if ('refusals' in drafted)
            return error(422, 'paper_refused', drafted.refusals.map((r) => r.message).join(' '));
          return error(
            drafted.kind === 'malformed' ? 400 : 422,
            'paper',
            'Dữ liệu không thống nhất.',
            drafted.problems,
          );
        }
        if (!accept.includes(DOCX)) return answer(DocumentModelAnswerSchema, 200, drafted.model, path);
        return this.file(canonicalJson({ paper: paper[1], body }), () => renderDocx(drafted.model));
      }
      const m =
        /^\/units\/([^/]+)\/(reports|targets)\/(\d{4})$/.exec(path) ??
        /^\/units\/([^/]+)\/(aggregate|report)$/.exec(path);
      if (!m) return error(404, 'not_found', 'Không có.');
      const unitId = decodeURIComponent(m[1]!);
      const what = m[2]!;
      // like the worker: a secretary sends its reports and reads (never sets) its targets
      const need = what === 'reports' || (what === 'targets' && method === 'GET') ? 'report' : 'manage';
      if (!this.can(email, unitId, need))
        return error(403, 'forbidden', `Bạn không có quyền với đơn vị “${unitId}”.`);
      if (!this.units.has(unitId)) return error(404, 'not_found', `Không có đơn vị “${unitId}”.`);
      if (what === 'reports' && method === 'PUT') {
        const parsed = parseBody(ReportBodySchema, body);
        if (!('ok' in parsed)) return parsed;
        const report = parsed.value;
        const year = Number(m[3]);
        if (report.summary.year !== year)
          return error(
            422,
            'year_mismatch',
            `Báo cáo là của năm ${report.summary.year} nhưng được gửi vào năm ${year}.`,
          );
        const key = `${unitId}/${year}`;
        const list = this.reports.get(key) ?? [];
        const canonical = canonicalJson({ summary: report.summary, note: report.note ?? null });
        const last = list[list.length - 1];
        if (last && last.canonical === canonical) {
          const receipt = {
            unitId,
            year,
            revision: last.revision,
            submittedBy: last.submittedBy,
            submittedAt: last.submittedAt,
            created: false,
          };
          return answer(ReportReceiptSchema, 200, receipt, path);
        }
        const rev: Revision = {
          revision: list.length + 1,
          canonical,
          summary: report.summary as Summary,
          submittedBy: email,
          submittedAt: this.now().toISOString(),
        };
        list.push(rev);
        this.reports.set(key, list);
        const receipt = {
          unitId,
          year,
          revision: rev.revision,
          submittedBy: email,
          submittedAt: rev.submittedAt,
          created: true,
        };
        return answer(ReportReceiptSchema, 201, receipt, path);
      }
      if (what === 'targets' && method === 'PUT') {
        const parsed = parseBody(TargetsBodySchema, body);
        if (!('ok' in parsed)) return parsed;
        const targets = parsed.value;
        const details = (['students', 'women'] as const)
          .filter((k) => targets.admitted !== undefined && (targets[k] ?? 0) > targets.admitted)
          .map((k) => ({ path: k, message: 'Không được lớn hơn chỉ tiêu kết nạp (admitted).' }));
        if (details.length > 0)
          return error(422, 'targets_inconsistent', 'Chỉ tiêu “trong đó” lớn hơn chỉ tiêu kết nạp.', details);
        this.targets.set(`${unitId}/${m[3]}`, targets);
        const record = { unitId, year: Number(m[3]), targets, setBy: email, setAt: this.now().toISOString() };
        this.targetsSet.set(`${unitId}/${m[3]}`, { setBy: record.setBy, setAt: record.setAt });
        return answer(TargetsRecordSchema, 200, record, path);
      }
      if (what === 'targets' && method === 'GET') {
        const key = `${unitId}/${m[3]}`;
        const targets = this.targets.get(key);
        const set = this.targetsSet.get(key);
        if (targets === undefined || set === undefined)
          return error(404, 'not_found', `Đơn vị “${unitId}” chưa có chỉ tiêu năm ${m[3]}.`);
        return answer(TargetsRecordSchema, 200, { unitId, year: Number(m[3]), targets, ...set }, path);
      }
      if (what === 'aggregate' && method === 'GET') {
        const query = AggregateQuerySchema.safeParse(Object.fromEntries(u.searchParams));
        if (!query.success) return error(400, 'invalid_request', 'Tham số truy vấn không hợp lệ.');
        const year = query.data.year ?? 2026;
        const depth = query.data.depth ?? 1;
        const rows = this.aggregateRows(unitId, year, depth);
        const aggregate = {
          unit: this.units.get(unitId),
          year,
          depth,
          units: rows,
          totals: rows[0]?.subtree,
        };
        return answer(AggregateSchema, 200, aggregate, path);
      }
      if (what === 'report' && method === 'POST') {
        const parsed = parseBody(ReportDocumentRequestSchema, body);
        if (!('ok' in parsed)) return parsed;
        const document = parsed.value.document as ReportDocument;
        const model = buildReport({
          rows: this.aggregateRows(unitId, document.year) as never,
          previousRows: this.aggregateRows(unitId, document.year - 1) as never,
          document,
        });
        if (!accept.includes(DOCX)) return answer(DocumentModelAnswerSchema, 200, model, path);
        return this.file(canonicalJson(body), () => renderDocx(model));
      }
      return error(405, 'method', 'Không hỗ trợ.');
    };
  }

  private file(key: string, render: () => Promise<ArrayBuffer>): FakeHttp {
    const bytes = this.docx.get(key);
    if (bytes === undefined) {
      this.pending.set(key, render);
      return error(503, 'rendering', 'Đang soạn (bộ giả lập: gọi renderPending()).');
    }
    return { status: 200, bytes, headers: { 'Content-Type': DOCX } };
  }
}

/**
 * Runs a document action; when its .docx was not rendered yet, renders it and runs it again
 * (the first run only met 503s: nothing was stored). The counters start afresh for the second run.
 */
export async function withDocx<T>(backend: FakeBackend, run: () => T, reset: () => void): Promise<T> {
  const first = run();
  if ((await backend.renderPending()) === 0) return first;
  reset();
  return run();
}
