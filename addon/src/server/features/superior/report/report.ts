/**
 * "Soạn báo cáo" (the superior): the consolidated report for a year or its first half — the
 * document model for the HTML, the .docx for the Google Doc — published like the plan.
 */

import { readReportDocument } from '../../../../../../shared/documents/fields.ts';
import type { DocumentModel } from '../../../../../../shared/documents/model.ts';
import { SIGNER_KEY } from '../../../../../../shared/documents/names.ts';
import { reportProblems } from '../../../../../../shared/documents/report/check.ts';
import type { ReportDocument } from '../../../../../../shared/documents/schemas.ts';
import type { DocumentResult, Failure, SuperiorReportInput } from '../../../../common/model.ts';
import { backendFailure, invalid } from '../../../actions/failures.ts';
import { parseFormDate } from '../../../actions/form.ts';
import { type ActionOptions, remoteOptions } from '../../../actions/options.ts';
import type { Services } from '../../../adapters/services.ts';
import { readAnswer } from '../../../backend/answer.ts';
import { type ApiWording, callApi } from '../../../backend/client.ts';
import { documentModelAnswer } from '../../../backend/contract.gen.ts';
import { DOCX_MEDIA_TYPE } from '../../../documents/docx.ts';
import { documentHtml, publishDocx } from '../../../documents/publish.ts';
import { superiorContext } from '../../../superior/context.ts';
import { SUPERIOR_WORDING } from '../../../superior/wording.ts';

const REPORT_FIELDS: Record<string, string> = {
  'document.unitName': '“Tên đơn vị”',
  'document.superiorName': '“Cấp ủy cấp trên”',
  'document.place': '“Địa danh”',
  'document.number': '“Số văn bản”',
  'document.date': '“Ngày ban hành”',
  'document.signerTitle': '“Chức vụ người ký”',
};

/** "Soạn báo cáo": the consolidated report as a Google Doc, the same way as the plan. */
export function runSuperiorReport(
  s: Services,
  rawInput: unknown,
  options: ActionOptions = {},
): DocumentResult | Failure {
  const i = (rawInput ?? {}) as Partial<Record<keyof SuperiorReportInput, unknown>>;
  const year = Number(i.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    return invalid('Năm chưa đúng', 'Chọn năm của báo cáo (ví dụ 2026).');
  const period = i.period === 'firstHalf' ? 'firstHalf' : 'year';
  const dateText = String(i.date ?? '').trim();
  const date = parseFormDate(dateText);
  if (date === undefined)
    return invalid('Ngày ban hành chưa đúng', `“${dateText}” không phải ngày dạng dd/mm/yyyy.`);
  const signer = String(i.signer ?? '').trim();
  const ctx = superiorContext(s, options);
  if ('kind' in ctx) return ctx;
  const text = (v: unknown) => String(v ?? '').trim();
  const candidate = {
    unitName: ctx.unitName,
    superiorName: text(i.superiorName),
    place: text(i.place),
    date,
    year,
    period,
    ...(text(i.number) ? { number: text(i.number) } : {}),
    ...(text(i.signerTitle) ? { signerTitle: text(i.signerTitle) } : {}),
  };
  const parsed = readReportDocument(candidate, 'document');
  const problems = parsed.ok ? reportProblems(parsed.value) : parsed.problems;
  if (!parsed.ok || problems.length > 0) {
    return invalid(
      'Chưa soạn được báo cáo',
      problems
        .slice(0, 4)
        .map((p) => `${REPORT_FIELDS[p.path] ?? p.path}: ${p.message}`)
        .join(' '),
    );
  }
  const document: ReportDocument = parsed.value;
  const path = `units/${encodeURIComponent(ctx.unitId)}/report`;
  const wording: ApiWording = { ...SUPERIOR_WORDING, action: 'soạn báo cáo' };
  const json = callApi(
    s,
    ctx.base,
    { method: 'post', path, body: { document } },
    wording,
    remoteOptions(options),
  );
  if (!json.ok) return backendFailure(json.error.notice);
  const model = readAnswer(s, documentModelAnswer, json.response, `POST ${path}`, {
    what: 'nội dung báo cáo',
    after: '',
  });
  if (!model.ok) return backendFailure(model.notice);
  const names: Record<string, string> = signer ? { [SIGNER_KEY]: signer } : {};
  const html = documentHtml(model.value as DocumentModel, names);
  const periodText = period === 'firstHalf' ? `6 tháng đầu năm ${year}` : `năm ${year}`;
  const title = `Báo cáo kết quả công tác phát triển đảng viên ${periodText} — ${ctx.unitName}`;
  const kind = period === 'firstHalf' ? 'reportFirstHalf' : 'report';
  const base = { ok: true as const, kind: 'report' as const, year, title, html };
  const docx = callApi(
    s,
    ctx.base,
    { method: 'post', path, body: { document }, accept: DOCX_MEDIA_TYPE },
    { ...wording, after: 'Nội dung báo cáo vẫn xem được bên dưới; Google Doc chưa được tạo.' },
    remoteOptions(options),
  );
  if (!docx.ok) {
    return {
      ...base,
      doc: null,
      previous: [],
      versionText: null,
      notices: [docx.error.notice],
      namesFilled: 0,
      unnamed: [],
    };
  }
  const published = publishDocx(s, {
    kind,
    year,
    title,
    docx: docx.response.getBlob(),
    names,
    clock: ctx.clock,
  });
  if ('kind' in published) return published;
  return { ...base, ...published };
}
