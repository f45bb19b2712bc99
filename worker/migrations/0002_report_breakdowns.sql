-- Figures the superior's "Tổng hợp" tab and report need and the first schema did not sum:
-- admissions of people with a religion and of Youth Union members (summary.breakdown.admitted),
-- and admissions per month (summary.admittedByMonth). Earlier revisions are filled in from the
-- summary they kept in summary_json; new ones are written by the worker.
ALTER TABLE report_revisions ADD COLUMN admitted_religion INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_revisions ADD COLUMN admitted_youth_union INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_revisions ADD COLUMN admitted_m01 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_revisions ADD COLUMN admitted_m02 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_revisions ADD COLUMN admitted_m03 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_revisions ADD COLUMN admitted_m04 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_revisions ADD COLUMN admitted_m05 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_revisions ADD COLUMN admitted_m06 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_revisions ADD COLUMN admitted_m07 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_revisions ADD COLUMN admitted_m08 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_revisions ADD COLUMN admitted_m09 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_revisions ADD COLUMN admitted_m10 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_revisions ADD COLUMN admitted_m11 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_revisions ADD COLUMN admitted_m12 INTEGER NOT NULL DEFAULT 0;

UPDATE report_revisions SET
  admitted_religion    = COALESCE(json_extract(summary_json, '$.breakdown.admitted.religion'), 0),
  admitted_youth_union = COALESCE(json_extract(summary_json, '$.breakdown.admitted.youthUnion'), 0),
  admitted_m01 = COALESCE(json_extract(summary_json, '$.admittedByMonth[0]'), 0),
  admitted_m02 = COALESCE(json_extract(summary_json, '$.admittedByMonth[1]'), 0),
  admitted_m03 = COALESCE(json_extract(summary_json, '$.admittedByMonth[2]'), 0),
  admitted_m04 = COALESCE(json_extract(summary_json, '$.admittedByMonth[3]'), 0),
  admitted_m05 = COALESCE(json_extract(summary_json, '$.admittedByMonth[4]'), 0),
  admitted_m06 = COALESCE(json_extract(summary_json, '$.admittedByMonth[5]'), 0),
  admitted_m07 = COALESCE(json_extract(summary_json, '$.admittedByMonth[6]'), 0),
  admitted_m08 = COALESCE(json_extract(summary_json, '$.admittedByMonth[7]'), 0),
  admitted_m09 = COALESCE(json_extract(summary_json, '$.admittedByMonth[8]'), 0),
  admitted_m10 = COALESCE(json_extract(summary_json, '$.admittedByMonth[9]'), 0),
  admitted_m11 = COALESCE(json_extract(summary_json, '$.admittedByMonth[10]'), 0),
  admitted_m12 = COALESCE(json_extract(summary_json, '$.admittedByMonth[11]'), 0);
