import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { PaperParams, PaperRequestBodySchema } from '../../../shared/contract/documents.ts';
import { draftPaper, PAPER_TITLES } from '../../../shared/documents/papers/build.ts';
import { isPaperKind } from '../../../shared/documents/papers/parse.ts';
import { maxEvaluateBodyText } from '../config.ts';
import { DOCX_MEDIA_TYPE } from '../docx/render.ts';
import { documentResponse } from '../docx/respond.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, notFound, unprocessable } from '../errors.ts';
import { evaluateBody } from '../middleware/evaluateBody.ts';
import { authErrors, draftedDocument, errorResponse } from '../openapi/responses.ts';

const route = createRoute({
  method: 'post',
  path: '/papers/{kind}',
  tags: ['documents'],
  summary:
    "Draft one of a meeting's papers (6-KNĐ, 13-KNĐ, the minutes' extract, helper assignment, sympathiser list)",
  description:
    'The evaluate request plus `meeting` (date, chair, note-taker, absent members with their reasons, exempt members ' +
    'who voted, place) and `document` (unitName, superiorName, place, number?, date, signerTitle?, chairIsSigner?); `candidateKey` ' +
    'for admission-resolution, `memberKey` for recognition-resolution. The figures come from the meeting review: ' +
    'members and attendance on the meeting day, the vote over all counted full members against two thirds, the ' +
    "candidate's eligibility on that day. Answers the document model as JSON, or the .docx when `Accept` names " +
    `\`${DOCX_MEDIA_TYPE}\`; names are \`{{ten:KEY}}\` tokens the add-on fills in. A paper the facts make wrong is ` +
    'refused (422 `paper_refused`) with the Vietnamese reason naming the fact. Stores nothing.',
  security: [{ bearerAuth: [] }],
  request: {
    params: PaperParams,
    body: {
      required: true,
      content: { 'application/json': { schema: PaperRequestBodySchema } },
    },
  },
  responses: {
    200: draftedDocument('The paper'),
    ...authErrors,
    400: errorResponse('Malformed JSON, or the request does not follow the schema (details: JSON paths)'),
    404: errorResponse('No such kind of paper'),
    413: errorResponse(`Body larger than ${maxEvaluateBodyText()}, or more candidates than the cap`),
    422: errorResponse(
      'The request contradicts itself (details: JSON paths), or the facts make the paper wrong (code paper_refused; details: the reasons)',
    ),
  },
});

const FILES: Record<string, string> = {
  'admission-resolution': 'nghi-quyet-de-nghi-ket-nap',
  'recognition-resolution': 'nghi-quyet-de-nghi-cong-nhan-chinh-thuc',
  'minutes-extract': 'trich-bien-ban-hop-chi-bo',
  'helper-assignment': 'nghi-quyet-phan-cong-giup-do',
  'sympathizer-list': 'nghi-quyet-danh-sach-cam-tinh-dang',
};

/** A thin route: `draftPaper` (shared/) validates, reviews the meeting and drafts; the worker renders. */
export const paperRoutes = new OpenAPIHono<AppEnv>();
paperRoutes.openAPIRegistry.registerPath(route);
paperRoutes.post('/papers/:kind', evaluateBody, async (c) => {
  const kind = c.req.param('kind');
  if (!isPaperKind(kind)) throw notFound(`Không có loại văn bản “${kind}”.`);
  const outcome = draftPaper(kind, c.var.body);
  if (!outcome.ok) {
    if ('problems' in outcome) {
      if (outcome.kind === 'malformed')
        throw badRequest('Yêu cầu soạn văn bản cuộc họp không hợp lệ.', outcome.problems);
      throw unprocessable('paper_inconsistent', 'Dữ liệu cuộc họp không thống nhất.', outcome.problems);
    }
    throw unprocessable(
      'paper_refused',
      outcome.refusals.map((r) => r.message).join(' '),
      outcome.refusals.map((r) => ({ path: 'meeting', message: r.message })),
    );
  }
  const day = outcome.model.header.date;
  return documentResponse(c, outcome.model, {
    ascii: `${FILES[kind]}-${day}.docx`,
    vietnamese: `${PAPER_TITLES[kind].replace(/ \(mẫu .*\)$/, '')} ${day.split('-').reverse().join('-')}.docx`,
  });
});
