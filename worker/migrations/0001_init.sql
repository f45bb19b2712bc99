-- PTĐV backend schema. Privacy (spec/domain.md §6): only units, memberships, targets and
-- per-unit aggregate counts live here. Never a candidate row, never a name.

-- Units form a tree of any depth (cell → grassroots committee → commune/ward → province).
CREATE TABLE units (
  id          TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  parent_id   TEXT REFERENCES units (id),
  created_by  TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX units_parent ON units (parent_id);

-- Who may do what where. Admins are not stored: they are the ADMIN_EMAILS variable.
CREATE TABLE memberships (
  email       TEXT NOT NULL,
  unit_id     TEXT NOT NULL REFERENCES units (id),
  role        TEXT NOT NULL CHECK (role IN ('secretary', 'superior')),
  granted_by  TEXT NOT NULL,
  granted_at  TEXT NOT NULL,
  PRIMARY KEY (email, unit_id)
);
CREATE INDEX memberships_unit ON memberships (unit_id);

-- Yearly targets (chỉ tiêu) the superior gives a unit. NULL = no target for that figure.
CREATE TABLE targets (
  unit_id          TEXT NOT NULL REFERENCES units (id),
  year             INTEGER NOT NULL,
  admitted         INTEGER,
  students         INTEGER,
  women            INTEGER,
  awareness_class  INTEGER,
  set_by           TEXT NOT NULL,
  set_at           TEXT NOT NULL,
  PRIMARY KEY (unit_id, year)
);

-- Every distinct submission of a unit's yearly figures. The current report is the highest revision.
-- summary_json keeps the whole summary; the columns below are what the aggregate sums.
CREATE TABLE report_revisions (
  unit_id                    TEXT NOT NULL REFERENCES units (id),
  year                       INTEGER NOT NULL,
  revision                   INTEGER NOT NULL CHECK (revision >= 1),
  body_hash                  TEXT NOT NULL,
  summary_json               TEXT NOT NULL,
  note                       TEXT,
  admitted                   INTEGER NOT NULL,
  admitted_students          INTEGER NOT NULL,
  admitted_women             INTEGER NOT NULL,
  admitted_ethnic_minority   INTEGER NOT NULL,
  awareness_class            INTEGER NOT NULL,
  recognized                 INTEGER NOT NULL,
  probation_ends             INTEGER NOT NULL,
  sympathizers               INTEGER NOT NULL,
  pipeline                   INTEGER NOT NULL,
  stage_source               INTEGER NOT NULL,
  stage_trained              INTEGER NOT NULL,
  stage_dossier              INTEGER NOT NULL,
  stage_ready                INTEGER NOT NULL,
  stage_proposed             INTEGER NOT NULL,
  stage_admitted             INTEGER NOT NULL,
  stage_probationary         INTEGER NOT NULL,
  stage_official             INTEGER NOT NULL,
  stage_removed              INTEGER NOT NULL,
  forecast_admissible        INTEGER NOT NULL,
  forecast_blocked_leaving   INTEGER NOT NULL,
  forecast_blocked_age       INTEGER NOT NULL,
  submitted_by               TEXT NOT NULL,
  submitted_at               TEXT NOT NULL,
  PRIMARY KEY (unit_id, year, revision)
);

-- Fixed-window request counters, one row per authenticated email.
CREATE TABLE rate_limits (
  subject       TEXT PRIMARY KEY,
  window_start  INTEGER NOT NULL,
  count         INTEGER NOT NULL
);
