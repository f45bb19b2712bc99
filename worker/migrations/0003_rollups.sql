-- Rollups maintained at write time (issue 15): each unit keeps, per year, its subtree's totals, so
-- the aggregate reads one row per child whatever lies below it. SQLite triggers keep them: every write
-- to units, targets or report_revisions updates every ancestor inside the same statement (so inside
-- the same D1 batch, which is a transaction), whichever code path or seed makes the write.
-- Triggers cannot use WITH, so the ancestors come from a closure table (unit_paths) that the triggers
-- keep too. This file is generated from worker/src/lib/figures.ts's FIGURE_COLUMNS (one column each);
-- tests/worker/rollups.test.ts holds the rollups equal to a recomputation from the reports.

-- Every (ancestor, descendant) pair, the unit itself included at distance 0.
CREATE TABLE unit_paths (
  ancestor_id  TEXT NOT NULL,
  unit_id      TEXT NOT NULL,
  distance     INTEGER NOT NULL,
  PRIMARY KEY (unit_id, ancestor_id)
) WITHOUT ROWID;
CREATE INDEX unit_paths_ancestor ON unit_paths (ancestor_id, unit_id);

-- Year-independent shape of each unit's subtree: units in it (itself included), leaves (units with
-- no children: the cells expected to report), and its direct children.
CREATE TABLE unit_subtrees (
  unit_id   TEXT PRIMARY KEY,
  units     INTEGER NOT NULL,
  leaves    INTEGER NOT NULL,
  children  INTEGER NOT NULL
) WITHOUT ROWID;

-- Per year, the sums over the subtree (the unit itself included): how many units reported (and how
-- many of those are leaves), the targets (sum, and how many units have each target set), and every
-- figure of the units' latest reports. A row exists once anything in the subtree has a report or
-- targets for that year; a missing row means all zero.
CREATE TABLE unit_rollups (
  unit_id  TEXT NOT NULL,
  year     INTEGER NOT NULL,
  reported INTEGER NOT NULL DEFAULT 0, reported_leaves INTEGER NOT NULL DEFAULT 0,
  target_admitted INTEGER NOT NULL DEFAULT 0, target_students INTEGER NOT NULL DEFAULT 0,
  target_women INTEGER NOT NULL DEFAULT 0, target_awareness_class INTEGER NOT NULL DEFAULT 0,
  targeted_admitted INTEGER NOT NULL DEFAULT 0, targeted_students INTEGER NOT NULL DEFAULT 0,
  targeted_women INTEGER NOT NULL DEFAULT 0, targeted_awareness_class INTEGER NOT NULL DEFAULT 0,
  admitted INTEGER NOT NULL DEFAULT 0, admitted_students INTEGER NOT NULL DEFAULT 0,
  admitted_women INTEGER NOT NULL DEFAULT 0, admitted_ethnic_minority INTEGER NOT NULL DEFAULT 0,
  awareness_class INTEGER NOT NULL DEFAULT 0, recognized INTEGER NOT NULL DEFAULT 0,
  probation_ends INTEGER NOT NULL DEFAULT 0, sympathizers INTEGER NOT NULL DEFAULT 0,
  pipeline INTEGER NOT NULL DEFAULT 0, stage_source INTEGER NOT NULL DEFAULT 0,
  stage_trained INTEGER NOT NULL DEFAULT 0, stage_dossier INTEGER NOT NULL DEFAULT 0,
  stage_ready INTEGER NOT NULL DEFAULT 0, stage_proposed INTEGER NOT NULL DEFAULT 0,
  stage_admitted INTEGER NOT NULL DEFAULT 0, stage_probationary INTEGER NOT NULL DEFAULT 0,
  stage_official INTEGER NOT NULL DEFAULT 0, stage_removed INTEGER NOT NULL DEFAULT 0,
  forecast_admissible INTEGER NOT NULL DEFAULT 0, forecast_blocked_leaving INTEGER NOT NULL DEFAULT 0,
  forecast_blocked_age INTEGER NOT NULL DEFAULT 0, admitted_religion INTEGER NOT NULL DEFAULT 0,
  admitted_youth_union INTEGER NOT NULL DEFAULT 0, admitted_m01 INTEGER NOT NULL DEFAULT 0,
  admitted_m02 INTEGER NOT NULL DEFAULT 0, admitted_m03 INTEGER NOT NULL DEFAULT 0,
  admitted_m04 INTEGER NOT NULL DEFAULT 0, admitted_m05 INTEGER NOT NULL DEFAULT 0,
  admitted_m06 INTEGER NOT NULL DEFAULT 0, admitted_m07 INTEGER NOT NULL DEFAULT 0,
  admitted_m08 INTEGER NOT NULL DEFAULT 0, admitted_m09 INTEGER NOT NULL DEFAULT 0,
  admitted_m10 INTEGER NOT NULL DEFAULT 0, admitted_m11 INTEGER NOT NULL DEFAULT 0,
  admitted_m12 INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (unit_id, year)
) WITHOUT ROWID;

-- Existing data. Paths: walk down from every unit (the depth bound stops a cycle, which the API
-- never lets happen).
INSERT INTO unit_paths (ancestor_id, unit_id, distance)
WITH RECURSIVE down (ancestor_id, unit_id, distance) AS (
  SELECT id, id, 0 FROM units
  UNION ALL
  SELECT d.ancestor_id, u.id, d.distance + 1 FROM units u JOIN down d ON u.parent_id = d.unit_id
  WHERE d.distance < 1000
)
SELECT ancestor_id, unit_id, MIN(distance) FROM down GROUP BY ancestor_id, unit_id;

INSERT INTO unit_subtrees (unit_id, units, leaves, children)
SELECT u.id,
       (SELECT COUNT(*) FROM unit_paths p WHERE p.ancestor_id = u.id),
       (SELECT COUNT(*) FROM unit_paths p
        WHERE p.ancestor_id = u.id AND NOT EXISTS (SELECT 1 FROM units c WHERE c.parent_id = p.unit_id)),
       (SELECT COUNT(*) FROM units c WHERE c.parent_id = u.id)
FROM units u;

INSERT INTO unit_rollups (unit_id, year,
  reported, reported_leaves, target_admitted, target_students, target_women, target_awareness_class, targeted_admitted,
  targeted_students, targeted_women, targeted_awareness_class, admitted, admitted_students, admitted_women,
  admitted_ethnic_minority, awareness_class, recognized, probation_ends, sympathizers, pipeline, stage_source,
  stage_trained, stage_dossier, stage_ready, stage_proposed, stage_admitted, stage_probationary, stage_official,
  stage_removed, forecast_admissible, forecast_blocked_leaving, forecast_blocked_age, admitted_religion,
  admitted_youth_union, admitted_m01, admitted_m02, admitted_m03, admitted_m04, admitted_m05, admitted_m06,
  admitted_m07, admitted_m08, admitted_m09, admitted_m10, admitted_m11, admitted_m12)
WITH latest AS (
  SELECT r.* FROM report_revisions r
  WHERE r.revision = (SELECT MAX(x.revision) FROM report_revisions x WHERE x.unit_id = r.unit_id AND x.year = r.year)
),
own (unit_id, year,
  reported, reported_leaves, target_admitted, target_students, target_women, target_awareness_class, targeted_admitted,
  targeted_students, targeted_women, targeted_awareness_class, admitted, admitted_students, admitted_women,
  admitted_ethnic_minority, awareness_class, recognized, probation_ends, sympathizers, pipeline, stage_source,
  stage_trained, stage_dossier, stage_ready, stage_proposed, stage_admitted, stage_probationary, stage_official,
  stage_removed, forecast_admissible, forecast_blocked_leaving, forecast_blocked_age, admitted_religion,
  admitted_youth_union, admitted_m01, admitted_m02, admitted_m03, admitted_m04, admitted_m05, admitted_m06,
  admitted_m07, admitted_m08, admitted_m09, admitted_m10, admitted_m11, admitted_m12) AS (
  SELECT l.unit_id, l.year, 1, NOT EXISTS (SELECT 1 FROM units c WHERE c.parent_id = l.unit_id),
    0, 0, 0, 0, 0, 0, 0, 0, l.admitted, l.admitted_students, l.admitted_women, l.admitted_ethnic_minority,
    l.awareness_class, l.recognized, l.probation_ends, l.sympathizers, l.pipeline, l.stage_source, l.stage_trained,
    l.stage_dossier, l.stage_ready, l.stage_proposed, l.stage_admitted, l.stage_probationary, l.stage_official,
    l.stage_removed, l.forecast_admissible, l.forecast_blocked_leaving, l.forecast_blocked_age, l.admitted_religion,
    l.admitted_youth_union, l.admitted_m01, l.admitted_m02, l.admitted_m03, l.admitted_m04, l.admitted_m05,
    l.admitted_m06, l.admitted_m07, l.admitted_m08, l.admitted_m09, l.admitted_m10, l.admitted_m11, l.admitted_m12
  FROM latest l
  UNION ALL
  SELECT t.unit_id, t.year, 0, 0,
    COALESCE(t.admitted, 0), COALESCE(t.students, 0), COALESCE(t.women, 0), COALESCE(t.awareness_class, 0),
    t.admitted IS NOT NULL, t.students IS NOT NULL, t.women IS NOT NULL, t.awareness_class IS NOT NULL, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
  FROM targets t
)
SELECT p.ancestor_id, o.year,
  SUM(o.reported), SUM(o.reported_leaves), SUM(o.target_admitted), SUM(o.target_students), SUM(o.target_women),
  SUM(o.target_awareness_class), SUM(o.targeted_admitted), SUM(o.targeted_students), SUM(o.targeted_women),
  SUM(o.targeted_awareness_class), SUM(o.admitted), SUM(o.admitted_students), SUM(o.admitted_women),
  SUM(o.admitted_ethnic_minority), SUM(o.awareness_class), SUM(o.recognized), SUM(o.probation_ends),
  SUM(o.sympathizers), SUM(o.pipeline), SUM(o.stage_source), SUM(o.stage_trained), SUM(o.stage_dossier),
  SUM(o.stage_ready), SUM(o.stage_proposed), SUM(o.stage_admitted), SUM(o.stage_probationary), SUM(o.stage_official),
  SUM(o.stage_removed), SUM(o.forecast_admissible), SUM(o.forecast_blocked_leaving), SUM(o.forecast_blocked_age),
  SUM(o.admitted_religion), SUM(o.admitted_youth_union), SUM(o.admitted_m01), SUM(o.admitted_m02), SUM(o.admitted_m03),
  SUM(o.admitted_m04), SUM(o.admitted_m05), SUM(o.admitted_m06), SUM(o.admitted_m07), SUM(o.admitted_m08),
  SUM(o.admitted_m09), SUM(o.admitted_m10), SUM(o.admitted_m11), SUM(o.admitted_m12)
FROM own o JOIN unit_paths p ON p.unit_id = o.unit_id
GROUP BY p.ancestor_id, o.year;

-- A new unit: its paths, its shape, and its parent's chain grows by one unit. The parent stops being
-- a leaf if this is its first child (then the chain's leaves do not change, and the years in which the
-- parent reported stop counting it among the reported leaves).
CREATE TRIGGER units_rollup_insert AFTER INSERT ON units
BEGIN
  INSERT INTO unit_paths (ancestor_id, unit_id, distance)
    SELECT ancestor_id, NEW.id, distance + 1 FROM unit_paths WHERE unit_id = NEW.parent_id
    UNION ALL SELECT NEW.id, NEW.id, 0;
  INSERT INTO unit_subtrees (unit_id, units, leaves, children) VALUES (NEW.id, 1, 1, 0);
  UPDATE unit_subtrees
    SET units = units + 1,
        leaves = leaves + (SELECT s.children > 0 FROM unit_subtrees s WHERE s.unit_id = NEW.parent_id)
    WHERE unit_id IN (SELECT ancestor_id FROM unit_paths WHERE unit_id = NEW.parent_id);
  UPDATE unit_subtrees SET children = children + 1 WHERE unit_id = NEW.parent_id;
  UPDATE unit_rollups SET reported_leaves = reported_leaves - 1
    WHERE unit_id IN (SELECT ancestor_id FROM unit_paths WHERE unit_id = NEW.parent_id)
      AND year IN (SELECT DISTINCT year FROM report_revisions WHERE unit_id = NEW.parent_id)
      AND (SELECT s.children FROM unit_subtrees s WHERE s.unit_id = NEW.parent_id) = 1;
END;

-- A unit is never put under itself or one of its descendants (the API refuses it first; this keeps
-- the closure table true whatever writes).
CREATE TRIGGER units_rollup_no_cycle BEFORE UPDATE OF parent_id ON units
WHEN NEW.parent_id IS NOT NULL
  AND EXISTS (SELECT 1 FROM unit_paths WHERE ancestor_id = NEW.id AND unit_id = NEW.parent_id)
BEGIN
  SELECT RAISE(ABORT, 'unit_cycle');
END;

-- A moved unit takes its subtree's totals (every year) from its old ancestors to its new ones.
CREATE TRIGGER units_rollup_move AFTER UPDATE OF parent_id ON units
WHEN OLD.parent_id IS NOT NEW.parent_id
BEGIN
  -- out of the old chain (the old parent becomes a leaf when this was its only child)
  UPDATE unit_subtrees
    SET units = units - (SELECT s.units FROM unit_subtrees s WHERE s.unit_id = NEW.id),
        leaves = leaves - (SELECT s.leaves FROM unit_subtrees s WHERE s.unit_id = NEW.id)
                 + (SELECT s.children = 1 FROM unit_subtrees s WHERE s.unit_id = OLD.parent_id)
    WHERE unit_id IN (SELECT ancestor_id FROM unit_paths WHERE unit_id = NEW.id AND distance > 0);
  UPDATE unit_subtrees SET children = children - 1 WHERE unit_id = OLD.parent_id;
  INSERT INTO unit_rollups (unit_id, year,
      reported, reported_leaves, target_admitted, target_students, target_women, target_awareness_class,
      targeted_admitted, targeted_students, targeted_women, targeted_awareness_class, admitted, admitted_students,
      admitted_women, admitted_ethnic_minority, awareness_class, recognized, probation_ends, sympathizers, pipeline,
      stage_source, stage_trained, stage_dossier, stage_ready, stage_proposed, stage_admitted, stage_probationary,
      stage_official, stage_removed, forecast_admissible, forecast_blocked_leaving, forecast_blocked_age,
      admitted_religion, admitted_youth_union, admitted_m01, admitted_m02, admitted_m03, admitted_m04, admitted_m05,
      admitted_m06, admitted_m07, admitted_m08, admitted_m09, admitted_m10, admitted_m11, admitted_m12)
  SELECT
      a.ancestor_id, r.year, -r.reported, -r.reported_leaves, -r.target_admitted, -r.target_students, -r.target_women,
      -r.target_awareness_class, -r.targeted_admitted, -r.targeted_students, -r.targeted_women,
      -r.targeted_awareness_class, -r.admitted, -r.admitted_students, -r.admitted_women, -r.admitted_ethnic_minority,
      -r.awareness_class, -r.recognized, -r.probation_ends, -r.sympathizers, -r.pipeline, -r.stage_source,
      -r.stage_trained, -r.stage_dossier, -r.stage_ready, -r.stage_proposed, -r.stage_admitted, -r.stage_probationary,
      -r.stage_official, -r.stage_removed, -r.forecast_admissible, -r.forecast_blocked_leaving, -r.forecast_blocked_age,
      -r.admitted_religion, -r.admitted_youth_union, -r.admitted_m01, -r.admitted_m02, -r.admitted_m03, -r.admitted_m04,
      -r.admitted_m05, -r.admitted_m06, -r.admitted_m07, -r.admitted_m08, -r.admitted_m09, -r.admitted_m10,
      -r.admitted_m11, -r.admitted_m12
    FROM unit_paths a JOIN unit_rollups r ON r.unit_id = NEW.id
    WHERE a.unit_id = NEW.id AND a.distance > 0
  ON CONFLICT (unit_id, year) DO UPDATE SET
      reported = reported + excluded.reported, reported_leaves = reported_leaves + excluded.reported_leaves,
      target_admitted = target_admitted + excluded.target_admitted,
      target_students = target_students + excluded.target_students, target_women = target_women + excluded.target_women,
      target_awareness_class = target_awareness_class + excluded.target_awareness_class,
      targeted_admitted = targeted_admitted + excluded.targeted_admitted,
      targeted_students = targeted_students + excluded.targeted_students,
      targeted_women = targeted_women + excluded.targeted_women,
      targeted_awareness_class = targeted_awareness_class + excluded.targeted_awareness_class,
      admitted = admitted + excluded.admitted, admitted_students = admitted_students + excluded.admitted_students,
      admitted_women = admitted_women + excluded.admitted_women,
      admitted_ethnic_minority = admitted_ethnic_minority + excluded.admitted_ethnic_minority,
      awareness_class = awareness_class + excluded.awareness_class, recognized = recognized + excluded.recognized,
      probation_ends = probation_ends + excluded.probation_ends, sympathizers = sympathizers + excluded.sympathizers,
      pipeline = pipeline + excluded.pipeline, stage_source = stage_source + excluded.stage_source,
      stage_trained = stage_trained + excluded.stage_trained, stage_dossier = stage_dossier + excluded.stage_dossier,
      stage_ready = stage_ready + excluded.stage_ready, stage_proposed = stage_proposed + excluded.stage_proposed,
      stage_admitted = stage_admitted + excluded.stage_admitted,
      stage_probationary = stage_probationary + excluded.stage_probationary,
      stage_official = stage_official + excluded.stage_official, stage_removed = stage_removed + excluded.stage_removed,
      forecast_admissible = forecast_admissible + excluded.forecast_admissible,
      forecast_blocked_leaving = forecast_blocked_leaving + excluded.forecast_blocked_leaving,
      forecast_blocked_age = forecast_blocked_age + excluded.forecast_blocked_age,
      admitted_religion = admitted_religion + excluded.admitted_religion,
      admitted_youth_union = admitted_youth_union + excluded.admitted_youth_union,
      admitted_m01 = admitted_m01 + excluded.admitted_m01, admitted_m02 = admitted_m02 + excluded.admitted_m02,
      admitted_m03 = admitted_m03 + excluded.admitted_m03, admitted_m04 = admitted_m04 + excluded.admitted_m04,
      admitted_m05 = admitted_m05 + excluded.admitted_m05, admitted_m06 = admitted_m06 + excluded.admitted_m06,
      admitted_m07 = admitted_m07 + excluded.admitted_m07, admitted_m08 = admitted_m08 + excluded.admitted_m08,
      admitted_m09 = admitted_m09 + excluded.admitted_m09, admitted_m10 = admitted_m10 + excluded.admitted_m10,
      admitted_m11 = admitted_m11 + excluded.admitted_m11, admitted_m12 = admitted_m12 + excluded.admitted_m12;
  UPDATE unit_rollups SET reported_leaves = reported_leaves + 1
    WHERE unit_id IN (SELECT ancestor_id FROM unit_paths WHERE unit_id = OLD.parent_id)
      AND year IN (SELECT DISTINCT year FROM report_revisions WHERE unit_id = OLD.parent_id)
      AND (SELECT s.children FROM unit_subtrees s WHERE s.unit_id = OLD.parent_id) = 0;
  -- re-link the subtree's paths
  DELETE FROM unit_paths
    WHERE unit_id IN (SELECT unit_id FROM unit_paths WHERE ancestor_id = NEW.id)
      AND ancestor_id IN (SELECT ancestor_id FROM unit_paths WHERE unit_id = NEW.id AND distance > 0);
  INSERT INTO unit_paths (ancestor_id, unit_id, distance)
    SELECT a.ancestor_id, d.unit_id, a.distance + d.distance + 1
    FROM unit_paths a JOIN unit_paths d ON d.ancestor_id = NEW.id
    WHERE a.unit_id = NEW.parent_id;
  -- into the new chain (the new parent stops being a leaf when this is its first child)
  UPDATE unit_subtrees
    SET units = units + (SELECT s.units FROM unit_subtrees s WHERE s.unit_id = NEW.id),
        leaves = leaves + (SELECT s.leaves FROM unit_subtrees s WHERE s.unit_id = NEW.id)
                 - (SELECT s.children = 0 FROM unit_subtrees s WHERE s.unit_id = NEW.parent_id)
    WHERE unit_id IN (SELECT ancestor_id FROM unit_paths WHERE unit_id = NEW.id AND distance > 0);
  UPDATE unit_subtrees SET children = children + 1 WHERE unit_id = NEW.parent_id;
  UPDATE unit_rollups SET reported_leaves = reported_leaves - 1
    WHERE unit_id IN (SELECT ancestor_id FROM unit_paths WHERE unit_id = NEW.parent_id)
      AND year IN (SELECT DISTINCT year FROM report_revisions WHERE unit_id = NEW.parent_id)
      AND (SELECT s.children FROM unit_subtrees s WHERE s.unit_id = NEW.parent_id) = 1;
  INSERT INTO unit_rollups (unit_id, year,
      reported, reported_leaves, target_admitted, target_students, target_women, target_awareness_class,
      targeted_admitted, targeted_students, targeted_women, targeted_awareness_class, admitted, admitted_students,
      admitted_women, admitted_ethnic_minority, awareness_class, recognized, probation_ends, sympathizers, pipeline,
      stage_source, stage_trained, stage_dossier, stage_ready, stage_proposed, stage_admitted, stage_probationary,
      stage_official, stage_removed, forecast_admissible, forecast_blocked_leaving, forecast_blocked_age,
      admitted_religion, admitted_youth_union, admitted_m01, admitted_m02, admitted_m03, admitted_m04, admitted_m05,
      admitted_m06, admitted_m07, admitted_m08, admitted_m09, admitted_m10, admitted_m11, admitted_m12)
  SELECT
      a.ancestor_id, r.year, r.reported, r.reported_leaves, r.target_admitted, r.target_students, r.target_women,
      r.target_awareness_class, r.targeted_admitted, r.targeted_students, r.targeted_women, r.targeted_awareness_class,
      r.admitted, r.admitted_students, r.admitted_women, r.admitted_ethnic_minority, r.awareness_class, r.recognized,
      r.probation_ends, r.sympathizers, r.pipeline, r.stage_source, r.stage_trained, r.stage_dossier, r.stage_ready,
      r.stage_proposed, r.stage_admitted, r.stage_probationary, r.stage_official, r.stage_removed,
      r.forecast_admissible, r.forecast_blocked_leaving, r.forecast_blocked_age, r.admitted_religion,
      r.admitted_youth_union, r.admitted_m01, r.admitted_m02, r.admitted_m03, r.admitted_m04, r.admitted_m05,
      r.admitted_m06, r.admitted_m07, r.admitted_m08, r.admitted_m09, r.admitted_m10, r.admitted_m11, r.admitted_m12
    FROM unit_paths a JOIN unit_rollups r ON r.unit_id = NEW.id
    WHERE a.unit_id = NEW.id AND a.distance > 0
  ON CONFLICT (unit_id, year) DO UPDATE SET
      reported = reported + excluded.reported, reported_leaves = reported_leaves + excluded.reported_leaves,
      target_admitted = target_admitted + excluded.target_admitted,
      target_students = target_students + excluded.target_students, target_women = target_women + excluded.target_women,
      target_awareness_class = target_awareness_class + excluded.target_awareness_class,
      targeted_admitted = targeted_admitted + excluded.targeted_admitted,
      targeted_students = targeted_students + excluded.targeted_students,
      targeted_women = targeted_women + excluded.targeted_women,
      targeted_awareness_class = targeted_awareness_class + excluded.targeted_awareness_class,
      admitted = admitted + excluded.admitted, admitted_students = admitted_students + excluded.admitted_students,
      admitted_women = admitted_women + excluded.admitted_women,
      admitted_ethnic_minority = admitted_ethnic_minority + excluded.admitted_ethnic_minority,
      awareness_class = awareness_class + excluded.awareness_class, recognized = recognized + excluded.recognized,
      probation_ends = probation_ends + excluded.probation_ends, sympathizers = sympathizers + excluded.sympathizers,
      pipeline = pipeline + excluded.pipeline, stage_source = stage_source + excluded.stage_source,
      stage_trained = stage_trained + excluded.stage_trained, stage_dossier = stage_dossier + excluded.stage_dossier,
      stage_ready = stage_ready + excluded.stage_ready, stage_proposed = stage_proposed + excluded.stage_proposed,
      stage_admitted = stage_admitted + excluded.stage_admitted,
      stage_probationary = stage_probationary + excluded.stage_probationary,
      stage_official = stage_official + excluded.stage_official, stage_removed = stage_removed + excluded.stage_removed,
      forecast_admissible = forecast_admissible + excluded.forecast_admissible,
      forecast_blocked_leaving = forecast_blocked_leaving + excluded.forecast_blocked_leaving,
      forecast_blocked_age = forecast_blocked_age + excluded.forecast_blocked_age,
      admitted_religion = admitted_religion + excluded.admitted_religion,
      admitted_youth_union = admitted_youth_union + excluded.admitted_youth_union,
      admitted_m01 = admitted_m01 + excluded.admitted_m01, admitted_m02 = admitted_m02 + excluded.admitted_m02,
      admitted_m03 = admitted_m03 + excluded.admitted_m03, admitted_m04 = admitted_m04 + excluded.admitted_m04,
      admitted_m05 = admitted_m05 + excluded.admitted_m05, admitted_m06 = admitted_m06 + excluded.admitted_m06,
      admitted_m07 = admitted_m07 + excluded.admitted_m07, admitted_m08 = admitted_m08 + excluded.admitted_m08,
      admitted_m09 = admitted_m09 + excluded.admitted_m09, admitted_m10 = admitted_m10 + excluded.admitted_m10,
      admitted_m11 = admitted_m11 + excluded.admitted_m11, admitted_m12 = admitted_m12 + excluded.admitted_m12;
END;

-- A new latest revision replaces the previous one in every ancestor's sums (the first one also counts
-- the unit as reported). A revision stored below the latest changes nothing.
CREATE TRIGGER report_revisions_rollup_insert AFTER INSERT ON report_revisions
WHEN NOT EXISTS (SELECT 1 FROM report_revisions r
                 WHERE r.unit_id = NEW.unit_id AND r.year = NEW.year AND r.revision > NEW.revision)
BEGIN
  INSERT INTO unit_rollups (unit_id, year,
      reported, reported_leaves, admitted, admitted_students, admitted_women, admitted_ethnic_minority, awareness_class,
      recognized, probation_ends, sympathizers, pipeline, stage_source, stage_trained, stage_dossier, stage_ready,
      stage_proposed, stage_admitted, stage_probationary, stage_official, stage_removed, forecast_admissible,
      forecast_blocked_leaving, forecast_blocked_age, admitted_religion, admitted_youth_union, admitted_m01,
      admitted_m02, admitted_m03, admitted_m04, admitted_m05, admitted_m06, admitted_m07, admitted_m08, admitted_m09,
      admitted_m10, admitted_m11, admitted_m12)
  SELECT
      a.ancestor_id, NEW.year, prev.revision IS NULL, (prev.revision IS NULL) * (s.children = 0),
      NEW.admitted - COALESCE(prev.admitted, 0), NEW.admitted_students - COALESCE(prev.admitted_students, 0),
      NEW.admitted_women - COALESCE(prev.admitted_women, 0),
      NEW.admitted_ethnic_minority - COALESCE(prev.admitted_ethnic_minority, 0),
      NEW.awareness_class - COALESCE(prev.awareness_class, 0), NEW.recognized - COALESCE(prev.recognized, 0),
      NEW.probation_ends - COALESCE(prev.probation_ends, 0), NEW.sympathizers - COALESCE(prev.sympathizers, 0),
      NEW.pipeline - COALESCE(prev.pipeline, 0), NEW.stage_source - COALESCE(prev.stage_source, 0),
      NEW.stage_trained - COALESCE(prev.stage_trained, 0), NEW.stage_dossier - COALESCE(prev.stage_dossier, 0),
      NEW.stage_ready - COALESCE(prev.stage_ready, 0), NEW.stage_proposed - COALESCE(prev.stage_proposed, 0),
      NEW.stage_admitted - COALESCE(prev.stage_admitted, 0),
      NEW.stage_probationary - COALESCE(prev.stage_probationary, 0),
      NEW.stage_official - COALESCE(prev.stage_official, 0), NEW.stage_removed - COALESCE(prev.stage_removed, 0),
      NEW.forecast_admissible - COALESCE(prev.forecast_admissible, 0),
      NEW.forecast_blocked_leaving - COALESCE(prev.forecast_blocked_leaving, 0),
      NEW.forecast_blocked_age - COALESCE(prev.forecast_blocked_age, 0),
      NEW.admitted_religion - COALESCE(prev.admitted_religion, 0),
      NEW.admitted_youth_union - COALESCE(prev.admitted_youth_union, 0),
      NEW.admitted_m01 - COALESCE(prev.admitted_m01, 0), NEW.admitted_m02 - COALESCE(prev.admitted_m02, 0),
      NEW.admitted_m03 - COALESCE(prev.admitted_m03, 0), NEW.admitted_m04 - COALESCE(prev.admitted_m04, 0),
      NEW.admitted_m05 - COALESCE(prev.admitted_m05, 0), NEW.admitted_m06 - COALESCE(prev.admitted_m06, 0),
      NEW.admitted_m07 - COALESCE(prev.admitted_m07, 0), NEW.admitted_m08 - COALESCE(prev.admitted_m08, 0),
      NEW.admitted_m09 - COALESCE(prev.admitted_m09, 0), NEW.admitted_m10 - COALESCE(prev.admitted_m10, 0),
      NEW.admitted_m11 - COALESCE(prev.admitted_m11, 0), NEW.admitted_m12 - COALESCE(prev.admitted_m12, 0)
    FROM unit_paths a
    JOIN unit_subtrees s ON s.unit_id = NEW.unit_id
    LEFT JOIN (SELECT * FROM report_revisions r
               WHERE r.unit_id = NEW.unit_id AND r.year = NEW.year AND r.revision < NEW.revision
               ORDER BY r.revision DESC LIMIT 1) prev ON 1
    WHERE a.unit_id = NEW.unit_id
  ON CONFLICT (unit_id, year) DO UPDATE SET
      reported = reported + excluded.reported, reported_leaves = reported_leaves + excluded.reported_leaves,
      admitted = admitted + excluded.admitted, admitted_students = admitted_students + excluded.admitted_students,
      admitted_women = admitted_women + excluded.admitted_women,
      admitted_ethnic_minority = admitted_ethnic_minority + excluded.admitted_ethnic_minority,
      awareness_class = awareness_class + excluded.awareness_class, recognized = recognized + excluded.recognized,
      probation_ends = probation_ends + excluded.probation_ends, sympathizers = sympathizers + excluded.sympathizers,
      pipeline = pipeline + excluded.pipeline, stage_source = stage_source + excluded.stage_source,
      stage_trained = stage_trained + excluded.stage_trained, stage_dossier = stage_dossier + excluded.stage_dossier,
      stage_ready = stage_ready + excluded.stage_ready, stage_proposed = stage_proposed + excluded.stage_proposed,
      stage_admitted = stage_admitted + excluded.stage_admitted,
      stage_probationary = stage_probationary + excluded.stage_probationary,
      stage_official = stage_official + excluded.stage_official, stage_removed = stage_removed + excluded.stage_removed,
      forecast_admissible = forecast_admissible + excluded.forecast_admissible,
      forecast_blocked_leaving = forecast_blocked_leaving + excluded.forecast_blocked_leaving,
      forecast_blocked_age = forecast_blocked_age + excluded.forecast_blocked_age,
      admitted_religion = admitted_religion + excluded.admitted_religion,
      admitted_youth_union = admitted_youth_union + excluded.admitted_youth_union,
      admitted_m01 = admitted_m01 + excluded.admitted_m01, admitted_m02 = admitted_m02 + excluded.admitted_m02,
      admitted_m03 = admitted_m03 + excluded.admitted_m03, admitted_m04 = admitted_m04 + excluded.admitted_m04,
      admitted_m05 = admitted_m05 + excluded.admitted_m05, admitted_m06 = admitted_m06 + excluded.admitted_m06,
      admitted_m07 = admitted_m07 + excluded.admitted_m07, admitted_m08 = admitted_m08 + excluded.admitted_m08,
      admitted_m09 = admitted_m09 + excluded.admitted_m09, admitted_m10 = admitted_m10 + excluded.admitted_m10,
      admitted_m11 = admitted_m11 + excluded.admitted_m11, admitted_m12 = admitted_m12 + excluded.admitted_m12;
END;

-- Revisions are kept as submitted; a data migration that rewrites the latest one's figures (as 0002
-- did) moves the sums by the difference.
CREATE TRIGGER report_revisions_rollup_update AFTER UPDATE ON report_revisions
WHEN NOT EXISTS (SELECT 1 FROM report_revisions r
                 WHERE r.unit_id = NEW.unit_id AND r.year = NEW.year AND r.revision > NEW.revision)
BEGIN
  INSERT INTO unit_rollups (unit_id, year,
      admitted, admitted_students, admitted_women, admitted_ethnic_minority, awareness_class, recognized,
      probation_ends, sympathizers, pipeline, stage_source, stage_trained, stage_dossier, stage_ready, stage_proposed,
      stage_admitted, stage_probationary, stage_official, stage_removed, forecast_admissible, forecast_blocked_leaving,
      forecast_blocked_age, admitted_religion, admitted_youth_union, admitted_m01, admitted_m02, admitted_m03,
      admitted_m04, admitted_m05, admitted_m06, admitted_m07, admitted_m08, admitted_m09, admitted_m10, admitted_m11,
      admitted_m12)
  SELECT
      a.ancestor_id, NEW.year, NEW.admitted - OLD.admitted, NEW.admitted_students - OLD.admitted_students,
      NEW.admitted_women - OLD.admitted_women, NEW.admitted_ethnic_minority - OLD.admitted_ethnic_minority,
      NEW.awareness_class - OLD.awareness_class, NEW.recognized - OLD.recognized,
      NEW.probation_ends - OLD.probation_ends, NEW.sympathizers - OLD.sympathizers, NEW.pipeline - OLD.pipeline,
      NEW.stage_source - OLD.stage_source, NEW.stage_trained - OLD.stage_trained, NEW.stage_dossier - OLD.stage_dossier,
      NEW.stage_ready - OLD.stage_ready, NEW.stage_proposed - OLD.stage_proposed,
      NEW.stage_admitted - OLD.stage_admitted, NEW.stage_probationary - OLD.stage_probationary,
      NEW.stage_official - OLD.stage_official, NEW.stage_removed - OLD.stage_removed,
      NEW.forecast_admissible - OLD.forecast_admissible, NEW.forecast_blocked_leaving - OLD.forecast_blocked_leaving,
      NEW.forecast_blocked_age - OLD.forecast_blocked_age, NEW.admitted_religion - OLD.admitted_religion,
      NEW.admitted_youth_union - OLD.admitted_youth_union, NEW.admitted_m01 - OLD.admitted_m01,
      NEW.admitted_m02 - OLD.admitted_m02, NEW.admitted_m03 - OLD.admitted_m03, NEW.admitted_m04 - OLD.admitted_m04,
      NEW.admitted_m05 - OLD.admitted_m05, NEW.admitted_m06 - OLD.admitted_m06, NEW.admitted_m07 - OLD.admitted_m07,
      NEW.admitted_m08 - OLD.admitted_m08, NEW.admitted_m09 - OLD.admitted_m09, NEW.admitted_m10 - OLD.admitted_m10,
      NEW.admitted_m11 - OLD.admitted_m11, NEW.admitted_m12 - OLD.admitted_m12
    FROM unit_paths a
    WHERE a.unit_id = NEW.unit_id
  ON CONFLICT (unit_id, year) DO UPDATE SET
      admitted = admitted + excluded.admitted, admitted_students = admitted_students + excluded.admitted_students,
      admitted_women = admitted_women + excluded.admitted_women,
      admitted_ethnic_minority = admitted_ethnic_minority + excluded.admitted_ethnic_minority,
      awareness_class = awareness_class + excluded.awareness_class, recognized = recognized + excluded.recognized,
      probation_ends = probation_ends + excluded.probation_ends, sympathizers = sympathizers + excluded.sympathizers,
      pipeline = pipeline + excluded.pipeline, stage_source = stage_source + excluded.stage_source,
      stage_trained = stage_trained + excluded.stage_trained, stage_dossier = stage_dossier + excluded.stage_dossier,
      stage_ready = stage_ready + excluded.stage_ready, stage_proposed = stage_proposed + excluded.stage_proposed,
      stage_admitted = stage_admitted + excluded.stage_admitted,
      stage_probationary = stage_probationary + excluded.stage_probationary,
      stage_official = stage_official + excluded.stage_official, stage_removed = stage_removed + excluded.stage_removed,
      forecast_admissible = forecast_admissible + excluded.forecast_admissible,
      forecast_blocked_leaving = forecast_blocked_leaving + excluded.forecast_blocked_leaving,
      forecast_blocked_age = forecast_blocked_age + excluded.forecast_blocked_age,
      admitted_religion = admitted_religion + excluded.admitted_religion,
      admitted_youth_union = admitted_youth_union + excluded.admitted_youth_union,
      admitted_m01 = admitted_m01 + excluded.admitted_m01, admitted_m02 = admitted_m02 + excluded.admitted_m02,
      admitted_m03 = admitted_m03 + excluded.admitted_m03, admitted_m04 = admitted_m04 + excluded.admitted_m04,
      admitted_m05 = admitted_m05 + excluded.admitted_m05, admitted_m06 = admitted_m06 + excluded.admitted_m06,
      admitted_m07 = admitted_m07 + excluded.admitted_m07, admitted_m08 = admitted_m08 + excluded.admitted_m08,
      admitted_m09 = admitted_m09 + excluded.admitted_m09, admitted_m10 = admitted_m10 + excluded.admitted_m10,
      admitted_m11 = admitted_m11 + excluded.admitted_m11, admitted_m12 = admitted_m12 + excluded.admitted_m12;
END;

-- Targets: every ancestor's sums move by the difference.
CREATE TRIGGER targets_rollup_insert AFTER INSERT ON targets
BEGIN
  INSERT INTO unit_rollups (unit_id, year,
      target_admitted, target_students, target_women, target_awareness_class, targeted_admitted, targeted_students,
      targeted_women, targeted_awareness_class)
  SELECT
      a.ancestor_id, NEW.year, COALESCE(NEW.admitted, 0), COALESCE(NEW.students, 0), COALESCE(NEW.women, 0),
      COALESCE(NEW.awareness_class, 0), (NEW.admitted IS NOT NULL), (NEW.students IS NOT NULL), (NEW.women IS NOT NULL),
      (NEW.awareness_class IS NOT NULL)
    FROM unit_paths a
    WHERE a.unit_id = NEW.unit_id
  ON CONFLICT (unit_id, year) DO UPDATE SET
      target_admitted = target_admitted + excluded.target_admitted,
      target_students = target_students + excluded.target_students, target_women = target_women + excluded.target_women,
      target_awareness_class = target_awareness_class + excluded.target_awareness_class,
      targeted_admitted = targeted_admitted + excluded.targeted_admitted,
      targeted_students = targeted_students + excluded.targeted_students,
      targeted_women = targeted_women + excluded.targeted_women,
      targeted_awareness_class = targeted_awareness_class + excluded.targeted_awareness_class;
END;

CREATE TRIGGER targets_rollup_update AFTER UPDATE ON targets
BEGIN
  INSERT INTO unit_rollups (unit_id, year,
      target_admitted, target_students, target_women, target_awareness_class, targeted_admitted, targeted_students,
      targeted_women, targeted_awareness_class)
  SELECT
      a.ancestor_id, OLD.year, -COALESCE(OLD.admitted, 0), -COALESCE(OLD.students, 0), -COALESCE(OLD.women, 0),
      -COALESCE(OLD.awareness_class, 0), -(OLD.admitted IS NOT NULL), -(OLD.students IS NOT NULL),
      -(OLD.women IS NOT NULL), -(OLD.awareness_class IS NOT NULL)
    FROM unit_paths a
    WHERE a.unit_id = OLD.unit_id
  ON CONFLICT (unit_id, year) DO UPDATE SET
      target_admitted = target_admitted + excluded.target_admitted,
      target_students = target_students + excluded.target_students, target_women = target_women + excluded.target_women,
      target_awareness_class = target_awareness_class + excluded.target_awareness_class,
      targeted_admitted = targeted_admitted + excluded.targeted_admitted,
      targeted_students = targeted_students + excluded.targeted_students,
      targeted_women = targeted_women + excluded.targeted_women,
      targeted_awareness_class = targeted_awareness_class + excluded.targeted_awareness_class;
  INSERT INTO unit_rollups (unit_id, year,
      target_admitted, target_students, target_women, target_awareness_class, targeted_admitted, targeted_students,
      targeted_women, targeted_awareness_class)
  SELECT
      a.ancestor_id, NEW.year, COALESCE(NEW.admitted, 0), COALESCE(NEW.students, 0), COALESCE(NEW.women, 0),
      COALESCE(NEW.awareness_class, 0), (NEW.admitted IS NOT NULL), (NEW.students IS NOT NULL), (NEW.women IS NOT NULL),
      (NEW.awareness_class IS NOT NULL)
    FROM unit_paths a
    WHERE a.unit_id = NEW.unit_id
  ON CONFLICT (unit_id, year) DO UPDATE SET
      target_admitted = target_admitted + excluded.target_admitted,
      target_students = target_students + excluded.target_students, target_women = target_women + excluded.target_women,
      target_awareness_class = target_awareness_class + excluded.target_awareness_class,
      targeted_admitted = targeted_admitted + excluded.targeted_admitted,
      targeted_students = targeted_students + excluded.targeted_students,
      targeted_women = targeted_women + excluded.targeted_women,
      targeted_awareness_class = targeted_awareness_class + excluded.targeted_awareness_class;
END;

CREATE TRIGGER targets_rollup_delete AFTER DELETE ON targets
BEGIN
  INSERT INTO unit_rollups (unit_id, year,
      target_admitted, target_students, target_women, target_awareness_class, targeted_admitted, targeted_students,
      targeted_women, targeted_awareness_class)
  SELECT
      a.ancestor_id, OLD.year, -COALESCE(OLD.admitted, 0), -COALESCE(OLD.students, 0), -COALESCE(OLD.women, 0),
      -COALESCE(OLD.awareness_class, 0), -(OLD.admitted IS NOT NULL), -(OLD.students IS NOT NULL),
      -(OLD.women IS NOT NULL), -(OLD.awareness_class IS NOT NULL)
    FROM unit_paths a
    WHERE a.unit_id = OLD.unit_id
  ON CONFLICT (unit_id, year) DO UPDATE SET
      target_admitted = target_admitted + excluded.target_admitted,
      target_students = target_students + excluded.target_students, target_women = target_women + excluded.target_women,
      target_awareness_class = target_awareness_class + excluded.target_awareness_class,
      targeted_admitted = targeted_admitted + excluded.targeted_admitted,
      targeted_students = targeted_students + excluded.targeted_students,
      targeted_women = targeted_women + excluded.targeted_women,
      targeted_awareness_class = targeted_awareness_class + excluded.targeted_awareness_class;
END;
