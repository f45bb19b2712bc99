-- The pool's own figures (summary.pool): "đủ điều kiện, chờ chi bộ xét" and the forecast's two
-- "blocked" counts over the candidates still in the unit, the same people as `pipeline`. byStage and
-- the forecast count every row of the sheet, including people past their leaving date, so the
-- superior's Bảng 4 could not add up beside the pool. Earlier revisions take the summary's `pool`
-- when it has one, else the counts they were sent with (they counted everyone then).
-- The three triggers that list the figure columns are 0003's with these three columns added.

ALTER TABLE report_revisions ADD COLUMN pool_ready INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_revisions ADD COLUMN pool_blocked_leaving INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_revisions ADD COLUMN pool_blocked_age INTEGER NOT NULL DEFAULT 0;
ALTER TABLE unit_rollups ADD COLUMN pool_ready INTEGER NOT NULL DEFAULT 0;
ALTER TABLE unit_rollups ADD COLUMN pool_blocked_leaving INTEGER NOT NULL DEFAULT 0;
ALTER TABLE unit_rollups ADD COLUMN pool_blocked_age INTEGER NOT NULL DEFAULT 0;

DROP TRIGGER units_rollup_move;
DROP TRIGGER report_revisions_rollup_insert;
DROP TRIGGER report_revisions_rollup_update;

-- (no trigger moves the sums here: they are rebuilt just below)
UPDATE report_revisions SET
  pool_ready           = COALESCE(json_extract(summary_json, '$.pool.ready'), stage_ready),
  pool_blocked_leaving = COALESCE(json_extract(summary_json, '$.pool.blockedByLeaving'), forecast_blocked_leaving),
  pool_blocked_age     = COALESCE(json_extract(summary_json, '$.pool.blockedByAge'), forecast_blocked_age);

-- Each unit's subtree sums over the units' latest revisions of the year.
WITH latest AS (
  SELECT r.unit_id, r.year, r.pool_ready, r.pool_blocked_leaving, r.pool_blocked_age FROM report_revisions r
  WHERE r.revision = (SELECT MAX(x.revision) FROM report_revisions x WHERE x.unit_id = r.unit_id AND x.year = r.year)
),
sums AS (
  SELECT p.ancestor_id AS unit_id, l.year, SUM(l.pool_ready) AS ready, SUM(l.pool_blocked_leaving) AS leaving,
         SUM(l.pool_blocked_age) AS age
  FROM latest l JOIN unit_paths p ON p.unit_id = l.unit_id
  GROUP BY p.ancestor_id, l.year
)
UPDATE unit_rollups SET
  pool_ready = s.ready, pool_blocked_leaving = s.leaving, pool_blocked_age = s.age
FROM sums s WHERE s.unit_id = unit_rollups.unit_id AND s.year = unit_rollups.year;

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
      admitted_m06, admitted_m07, admitted_m08, admitted_m09, admitted_m10, admitted_m11, admitted_m12, pool_ready, pool_blocked_leaving, pool_blocked_age)
  SELECT
      a.ancestor_id, r.year, -r.reported, -r.reported_leaves, -r.target_admitted, -r.target_students, -r.target_women,
      -r.target_awareness_class, -r.targeted_admitted, -r.targeted_students, -r.targeted_women,
      -r.targeted_awareness_class, -r.admitted, -r.admitted_students, -r.admitted_women, -r.admitted_ethnic_minority,
      -r.awareness_class, -r.recognized, -r.probation_ends, -r.sympathizers, -r.pipeline, -r.stage_source,
      -r.stage_trained, -r.stage_dossier, -r.stage_ready, -r.stage_proposed, -r.stage_admitted, -r.stage_probationary,
      -r.stage_official, -r.stage_removed, -r.forecast_admissible, -r.forecast_blocked_leaving, -r.forecast_blocked_age,
      -r.admitted_religion, -r.admitted_youth_union, -r.admitted_m01, -r.admitted_m02, -r.admitted_m03, -r.admitted_m04,
      -r.admitted_m05, -r.admitted_m06, -r.admitted_m07, -r.admitted_m08, -r.admitted_m09, -r.admitted_m10,
      -r.admitted_m11, -r.admitted_m12, -r.pool_ready, -r.pool_blocked_leaving, -r.pool_blocked_age
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
      admitted_m11 = admitted_m11 + excluded.admitted_m11, admitted_m12 = admitted_m12 + excluded.admitted_m12,
      pool_ready = pool_ready + excluded.pool_ready, pool_blocked_leaving = pool_blocked_leaving + excluded.pool_blocked_leaving, pool_blocked_age = pool_blocked_age + excluded.pool_blocked_age;
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
      admitted_m06, admitted_m07, admitted_m08, admitted_m09, admitted_m10, admitted_m11, admitted_m12, pool_ready, pool_blocked_leaving, pool_blocked_age)
  SELECT
      a.ancestor_id, r.year, r.reported, r.reported_leaves, r.target_admitted, r.target_students, r.target_women,
      r.target_awareness_class, r.targeted_admitted, r.targeted_students, r.targeted_women, r.targeted_awareness_class,
      r.admitted, r.admitted_students, r.admitted_women, r.admitted_ethnic_minority, r.awareness_class, r.recognized,
      r.probation_ends, r.sympathizers, r.pipeline, r.stage_source, r.stage_trained, r.stage_dossier, r.stage_ready,
      r.stage_proposed, r.stage_admitted, r.stage_probationary, r.stage_official, r.stage_removed,
      r.forecast_admissible, r.forecast_blocked_leaving, r.forecast_blocked_age, r.admitted_religion,
      r.admitted_youth_union, r.admitted_m01, r.admitted_m02, r.admitted_m03, r.admitted_m04, r.admitted_m05,
      r.admitted_m06, r.admitted_m07, r.admitted_m08, r.admitted_m09, r.admitted_m10, r.admitted_m11, r.admitted_m12, r.pool_ready, r.pool_blocked_leaving, r.pool_blocked_age
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
      admitted_m11 = admitted_m11 + excluded.admitted_m11, admitted_m12 = admitted_m12 + excluded.admitted_m12,
      pool_ready = pool_ready + excluded.pool_ready, pool_blocked_leaving = pool_blocked_leaving + excluded.pool_blocked_leaving, pool_blocked_age = pool_blocked_age + excluded.pool_blocked_age;
END;

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
      admitted_m10, admitted_m11, admitted_m12, pool_ready, pool_blocked_leaving, pool_blocked_age)
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
      NEW.admitted_m11 - COALESCE(prev.admitted_m11, 0), NEW.admitted_m12 - COALESCE(prev.admitted_m12, 0),
      NEW.pool_ready - COALESCE(prev.pool_ready, 0), NEW.pool_blocked_leaving - COALESCE(prev.pool_blocked_leaving, 0), NEW.pool_blocked_age - COALESCE(prev.pool_blocked_age, 0)
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
      admitted_m11 = admitted_m11 + excluded.admitted_m11, admitted_m12 = admitted_m12 + excluded.admitted_m12,
      pool_ready = pool_ready + excluded.pool_ready, pool_blocked_leaving = pool_blocked_leaving + excluded.pool_blocked_leaving, pool_blocked_age = pool_blocked_age + excluded.pool_blocked_age;
END;

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
      admitted_m12, pool_ready, pool_blocked_leaving, pool_blocked_age)
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
      NEW.admitted_m11 - OLD.admitted_m11, NEW.admitted_m12 - OLD.admitted_m12, NEW.pool_ready - OLD.pool_ready, NEW.pool_blocked_leaving - OLD.pool_blocked_leaving, NEW.pool_blocked_age - OLD.pool_blocked_age
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
      admitted_m11 = admitted_m11 + excluded.admitted_m11, admitted_m12 = admitted_m12 + excluded.admitted_m12,
      pool_ready = pool_ready + excluded.pool_ready, pool_blocked_leaving = pool_blocked_leaving + excluded.pool_blocked_leaving, pool_blocked_age = pool_blocked_age + excluded.pool_blocked_age;
END;
