import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { MAX_AGGREGATE_ROWS } from '../../../shared/contract/aggregate.ts';
import { UnitParams } from '../../../shared/contract/common.ts';
import { ReportDocumentRequestSchema } from '../../../shared/contract/documents.ts';
import { buildReport } from '../../../shared/documents/report/build.ts';
import { reportProblems } from '../../../shared/documents/report/check.ts';
import { MAX_BODY_BYTES } from '../config.ts';
import { aggregate } from '../db/aggregate.ts';
import { DOCX_MEDIA_TYPE } from '../docx/render.ts';
import { documentResponse } from '../docx/respond.ts';
import type { AppEnv } from '../env.ts';
import { unprocessable } from '../errors.ts';
import { requireAccess } from '../middleware/access.ts';
import { jsonBody } from '../middleware/jsonBody.ts';
import { draftedDocument, errorResponse, unitErrors } from '../openapi/responses.ts';

/** The first year the API knows (YearSchema): no previous year before it. */
const FIRST_YEAR = 1945;

const route = createRoute({
  method: 'post',
  path: '/units/{unitId}/report',
  tags: ['documents'],
  summary:
    "Draft the superior's report (BÁO CÁO kết quả công tác phát triển đảng viên …) on the unit's subtree",
  description:
    "Built from the unit's aggregate for `document.year` (and the previous year, for admissions by year): one " +
    'line per direct subordinate with its subtree totals, totals computed from the lines. JSON document model, ' +
    `or the .docx when \`Accept\` names \`${DOCX_MEDIA_TYPE}\`. Admin, or a superior of the unit. Stores nothing.`,
  security: [{ bearerAuth: [] }],
  middleware: [requireAccess('manage'), jsonBody(MAX_BODY_BYTES)] as const,
  request: {
    params: UnitParams,
    body: {
      required: true,
      content: { 'application/json': { schema: ReportDocumentRequestSchema } },
    },
  },
  responses: {
    200: draftedDocument('The report'),
    ...unitErrors,
    413: errorResponse('Body larger than 64 KiB'),
    422: errorResponse('The report date does not fit its year or period'),
  },
});

export const reportDocumentRoutes = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { unitId } = c.req.valid('param');
  const { document } = c.req.valid('json');
  const problems = reportProblems(document);
  if (problems.length > 0) {
    throw unprocessable('report_inconsistent', 'Ngày ban hành không khớp với kỳ báo cáo.', problems);
  }
  const year = document.year;
  // One line per direct subordinate: the unit and its children with their subtree totals (one row
  // each, whatever lies below them).
  const levels = { depth: 1, maxRows: MAX_AGGREGATE_ROWS };
  const [current, previous] = await Promise.all([
    aggregate(c.env.DB, unitId, year, levels),
    year > FIRST_YEAR ? aggregate(c.env.DB, unitId, year - 1, levels) : undefined,
  ]);
  if (current.truncated) {
    throw unprocessable('aggregate_too_large', `Đơn vị có hơn ${MAX_AGGREGATE_ROWS} đơn vị trực thuộc.`);
  }
  const model = buildReport({ rows: current.rows, previousRows: previous?.rows ?? [], document });
  const half = document.period === 'firstHalf';
  return documentResponse(c, model, {
    ascii: `bao-cao-phat-trien-dang-vien-${half ? '6-thang-' : ''}${year}.docx`,
    vietnamese: `Báo cáo phát triển đảng viên ${half ? '6 tháng đầu năm' : 'năm'} ${year}.docx`,
  });
});
