/**
 * The check's `POST /v1/evaluate?form=compact`: sent once (transient failures retried), the answer
 * validated, then rendered into the default answer's text with the cached texts of `GET /v1/rules`
 * (rulesTexts.ts) — the same Vietnamese sentences, a third less to download and parse.
 */
import { type RulesTexts, renderCompactAnswer } from '../../../../shared/rules/render.ts';
import type { EvaluateRequest } from '../../../../shared/schemas/request.ts';
import type { Services } from '../adapters/services.ts';
import { readAnswer } from './answer.ts';
import {
  type ApiWording,
  type BackendError,
  type BackendOutcome,
  callApi,
  type EvaluateRemoteOptions,
  fail,
  LOCAL_AFTER,
} from './client.ts';
import { compactEvaluateAnswer, rulesCatalogueAnswer } from './contract.gen.ts';

/** The check's wording: whatever fails, the check still ran on the spot. */
export const CHECK_WORDING: ApiWording = { action: 'kiểm tra', after: LOCAL_AFTER };

/** Sends the check's request once (retrying transient failures) and validates the answer. */
export function evaluateRemote(
  s: Services,
  baseUrl: string,
  request: EvaluateRequest,
  options: EvaluateRemoteOptions = {},
): BackendOutcome {
  const outcome = callApi(
    s,
    baseUrl,
    { method: 'post', path: 'evaluate?form=compact', body: request },
    CHECK_WORDING,
    options,
  );
  if (!outcome.ok) return outcome;
  const answer = readAnswer(s, compactEvaluateAnswer, outcome.response, 'POST evaluate?form=compact', {
    what: 'kết quả kiểm tra',
    after: LOCAL_AFTER,
  });
  if (!answer.ok) return fail('badResponse', outcome.attempts, answer.notice, outcome.status);
  // the requests sent alongside went with the evaluate call; the texts' call goes alone
  const { alongside: _sent, ...alone } = options;
  const texts = rulesTexts(s, baseUrl, answer.value.textsVersion, CHECK_WORDING, alone);
  if (!texts.ok) return texts;
  try {
    return {
      ok: true,
      response: renderCompactAnswer(answer.value, texts.texts),
      attempts: outcome.attempts,
      ...(outcome.alongside ? { alongside: outcome.alongside } : {}),
    };
  } catch (e) {
    // The texts do not render this answer (a rule or template they lack): as unreadable as a bad answer.
    s.console?.warn(
      `PTĐV: the compact answer does not render: ${e instanceof Error ? e.message : String(e)}`,
    );
    return fail('badResponse', outcome.attempts, badTexts(), outcome.status);
  }
}

function badTexts() {
  return {
    level: 'warning' as const,
    title: 'Máy chủ trả lời không đúng dạng',
    text: `Không đọc được kết quả kiểm tra từ máy chủ PTĐV: nội dung các quy tắc không khớp với kết quả (có thể máy chủ vừa được cập nhật). Hãy thử lại sau ít phút. ${LOCAL_AFTER}`,
  };
}

// ---------------------------------------------------------------------------------------------
// The texts that render the compact answer (message templates, phrases, citations): read from the
// document cache under the answer's `textsVersion`, else fetched once from `GET /v1/rules` and
// cached under it. Checks after the first make one cache read; no new scope (CacheService needs
// none). A failure is a notice like any answer that cannot be read; the check then runs on the spot.

const KEY_PREFIX = 'ptdv.rulesTexts.';
/** The longest CacheService keeps a value (6 hours); a new version is a new key anyway. */
const CACHE_SECONDS = 21_600;

export type TextsOutcome = { ok: true; texts: RulesTexts } | { ok: false; error: BackendError };

function cached(raw: string | null | undefined, version: string): RulesTexts | undefined {
  if (!raw) return undefined;
  try {
    const texts = JSON.parse(raw) as RulesTexts;
    return texts.textsVersion === version ? texts : undefined;
  } catch {
    return undefined;
  }
}

/** The texts of `version`: cached, or `GET /v1/rules` (which must serve that version). */
export function rulesTexts(
  s: Services,
  baseUrl: string,
  version: string,
  wording: ApiWording,
  options: EvaluateRemoteOptions = {},
): TextsOutcome {
  const cache = s.CacheService.getDocumentCache();
  const key = KEY_PREFIX + version;
  const hit = cached(cache?.get(key), version);
  if (hit !== undefined) return { ok: true, texts: hit };
  const outcome = callApi(s, baseUrl, { method: 'get', path: 'rules' }, wording, options);
  if (!outcome.ok) return outcome;
  const answer = readAnswer(s, rulesCatalogueAnswer, outcome.response, 'GET rules', {
    what: 'nội dung các quy tắc',
    after: LOCAL_AFTER,
  });
  if (!answer.ok) return fail('badResponse', outcome.attempts, answer.notice, outcome.status);
  const { textsVersion, phrases, rules } = answer.value;
  // Only what rendering reads (a third of the catalogue: no titles, phases, rulesets).
  const texts: RulesTexts = {
    textsVersion,
    phrases,
    rules: rules.map((r) => ({ id: r.id, citations: r.citations, messages: r.messages })),
  };
  if (textsVersion === version) cache?.put(key, JSON.stringify(texts), CACHE_SECONDS);
  return { ok: true, texts };
}
