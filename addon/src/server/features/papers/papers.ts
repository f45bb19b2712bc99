/**
 * "Văn bản cuộc họp": the papers of one meeting of the "Họp chi bộ" tab. The form lists each
 * meeting with the papers it gives and any refusal, from the meeting's review run here (the same
 * review the backend runs; no paper is drafted here). One click asks the worker, which writes the
 * documents, for every paper's model (JSON, the sidebar's HTML) and .docx in one `fetchAll`, fills
 * in the names here and makes one Google Doc per paper, all in one Drive `fetchAll` under one
 * version number — service calls do not grow with rows or papers.
 */
import type { DocumentModel } from '../../../../../shared/documents/model.ts';
import { fillNames, SECRETARY_KEY } from '../../../../../shared/documents/names.ts';
import { meetingPapers, type PaperPlan } from '../../../../../shared/documents/papers/plans.ts';
import { checkPaperRequest, GUESTS_KEY } from '../../../../../shared/documents/papers/read.ts';
import type { PaperDocument } from '../../../../../shared/documents/papers/schema.ts';
import { guestsText, readGuests } from '../../../../../shared/meeting/guests.ts';
import { reviewMeeting } from '../../../../../shared/meeting/review.ts';
import type { Meeting } from '../../../../../shared/meeting/schema.ts';
import type { EvaluateRequest } from '../../../../../shared/schemas/request.ts';
import type {
  Failure,
  MeetingChoice,
  Notice,
  PaperDoc,
  PaperLine,
  PapersForm,
  PapersResult,
} from '../../../common/model.ts';
import { backendFailure, invalid } from '../../actions/failures.ts';
import type { ActionOptions } from '../../actions/options.ts';
import { statusInWords } from '../../adapters/httpWords.ts';
import type { Services } from '../../adapters/services.ts';
import { readAnswer } from '../../backend/answer.ts';
import { serverMessage } from '../../backend/client.ts';
import { documentModelAnswer } from '../../backend/contract.gen.ts';
import { callApiAll } from '../../backend/fetchAll.ts';
import { publishBatch } from '../../documents/batch.ts';
import { DOCX_MEDIA_TYPE } from '../../documents/docx.ts';
import { fromSignedBytes } from '../../documents/docxBytes.ts';
import { documentHtml, needsBackend } from '../../documents/publish.ts';
import { versionSentence } from '../../documents/versions.ts';
import type { ConfigValues } from '../../sheet/config.ts';
import { MEETINGS } from '../../sheet/meetingColumns.ts';
import { type MeetingRow, readMeetings } from '../../sheet/meetings.ts';
import { nameKey } from '../../sheet/normalize.ts';
import { namesIn, namesMessage } from '../../sheet/privacy.ts';
import { findSheets, readSheet } from '../../sheet/sheets.ts';
import { CONFIG } from '../../sheet/tabColumns.ts';
import { namesOf, readWorkbook, type WorkbookContext } from '../../sheet/workbook.ts';

function missingConfig(config: ConfigValues): string[] {
  const missing: string[] = [];
  if (!config.unitName) missing.push('Tên chi bộ');
  if (!config.superiorName) missing.push('Cấp ủy cấp trên');
  if (!config.place) missing.push('Địa danh');
  return missing;
}

/** The document fields: from "Cấu hình", dated the meeting day, the number left to write by hand. */
function documentOf(config: ConfigValues, meeting: Meeting): PaperDocument {
  return {
    unitName: config.unitName || 'Chi bộ',
    superiorName: config.superiorName || 'Cấp ủy cấp trên',
    place: config.place || 'Địa danh',
    date: meeting.date,
  };
}

interface Loaded {
  ctx: WorkbookContext;
  rows: MeetingRow[];
}

function load(s: Services, options: ActionOptions): Loaded | Failure {
  const now = options.now?.() ?? new Date();
  const ctx = readWorkbook(s, now);
  if ('kind' in ctx) return ctx;
  const sheet = findSheets(ctx.ss, [MEETINGS]).get(MEETINGS);
  const rows =
    sheet === undefined ? [] : readMeetings(readSheet(MEETINGS, sheet), ctx.build.members, ctx.dayOfDate);
  return { ctx, rows };
}

/** What one meeting gives: its papers with their refusals, or the facts that contradict the sheet. */
function planMeeting(request: EvaluateRequest, row: MeetingRow, doc: PaperDocument | undefined) {
  if (!row.meeting || !doc) return { problems: row.problems, plans: [] as PaperPlan[] };
  const parsed = checkPaperRequest('minutes-extract', { ...request, meeting: row.meeting, document: doc });
  if (!parsed.ok) return { problems: [...row.problems, ...parsed.problems.map((p) => p.message)], plans: [] };
  return { problems: row.problems, plans: meetingPapers(reviewMeeting(parsed.value.request, row.meeting)) };
}

function line(plan: PaperPlan, names: Record<string, string>): PaperLine {
  return {
    kind: plan.kind,
    title: plan.title,
    who: plan.key === undefined ? null : (names[plan.key] ?? plan.key),
    refusals: plan.refusals.map((r) => fillNames(r.message, names, { escape: 'none' })),
  };
}

export function papersForm(s: Services, options: ActionOptions = {}): PapersForm | Failure {
  const loaded = load(s, options);
  if ('kind' in loaded) return loaded;
  const { ctx, rows } = loaded;
  const config = ctx.build.config;
  const names = namesOf(ctx.build, { key: SECRETARY_KEY, name: config.secretaryName ?? '' });
  const meetings: MeetingChoice[] = rows.map((row) => {
    const planned = planMeeting(ctx.build.request, row, row.meeting && documentOf(config, row.meeting));
    return {
      row: row.row,
      label: row.label,
      problems: planned.problems.map((p) => fillNames(p, names, { escape: 'none' })),
      papers: planned.plans.map((p) => line(p, names)),
    };
  });
  return {
    ok: true,
    meetings,
    signer: config.secretaryName ?? '',
    unitName: config.unitName ?? '',
    missing: missingConfig(config),
    backendConfigured: Boolean(config.backendUrl),
  };
}

export function runPapers(
  s: Services,
  rawInput: unknown,
  options: ActionOptions = {},
): PapersResult | Failure {
  const input = (rawInput ?? {}) as { row?: unknown; signer?: unknown };
  const rowNumber = Number(input.row);
  const signer = String(input.signer ?? '').trim();
  if (signer.length > 100) return invalid('Họ tên người ký dài quá', 'Họ tên người ký tối đa 100 ký tự.');
  const loaded = load(s, options);
  if ('kind' in loaded) return loaded;
  const { ctx, rows } = loaded;
  const row = rows.find((r) => r.row === rowNumber);
  if (!row)
    return invalid(
      'Chưa chọn cuộc họp',
      `Không còn cuộc họp ở dòng ${rowNumber} của bảng “${MEETINGS.name}”. Mở lại “Văn bản cuộc họp”.`,
    );
  const config = ctx.build.config;
  const missing = missingConfig(config);
  if (missing.length > 0)
    return invalid(
      'Thiếu thông tin cho phần đầu văn bản',
      `Ghi ${missing.map((m) => `“${m}”`).join(', ')} ở bảng “${CONFIG.name}” rồi soạn lại.`,
    );
  if (!row.meeting) return invalid(`Cuộc họp ${row.label} chưa đọc được`, row.problems.join(' '));
  const meeting = row.meeting;
  // Free text that goes to the backend (the names of the units, the places, the reasons for
  // absence) must not carry a person's name from the sheet.
  const people = [...ctx.build.candidates, ...ctx.build.members];
  for (const [label, text] of [
    [`“Tên chi bộ” (bảng “${CONFIG.name}”)`, config.unitName],
    [`“Cấp ủy cấp trên” (bảng “${CONFIG.name}”)`, config.superiorName],
    [`“Địa danh” (bảng “${CONFIG.name}”)`, config.place],
    [`“Địa điểm” (bảng “${MEETINGS.name}”, dòng ${row.row})`, meeting.place],
    [
      `Lý do vắng (bảng “${MEETINGS.name}”, dòng ${row.row})`,
      (meeting.absent ?? []).map((a) => a.reason ?? '').join(' · '),
    ],
  ] as const) {
    const named = namesIn(text ?? '', people);
    if (named.length > 0) return invalid('Có họ tên trong nội dung gửi đi', namesMessage(label, named));
  }
  const signerName = signer || (config.secretaryName ?? '');
  const names: Record<string, string> = {
    ...namesOf(ctx.build, { key: SECRETARY_KEY, name: signerName }),
    [GUESTS_KEY]: guestsText(readGuests(row.guests)),
  };
  const doc = documentOf(config, meeting);
  // The sheet gives members no posts: the chair's is known only when the chair is the one who signs.
  // Compared here, by name, so only the answer leaves the spreadsheet.
  const chairName = meeting.chairKey === undefined ? undefined : names[meeting.chairKey];
  if (chairName && signerName && nameKey(chairName) === nameKey(signerName)) doc.chairIsSigner = true;
  const planned = planMeeting(ctx.build.request, row, doc);
  if (planned.plans.length === 0)
    return invalid(
      `Cuộc họp ${row.label} chưa có văn bản để soạn`,
      [
        ...planned.problems.map((p) => fillNames(p, names, { escape: 'none' })),
        'Không có ai được xét kết nạp, công nhận chính thức hay đưa vào danh sách cảm tình Đảng vào ngày này.',
      ][0]!,
    );
  const drafts = planned.plans.filter((p) => p.refusals.length === 0);
  const refused = planned.plans.filter((p) => p.refusals.length > 0).map((p) => line(p, names));
  if (drafts.length === 0)
    return { ok: true, meeting: row.label, docs: [], refused, versionText: null, notices: [] };
  if (!config.backendUrl) return needsBackend('Văn bản cuộc họp');
  const request = ctx.build.request;
  const bodies = drafts.map((p) => ({
    path: `papers/${p.kind}`,
    body: {
      ...request,
      meeting,
      document: doc,
      ...(p.kind === 'admission-resolution' ? { candidateKey: p.key } : {}),
      ...(p.kind === 'recognition-resolution' ? { memberKey: p.key } : {}),
    },
  }));
  // One fetchAll: each paper's model (JSON, for the HTML), then each paper's .docx.
  const outcome = callApiAll(
    s,
    config.backendUrl,
    [
      ...bodies.map((b) => ({ method: 'post' as const, ...b })),
      ...bodies.map((b) => ({ method: 'post' as const, ...b, accept: DOCX_MEDIA_TYPE })),
    ],
    {
      action: 'soạn văn bản cuộc họp',
      after:
        'Văn bản cuộc họp do máy chủ PTĐV soạn nên cần kết nối tới máy chủ; soạn lại khi kết nối được. “Kiểm tra danh sách” vẫn chạy ngay trên bảng tính.',
    },
  );
  if (!outcome.ok) return backendFailure(outcome.error.notice);
  const models = outcome.responses.slice(0, drafts.length);
  const files = outcome.responses.slice(drafts.length);
  const refusedHere = (status: number, text: string): Notice => ({
    level: 'error',
    title: 'Máy chủ chưa soạn được văn bản này',
    text: fillNames(
      serverMessage(text).message || `Máy chủ PTĐV ${statusInWords(status)}. Hãy soạn lại sau ít phút.`,
      names,
      { escape: 'none' },
    ),
  });
  const docs: PaperDoc[] = drafts.map((p, i) => {
    const response = models[i]!;
    const status = response.getResponseCode();
    const base = { ...line(p, names), doc: null, html: null, notices: [] as Notice[] };
    if (status !== 200) return { ...base, notices: [refusedHere(status, response.getContentText())] };
    const model = readAnswer(s, documentModelAnswer, response, `POST ${bodies[i]!.path}`, {
      what: 'nội dung văn bản',
      after: '',
    });
    if (!model.ok) return { ...base, notices: [model.notice] };
    return { ...base, html: documentHtml(model.value as DocumentModel, names) };
  });
  const result: PapersResult = {
    ok: true,
    meeting: row.label,
    docs,
    refused,
    versionText: null,
    notices: [],
  };
  const items: Array<{ title: string; docx: Uint8Array }> = [];
  const slots: number[] = [];
  files.forEach((response, i) => {
    const status = response.getResponseCode();
    if (docs[i]!.html === null) return;
    if (status !== 200) {
      docs[i]!.notices.push(refusedHere(status, response.getContentText()));
      return;
    }
    slots.push(i);
    const who = docs[i]!.who ? ` — ${docs[i]!.who}` : '';
    items.push({
      title: `${docs[i]!.title.replace(/ \(mẫu .*\)$/, '')}${who} — họp ngày ${row.label} — ${config.unitName}`,
      docx: fromSignedBytes(response.getBlob().getBytes()),
    });
  });
  if (items.length === 0) return result;
  const clock = ctx.clock;
  const published = publishBatch(s, {
    kind: 'meeting',
    year: Number(meeting.date.replace(/-/g, '')),
    items,
    names,
    clock,
    ...(options.random ? { random: options.random } : {}),
  });
  published.docs.forEach((d, j) => {
    const target = docs[slots[j]!]!;
    target.doc = d.doc;
    target.notices.push(...d.notices);
  });
  result.notices.push(...(published.notices as Notice[]));
  if (published.version !== null) result.versionText = versionSentence(published.version, published.previous);
  return result;
}
