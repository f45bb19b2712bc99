/** The check's `POST /v1/evaluate`: sent once (transient failures retried), the answer validated. */
import type { EvaluateRequest } from '../../../../shared/schemas/request.ts';
import { EvaluateResponseSchema } from '../../../../shared/schemas/response.ts';
import type { Services } from '../adapters/services.ts';
import {
  type ApiWording,
  type BackendOutcome,
  badResponseError,
  callApi,
  type EvaluateRemoteOptions,
  jsonOf,
  LOCAL_AFTER,
} from './client.ts';

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
  const parsed = EvaluateResponseSchema.safeParse(jsonOf(outcome.response));
  if (!parsed.success) {
    return { ok: false, error: badResponseError(outcome.attempts, outcome.status, LOCAL_AFTER) };
  }
  return { ok: true, response: parsed.data, attempts: outcome.attempts };
}
