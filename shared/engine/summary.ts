import { type Day, type DayNumber, monthOf, toDayNumber, yearOf } from '../dates/day.ts';
import { ageInYears } from '../dates/months.ts';
import { probationEnd } from '../rules/deadlines.ts';
import { outlookOfCompact } from '../rules/projectionForm.ts';
import type { Candidate, Targets } from '../schemas/request.ts';
import type {
  AgeBand,
  Breakdown,
  CompactProjection,
  PastLeavingByStage,
  PoolCounts,
  ProgressItem,
  StageCounts,
  Summary,
} from '../schemas/response.ts';
import { STAGES, type Stage } from '../schemas/vocabulary.ts';
import type { CandidateContext } from './context.ts';
import { ForecastCounter, goesToClassInYearCompact } from './forecast.ts';
import type { RequestHead, UnitContext } from './unit.ts';

export function ageBand(years: number): AgeBand {
  if (years < 18) return 'under18';
  if (years <= 30) return '18-30';
  if (years <= 40) return '31-40';
  if (years <= 50) return '41-50';
  if (years <= 60) return '51-60';
  return 'over60';
}

export function emptyBreakdown(): Breakdown {
  return {
    total: 0,
    women: 0,
    ethnicMinority: 0,
    religion: 0,
    youthUnion: 0,
    students: 0,
    ageBands: { under18: 0, '18-30': 0, '31-40': 0, '41-50': 0, '51-60': 0, over60: 0 },
  };
}

/**
 * A pending candidate whose expected leaving date is before asOf: gone from the unit, the sheet not
 * yet updated. Not in the pool (breakdown.pipeline, sympathizers) but counted on its own
 * (`pastLeaving`), so the sidebar, the report sent upstream and the plan say the same. Once the
 * cell has voted (proposed) the superior's decision no longer depends on the unit (leave.ts).
 */
export function hasLeft(c: { expectedLeaveDate?: Day | undefined }, stage: Stage, asOf: Day): boolean {
  return stage !== 'proposed' && c.expectedLeaveDate !== undefined && c.expectedLeaveDate < asOf;
}

/**
 * The pool's own figures (`summary.pool`), for every reader. A summary made before they existed (a
 * report stored earlier, an older server) counted everyone at their stage and outlook: those are
 * its figures.
 */
export function poolOf(s: Summary): PoolCounts {
  return (
    s.pool ?? {
      ready: s.byStage.ready,
      blockedByLeaving: s.forecast.blockedByLeaving,
      blockedByAge: s.forecast.blockedByAge,
    }
  );
}

export function isStudent(c: Candidate): boolean {
  return c.category === 'student' || c.category === 'higherEducationStudent';
}

function count(b: Breakdown, c: Candidate, at: Day): void {
  b.total++;
  if (c.gender === 'female') b.women++;
  if (c.ethnicMinority) b.ethnicMinority++;
  if (c.religion) b.religion++;
  if (c.youthUnionMember) b.youthUnion++;
  if (isStudent(c)) b.students++;
  b.ageBands[ageBand(ageInYears(c.birthDate, at))]++;
}

const inYear = (day: Day | undefined, year: number): day is Day => day !== undefined && yearOf(day) === year;

function progressItem(
  target: number | undefined,
  actual: number,
  possible: number,
): ProgressItem | undefined {
  if (target === undefined) return undefined;
  const expected = actual + possible;
  const item: ProgressItem = { target, actual, expected, shortfall: Math.max(0, target - expected) };
  if (target > 0) item.ratio = actual / target;
  return item;
}

function progressOf(
  targets: Targets,
  actual: Record<keyof Targets, number>,
  possible: Record<keyof Targets, number>,
) {
  const progress: NonNullable<Summary['progress']> = {};
  for (const k of ['admitted', 'students', 'women', 'awarenessClass'] as const) {
    const item = progressItem(targets[k], actual[k], possible[k]);
    if (item) progress[k] = item;
  }
  return progress;
}

/** Only the known target fields (a request that skipped validation may carry others). */
function pickTargets(t: Targets): Targets {
  const out: Targets = {};
  if (t.admitted !== undefined) out.admitted = t.admitted;
  if (t.students !== undefined) out.students = t.students;
  if (t.women !== undefined) out.women = t.women;
  if (t.awarenessClass !== undefined) out.awarenessClass = t.awarenessClass;
  return out;
}

/**
 * Counts only: the figures a unit reports upwards. No key, no name. Fed one candidate at a time
 * (`add`) so the engine can drop each candidate's context as soon as its result is built.
 */
export class SummaryCounter {
  private readonly byStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<
    Stage,
    number
  > as StageCounts;
  /** a packed array (see evaluate.ts: a holey one slows JSON.stringify down) */
  private readonly admittedByMonth = Array.from({ length: 12 }, () => 0);
  private readonly admitted = emptyBreakdown();
  private readonly pipeline = emptyBreakdown();
  private readonly forecast = new ForecastCounter();
  /** probation ends per month of the year, candidates and the members tab together */
  private readonly probationEndsByMonth = Array.from({ length: 12 }, () => 0);
  private readonly possible = { admitted: 0, students: 0, women: 0, awarenessClass: 0 };
  private awarenessClassThisYear = 0;
  private recognizedThisYear = 0;
  private probationEndsThisYear = 0;
  private sympathizers = 0;
  private pastLeaving = 0;
  private readonly pastLeavingByStage: PastLeavingByStage = { source: 0, trained: 0, dossier: 0, ready: 0 };
  /** the figures beside the pool, over the same people (SummarySchema's `pool`) */
  private readonly pool: PoolCounts = { ready: 0, blockedByLeaving: 0, blockedByAge: 0 };
  private readonly year: number;
  /** asOf as a day number: the compact projections count their days from it */
  private readonly asOf: DayNumber;

  constructor(
    private readonly request: RequestHead,
    private readonly unit: UnitContext,
  ) {
    this.year = unit.year;
    this.asOf = toDayNumber(unit.asOf);
    this.addMembers();
  }

  /**
   * Probationary members on the members tab count in recognitions exactly like candidates who
   * reached `probationary` (contract.md, tab "Đảng viên").
   */
  private addMembers(): void {
    for (const m of this.request.members ?? []) {
      if (inYear(m.officialDecisionDate, this.year)) this.recognizedThisYear++;
      if (m.ceremonyDate === undefined) continue;
      const end = probationEnd(m.ceremonyDate);
      if (inYear(end, this.year)) {
        this.probationEndsThisYear++;
        this.probationEndsByMonth[monthOf(end) - 1]!++;
      }
    }
  }

  /** `projection`: the engine's (compact) projection of a pending candidate */
  add(ctx: CandidateContext, projection: CompactProjection | undefined): void {
    const c = ctx.c;
    const year = this.year;
    this.byStage[ctx.stage]++;
    if (inYear(c.decisionDate, year)) {
      this.admittedByMonth[monthOf(c.decisionDate) - 1]!++;
      count(this.admitted, c, c.decisionDate);
    }
    if (inYear(c.awarenessCertificateDate, year)) this.awarenessClassThisYear++;
    if (inYear(c.officialDecisionDate, year)) this.recognizedThisYear++;
    if (c.ceremonyDate && !c.removedDate) {
      const end = probationEnd(c.ceremonyDate);
      if (inYear(end, year)) {
        this.probationEndsThisYear++;
        this.probationEndsByMonth[monthOf(end) - 1]!++;
      }
    }
    if (!ctx.pending || projection === undefined) return;
    const f = outlookOfCompact(projection);
    this.forecast.add(c.key, f);
    if (hasLeft(c, ctx.stage, this.unit.asOf)) {
      this.pastLeaving++;
      // hasLeft is never true of `proposed`, the one pending stage the object leaves out
      this.pastLeavingByStage[ctx.stage as keyof PastLeavingByStage]++;
    } else {
      count(this.pipeline, c, this.unit.asOf);
      if (c.sympathizerListDate) this.sympathizers++;
      if (ctx.stage === 'ready') this.pool.ready++;
      if (f === 'blockedByLeaving') this.pool.blockedByLeaving++;
      else if (f === 'blockedByAge') this.pool.blockedByAge++;
    }
    if (f === 'admissible') {
      this.possible.admitted++;
      if (isStudent(c)) this.possible.students++;
      if (c.gender === 'female') this.possible.women++;
    }
    if (goesToClassInYearCompact(c, ctx.adultFrom, projection, this.asOf, year)) {
      this.possible.awarenessClass++;
    }
  }

  finish(): Summary {
    const summary: Summary = {
      year: this.year,
      byStage: this.byStage,
      admittedThisYear: this.admitted.total,
      admittedByMonth: this.admittedByMonth,
      awarenessClassThisYear: this.awarenessClassThisYear,
      recognizedThisYear: this.recognizedThisYear,
      probationEndsThisYear: this.probationEndsThisYear,
      probationEndsByMonth: this.probationEndsByMonth,
      sympathizers: this.sympathizers,
      pastLeaving: this.pastLeaving,
      pastLeavingByStage: this.pastLeavingByStage,
      pool: this.pool,
      awarenessClassPlanned: this.possible.awarenessClass,
      forecast: this.forecast.finish(),
      breakdown: { admitted: this.admitted, pipeline: this.pipeline },
    };
    const targets = this.request.targets;
    if (targets) {
      summary.targets = pickTargets(targets);
      summary.progress = progressOf(
        targets,
        {
          admitted: this.admitted.total,
          students: this.admitted.students,
          women: this.admitted.women,
          awarenessClass: this.awarenessClassThisYear,
        },
        this.possible,
      );
    }
    return summary;
  }
}
