/**
 * The aggregate of the superior's subtree (`GET /v1/units/{id}/aggregate?year=`), read by
 * "Tổng hợp các chi bộ" (the tab) and "Giao chỉ tiêu" (the targets the backend holds).
 */
import type { Aggregate } from '../../../../shared/contract/aggregate.ts';
import type { Failure } from '../../common/model.ts';
import { backendFailure } from '../actions/failures.ts';
import { type ActionOptions, remoteOptions } from '../actions/options.ts';
import type { Services } from '../adapters/services.ts';
import { readAnswer } from '../backend/answer.ts';
import { callApi } from '../backend/client.ts';
import { aggregateAnswer } from '../backend/contract.gen.ts';
import { SUPERIOR_WORDING } from './wording.ts';

/** The aggregate as the API contract says it (shared/contract/aggregate.ts), checked on arrival. */
export type { Aggregate };

export function fetchAggregate(
  s: Services,
  ctx: { base: string; unitId: string },
  year: number,
  options: ActionOptions,
): Aggregate | Failure {
  const path = `units/${encodeURIComponent(ctx.unitId)}/aggregate?year=${year}`;
  const outcome = callApi(
    s,
    ctx.base,
    { method: 'get', path },
    { ...SUPERIOR_WORDING, action: 'tổng hợp' },
    remoteOptions(options),
  );
  if (!outcome.ok) return backendFailure(outcome.error.notice);
  const answer = readAnswer(s, aggregateAnswer, outcome.response, `GET ${path}`, {
    what: 'số liệu tổng hợp',
    after: '',
  });
  return answer.ok ? answer.value : backendFailure(answer.notice);
}
