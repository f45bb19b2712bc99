import { type Refusal, refusal } from '../../meeting/refusal.ts';
import { type MeetingReview, reviewMeeting } from '../../meeting/review.ts';
import type { Problem } from '../../schemas/problems.ts';
import type { DocumentModel, PaperKind } from '../model.ts';
import { admissionResolution } from './admission.ts';
import { helperAssignment, sympathizerList } from './lists.ts';
import { minutesExtract } from './minutes.ts';
import { type PaperRequest, parsePaperRequest } from './parse.ts';
import { listRefusals, minutesRefusals } from './plans.ts';
import { recognitionResolution } from './recognition.ts';
import type { PaperDocument } from './schema.ts';

export { meetingPapers, PAPER_TITLES, type PaperPlan } from './plans.ts';

export type PaperBuild = { ok: true; model: DocumentModel } | { ok: false; refusals: Refusal[] };

/** One paper from a meeting's review, or the facts that make it wrong. */
export function buildPaper(
  review: MeetingReview,
  target: { kind: PaperKind; key?: string },
  doc: PaperDocument,
  place: string | undefined,
): PaperBuild {
  switch (target.kind) {
    case 'admission-resolution': {
      const item = review.admissions.find((a) => a.key === target.key);
      if (!item)
        return {
          ok: false,
          refusals: [refusal('notConsidered', 'Quần chúng này không được xét tại cuộc họp.')],
        };
      if (item.refusals.length > 0) return { ok: false, refusals: item.refusals };
      return { ok: true, model: admissionResolution(review, item, doc, place) };
    }
    case 'recognition-resolution': {
      const item = review.recognitions.find((r) => r.key === target.key);
      if (!item)
        return {
          ok: false,
          refusals: [refusal('notConsidered', 'Đảng viên này không được xét tại cuộc họp.')],
        };
      if (item.refusals.length > 0) return { ok: false, refusals: item.refusals };
      return { ok: true, model: recognitionResolution(review, item, doc, place) };
    }
    case 'minutes-extract': {
      const refusals = minutesRefusals(review);
      return refusals.length > 0
        ? { ok: false, refusals }
        : { ok: true, model: minutesExtract(review, doc, place) };
    }
    case 'helper-assignment':
    case 'sympathizer-list': {
      const refusals = listRefusals(review, target.kind);
      if (refusals.length > 0) return { ok: false, refusals };
      const build = target.kind === 'helper-assignment' ? helperAssignment : sympathizerList;
      return { ok: true, model: build(review, doc, place) };
    }
  }
}

export type PaperOutcome =
  | { ok: true; model: DocumentModel }
  | { ok: false; kind: 'malformed' | 'inconsistent'; problems: Problem[] }
  | { ok: false; kind: 'refused'; refusals: Refusal[] };

/** Reviews the meeting of a parsed request and drafts the paper it asks for. */
export function draftParsedPaper(p: PaperRequest): PaperOutcome {
  const review = reviewMeeting(p.request, p.meeting);
  const key =
    p.kind === 'admission-resolution'
      ? p.candidateKey
      : p.kind === 'recognition-resolution'
        ? p.memberKey
        : undefined;
  const built = buildPaper(
    review,
    key === undefined ? { kind: p.kind } : { kind: p.kind, key },
    p.document,
    p.meeting.place,
  );
  return built.ok ? built : { ok: false, kind: 'refused', refusals: built.refusals };
}

/** `POST /v1/papers/{kind}` without the HTTP: validate, review the meeting, draft. Never throws on client input. */
export function draftPaper(kind: string, input: unknown): PaperOutcome {
  const parsed = parsePaperRequest(kind, input);
  return parsed.ok ? draftParsedPaper(parsed.value) : parsed;
}
