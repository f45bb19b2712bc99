/**
 * "Gửi báo cáo lên cấp trên": the unit's figures for a year — the engine's `summary`, counts
 * only, no name and no row key — sent with `PUT /v1/units/{id}/reports/{year}`. The summary is
 * computed by the engine bundled with the add-on (the same shared/ code as the backend's), so a
 * submission is one request. The backend keeps every revision and treats the same figures sent
 * again as nothing new.
 */

import { evaluateRequest } from '../../../../../shared/engine/evaluate.ts';
import { reportableSummary } from '../../../../../shared/engine/forecast.ts';
import { poolOf } from '../../../../../shared/engine/summary.ts';
import type { Summary } from '../../../../../shared/schemas/response.ts';
import type { Failure, FigureLine, ReportForm, ReportResult } from '../../../common/model.ts';
import { backendFailure, invalid } from '../../actions/failures.ts';
import type { ActionOptions } from '../../actions/options.ts';
import type { Services } from '../../adapters/services.ts';
import { readAnswer } from '../../backend/answer.ts';
import { callApi } from '../../backend/client.ts';
import { reportReceiptAnswer } from '../../backend/contract.gen.ts';
import { compareTargets, targetsRequest } from '../../backend/targets.ts';
import { UNIT_ID } from '../../sheet/config.ts';
import { namesIn, namesMessage } from '../../sheet/privacy.ts';
import { CONFIG } from '../../sheet/tabColumns.ts';
import { readWorkbook } from '../../sheet/workbook.ts';

const MAX_NOTE = 2000;
const SENT_KEY = 'ptdv.reports.sent';

type Sent = ReportForm['sent'];

function loadSent(s: Services): Sent {
  const raw = s.PropertiesService.getDocumentProperties().getProperty(SENT_KEY);
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    return typeof v === 'object' && v !== null ? (v as Sent) : {};
  } catch {
    return {};
  }
}

function notConfigured(what: 'backendUrl' | 'unitId'): Failure {
  return what === 'backendUrl'
    ? invalid(
        'Chưa có địa chỉ máy chủ',
        `Báo cáo được gửi lên máy chủ PTĐV của cấp trên. Ghi “Địa chỉ máy chủ” (cấp trên cung cấp) ở bảng “${CONFIG.name}” rồi gửi lại.`,
      )
    : invalid(
        'Chưa có mã đơn vị',
        `Ghi “Mã đơn vị” của chi bộ (cấp trên cung cấp, ví dụ thpt-le-quy-don) ở bảng “${CONFIG.name}” rồi gửi lại.`,
      );
}

export function reportForm(s: Services, options: ActionOptions = {}): ReportForm | Failure {
  const now = options.now?.() ?? new Date();
  const ctx = readWorkbook(s, now);
  if ('kind' in ctx) return ctx;
  const year = Number(ctx.clock.today.slice(0, 4));
  return {
    ok: true,
    year,
    years: [year - 1, year],
    unitId: ctx.build.config.unitId ?? null,
    unitName: ctx.build.config.unitName ?? null,
    backendConfigured: Boolean(ctx.build.config.backendUrl),
    sent: loadSent(s),
  };
}

/** What was sent, as the sidebar lists it: figures only. */
export function figureLines(summary: Summary): FigureLine[] {
  const a = summary.breakdown.admitted;
  // the figures beside the pool count the pool's people (the engine's summary.pool)
  const pool = poolOf(summary);
  const gone = summary.pastLeaving ?? 0;
  return [
    { label: 'Kết nạp đảng viên trong năm', value: summary.admittedThisYear },
    { label: 'học sinh, sinh viên', value: a.students, sub: true },
    { label: 'nữ', value: a.women, sub: true },
    { label: 'dân tộc thiểu số', value: a.ethnicMinority, sub: true },
    { label: 'có tôn giáo', value: a.religion, sub: true },
    { label: 'đoàn viên', value: a.youthUnion, sub: true },
    { label: 'Học lớp nhận thức về Đảng trong năm', value: summary.awarenessClassThisYear },
    { label: 'Công nhận đảng viên chính thức', value: summary.recognizedThisYear },
    { label: 'Hết thời gian dự bị trong năm', value: summary.probationEndsThisYear },
    { label: 'Quần chúng đang bồi dưỡng', value: summary.breakdown.pipeline.total },
    { label: 'đã vào danh sách cảm tình Đảng', value: summary.sympathizers, sub: true },
    { label: 'đủ điều kiện, chờ chi bộ xét', value: pool.ready, sub: true },
    { label: 'chi bộ đã đề nghị, chờ quyết định', value: summary.byStage.proposed, sub: true },
    // said only when there are some: the list has rows the pool leaves out
    ...(gone > 0 ? [{ label: 'Đã qua ngày dự kiến rời đơn vị (không tính ở trên)', value: gone }] : []),
    { label: 'Có thể kết nạp thêm đến 31/12', value: summary.forecast.admissible },
    // The engine's outlooks are exclusive: someone who leaves before turning 18 is counted once,
    // under age, and the labels say so (the sidebar and the plan name both as leaving).
    {
      // Bảng 4's headers with their note (report/tables.ts, sourceTable)
      label: `Chưa đủ 18 tuổi (đến 31/12/${summary.year} hoặc đến khi rời đơn vị)`,
      value: pool.blockedByAge,
    },
    {
      label: 'Rời đơn vị trước khi đủ điều kiện (ngoài số chưa đủ 18 tuổi)',
      value: pool.blockedByLeaving,
    },
  ];
}

export function runReport(
  s: Services,
  rawInput: unknown,
  options: ActionOptions = {},
): ReportResult | Failure {
  const i = (rawInput ?? {}) as { year?: unknown; note?: unknown };
  const year = Number(i.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    return invalid('Năm chưa đúng', 'Chọn năm của báo cáo (ví dụ 2026).');
  const note = typeof i.note === 'string' ? i.note.trim() : '';
  if (note.length > MAX_NOTE) return invalid('Ghi chú dài quá', `Ghi chú tối đa ${MAX_NOTE} ký tự.`);
  const now = options.now?.() ?? new Date();
  const ctx = readWorkbook(s, now, year);
  if ('kind' in ctx) return ctx;
  const { config, request } = ctx.build;
  // Names never leave the sheet: a note that names someone from it is refused before sending.
  const named = namesIn(note, [...ctx.build.candidates, ...ctx.build.members]);
  if (named.length > 0) return invalid('Ghi chú có họ tên', namesMessage('Ghi chú', named));
  if (!config.backendUrl) return notConfigured('backendUrl');
  if (!config.unitId) return notConfigured('unitId');
  const unitId = config.unitId.trim().toLowerCase();
  if (!UNIT_ID.test(unitId)) {
    return invalid(
      'Mã đơn vị chưa đúng',
      `“${config.unitId}” không phải mã đơn vị: mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ thpt-le-quy-don). Sửa “Mã đơn vị” ở bảng “${CONFIG.name}”.`,
    );
  }
  // Counts only: the row keys behind the forecast stay in the sheet.
  const summary = reportableSummary(evaluateRequest({ ...request, year }).summary);
  const path = `units/${encodeURIComponent(unitId)}/reports/${year}`;
  // The superior's targets ride along in the same fetchAll (no extra service call), to compare
  // with the "Chỉ tiêu" tab the plan and the summary use.
  const outcome = callApi(
    s,
    config.backendUrl,
    {
      method: 'put',
      path,
      body: { summary, ...(note ? { note } : {}) },
    },
    {
      action: 'gửi báo cáo',
      after: 'Chưa gửi được; số liệu trong bảng tính không thay đổi, hãy gửi lại sau.',
      forbidden: `Hãy đề nghị ban tổ chức cấp ủy cấp trên thêm địa chỉ email của bạn với vai trò bí thư chi bộ cho đơn vị “${unitId}” (mã ghi ở bảng “${CONFIG.name}”).`,
    },
    {
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.random ? { random: options.random } : {}),
      alongside: [targetsRequest(unitId, year)],
    },
  );
  if (!outcome.ok) return backendFailure(outcome.error.notice);
  const answer = readAnswer(s, reportReceiptAnswer, outcome.response, `PUT ${path}`, {
    what: 'biên nhận',
    after: `Kiểm tra “Địa chỉ máy chủ” ở bảng “${CONFIG.name}” rồi gửi lại (gửi lại cùng số liệu không tạo bản trùng).`,
  });
  if (!answer.ok) return backendFailure(answer.notice);
  const receipt = answer.value;
  const at = new Date(receipt.submittedAt);
  const submittedAtText = s.Utilities.formatDate(
    Number.isNaN(at.getTime()) ? now : at,
    ctx.clock.timeZone,
    'HH:mm, dd/MM/yyyy',
  );
  const targets = compareTargets(s, {
    response: outcome.alongside?.[0],
    unitId,
    year,
    sheet: request.targets,
    after: 'Báo cáo vẫn được gửi bình thường.',
  });
  const sent = loadSent(s);
  sent[String(year)] = { revision: receipt.revision, atText: submittedAtText };
  s.PropertiesService.getDocumentProperties().setProperty(SENT_KEY, JSON.stringify(sent));
  return {
    ok: true,
    unitId,
    year,
    revision: receipt.revision,
    created: receipt.created,
    submittedAtText,
    figures: figureLines(summary),
    notices: targets ? [targets] : [],
  };
}
