/** The check's `POST /v1/evaluate`: sent once (transient failures retried), the answer validated. */
import type { EvaluateRequest } from '../../../../shared/schemas/request.ts';
import type { Services } from '../adapters/services.ts';
import { readAnswer } from './answer.ts';
import {
  type ApiWording,
  type BackendOutcome,
  callApi,
  type EvaluateRemoteOptions,
  fail,
  LOCAL_AFTER,
} from './client.ts';
import { evaluateAnswer } from './contract.gen.ts';

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
    { method: 'post', path: 'evaluate', body: request },
    CHECK_WORDING,
    options,
  );
  if (!outcome.ok) return outcome;
  const answer = readAnswer(s, evaluateAnswer, outcome.response, 'POST evaluate', {
    what: 'kết quả kiểm tra',
    after: LOCAL_AFTER,
  });
  if (!answer.ok) return fail('badResponse', outcome.attempts, answer.notice, outcome.status);
  return { ok: true, response: answer.value, attempts: outcome.attempts };
}
