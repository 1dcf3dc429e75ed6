-- Migration 1: the whole domain of DESIGN.md.
-- Statements are separated by a line holding only ';' so that trigger bodies may contain ';'.
-- Instants: ISO 8601 UTC with a Z suffix; dates: YYYY-MM-DD; booleans: 0/1 bound from C++.

CREATE TABLE theme (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 8),
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    position INTEGER NOT NULL DEFAULT 0
)
;
CREATE TABLE country (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(code) = 2 AND code = upper(code)),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0)
)
;
CREATE TABLE country_alias (
    id INTEGER PRIMARY KEY,
    alias TEXT NOT NULL UNIQUE,
    country_id INTEGER NOT NULL REFERENCES country (id) ON DELETE CASCADE
)
;
CREATE TABLE city (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    search_key TEXT NOT NULL,
    country_id INTEGER NOT NULL REFERENCES country (id),
    population INTEGER CHECK (population IS NULL OR population > 0),
    gcom_signatory INTEGER CHECK (gcom_signatory IN (0, 1)),
    plan_type TEXT CHECK (plan_type IS NULL OR length(trim(plan_type)) > 0),
    plan_citywide INTEGER CHECK (plan_citywide IN (0, 1)),
    time_zone TEXT NOT NULL CHECK (length(time_zone) > 0),
    cohort_status TEXT CHECK (cohort_status IN ('member', 'joining', 'former')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (name, country_id)
)
;
CREATE INDEX city_country_idx ON city (country_id)
;
CREATE INDEX city_name_idx ON city (name, id)
;
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    search_key TEXT NOT NULL,
    organisation TEXT,
    role TEXT NOT NULL CHECK (role IN ('city_representative', 'expert', 'facilitator', 'observer')),
    city_id INTEGER REFERENCES city (id),
    email TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
;
CREATE INDEX person_city_idx ON person (city_id)
;
CREATE INDEX person_name_idx ON person (name, id)
;
CREATE TABLE pairing (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    theme_id INTEGER NOT NULL REFERENCES theme (id),
    challenge TEXT NOT NULL CHECK (length(trim(challenge)) > 0),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('proposed', 'active', 'completed', 'cancelled')),
    start_date TEXT CHECK (start_date IS NULL OR start_date LIKE '____-__-__'),
    lead_facilitator_id INTEGER REFERENCES person (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
;
CREATE INDEX pairing_theme_idx ON pairing (theme_id)
;
CREATE INDEX pairing_facilitator_idx ON pairing (lead_facilitator_id)
;
CREATE TABLE pairing_city (
    id INTEGER PRIMARY KEY,
    pairing_id INTEGER NOT NULL REFERENCES pairing (id) ON DELETE CASCADE,
    city_id INTEGER NOT NULL REFERENCES city (id),
    position INTEGER NOT NULL CHECK (position >= 0),
    UNIQUE (pairing_id, city_id)
)
;
CREATE INDEX pairing_city_city_idx ON pairing_city (city_id)
;
CREATE TABLE method (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT,
    default_duration_minutes INTEGER CHECK (default_duration_minutes IS NULL OR default_duration_minutes > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
;
CREATE TABLE session_template (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('matchmaking', 'sharing', 'learning', 'showcasing', 'knowledge_exchange', 'other')),
    description TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
;
CREATE TABLE session_template_item (
    id INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES session_template (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    method_id INTEGER REFERENCES method (id) ON DELETE SET NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes >= 0),
    objectives TEXT
)
;
CREATE INDEX session_template_item_template_idx ON session_template_item (template_id, position)
;
CREATE INDEX session_template_item_method_idx ON session_template_item (method_id)
;
CREATE TABLE session (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    pairing_id INTEGER NOT NULL REFERENCES pairing (id),
    sequence INTEGER NOT NULL CHECK (sequence > 0),
    kind TEXT NOT NULL CHECK (kind IN ('matchmaking', 'sharing', 'learning', 'showcasing', 'knowledge_exchange', 'other')),
    title TEXT,
    start_utc TEXT CHECK (start_utc IS NULL OR start_utc LIKE '____-__-__T__:__:__%Z'),
    duration_minutes INTEGER NOT NULL DEFAULT 90 CHECK (duration_minutes > 0),
    mode TEXT NOT NULL DEFAULT 'online' CHECK (mode IN ('online', 'in_person', 'hybrid')),
    location TEXT,
    link TEXT,
    venue_time_zone TEXT,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'scheduled', 'held', 'cancelled')),
    objectives TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (pairing_id, sequence)
)
;
CREATE INDEX session_start_idx ON session (start_utc)
;
CREATE TABLE agenda_item (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    method_id INTEGER REFERENCES method (id) ON DELETE SET NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes >= 0),
    owner_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    objectives TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
;
CREATE INDEX agenda_item_session_idx ON agenda_item (session_id, position)
;
CREATE INDEX agenda_item_method_idx ON agenda_item (method_id)
;
CREATE INDEX agenda_item_owner_idx ON agenda_item (owner_person_id)
;
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id),
    status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
    UNIQUE (session_id, person_id)
)
;
CREATE INDEX attendance_person_idx ON attendance (person_id)
;
CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('discussion', 'decision', 'insight', 'good_practice', 'challenge')),
    body TEXT NOT NULL,
    city_id INTEGER REFERENCES city (id),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
;
CREATE INDEX note_session_idx ON note (session_id, agenda_item_id, position)
;
CREATE INDEX note_agenda_item_idx ON note (agenda_item_id)
;
CREATE INDEX note_city_idx ON note (city_id)
;
CREATE VIRTUAL TABLE note_fts USING fts5 (body, content = 'note', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')
;
CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
    INSERT INTO note_fts (rowid, body) VALUES (new.id, new.body);
END
;
CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
    INSERT INTO note_fts (note_fts, rowid, body) VALUES ('delete', old.id, old.body);
END
;
CREATE TRIGGER note_fts_update AFTER UPDATE OF body ON note BEGIN
    INSERT INTO note_fts (note_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO note_fts (rowid, body) VALUES (new.id, new.body);
END
;
CREATE TABLE action_item (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    note_id INTEGER REFERENCES note (id) ON DELETE SET NULL,
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    owner_person_id INTEGER REFERENCES person (id),
    city_id INTEGER REFERENCES city (id),
    due_date TEXT CHECK (due_date IS NULL OR due_date LIKE '____-__-__'),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    done_date TEXT CHECK (done_date IS NULL OR (status = 'done' AND done_date LIKE '____-__-__')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
;
CREATE INDEX action_item_session_idx ON action_item (session_id)
;
CREATE INDEX action_item_note_idx ON action_item (note_id)
;
CREATE INDEX action_item_owner_idx ON action_item (owner_person_id)
;
CREATE INDEX action_item_city_idx ON action_item (city_id)
;
CREATE INDEX action_item_status_due_idx ON action_item (status, due_date)
;
CREATE TABLE pilot (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    pairing_id INTEGER NOT NULL,
    city_id INTEGER NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT,
    inspired_by_city_id INTEGER REFERENCES city (id),
    inspired_by_practice TEXT,
    partners TEXT,
    expected_start TEXT CHECK (expected_start IS NULL OR expected_start LIKE '____-__-__'),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (pairing_id, city_id),
    FOREIGN KEY (pairing_id, city_id) REFERENCES pairing_city (pairing_id, city_id)
)
;
CREATE INDEX pilot_city_idx ON pilot (city_id)
;
CREATE INDEX pilot_inspired_by_idx ON pilot (inspired_by_city_id)
;
CREATE TABLE readiness_assessment (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    pilot_id INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES session (id) ON DELETE SET NULL,
    assessed_on TEXT NOT NULL CHECK (assessed_on LIKE '____-__-__'),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
;
CREATE INDEX readiness_assessment_pilot_idx ON readiness_assessment (pilot_id, assessed_on)
;
CREATE INDEX readiness_assessment_session_idx ON readiness_assessment (session_id)
;
CREATE TABLE readiness_level (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES readiness_assessment (id) ON DELETE CASCADE,
    dimension TEXT NOT NULL CHECK (length(dimension) > 0),
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 9),
    evidence TEXT,
    UNIQUE (assessment_id, dimension)
)
