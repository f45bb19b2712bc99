-- Demo data for local development (`npm start` applies it on every start; it only adds what is missing).
-- A commune party committee with five upper-secondary school cells, as in seed 003.
-- Admin: admin@example.org (the ADMIN_EMAILS of `npm start`).

INSERT INTO units (id, name, parent_id, created_by, created_at, updated_at)
VALUES
  ('xa-dinh-van', 'Đảng bộ xã Đinh Văn', NULL, 'seed', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('thpt-le-quy-don', 'Chi bộ Trường THPT Lê Quý Đôn', 'xa-dinh-van', 'seed', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('thpt-tan-ha', 'Chi bộ Trường THPT Tân Hà', 'xa-dinh-van', 'seed', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('thpt-hoang-hoa-tham', 'Chi bộ Trường THPT Hoàng Hoa Thám', 'xa-dinh-van', 'seed', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('thpt-lam-ha', 'Chi bộ Trường THPT Lâm Hà', 'xa-dinh-van', 'seed', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('thpt-nguyen-du', 'Chi bộ Trường THPT Nguyễn Du', 'xa-dinh-van', 'seed', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
ON CONFLICT (id) DO NOTHING;

INSERT INTO memberships (email, unit_id, role, granted_by, granted_at)
VALUES
  ('bithu@example.org', 'thpt-le-quy-don', 'secretary', 'seed', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('bantochuc@example.org', 'xa-dinh-van', 'superior', 'seed', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
ON CONFLICT (email, unit_id) DO NOTHING;

-- Targets for the current year (Vietnam time): at least one student admitted per school.
INSERT INTO targets (unit_id, year, admitted, students, women, awareness_class, set_by, set_at)
SELECT t.unit_id, CAST(strftime('%Y', 'now', '+7 hours') AS INTEGER), t.admitted, t.students, t.women, t.awareness_class,
       'bantochuc@example.org', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (
  SELECT 'thpt-le-quy-don' AS unit_id, 3 AS admitted, 2 AS students, 2 AS women, 10 AS awareness_class
  UNION ALL SELECT 'thpt-tan-ha', 2, 1, 1, 8
  UNION ALL SELECT 'thpt-hoang-hoa-tham', 2, 1, 1, 8
  UNION ALL SELECT 'thpt-lam-ha', 2, 1, 1, 8
  UNION ALL SELECT 'thpt-nguyen-du', 1, 1, 1, 6
) AS t
WHERE true
ON CONFLICT (unit_id, year) DO NOTHING;

-- Reports of three of the other schools for the current year (the fifth, Nguyễn Du, has not
-- reported), so that the superior's "Tổng hợp" in the preview has figures to show. Counts only,
-- as a cell's "Gửi báo cáo" sends them; added once (revision 1), never over a real submission.
-- No one in these cells is past the leaving date: the pool's figures (migration 0005) repeat
-- stage_ready and the forecast's two blocked counts.
INSERT INTO report_revisions
  (unit_id, year, revision, body_hash, summary_json, note, submitted_by, submitted_at, admitted, admitted_students, admitted_women, admitted_ethnic_minority, awareness_class, recognized, probation_ends, sympathizers, pipeline, stage_source, stage_trained, stage_dossier, stage_ready, stage_proposed, stage_admitted, stage_probationary, stage_official, stage_removed, forecast_admissible, forecast_blocked_leaving, forecast_blocked_age, admitted_religion, admitted_youth_union, admitted_m01, admitted_m02, admitted_m03, admitted_m04, admitted_m05, admitted_m06, admitted_m07, admitted_m08, admitted_m09, admitted_m10, admitted_m11, admitted_m12, pool_ready, pool_blocked_leaving, pool_blocked_age)
SELECT r.unit_id, CAST(strftime('%Y', 'now', '+7 hours') AS INTEGER), 1, 'seed',
       json_set(r.summary, '$.year', CAST(strftime('%Y', 'now', '+7 hours') AS INTEGER)), NULL, r.submitted_by,
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now', r.ago), r.c0, r.c1, r.c2, r.c3, r.c4, r.c5, r.c6, r.c7, r.c8, r.c9, r.c10, r.c11, r.c12, r.c13, r.c14, r.c15, r.c16, r.c17, r.c18, r.c19, r.c20, r.c21, r.c22, r.c23, r.c24, r.c25, r.c26, r.c27, r.c28, r.c29, r.c30, r.c31, r.c32, r.c33, r.c34, r.c12, r.c19, r.c20
FROM (
  SELECT 'thpt-tan-ha' AS unit_id, 'bithu.tanha@example.org' AS submitted_by, '-20 days' AS ago, '{"admittedByMonth":[0,0,0,1,0,0,0,0,0,1,0,0],"admittedThisYear":2,"awarenessClassThisYear":9,"breakdown":{"admitted":{"ageBands":{"18-30":2,"31-40":0,"41-50":0,"51-60":0,"over60":0,"under18":0},"ethnicMinority":0,"religion":0,"students":2,"total":2,"women":1,"youthUnion":2},"pipeline":{"ageBands":{"18-30":6,"31-40":0,"41-50":0,"51-60":0,"over60":0,"under18":2},"ethnicMinority":0,"religion":0,"students":6,"total":8,"women":4,"youthUnion":7}},"byStage":{"admitted":0,"dossier":2,"official":1,"probationary":2,"proposed":0,"ready":1,"removed":0,"source":3,"trained":2},"forecast":{"admissible":1,"blockedByAge":1,"blockedByLeaving":1},"probationEndsThisYear":1,"recognizedThisYear":1,"sympathizers":5,"year":0}' AS summary, 2 AS c0, 2 AS c1, 1 AS c2, 0 AS c3, 9 AS c4, 1 AS c5, 1 AS c6, 5 AS c7, 8 AS c8, 3 AS c9, 2 AS c10, 2 AS c11, 1 AS c12, 0 AS c13, 0 AS c14, 2 AS c15, 1 AS c16, 0 AS c17, 1 AS c18, 1 AS c19, 1 AS c20, 0 AS c21, 2 AS c22, 0 AS c23, 0 AS c24, 0 AS c25, 1 AS c26, 0 AS c27, 0 AS c28, 0 AS c29, 0 AS c30, 0 AS c31, 1 AS c32, 0 AS c33, 0 AS c34
  UNION ALL SELECT 'thpt-hoang-hoa-tham' AS unit_id, 'bithu.hht@example.org' AS submitted_by, '-6 days' AS ago, '{"admittedByMonth":[0,0,0,0,0,1,0,0,0,0,0,0],"admittedThisYear":1,"awarenessClassThisYear":6,"breakdown":{"admitted":{"ageBands":{"18-30":1,"31-40":0,"41-50":0,"51-60":0,"over60":0,"under18":0},"ethnicMinority":1,"religion":1,"students":1,"total":1,"women":1,"youthUnion":1},"pipeline":{"ageBands":{"18-30":5,"31-40":0,"41-50":0,"51-60":0,"over60":0,"under18":2},"ethnicMinority":0,"religion":0,"students":5,"total":7,"women":3,"youthUnion":6}},"byStage":{"admitted":0,"dossier":1,"official":0,"probationary":1,"proposed":0,"ready":1,"removed":0,"source":2,"trained":3},"forecast":{"admissible":0,"blockedByAge":1,"blockedByLeaving":2},"probationEndsThisYear":0,"recognizedThisYear":0,"sympathizers":4,"year":0}' AS summary, 1 AS c0, 1 AS c1, 1 AS c2, 1 AS c3, 6 AS c4, 0 AS c5, 0 AS c6, 4 AS c7, 7 AS c8, 2 AS c9, 3 AS c10, 1 AS c11, 1 AS c12, 0 AS c13, 0 AS c14, 1 AS c15, 0 AS c16, 0 AS c17, 0 AS c18, 2 AS c19, 1 AS c20, 1 AS c21, 1 AS c22, 0 AS c23, 0 AS c24, 0 AS c25, 0 AS c26, 0 AS c27, 1 AS c28, 0 AS c29, 0 AS c30, 0 AS c31, 0 AS c32, 0 AS c33, 0 AS c34
  UNION ALL SELECT 'thpt-lam-ha' AS unit_id, 'bithu.lamha@example.org' AS submitted_by, '-2 days' AS ago, '{"admittedByMonth":[0,0,1,0,1,0,0,0,1,0,0,0],"admittedThisYear":3,"awarenessClassThisYear":10,"breakdown":{"admitted":{"ageBands":{"18-30":3,"31-40":0,"41-50":0,"51-60":0,"over60":0,"under18":0},"ethnicMinority":0,"religion":0,"students":2,"total":3,"women":2,"youthUnion":3},"pipeline":{"ageBands":{"18-30":7,"31-40":0,"41-50":0,"51-60":0,"over60":0,"under18":2},"ethnicMinority":0,"religion":0,"students":7,"total":9,"women":4,"youthUnion":8}},"byStage":{"admitted":0,"dossier":2,"official":2,"probationary":3,"proposed":1,"ready":1,"removed":0,"source":3,"trained":2},"forecast":{"admissible":0,"blockedByAge":0,"blockedByLeaving":0},"probationEndsThisYear":2,"recognizedThisYear":2,"sympathizers":6,"year":0}' AS summary, 3 AS c0, 2 AS c1, 2 AS c2, 0 AS c3, 10 AS c4, 2 AS c5, 2 AS c6, 6 AS c7, 9 AS c8, 3 AS c9, 2 AS c10, 2 AS c11, 1 AS c12, 1 AS c13, 0 AS c14, 3 AS c15, 2 AS c16, 0 AS c17, 0 AS c18, 0 AS c19, 0 AS c20, 0 AS c21, 3 AS c22, 0 AS c23, 0 AS c24, 1 AS c25, 0 AS c26, 1 AS c27, 0 AS c28, 0 AS c29, 0 AS c30, 1 AS c31, 0 AS c32, 0 AS c33, 0 AS c34
) AS r
WHERE NOT EXISTS (
  SELECT 1 FROM report_revisions x
  WHERE x.unit_id = r.unit_id AND x.year = CAST(strftime('%Y', 'now', '+7 hours') AS INTEGER)
);
