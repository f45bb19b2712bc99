/**
 * Reading `POST /v1/papers/{kind}` with the readers the caller chooses: zod's (parse.ts, the
 * worker) or the hand readers (the add-on, whose bundle leaves zod out). Zod-free.
 */
import { formatDay } from '../../dates/format.ts';
import { checkEvaluateRequest, type ParseOutcome } from '../../engine/readRequest.ts';
import { readMeeting } from '../../meeting/read.ts';
import { rosterOn } from '../../meeting/roster.ts';
import type { Meeting } from '../../meeting/schema.ts';
import type { Problem } from '../../schemas/problems.ts';
import { BAD, type Read, stringOf } from '../../schemas/readers.ts';
import type { EvaluateRequest } from '../../schemas/request.ts';
import { MAX_KEY_LENGTH } from '../../schemas/vocabulary.ts';
import { type Outcome, readPaperDocument } from '../fields.ts';
import { PAPER_KINDS, type PaperKind } from '../model.ts';
import { isTokenKey, SECRETARY_KEY } from '../names.ts';
import type { PaperDocument } from './schema.ts';

export interface PaperRequest {
  kind: PaperKind;
  request: EvaluateRequest;
  meeting: Meeting;
  document: PaperDocument;
  candidateKey?: string;
  memberKey?: string;
}

export type PaperParseOutcome =
  | { ok: true; value: PaperRequest }
  /** `malformed`: the request does not follow the schema (400); `inconsistent`: it contradicts itself (422) */
  | { ok: false; kind: 'malformed' | 'inconsistent'; problems: Problem[] };

/** Name keys the papers reserve for people the sheet names outside the members list. */
export const GUESTS_KEY = 'meeting-guests';

export function isPaperKind(kind: string): kind is PaperKind {
  return (PAPER_KINDS as readonly string[]).includes(kind);
}

/** What the schema cannot see: the meeting's people are members on its day, the keys exist. */
function consistencyProblems(p: PaperRequest): Problem[] {
  const problems: Problem[] = [];
  const { meeting, request } = p;
  const day = formatDay(meeting.date);
  if (request.members === undefined || request.members.length === 0) {
    problems.push({
      path: 'members',
      message: 'Cần danh sách đảng viên (members) để tính số đảng viên dự họp và biểu quyết.',
    });
    return problems;
  }
  const roster = rosterOn(request.members, meeting.date);
  const absent = new Set<string>();
  (meeting.absent ?? []).forEach((a, i) => {
    const path = `meeting.absent[${i}].memberKey`;
    if (!roster.byKey.has(a.memberKey))
      problems.push({
        path,
        message: `Đảng viên mã “${a.memberKey}” không có trong chi bộ tại ngày họp ${day}.`,
      });
    else if (absent.has(a.memberKey))
      problems.push({ path, message: `Đảng viên mã “${a.memberKey}” bị ghi vắng hai lần.` });
    absent.add(a.memberKey);
  });
  for (const [field, role] of [
    ['chairKey', 'người chủ trì'],
    ['clerkKey', 'thư ký'],
  ] as const) {
    const key = meeting[field];
    if (key === undefined) continue;
    const path = `meeting.${field}`;
    const entry = roster.byKey.get(key);
    if (!entry)
      problems.push({
        path,
        message: `${upperFirst(role)} (mã “${key}”) không có trong chi bộ tại ngày họp ${day}.`,
      });
    else if (absent.has(key))
      problems.push({ path, message: `${upperFirst(role)} (mã “${key}”) lại được ghi là vắng mặt.` });
  }
  (meeting.exemptVoters ?? []).forEach((key, i) => {
    const entry = roster.byKey.get(key);
    if (entry?.status !== 'full' || !(entry.exempt || entry.away))
      problems.push({
        path: `meeting.exemptVoters[${i}]`,
        message: `Mã “${key}” không phải đảng viên chính thức miễn sinh hoạt hoặc sinh hoạt tạm thời nơi khác tại ngày họp ${day}.`,
      });
  });
  if (p.document.date < meeting.date)
    problems.push({
      path: 'document.date',
      message: `Văn bản đề ngày ${formatDay(p.document.date)}, trước cuộc họp ngày ${day}.`,
    });
  if (p.kind === 'admission-resolution') {
    if (p.candidateKey === undefined)
      problems.push({ path: 'candidateKey', message: 'Cần mã quần chúng được xét (candidateKey).' });
    else {
      const c = request.candidates.find((x) => x.key === p.candidateKey);
      if (!c)
        problems.push({
          path: 'candidateKey',
          message: `Không có quần chúng mã “${p.candidateKey}” trong danh sách.`,
        });
      else if (c.cellResolutionDate !== meeting.date)
        problems.push({
          path: 'candidateKey',
          message: `Quần chúng mã “${c.key}” không được xét kết nạp tại cuộc họp ngày ${day} (ngày nghị quyết chi bộ trên dòng của quần chúng là ${c.cellResolutionDate ? formatDay(c.cellResolutionDate) : 'trống'}).`,
        });
    }
  }
  if (p.kind === 'recognition-resolution') {
    if (p.memberKey === undefined)
      problems.push({ path: 'memberKey', message: 'Cần mã đảng viên dự bị được xét (memberKey).' });
    else {
      const m = request.members.find((x) => x.key === p.memberKey);
      if (!m)
        problems.push({
          path: 'memberKey',
          message: `Không có đảng viên mã “${p.memberKey}” trong danh sách đảng viên.`,
        });
      else if (m.officialResolutionDate !== meeting.date)
        problems.push({
          path: 'memberKey',
          message: `Đảng viên mã “${m.key}” không được xét công nhận chính thức tại cuộc họp ngày ${day} (ngày nghị quyết đề nghị công nhận trên bảng Đảng viên là ${m.officialResolutionDate ? formatDay(m.officialResolutionDate) : 'trống'}).`,
        });
    }
  }
  const reserved = new Set([SECRETARY_KEY, GUESTS_KEY]);
  const checkKey = (key: string, path: string) => {
    if (!isTokenKey(key)) problems.push({ path, message: 'Mã dòng không được chứa “}}”.' });
    else if (reserved.has(key))
      problems.push({ path, message: `Mã “${key}” dành riêng cho văn bản: đổi mã dòng.` });
  };
  for (const [i, c] of request.candidates.entries()) checkKey(c.key, `candidates[${i}].key`);
  for (const [i, m] of request.members.entries()) checkKey(m.key, `members[${i}].key`);
  return problems;
}

function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

interface PaperParts {
  meeting: Meeting;
  document: PaperDocument;
  candidateKey?: string;
  memberKey?: string;
}

export interface PaperReaders {
  request(input: unknown): ParseOutcome;
  /** `meeting`, `document` and the person's key, their problems' paths from the request's root */
  parts(input: {
    meeting: unknown;
    document: unknown;
    candidateKey: unknown;
    memberKey: unknown;
  }): Outcome<PaperParts>;
}

/**
 * Reads `POST /v1/papers/{kind}`: an evaluate request plus `meeting`, `document` and the person's
 * key. Every problem comes with its JSON path; never throws.
 */
export function readPaperRequest(kind: string, input: unknown, readers: PaperReaders): PaperParseOutcome {
  if (!isPaperKind(kind)) {
    return {
      ok: false,
      kind: 'malformed',
      problems: [
        { path: 'kind', message: `Không có loại văn bản “${kind}”: chỉ nhận ${PAPER_KINDS.join(', ')}.` },
      ],
    };
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      kind: 'malformed',
      problems: [{ path: '(gốc)', message: 'Yêu cầu phải là một đối tượng JSON.' }],
    };
  }
  const { meeting, document, candidateKey, memberKey, ...rest } = input as Record<string, unknown>;
  const wrapped = readers.parts({ meeting, document, candidateKey, memberKey });
  const req = readers.request(rest);
  if (!req.ok || !wrapped.ok) {
    const problems = [...(req.ok ? [] : req.problems), ...(wrapped.ok ? [] : wrapped.problems)];
    return { ok: false, kind: 'malformed', problems };
  }
  const value: PaperRequest = {
    kind,
    request: req.value,
    meeting: wrapped.value.meeting,
    document: wrapped.value.document,
  };
  if (wrapped.value.candidateKey !== undefined) value.candidateKey = wrapped.value.candidateKey;
  if (wrapped.value.memberKey !== undefined) value.memberKey = wrapped.value.memberKey;
  const problems = consistencyProblems(value);
  if (problems.length > 0) return { ok: false, kind: 'inconsistent', problems };
  return { ok: true, value };
}

/** The person's key as the schema's `z.string().min(1).max(64)`. */
const personKey: Read = stringOf(1, MAX_KEY_LENGTH);

const BY_HAND: PaperReaders = {
  request: checkEvaluateRequest,
  parts(input) {
    const problems: Problem[] = [];
    const meeting = readMeeting(input.meeting, 'meeting');
    if (!meeting.ok) problems.push(...meeting.problems);
    const document = readPaperDocument(input.document, 'document');
    if (!document.ok) problems.push(...document.problems);
    const candidateKey =
      input.candidateKey === undefined ? undefined : personKey(input.candidateKey, 'candidateKey', problems);
    const memberKey =
      input.memberKey === undefined ? undefined : personKey(input.memberKey, 'memberKey', problems);
    if (!meeting.ok || !document.ok || candidateKey === BAD || memberKey === BAD)
      return { ok: false, problems };
    const value: PaperParts = { meeting: meeting.value, document: document.value };
    if (candidateKey !== undefined) value.candidateKey = candidateKey as string;
    if (memberKey !== undefined) value.memberKey = memberKey as string;
    return { ok: true, value };
  },
};

/** parsePaperRequest without zod (the add-on): the same outcome, held by property tests. */
export function checkPaperRequest(kind: string, input: unknown): PaperParseOutcome {
  return readPaperRequest(kind, input, BY_HAND);
}
