import type { PlanContext } from './context.ts';

/** The figures of a plan's targets section, from the engine's summary and per-candidate outlook. */
export interface PlanFigures {
  /** candidates followed (source … proposed) */
  pipeline: number;
  sympathizers: number;
  /** ready or proposed: the cell can vote now */
  readyNow: number;
  admittedSoFar: number;
  /** admitted so far + those ready now who can be admitted in the year */
  admitLow: number;
  /** admitted so far + every candidate who can still be admitted in the year (the forecast) */
  admitHigh: number;
  admitTarget: number | undefined;
  /** among admitHigh: the breakdown the targets use */
  admitBreakdown: { students: number; women: number; ethnicMinority: number; youthUnion: number };
  studentsTarget: number | undefined;
  womenTarget: number | undefined;
  /** candidates without a valid awareness-class certificate who can be admitted in the year */
  classLow: number;
  /** every candidate without a valid certificate */
  classHigh: number;
  classTarget: number | undefined;
  classSoFar: number;
  /** probationary members whose 12 months end in the year, and the months */
  recognitions: number;
  recognitionMonths: number[];
  blockedByLeaving: number;
  blockedByAge: number;
}

export function planFigures(ctx: PlanContext): PlanFigures {
  const s = ctx.summary;
  const admissible = ctx.views.filter((v) => v.outlook === 'admissible');
  const admitted = s.breakdown.admitted;
  const count = (pred: (v: (typeof admissible)[number]) => boolean) => admissible.filter(pred).length;
  const recognitionMonths = ctx.views.flatMap((v) =>
    v.probationEnd?.startsWith(`${ctx.year}-`) ? [Number(v.probationEnd.slice(5, 7))] : [],
  );
  return {
    pipeline: s.breakdown.pipeline.total,
    sympathizers: s.sympathizers,
    readyNow: s.byStage.ready + s.byStage.proposed,
    admittedSoFar: s.admittedThisYear,
    admitLow: s.admittedThisYear + count((v) => v.stage === 'ready' || v.stage === 'proposed'),
    admitHigh: s.admittedThisYear + s.forecast.admissible,
    admitTarget: s.targets?.admitted,
    admitBreakdown: {
      students: admitted.students + count((v) => v.student),
      women: admitted.women + count((v) => v.c.gender === 'female'),
      ethnicMinority: admitted.ethnicMinority + count((v) => v.c.ethnicMinority === true),
      youthUnion: admitted.youthUnion + count((v) => v.c.youthUnionMember === true),
    },
    studentsTarget: s.targets?.students,
    womenTarget: s.targets?.women,
    classLow: ctx.views.filter((v) => v.needsClass && v.outlook === 'admissible').length,
    classHigh: ctx.views.filter((v) => v.needsClass).length,
    classTarget: s.targets?.awarenessClass,
    classSoFar: s.awarenessClassThisYear,
    recognitions: s.probationEndsThisYear,
    recognitionMonths,
    blockedByLeaving: s.forecast.blockedByLeaving,
    blockedByAge: s.forecast.blockedByAge,
  };
}
