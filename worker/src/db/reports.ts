import type { Summary } from '../../../shared/schemas/response.ts';
import { FIGURE_COLUMNS, type FigureRow } from '../lib/figures.ts';

export interface RevisionInfo {
  revision: number;
  submittedBy: string;
  submittedAt: string;
}

export type SubmitOutcome =
  | { kind: 'created'; current: RevisionInfo }
  | { kind: 'unchanged'; current: RevisionInfo }
  | { kind: 'stale'; current: RevisionInfo | null };

export interface Submission {
  unitId: string;
  year: number;
  bodyHash: string;
  summaryJson: string;
  note: string | null;
  figures: FigureRow;
  by: string;
  at: string;
  /** If-Match: the revision the client expects to replace (0 = none yet), 'any' = some report */
  expected: number | 'any' | undefined;
}

interface RevisionRow {
  revision: number;
  body_hash: string;
  submitted_by: string;
  submitted_at: string;
}

const info = (r: RevisionRow): RevisionInfo => ({
  revision: r.revision,
  submittedBy: r.submitted_by,
  submittedAt: r.submitted_at,
});

const COLUMNS = FIGURE_COLUMNS.join(', ');
/** ?9 … for the figure columns; ?1–?8 are the fixed parameters below */
const FIGURE_PARAMS = FIGURE_COLUMNS.map((_, i) => `?${i + 9}`).join(', ');

/**
 * Stores a new revision unless the body is the same as the current report's (idempotent) or an
 * If-Match revision is stale. One insert that reads the current revision, then one read of the
 * result, in a single D1 batch (a transaction): concurrent submissions get distinct revisions.
 */
export async function submitReport(db: D1Database, s: Submission): Promise<SubmitOutcome> {
  const expected = s.expected === undefined ? null : s.expected === 'any' ? -1 : s.expected;
  const insert = db
    .prepare(
      `INSERT INTO report_revisions
         (unit_id, year, revision, body_hash, summary_json, note, submitted_by, submitted_at, ${COLUMNS})
       SELECT ?1, ?2, cur.revision + 1, ?3, ?4, ?5, ?6, ?7, ${FIGURE_PARAMS}
       FROM (SELECT COALESCE(MAX(revision), 0) AS revision FROM report_revisions
             WHERE unit_id = ?1 AND year = ?2) AS cur
       WHERE NOT EXISTS (SELECT 1 FROM report_revisions r
                         WHERE r.unit_id = ?1 AND r.year = ?2 AND r.revision = cur.revision AND r.body_hash = ?3)
         AND (?8 IS NULL OR ?8 = cur.revision OR (?8 = -1 AND cur.revision > 0))
       RETURNING revision, body_hash, submitted_by, submitted_at`,
    )
    .bind(
      s.unitId,
      s.year,
      s.bodyHash,
      s.summaryJson,
      s.note,
      s.by,
      s.at,
      expected,
      ...FIGURE_COLUMNS.map((c) => s.figures[c]),
    );
  const current = db
    .prepare(
      `SELECT revision, body_hash, submitted_by, submitted_at FROM report_revisions
       WHERE unit_id = ?1 AND year = ?2 ORDER BY revision DESC LIMIT 1`,
    )
    .bind(s.unitId, s.year);
  const [inserted, latest] = await db.batch<RevisionRow>([insert, current]);
  const created = inserted?.results[0];
  if (created) return { kind: 'created', current: info(created) };
  const now = latest?.results[0];
  if (now && now.body_hash === s.bodyHash) return { kind: 'unchanged', current: info(now) };
  return { kind: 'stale', current: now ? info(now) : null };
}

export interface StoredReport extends RevisionInfo {
  summary: Summary;
  note: string | null;
  revisions: RevisionInfo[];
}

/** The current report (or a given revision) with the list of every revision; null when none. */
export async function getReport(
  db: D1Database,
  unitId: string,
  year: number,
  revision?: number,
): Promise<StoredReport | null> {
  const [one, all] = await db.batch<RevisionRow & { summary_json: string; note: string | null }>([
    db
      .prepare(
        `SELECT revision, body_hash, summary_json, note, submitted_by, submitted_at FROM report_revisions
         WHERE unit_id = ?1 AND year = ?2 AND (?3 IS NULL OR revision = ?3)
         ORDER BY revision DESC LIMIT 1`,
      )
      .bind(unitId, year, revision ?? null),
    db
      .prepare(
        `SELECT revision, submitted_by, submitted_at FROM report_revisions
         WHERE unit_id = ?1 AND year = ?2 ORDER BY revision`,
      )
      .bind(unitId, year),
  ]);
  const row = one?.results[0];
  if (!row) return null;
  return {
    ...info(row),
    summary: JSON.parse(row.summary_json) as Summary,
    note: row.note,
    revisions: (all?.results ?? []).map(info),
  };
}
