import { reportableSummary } from '../../shared/engine/forecast.ts';
import { evaluate } from '../../shared/index.ts';
import type { Summary } from '../../shared/schemas/response.ts';

/**
 * The engine's own (empty) summary for a year, as a client sends it upstream (no row keys), so
 * fixtures follow the schema as it evolves.
 */
function emptySummary(year: number): Summary {
  const outcome = evaluate({ asOf: `${year}-06-30`, unit: { hasYouthUnion: true }, candidates: [] });
  if (!outcome.ok) throw new Error(`fixture: ${JSON.stringify(outcome.problems)}`);
  return reportableSummary(outcome.summary);
}

/** A valid summary, as `evaluate` returns it, with `n` scaling its figures. */
export function summary(year: number, n = 1): Summary {
  const s = structuredClone(emptySummary(year));
  s.byStage = {
    source: 3 * n,
    trained: 2 * n,
    dossier: n,
    ready: n,
    proposed: 0,
    admitted: n,
    probationary: n,
    official: 0,
    removed: 0,
  };
  s.admittedThisYear = n;
  s.admittedByMonth = [0, 0, 0, 0, 0, n, 0, 0, 0, 0, 0, 0];
  s.awarenessClassThisYear = 2 * n;
  s.probationEndsThisYear = n;
  s.sympathizers = 4 * n;
  s.forecast = { ...s.forecast, admissible: n, blockedByLeaving: n };
  // no one past the leaving date: the pool's figures are byStage's and the forecast's
  s.pool = { ready: n, blockedByLeaving: n, blockedByAge: 0 };
  s.breakdown.admitted.total = n;
  s.breakdown.admitted.students = n;
  s.breakdown.admitted.women = Math.floor(n / 2);
  s.breakdown.pipeline.total = 7 * n;
  return s;
}

const D = '2024-01-15';

const key64 = (prefix: string, i: number) => `${prefix}${String(i).padStart(8, '0')}`.padEnd(64, 'x');

/** A member with every field filled and a 64-character key. */
export function maximalMember(i: number) {
  return {
    key: key64('dv', i),
    joinedUnitDate: '2010-01-15',
    ceremonyDate: '2010-01-15',
    officialSince: '2011-01-15',
    exempt: false,
    temporarilyAway: false,
  };
}

/**
 * A candidate with every field of the schema filled and 64-character keys: the largest row.
 * Its introducers are members `i % members` and `(i + 1) % members`.
 */
export function maximalCandidate(i: number, members = 100) {
  return {
    key: key64('qc', i),
    birthDate: '2000-01-15',
    gender: 'female',
    ethnicMinority: false,
    religion: false,
    category: 'higherEducationStudent',
    education: 'upperSecondary',
    specialArea: false,
    literacyApproval: false,
    over60Approved: false,
    joinedUnitDate: D,
    expectedLeaveDate: D,
    youthUnionMember: true,
    youthUnionResolutionDate: D,
    tradeUnionResolutionDate: D,
    sympathizerListDate: D,
    awarenessCertificateDate: D,
    applicationDate: D,
    backgroundDeclaredDate: D,
    backgroundVerifiedDate: D,
    backgroundCheckExempt: false,
    introducers: [
      { memberKey: key64('dv', i % members), officialSince: D, togetherSince: D, letterDate: D },
      { memberKey: key64('dv', (i + 1) % members), officialSince: D, togetherSince: D, letterDate: D },
    ],
    feedbackSummaryDate: D,
    plannedMeetingDate: D,
    cellResolutionDate: D,
    votesFor: 100,
    decisionDate: D,
    decisionReceivedDate: D,
    ceremonyDate: D,
    officialResolutionDate: D,
    officialDecisionDate: D,
    removedDate: D,
  };
}
