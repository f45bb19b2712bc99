/**
 * The aggregate of the superior's subtree (`GET /v1/units/{id}/aggregate?year=`), read by
 * "Tổng hợp các chi bộ" (the tab) and "Giao chỉ tiêu" (the targets the backend holds).
 */
import type { AggregateRowInput, ReportFigures } from '../../../../shared/documents/report/rollup.ts';
import type { Failure } from '../../common/model.ts';
import { backendFailure } from '../actions/failures.ts';
import { type ActionOptions, remoteOptions } from '../actions/options.ts';
import type { Services } from '../adapters/services.ts';
import { callApi, jsonOf } from '../backend/client.ts';
import { SUPERIOR_WORDING } from './wording.ts';

/** One unit of the aggregate (the worker's AggregateRow, the fields read here). */
export interface AggregateUnit extends AggregateRowInput {
  reported: boolean;
  /** its direct subordinates */
  children?: number;
  report?:
    | (ReportFigures & {
        admittedReligion?: number;
        admittedYouthUnion?: number;
        submittedAt: string;
        revision: number;
      })
    | undefined;
}

export interface Aggregate {
  unit: { id: string; name: string };
  year: number;
  units: AggregateUnit[];
}

/** Loose reading of the aggregate: what the tab needs, checked; anything else ignored. */
export function parseAggregate(body: unknown): Aggregate | undefined {
  const b = body as { unit?: { id?: unknown; name?: unknown }; year?: unknown; units?: unknown };
  if (typeof b?.unit?.id !== 'string' || typeof b.year !== 'number' || !Array.isArray(b.units))
    return undefined;
  for (const u of b.units as Array<Record<string, unknown>>) {
    if (typeof u?.id !== 'string' || typeof u.name !== 'string' || typeof u.depth !== 'number')
      return undefined;
    const r = u.report as Record<string, unknown> | undefined;
    if (r !== undefined && (typeof r.admitted !== 'number' || typeof r.byStage !== 'object'))
      return undefined;
    // the subtree's totals, which the lines are made of
    const t = u.subtree as Record<string, unknown> | undefined;
    if (
      typeof t !== 'object' ||
      t === null ||
      typeof t.reported !== 'number' ||
      typeof t.expected !== 'number' ||
      typeof t.admitted !== 'number' ||
      typeof t.targets !== 'object' ||
      typeof t.targeted !== 'object' ||
      typeof t.byStage !== 'object' ||
      typeof t.forecast !== 'object'
    )
      return undefined;
  }
  return {
    unit: { id: b.unit.id, name: typeof b.unit.name === 'string' ? b.unit.name : b.unit.id },
    year: b.year,
    units: b.units as AggregateUnit[],
  };
}

export function fetchAggregate(
  s: Services,
  ctx: { base: string; unitId: string },
  year: number,
  options: ActionOptions,
): Aggregate | Failure {
  const outcome = callApi(
    s,
    ctx.base,
    { method: 'get', path: `units/${encodeURIComponent(ctx.unitId)}/aggregate?year=${year}` },
    { ...SUPERIOR_WORDING, action: 'tổng hợp' },
    remoteOptions(options),
  );
  if (!outcome.ok) return backendFailure(outcome.error.notice);
  const aggregate = parseAggregate(jsonOf(outcome.response));
  if (aggregate === undefined) {
    return backendFailure({
      level: 'warning',
      title: 'Máy chủ trả lời không đúng dạng',
      text: 'Không đọc được số liệu tổng hợp từ máy chủ PTĐV. Hãy thử lại sau.',
    });
  }
  return aggregate;
}
