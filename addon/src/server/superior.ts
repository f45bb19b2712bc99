/**
 * The superior's side (ban tổ chức of a commune/ward committee, or a grassroots committee): who
 * the account is (`GET /v1/me`), the unit it answers for, and the three actions — "Tổng hợp các
 * chi bộ" (summaryTab.ts), "Giao chỉ tiêu" (assignTab.ts) and "Soạn báo cáo" (below). The menu
 * items are there for everyone; a secretary is told plainly what they are for and who may use them.
 */
import type { DocumentModel } from '../../../shared/documents/model.ts';
import { DocumentModelSchema } from '../../../shared/documents/modelSchema.ts';
import { SIGNER_KEY } from '../../../shared/documents/names.ts';
import { reportProblems } from '../../../shared/documents/report/check.ts';
import { type ReportDocument, ReportDocumentSchema } from '../../../shared/documents/schemas.ts';
import { toProblems } from '../../../shared/schemas/problems.ts';
import type { DocumentResult, Failure, Notice, SuperiorReportInput, SuperiorState } from '../common/model.ts';
import { type ApiWording, callApi, type EvaluateRemoteOptions, jsonOf } from './backend.ts';
import { CONFIG } from './columns.ts';
import { type Clock, clockOf } from './context.ts';
import { DOCX_MEDIA_TYPE } from './docx.ts';
import { type ActionOptions, invalid, parseFormDate } from './plan.ts';
import { documentHtml, publishDocx } from './publish.ts';
import { type ConfigValues, configOf, readTable } from './rows.ts';
import type { Services, SpreadsheetLike } from './services.ts';
import { findSheets } from './sheets.ts';
import { UNIT_ID } from './submit.ts';

export interface Me {
  email: string;
  isAdmin: boolean;
  memberships: Array<{ unitId: string; unitName: string; role: 'secretary' | 'superior' }>;
}

export interface SuperiorContext {
  ss: SpreadsheetLike;
  clock: Clock;
  config: ConfigValues;
  base: string;
  me: Me;
  unitId: string;
  unitName: string;
  others: Array<{ id: string; name: string }>;
}

export function remoteOptions(options: ActionOptions): EvaluateRemoteOptions {
  return {
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.random ? { random: options.random } : {}),
  };
}

/** A backend notice as the sidebar's failure. */
export function backendFailure(notice: Notice): Failure {
  return { ok: false, kind: 'backend', level: notice.level, title: notice.title, text: notice.text };
}

export const SUPERIOR_WORDING: ApiWording = {
  action: 'của cấp ủy cấp trên',
  after: '',
  forbidden:
    'Các chức năng tổng hợp, giao chỉ tiêu và báo cáo dành cho ban tổ chức cấp ủy cấp trên của đơn vị. Nếu bạn phụ trách việc này, đề nghị quản trị viên PTĐV thêm email của bạn với vai trò cấp ủy cấp trên.',
};

function parseMe(body: unknown): Me | undefined {
  const b = body as { email?: unknown; isAdmin?: unknown; memberships?: unknown };
  if (typeof b?.email !== 'string' || !Array.isArray(b.memberships)) return undefined;
  const memberships: Me['memberships'] = [];
  for (const m of b.memberships as Array<Record<string, unknown>>) {
    if (typeof m?.unitId !== 'string' || (m.role !== 'secretary' && m.role !== 'superior')) continue;
    memberships.push({
      unitId: m.unitId,
      unitName: typeof m.unitName === 'string' ? m.unitName : m.unitId,
      role: m.role,
    });
  }
  return { email: b.email, isAdmin: b.isAdmin === true, memberships };
}

/** Why this account cannot use the superior's actions, in words a secretary understands. */
export function notSuperiorFailure(me: Me): Failure {
  const cells = me.memberships.filter((m) => m.role === 'secretary').map((m) => m.unitName);
  const who = cells.length > 0 ? ` là bí thư ${cells.join(', ')}, nhưng` : '';
  return {
    ok: false,
    kind: 'notSuperior',
    title: 'Chức năng dành cho cấp ủy cấp trên',
    text: `Tài khoản ${me.email}${who} chưa được giao vai trò cấp ủy cấp trên (ban tổ chức) của đơn vị nào. “Tổng hợp các chi bộ”, “Giao chỉ tiêu” và “Soạn báo cáo” dành cho ban tổ chức đảng ủy xã, phường, đặc khu hoặc đảng ủy cơ sở: xem số liệu mọi chi bộ trực thuộc, giao chỉ tiêu và soạn báo cáo chung. Bí thư chi bộ dùng “Gửi báo cáo” để gửi số liệu của chi bộ mình lên. Nếu bạn phụ trách việc này, đề nghị quản trị viên PTĐV thêm email của bạn với vai trò cấp ủy cấp trên.`,
  };
}

/**
 * Reads "Cấu hình", asks the backend who the account is, and picks its unit: the unit of
 * "Mã đơn vị" when the account is a superior there, else its (first) superior membership; an
 * admin may name any unit in "Mã đơn vị".
 */
export function superiorContext(s: Services, options: ActionOptions = {}): SuperiorContext | Failure {
  const now = options.now?.() ?? new Date();
  const ss = s.SpreadsheetApp.getActive();
  const clock = clockOf(s, ss, now);
  const sheet = findSheets(ss, [CONFIG]).get(CONFIG);
  const config = configOf(
    sheet ? readTable(CONFIG, sheet.getName(), sheet.getDataRange().getValues()) : undefined,
  );
  const base = config.backendUrl;
  if (!base) {
    return invalid(
      'Chưa có địa chỉ máy chủ',
      `Số liệu các chi bộ nằm trên máy chủ PTĐV. Ghi “Địa chỉ máy chủ” ở bảng “${CONFIG.name}” (tạo bảng bằng “Tạo bảng mẫu” nếu chưa có) rồi bấm lại.`,
    );
  }
  const outcome = callApi(s, base, { method: 'get', path: 'me' }, SUPERIOR_WORDING, remoteOptions(options));
  if (!outcome.ok) return backendFailure(outcome.error.notice);
  const me = parseMe(jsonOf(outcome.response));
  if (me === undefined) {
    return backendFailure({
      level: 'warning',
      title: 'Máy chủ trả lời không đúng dạng',
      text: `Không đọc được thông tin tài khoản từ máy chủ PTĐV. Kiểm tra “Địa chỉ máy chủ” ở bảng “${CONFIG.name}”.`,
    });
  }
  const superiorOf = me.memberships.filter((m) => m.role === 'superior');
  const configured = config.unitId?.trim().toLowerCase();
  let unit = superiorOf.find((m) => m.unitId === configured) ?? superiorOf[0];
  if (unit === undefined && me.isAdmin && configured && UNIT_ID.test(configured)) {
    unit = { unitId: configured, unitName: configured, role: 'superior' };
  }
  if (unit === undefined) return notSuperiorFailure(me);
  return {
    ss,
    clock,
    config,
    base,
    me,
    unitId: unit.unitId,
    unitName: unit.unitName,
    others: superiorOf
      .filter((m) => m.unitId !== unit.unitId)
      .map((m) => ({ id: m.unitId, name: m.unitName })),
  };
}

export function superiorState(s: Services, options: ActionOptions = {}): SuperiorState | Failure {
  const ctx = superiorContext(s, options);
  if ('kind' in ctx) return ctx;
  const year = Number(ctx.clock.today.slice(0, 4));
  // "Cấu hình" describes the superior's own unit only when it names it.
  const own = ctx.config.unitId?.trim().toLowerCase() === ctx.unitId;
  const notices: Notice[] = [];
  if (ctx.others.length > 0) {
    notices.push({
      level: 'info',
      title: `Đang làm việc với ${ctx.unitName}`,
      text: `Tài khoản còn là cấp ủy cấp trên của ${ctx.others.map((o) => `${o.name} (${o.id})`).join(', ')}. Để chọn đơn vị khác, ghi mã đơn vị đó vào “Mã đơn vị” ở bảng “${CONFIG.name}”.`,
    });
  }
  return {
    ok: true,
    email: ctx.me.email,
    unitId: ctx.unitId,
    unitName: ctx.unitName,
    others: ctx.others,
    year,
    years: [year - 1, year],
    report: {
      superiorName: own ? (ctx.config.superiorName ?? '') : '',
      place: ctx.config.place ?? '',
      signer: own ? (ctx.config.secretaryName ?? '') : '',
      number: own ? (ctx.config.documentNumber ?? '') : '',
      date: ctx.clock.todayText,
    },
    notices,
  };
}

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
  const parsed = ReportDocumentSchema.safeParse(candidate);
  const problems = parsed.success
    ? reportProblems(parsed.data)
    : toProblems(parsed.error).map((p) => ({ ...p, path: `document.${p.path}` }));
  if (!parsed.success || problems.length > 0) {
    return invalid(
      'Chưa soạn được báo cáo',
      problems
        .slice(0, 4)
        .map((p) => `${REPORT_FIELDS[p.path] ?? p.path}: ${p.message}`)
        .join(' '),
    );
  }
  const document: ReportDocument = parsed.data;
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
  const model = DocumentModelSchema.safeParse(jsonOf(json.response));
  if (!model.success) {
    return backendFailure({
      level: 'warning',
      title: 'Máy chủ trả lời không đúng dạng',
      text: 'Không đọc được nội dung báo cáo từ máy chủ PTĐV. Hãy soạn lại sau.',
    });
  }
  const names: Record<string, string> = signer ? { [SIGNER_KEY]: signer } : {};
  const html = documentHtml(model.data as DocumentModel, names);
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
