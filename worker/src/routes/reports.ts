import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { UnitYearParams } from '../../../shared/contract/common.ts';
import {
  ReportBodySchema,
  ReportQuerySchema,
  ReportReceiptSchema,
  ReportSchema,
} from '../../../shared/contract/reports.ts';
import { MAX_BODY_BYTES } from '../config.ts';
import { getReport, submitReport } from '../db/reports.ts';
import type { AppEnv } from '../env.ts';
import { conflict, notFound, unprocessable } from '../errors.ts';
import { canonicalJson, sha256Hex } from '../lib/canonical.ts';
import { expectedRevision, revisionEtag } from '../lib/etag.ts';
import { figuresOf, figuresToRow } from '../lib/figures.ts';
import { nowIso } from '../lib/time.ts';
import { requireAccess } from '../middleware/access.ts';
import { jsonBody } from '../middleware/jsonBody.ts';
import { errorResponse, unitErrors } from '../openapi/responses.ts';

const etagHeader = { ETag: { schema: { type: 'string' as const }, description: 'The revision, e.g. "3"' } };

const put = createRoute({
  method: 'put',
  path: '/units/{unitId}/reports/{year}',
  tags: ['reports'],
  summary: "Submit a unit's figures for a year (its secretary, a superior, or an admin)",
  description:
    'Idempotent: the same body again answers 200 with the current revision and stores nothing; a different body ' +
    'is kept as a new revision (201). `If-Match: "<revision>"` (from the ETag; "0" = no report yet, * = any) ' +
    'makes the submission conditional: a stale revision answers 409. A body equal to the current report wins over a stale If-Match.',
  security: [{ bearerAuth: [] }],
  middleware: [requireAccess('report'), jsonBody(MAX_BODY_BYTES)] as const,
  request: {
    params: UnitYearParams,
    body: { required: true, content: { 'application/json': { schema: ReportBodySchema } } },
  },
  responses: {
    200: {
      description: 'Same body as the current report: nothing stored',
      headers: etagHeader,
      content: { 'application/json': { schema: ReportReceiptSchema } },
    },
    201: {
      description: 'New revision stored',
      headers: etagHeader,
      content: { 'application/json': { schema: ReportReceiptSchema } },
    },
    ...unitErrors,
    409: errorResponse('If-Match names a revision that is not the current one'),
    413: errorResponse('Body larger than 64 KiB'),
    422: errorResponse('summary.year differs from the year in the path'),
  },
});

const get = createRoute({
  method: 'get',
  path: '/units/{unitId}/reports/{year}',
  tags: ['reports'],
  summary: "A unit's current report (or ?revision=n) with the list of revisions",
  security: [{ bearerAuth: [] }],
  middleware: [requireAccess('report')] as const,
  request: { params: UnitYearParams, query: ReportQuerySchema },
  responses: {
    200: {
      description: 'The report',
      headers: etagHeader,
      content: { 'application/json': { schema: ReportSchema } },
    },
    ...unitErrors,
  },
});

export const reports = new OpenAPIHono<AppEnv>()
  .openapi(put, async (c) => {
    const { unitId, year } = c.req.valid('param');
    const body = c.req.valid('json');
    const expected = expectedRevision(c.req.header('If-Match'));
    if (body.summary.year !== year) {
      throw unprocessable(
        'year_mismatch',
        `Báo cáo là của năm ${body.summary.year} nhưng được gửi vào năm ${year}.`,
        [{ path: 'summary.year', message: `Phải là ${year}.` }],
      );
    }
    const note = body.note?.trim() ? body.note : null;
    const canonical = canonicalJson({ summary: body.summary, note });
    const outcome = await submitReport(c.env.DB, {
      unitId,
      year,
      bodyHash: await sha256Hex(canonical),
      summaryJson: canonicalJson(body.summary),
      note,
      figures: figuresToRow(figuresOf(body.summary)),
      by: c.var.user.email,
      at: nowIso(),
      expected,
    });
    if (outcome.kind === 'stale') {
      const current = outcome.current?.revision ?? 0;
      throw conflict(
        'stale_revision',
        current === 0
          ? `Đơn vị “${unitId}” chưa có báo cáo năm ${year}, nhưng If-Match yêu cầu một bản đã có.`
          : `Báo cáo đã được cập nhật (lần nộp hiện tại: ${current}). Hãy tải lại rồi gửi lại.`,
      );
    }
    c.header('ETag', revisionEtag(outcome.current.revision));
    const receipt = { unitId, year, ...outcome.current, created: outcome.kind === 'created' };
    return outcome.kind === 'created' ? c.json(receipt, 201) : c.json(receipt, 200);
  })
  .openapi(get, async (c) => {
    const { unitId, year } = c.req.valid('param');
    const { revision } = c.req.valid('query');
    const report = await getReport(c.env.DB, unitId, year, revision);
    if (!report) {
      throw notFound(
        revision === undefined
          ? `Đơn vị “${unitId}” chưa nộp báo cáo năm ${year}.`
          : `Không có lần nộp số ${revision} của báo cáo năm ${year}.`,
      );
    }
    c.header('ETag', revisionEtag(report.revision));
    const { note, ...rest } = report;
    return c.json({ unitId, year, ...rest, ...(note === null ? {} : { note }) }, 200);
  });
