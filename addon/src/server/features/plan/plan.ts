/**
 * "Soạn kế hoạch": the cell's annual plan. One `POST /v1/plan` (the check's request — keys, dates,
 * flags — plus the document fields; never a name) answers the .docx; the add-on fills in the
 * names from the sheet, uploads it as a Google Doc (a new version on every run) and shows the
 * plan as HTML rendered from the worker's document model, asked in the same `fetchAll`. The
 * worker writes the documents: the add-on only checks the request before it is sent (a wrong
 * date is said on the spot), and carries none of the plan's drafting.
 */

import type { DocumentModel } from '../../../../../shared/documents/model.ts';
import { SECRETARY_KEY } from '../../../../../shared/documents/names.ts';
import { checkPlanRequest } from '../../../../../shared/documents/plan/read.ts';
import type { PlanDocument } from '../../../../../shared/documents/schemas.ts';
import {
  type DocumentResult,
  type DocVersion,
  type Failure,
  notice,
  type PlanForm,
  type PlanInput,
} from '../../../common/model.ts';
import { backendFailure, invalid } from '../../actions/failures.ts';
import { parseFormDate } from '../../actions/form.ts';
import type { ActionOptions } from '../../actions/options.ts';
import { planYears } from '../../actions/years.ts';
import type { Services } from '../../adapters/services.ts';
import { readAnswer } from '../../backend/answer.ts';
import { callApi, serverMessage } from '../../backend/client.ts';
import { documentModelAnswer } from '../../backend/contract.gen.ts';
import { compareTargets, targetsRequest } from '../../backend/targets.ts';
import { DOCX_MEDIA_TYPE } from '../../documents/docx.ts';
import { documentHtml, needsBackend, publishDocx } from '../../documents/publish.ts';
import { versionsOf } from '../../documents/versions.ts';
import { type ConfigValues, unitIdOf } from '../../sheet/config.ts';
import { namesIn, namesMessage } from '../../sheet/privacy.ts';
import { CONFIG } from '../../sheet/tabColumns.ts';
import { namesOf, readWorkbook } from '../../sheet/workbook.ts';

/** The "Cấu hình" labels a plan needs and that are still empty. */
function missingForPlan(config: ConfigValues): string[] {
  const missing: string[] = [];
  if (!config.unitName) missing.push('Tên chi bộ');
  if (!config.superiorName) missing.push('Cấp ủy cấp trên');
  if (!config.place) missing.push('Địa danh');
  return missing;
}

/**
 * The number a year's plan was last issued under: a new version of the same plan keeps it. None
 * for a year without a plan: a number is never carried over to another document (“Cấu hình” no
 * longer has one; an older sheet's row is ignored).
 */
function numberOf(versions: readonly DocVersion[] | undefined): string {
  return versions?.find((v) => v.number)?.number ?? '';
}

export function planForm(s: Services, options: ActionOptions = {}): PlanForm | Failure {
  const now = options.now?.() ?? new Date();
  const ctx = readWorkbook(s, now);
  if ('kind' in ctx) return ctx;
  const { build, clock } = ctx;
  const { year, years } = planYears(clock.today);
  const config = build.config;
  const versions: PlanForm['versions'] = {};
  for (const y of years) {
    const list = versionsOf(s, 'plan', y);
    if (list.length > 0) versions[String(y)] = list;
  }
  return {
    ok: true,
    year,
    years,
    number: numberOf(versions[String(year)]),
    date: clock.todayText,
    signer: config.secretaryName ?? '',
    unitName: config.unitName ?? '',
    superiorName: config.superiorName ?? '',
    place: config.place ?? '',
    missing: missingForPlan(config),
    backendConfigured: Boolean(config.backendUrl),
    versions,
  };
}

const FIELD_LABELS: Record<string, string> = {
  'document.unitName': `“Tên chi bộ” (bảng “${CONFIG.name}”)`,
  'document.superiorName': `“Cấp ủy cấp trên” (bảng “${CONFIG.name}”)`,
  'document.place': `“Địa danh” (bảng “${CONFIG.name}”)`,
  'document.number': '“Số văn bản”',
  'document.signerTitle': '“Chức vụ người ký”',
  'document.date': '“Ngày ban hành”',
  'document.year': '“Năm”',
};

function readPlanInput(input: unknown): PlanInput | Failure {
  const i = (input ?? {}) as Partial<Record<keyof PlanInput, unknown>>;
  const year = Number(i.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    return invalid('Năm chưa đúng', 'Chọn năm của kế hoạch (ví dụ 2026).');
  return {
    year,
    number: String(i.number ?? '').trim(),
    date: String(i.date ?? '').trim(),
    signer: String(i.signer ?? '').trim(),
    signerTitle: String(i.signerTitle ?? '').trim(),
  };
}

export function runPlan(
  s: Services,
  rawInput: unknown,
  options: ActionOptions = {},
): DocumentResult | Failure {
  const input = readPlanInput(rawInput);
  if ('ok' in input) return input;
  const date = parseFormDate(input.date);
  if (date === undefined)
    return invalid(
      'Ngày ban hành chưa đúng',
      `“${input.date}” không phải ngày dạng dd/mm/yyyy (ví dụ 05/01/${input.year}).`,
    );
  if (input.signer.length > 100)
    return invalid('Họ tên người ký dài quá', 'Họ tên người ký tối đa 100 ký tự.');
  if ((input.signerTitle ?? '').length > 60)
    return invalid('Chức vụ người ký dài quá', 'Chức vụ người ký tối đa 60 ký tự (ví dụ “Phó Bí thư”).');
  const now = options.now?.() ?? new Date();
  const read = readWorkbook(s, now, input.year);
  if ('kind' in read) return read;
  const { build, clock } = read;
  const config = build.config;
  const missing = missingForPlan(config);
  if (missing.length > 0) {
    return invalid(
      'Thiếu thông tin cho phần đầu văn bản',
      `Ghi ${missing.map((m) => `“${m}”`).join(', ')} ở bảng “${CONFIG.name}” rồi soạn lại.`,
    );
  }
  // The names of the units and the place go to the backend: none may carry a person's name.
  const people = [...build.candidates, ...build.members];
  for (const [label, text] of [
    [`“Tên chi bộ” (bảng “${CONFIG.name}”)`, config.unitName],
    [`“Cấp ủy cấp trên” (bảng “${CONFIG.name}”)`, config.superiorName],
    [`“Địa danh” (bảng “${CONFIG.name}”)`, config.place],
  ] as const) {
    const named = namesIn(text ?? '', people);
    if (named.length > 0) return invalid('Tên đơn vị có họ tên', namesMessage(label, named));
  }
  // The signer's name is filled in here, like every other name: it is not sent.
  const document: PlanDocument = {
    unitName: config.unitName!,
    superiorName: config.superiorName!,
    place: config.place!,
    date,
    year: input.year,
    ...(input.number ? { number: input.number } : {}),
    // a deputy may sign (PHÓ BÍ THƯ); the secretary by default
    ...(input.signerTitle ? { signerTitle: input.signerTitle } : {}),
    // the superior's document that gave the targets ("Cấu hình"), cited in the plan's basis
    ...(config.targetsDocumentNumber
      ? {
          targetsDocument: {
            number: config.targetsDocumentNumber,
            ...(config.targetsDocumentDate ? { date: config.targetsDocumentDate } : {}),
          },
        }
      : {}),
  };
  const body = { ...build.request, year: input.year, document };
  const parsed = checkPlanRequest(body);
  if (!parsed.ok) {
    const lines = parsed.problems
      .slice(0, 4)
      .map((p) => `${FIELD_LABELS[p.path] ?? p.path}: ${p.message}`)
      .join(' ');
    return invalid('Chưa soạn được kế hoạch', lines);
  }
  if (!config.backendUrl) return needsBackend('Kế hoạch');
  const names = namesOf(build, { key: SECRETARY_KEY, name: input.signer });
  const title = `Kế hoạch phát triển đảng viên năm ${input.year} — ${config.unitName}`;
  // One fetchAll: the model (JSON) for the sidebar's HTML, the .docx for the Google Doc, and the
  // superior's targets for the plan's year, to compare with the "Chỉ tiêu" tab the plan's figures
  // come from.
  const unitId = unitIdOf(config);
  const outcome = callApi(
    s,
    config.backendUrl,
    { method: 'post', path: 'plan', body },
    { action: 'soạn kế hoạch', after: AFTER_FAILURE },
    {
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.random ? { random: options.random } : {}),
      alongside: [
        { method: 'post', path: 'plan', body, accept: DOCX_MEDIA_TYPE },
        ...(unitId ? [targetsRequest(unitId, input.year)] : []),
      ],
    },
  );
  if (!outcome.ok) return backendFailure(outcome.error.notice);
  const model = readAnswer(s, documentModelAnswer, outcome.response, 'POST plan', {
    what: 'nội dung kế hoạch',
    after: AFTER_FAILURE,
  });
  if (!model.ok) return backendFailure(model.notice);
  const html = documentHtml(model.value as DocumentModel, names);
  const base = { ok: true as const, kind: 'plan' as const, year: input.year, title, html };
  const targets =
    unitId &&
    compareTargets(s, {
      response: outcome.alongside?.[1],
      unitId,
      year: input.year,
      sheet: build.request.targets,
      after: 'Kế hoạch vẫn được soạn theo bảng “Chỉ tiêu”.',
    });
  const said = targets ? [targets] : [];
  const docx = outcome.alongside?.[0];
  if (docx === undefined || docx.getResponseCode() !== 200) {
    const reason = docx && serverMessage(docx.getContentText()).message;
    return {
      ...base,
      doc: null,
      previous: versionsOf(s, 'plan', input.year),
      versionText: null,
      notices: [
        ...said,
        notice(
          'warning',
          'Chưa tạo được Google Doc',
          `${reason ? `${reason} ` : 'Máy chủ PTĐV chưa gửi được tệp Word của kế hoạch. '}Nội dung kế hoạch vẫn xem được bên dưới; soạn lại để có Google Doc.`,
        ),
      ],
      namesFilled: 0,
      unnamed: [],
    };
  }
  const published = publishDocx(s, {
    kind: 'plan',
    year: input.year,
    title,
    docx: docx.getBlob(),
    names,
    clock,
    ...(input.number ? { number: input.number } : {}),
  });
  if ('kind' in published) return published;
  return { ...base, ...published, notices: [...said, ...published.notices] };
}

/** What follows a failed request: the plan is the worker's to write. */
const AFTER_FAILURE =
  'Kế hoạch do máy chủ PTĐV soạn nên cần kết nối tới máy chủ; soạn lại khi kết nối được. “Kiểm tra danh sách” vẫn chạy ngay trên bảng tính.';
