import { evaluate } from '../../shared/index.ts';
import type { Summary } from '../../shared/schemas/response.ts';

/** The engine's own (empty) summary for a year, so fixtures follow the schema as it evolves. */
function emptySummary(year: number): Summary {
  const outcome = evaluate({ asOf: `${year}-06-30`, unit: { hasYouthUnion: true }, candidates: [] });
  if (!outcome.ok) throw new Error(`fixture: ${JSON.stringify(outcome.problems)}`);
  return outcome.summary;
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
  s.breakdown.admitted.total = n;
  s.breakdown.admitted.students = n;
  s.breakdown.admitted.women = Math.floor(n / 2);
  s.breakdown.pipeline.total = 7 * n;
  return s;
}
