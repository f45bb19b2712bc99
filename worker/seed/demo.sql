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
