import type { Figures } from '../../../shared/contract/reports.ts';
import { poolOf } from '../../../shared/engine/summary.ts';
import type { Summary } from '../../../shared/schemas/response.ts';

/** Figures as this worker makes and stores them: the pool's always there (migration 0005). */
export type StoredFigures = Figures & Required<Pick<Figures, 'pool'>>;

/** The summary-derived figures a report contributes to its superior's aggregate. */
export function figuresOf(summary: Summary): StoredFigures {
  return {
    admitted: summary.admittedThisYear,
    admittedStudents: summary.breakdown.admitted.students,
    admittedWomen: summary.breakdown.admitted.women,
    admittedEthnicMinority: summary.breakdown.admitted.ethnicMinority,
    admittedReligion: summary.breakdown.admitted.religion,
    admittedYouthUnion: summary.breakdown.admitted.youthUnion,
    admittedByMonth: [...summary.admittedByMonth],
    awarenessClass: summary.awarenessClassThisYear,
    recognized: summary.recognizedThisYear,
    probationEnds: summary.probationEndsThisYear,
    sympathizers: summary.sympathizers,
    pipeline: summary.breakdown.pipeline.total,
    byStage: { ...summary.byStage },
    forecast: {
      admissible: summary.forecast.admissible,
      blockedByLeaving: summary.forecast.blockedByLeaving,
      blockedByAge: summary.forecast.blockedByAge,
    },
    pool: { ...poolOf(summary) },
  };
}

/** Admissions per month, January first (migration 0002). */
export const MONTH_COLUMNS = [
  'admitted_m01',
  'admitted_m02',
  'admitted_m03',
  'admitted_m04',
  'admitted_m05',
  'admitted_m06',
  'admitted_m07',
  'admitted_m08',
  'admitted_m09',
  'admitted_m10',
  'admitted_m11',
  'admitted_m12',
] as const;

/** The figure columns of report_revisions, in a fixed order. */
export const FIGURE_COLUMNS = [
  'admitted',
  'admitted_students',
  'admitted_women',
  'admitted_ethnic_minority',
  'awareness_class',
  'recognized',
  'probation_ends',
  'sympathizers',
  'pipeline',
  'stage_source',
  'stage_trained',
  'stage_dossier',
  'stage_ready',
  'stage_proposed',
  'stage_admitted',
  'stage_probationary',
  'stage_official',
  'stage_removed',
  'forecast_admissible',
  'forecast_blocked_leaving',
  'forecast_blocked_age',
  // migration 0002
  'admitted_religion',
  'admitted_youth_union',
  ...MONTH_COLUMNS,
  // migration 0005
  'pool_ready',
  'pool_blocked_leaving',
  'pool_blocked_age',
] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];
export type FigureRow = Record<FigureColumn, number>;

export function figuresToRow(f: StoredFigures): FigureRow {
  const months = Object.fromEntries(MONTH_COLUMNS.map((c, i) => [c, f.admittedByMonth[i] ?? 0])) as Record<
    (typeof MONTH_COLUMNS)[number],
    number
  >;
  return {
    admitted: f.admitted,
    admitted_students: f.admittedStudents,
    admitted_women: f.admittedWomen,
    admitted_ethnic_minority: f.admittedEthnicMinority,
    awareness_class: f.awarenessClass,
    recognized: f.recognized,
    probation_ends: f.probationEnds,
    sympathizers: f.sympathizers,
    pipeline: f.pipeline,
    stage_source: f.byStage.source,
    stage_trained: f.byStage.trained,
    stage_dossier: f.byStage.dossier,
    stage_ready: f.byStage.ready,
    stage_proposed: f.byStage.proposed,
    stage_admitted: f.byStage.admitted,
    stage_probationary: f.byStage.probationary,
    stage_official: f.byStage.official,
    stage_removed: f.byStage.removed,
    forecast_admissible: f.forecast.admissible,
    forecast_blocked_leaving: f.forecast.blockedByLeaving,
    forecast_blocked_age: f.forecast.blockedByAge,
    admitted_religion: f.admittedReligion,
    admitted_youth_union: f.admittedYouthUnion,
    ...months,
    pool_ready: f.pool.ready,
    pool_blocked_leaving: f.pool.blockedByLeaving,
    pool_blocked_age: f.pool.blockedByAge,
  };
}

export function rowToFigures(r: FigureRow): StoredFigures {
  return {
    admitted: r.admitted,
    admittedStudents: r.admitted_students,
    admittedWomen: r.admitted_women,
    admittedEthnicMinority: r.admitted_ethnic_minority,
    admittedReligion: r.admitted_religion,
    admittedYouthUnion: r.admitted_youth_union,
    admittedByMonth: MONTH_COLUMNS.map((c) => r[c]),
    awarenessClass: r.awareness_class,
    recognized: r.recognized,
    probationEnds: r.probation_ends,
    sympathizers: r.sympathizers,
    pipeline: r.pipeline,
    byStage: {
      source: r.stage_source,
      trained: r.stage_trained,
      dossier: r.stage_dossier,
      ready: r.stage_ready,
      proposed: r.stage_proposed,
      admitted: r.stage_admitted,
      probationary: r.stage_probationary,
      official: r.stage_official,
      removed: r.stage_removed,
    },
    forecast: {
      admissible: r.forecast_admissible,
      blockedByLeaving: r.forecast_blocked_leaving,
      blockedByAge: r.forecast_blocked_age,
    },
    pool: { ready: r.pool_ready, blockedByLeaving: r.pool_blocked_leaving, blockedByAge: r.pool_blocked_age },
  };
}
