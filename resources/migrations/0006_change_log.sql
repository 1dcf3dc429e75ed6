-- Schema 6: the change log. Every insert, update and delete of a record a facilitator edits is
-- written by the triggers below into change_log, in the statement's own transaction: a write
-- that fails or is rolled back leaves no log row, and no write path can forget to log.
-- Statements are separated by lines holding only ';' (trigger bodies contain ';').
--
-- Who and when come from the application, not from SQLite: each write transaction of the app
-- (WriteTransaction) puts one row into change_context at its start and takes it out before
-- its commit. The triggers log only while that row exists, so writes without an author (the
-- migrations with their shipped data) log nothing. The synthetic generator's bulk load drops
-- these triggers while it writes, as it does the full-text ones, and creates them again.
--
-- A record is named by its UUID (rows without one by the UUID of what they stand for: a
-- member city, an attendee, an assessment); updates log one row per changed column, inserts
-- and deletes one row holding the whole row as JSON (for merging files later). The owning
-- pairing, session and pilot are stored with each row, so that a History panel finds the
-- changes of a pairing's sessions, minutes and pilots through one index. A child deleted
-- together with its parent (ON DELETE CASCADE) is not logged row by row: the parent's delete
-- row stands for it.
--
-- Readiness assessments are only ever added: the first level of a dimension in an assessment
-- is logged with the level of the pilot's previous assessment as its old value, so that the
-- history reads "level 2 -> 3".

CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    changed_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    table_name TEXT NOT NULL,
    record_uuid TEXT,
    record_label TEXT,
    field TEXT,
    old_value,
    new_value,
    pairing_uuid TEXT,
    session_uuid TEXT,
    pilot_uuid TEXT
)
;
CREATE INDEX change_log_pairing_idx ON change_log (pairing_uuid, id) WHERE pairing_uuid IS NOT NULL
;
CREATE INDEX change_log_session_idx ON change_log (session_uuid, id) WHERE session_uuid IS NOT NULL
;
CREATE INDEX change_log_pilot_idx ON change_log (pilot_uuid, id) WHERE pilot_uuid IS NOT NULL
;
CREATE INDEX change_log_record_idx ON change_log (record_uuid, id)
;
-- Who writes and when, for the duration of one write transaction; never more than one row.
CREATE TABLE change_context (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    actor TEXT NOT NULL,
    changed_at TEXT NOT NULL
)
;
CREATE TRIGGER city_log_insert AFTER INSERT ON city WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'insert', 'city', new.uuid, new.name, NULL, NULL,
        json_object('id', new.id, 'uuid', new.uuid, 'name', new.name, 'search_key', new.search_key, 'country_id', new.country_id, 'population', new.population, 'gcom_signatory', new.gcom_signatory, 'plan_type', new.plan_type, 'plan_citywide', new.plan_citywide, 'time_zone', new.time_zone, 'cohort_status', new.cohort_status, 'created_at', new.created_at, 'updated_at', new.updated_at),
        NULL, NULL, NULL
    FROM change_context c;
END
;
CREATE TRIGGER city_log_update AFTER UPDATE ON city WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'city', new.uuid, new.name, f.field, f.old_value, f.new_value,
        NULL, NULL, NULL
    FROM change_context c, (
        SELECT 'name' AS field, old.name AS old_value, new.name AS new_value
        UNION ALL SELECT 'country_id', old.country_id, new.country_id
        UNION ALL SELECT 'population', old.population, new.population
        UNION ALL SELECT 'gcom_signatory', old.gcom_signatory, new.gcom_signatory
        UNION ALL SELECT 'plan_type', old.plan_type, new.plan_type
        UNION ALL SELECT 'plan_citywide', old.plan_citywide, new.plan_citywide
        UNION ALL SELECT 'time_zone', old.time_zone, new.time_zone
        UNION ALL SELECT 'cohort_status', old.cohort_status, new.cohort_status
    ) f
    WHERE f.old_value IS NOT f.new_value;
END
;
CREATE TRIGGER city_log_delete BEFORE DELETE ON city WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'delete', 'city', old.uuid, old.name, NULL,
        json_object('id', old.id, 'uuid', old.uuid, 'name', old.name, 'search_key', old.search_key, 'country_id', old.country_id, 'population', old.population, 'gcom_signatory', old.gcom_signatory, 'plan_type', old.plan_type, 'plan_citywide', old.plan_citywide, 'time_zone', old.time_zone, 'cohort_status', old.cohort_status, 'created_at', old.created_at, 'updated_at', old.updated_at), NULL,
        NULL, NULL, NULL
    FROM change_context c;
END
;
CREATE TRIGGER person_log_insert AFTER INSERT ON person WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'insert', 'person', new.uuid, new.name, NULL, NULL,
        json_object('id', new.id, 'uuid', new.uuid, 'name', new.name, 'search_key', new.search_key, 'organisation', new.organisation, 'role', new.role, 'city_id', new.city_id, 'email', new.email, 'created_at', new.created_at, 'updated_at', new.updated_at),
        NULL, NULL, NULL
    FROM change_context c;
END
;
CREATE TRIGGER person_log_update AFTER UPDATE ON person WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'person', new.uuid, new.name, f.field, f.old_value, f.new_value,
        NULL, NULL, NULL
    FROM change_context c, (
        SELECT 'name' AS field, old.name AS old_value, new.name AS new_value
        UNION ALL SELECT 'organisation', old.organisation, new.organisation
        UNION ALL SELECT 'role', old.role, new.role
        UNION ALL SELECT 'city_id', old.city_id, new.city_id
        UNION ALL SELECT 'email', old.email, new.email
    ) f
    WHERE f.old_value IS NOT f.new_value;
END
;
CREATE TRIGGER person_log_delete BEFORE DELETE ON person WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'delete', 'person', old.uuid, old.name, NULL,
        json_object('id', old.id, 'uuid', old.uuid, 'name', old.name, 'search_key', old.search_key, 'organisation', old.organisation, 'role', old.role, 'city_id', old.city_id, 'email', old.email, 'created_at', old.created_at, 'updated_at', old.updated_at), NULL,
        NULL, NULL, NULL
    FROM change_context c;
END
;
CREATE TRIGGER pairing_log_insert AFTER INSERT ON pairing WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'insert', 'pairing', new.uuid, new.code, NULL, NULL,
        json_object('id', new.id, 'uuid', new.uuid, 'code', new.code, 'theme_id', new.theme_id, 'challenge', new.challenge, 'status', new.status, 'start_date', new.start_date, 'lead_facilitator_id', new.lead_facilitator_id, 'created_at', new.created_at, 'updated_at', new.updated_at),
        new.uuid, NULL, NULL
    FROM change_context c;
END
;
CREATE TRIGGER pairing_log_update AFTER UPDATE ON pairing WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'pairing', new.uuid, new.code, f.field, f.old_value, f.new_value,
        new.uuid, NULL, NULL
    FROM change_context c, (
        SELECT 'code' AS field, old.code AS old_value, new.code AS new_value
        UNION ALL SELECT 'theme_id', old.theme_id, new.theme_id
        UNION ALL SELECT 'challenge', old.challenge, new.challenge
        UNION ALL SELECT 'status', old.status, new.status
        UNION ALL SELECT 'start_date', old.start_date, new.start_date
        UNION ALL SELECT 'lead_facilitator_id', old.lead_facilitator_id, new.lead_facilitator_id
    ) f
    WHERE f.old_value IS NOT f.new_value;
END
;
CREATE TRIGGER pairing_log_delete BEFORE DELETE ON pairing WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'delete', 'pairing', old.uuid, old.code, NULL,
        json_object('id', old.id, 'uuid', old.uuid, 'code', old.code, 'theme_id', old.theme_id, 'challenge', old.challenge, 'status', old.status, 'start_date', old.start_date, 'lead_facilitator_id', old.lead_facilitator_id, 'created_at', old.created_at, 'updated_at', old.updated_at), NULL,
        old.uuid, NULL, NULL
    FROM change_context c;
END
;
CREATE TRIGGER pairing_city_log_insert AFTER INSERT ON pairing_city WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'insert', 'pairing_city', (SELECT uuid FROM city WHERE id = new.city_id), (SELECT name FROM city WHERE id = new.city_id), NULL, NULL,
        json_object('id', new.id, 'pairing_id', new.pairing_id, 'city_id', new.city_id, 'position', new.position),
        (SELECT uuid FROM pairing WHERE id = new.pairing_id), NULL, NULL
    FROM change_context c;
END
;
CREATE TRIGGER pairing_city_log_update AFTER UPDATE ON pairing_city WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'pairing_city', (SELECT uuid FROM city WHERE id = new.city_id), (SELECT name FROM city WHERE id = new.city_id), f.field, f.old_value, f.new_value,
        (SELECT uuid FROM pairing WHERE id = new.pairing_id), NULL, NULL
    FROM change_context c, (
        SELECT 'position' AS field, old.position AS old_value, new.position AS new_value
    ) f
    WHERE f.old_value IS NOT f.new_value;
END
;
CREATE TRIGGER pairing_city_log_delete BEFORE DELETE ON pairing_city WHEN EXISTS (SELECT 1 FROM change_context) AND EXISTS (SELECT 1 FROM pairing WHERE id = old.pairing_id) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'delete', 'pairing_city', (SELECT uuid FROM city WHERE id = old.city_id), (SELECT name FROM city WHERE id = old.city_id), NULL,
        json_object('id', old.id, 'pairing_id', old.pairing_id, 'city_id', old.city_id, 'position', old.position), NULL,
        (SELECT uuid FROM pairing WHERE id = old.pairing_id), NULL, NULL
    FROM change_context c;
END
;
CREATE TRIGGER session_log_insert AFTER INSERT ON session WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'insert', 'session', new.uuid, new.sequence, NULL, NULL,
        json_object('id', new.id, 'uuid', new.uuid, 'pairing_id', new.pairing_id, 'sequence', new.sequence, 'kind', new.kind, 'title', new.title, 'start_utc', new.start_utc, 'duration_minutes', new.duration_minutes, 'mode', new.mode, 'location', new.location, 'link', new.link, 'venue_time_zone', new.venue_time_zone, 'status', new.status, 'objectives', new.objectives, 'created_at', new.created_at, 'updated_at', new.updated_at),
        (SELECT uuid FROM pairing WHERE id = new.pairing_id), new.uuid, NULL
    FROM change_context c;
END
;
CREATE TRIGGER session_log_update AFTER UPDATE ON session WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'session', new.uuid, new.sequence, f.field, f.old_value, f.new_value,
        (SELECT uuid FROM pairing WHERE id = new.pairing_id), new.uuid, NULL
    FROM change_context c, (
        SELECT 'pairing_id' AS field, old.pairing_id AS old_value, new.pairing_id AS new_value
        UNION ALL SELECT 'sequence', old.sequence, new.sequence
        UNION ALL SELECT 'kind', old.kind, new.kind
        UNION ALL SELECT 'title', old.title, new.title
        UNION ALL SELECT 'start_utc', old.start_utc, new.start_utc
        UNION ALL SELECT 'duration_minutes', old.duration_minutes, new.duration_minutes
        UNION ALL SELECT 'mode', old.mode, new.mode
        UNION ALL SELECT 'location', old.location, new.location
        UNION ALL SELECT 'link', old.link, new.link
        UNION ALL SELECT 'venue_time_zone', old.venue_time_zone, new.venue_time_zone
        UNION ALL SELECT 'status', old.status, new.status
        UNION ALL SELECT 'objectives', old.objectives, new.objectives
    ) f
    WHERE f.old_value IS NOT f.new_value;
END
;
CREATE TRIGGER session_log_delete BEFORE DELETE ON session WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'delete', 'session', old.uuid, old.sequence, NULL,
        json_object('id', old.id, 'uuid', old.uuid, 'pairing_id', old.pairing_id, 'sequence', old.sequence, 'kind', old.kind, 'title', old.title, 'start_utc', old.start_utc, 'duration_minutes', old.duration_minutes, 'mode', old.mode, 'location', old.location, 'link', old.link, 'venue_time_zone', old.venue_time_zone, 'status', old.status, 'objectives', old.objectives, 'created_at', old.created_at, 'updated_at', old.updated_at), NULL,
        (SELECT uuid FROM pairing WHERE id = old.pairing_id), old.uuid, NULL
    FROM change_context c;
END
;
CREATE TRIGGER agenda_item_log_insert AFTER INSERT ON agenda_item WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'insert', 'agenda_item', new.uuid, new.title, NULL, NULL,
        json_object('id', new.id, 'uuid', new.uuid, 'session_id', new.session_id, 'position', new.position, 'title', new.title, 'method_id', new.method_id, 'duration_minutes', new.duration_minutes, 'owner_person_id', new.owner_person_id, 'objectives', new.objectives, 'notes', new.notes, 'created_at', new.created_at, 'updated_at', new.updated_at),
        (SELECT p.uuid FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE s.id = new.session_id), (SELECT uuid FROM session WHERE id = new.session_id), NULL
    FROM change_context c;
END
;
CREATE TRIGGER agenda_item_log_update AFTER UPDATE ON agenda_item WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'agenda_item', new.uuid, new.title, f.field, f.old_value, f.new_value,
        (SELECT p.uuid FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE s.id = new.session_id), (SELECT uuid FROM session WHERE id = new.session_id), NULL
    FROM change_context c, (
        SELECT 'position' AS field, old.position AS old_value, new.position AS new_value
        UNION ALL SELECT 'title', old.title, new.title
        UNION ALL SELECT 'method_id', old.method_id, new.method_id
        UNION ALL SELECT 'duration_minutes', old.duration_minutes, new.duration_minutes
        UNION ALL SELECT 'owner_person_id', old.owner_person_id, new.owner_person_id
        UNION ALL SELECT 'objectives', old.objectives, new.objectives
        UNION ALL SELECT 'notes', old.notes, new.notes
    ) f
    WHERE f.old_value IS NOT f.new_value;
END
;
CREATE TRIGGER agenda_item_log_delete BEFORE DELETE ON agenda_item WHEN EXISTS (SELECT 1 FROM change_context) AND EXISTS (SELECT 1 FROM session WHERE id = old.session_id) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'delete', 'agenda_item', old.uuid, old.title, NULL,
        json_object('id', old.id, 'uuid', old.uuid, 'session_id', old.session_id, 'position', old.position, 'title', old.title, 'method_id', old.method_id, 'duration_minutes', old.duration_minutes, 'owner_person_id', old.owner_person_id, 'objectives', old.objectives, 'notes', old.notes, 'created_at', old.created_at, 'updated_at', old.updated_at), NULL,
        (SELECT p.uuid FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE s.id = old.session_id), (SELECT uuid FROM session WHERE id = old.session_id), NULL
    FROM change_context c;
END
;
CREATE TRIGGER attendance_log_insert AFTER INSERT ON attendance WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'insert', 'attendance', (SELECT uuid FROM person WHERE id = new.person_id), (SELECT name FROM person WHERE id = new.person_id), NULL, NULL,
        json_object('id', new.id, 'session_id', new.session_id, 'person_id', new.person_id, 'status', new.status),
        (SELECT p.uuid FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE s.id = new.session_id), (SELECT uuid FROM session WHERE id = new.session_id), NULL
    FROM change_context c;
END
;
CREATE TRIGGER attendance_log_update AFTER UPDATE ON attendance WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'attendance', (SELECT uuid FROM person WHERE id = new.person_id), (SELECT name FROM person WHERE id = new.person_id), f.field, f.old_value, f.new_value,
        (SELECT p.uuid FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE s.id = new.session_id), (SELECT uuid FROM session WHERE id = new.session_id), NULL
    FROM change_context c, (
        SELECT 'status' AS field, old.status AS old_value, new.status AS new_value
    ) f
    WHERE f.old_value IS NOT f.new_value;
END
;
CREATE TRIGGER attendance_log_delete BEFORE DELETE ON attendance WHEN EXISTS (SELECT 1 FROM change_context) AND EXISTS (SELECT 1 FROM session WHERE id = old.session_id) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'delete', 'attendance', (SELECT uuid FROM person WHERE id = old.person_id), (SELECT name FROM person WHERE id = old.person_id), NULL,
        json_object('id', old.id, 'session_id', old.session_id, 'person_id', old.person_id, 'status', old.status), NULL,
        (SELECT p.uuid FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE s.id = old.session_id), (SELECT uuid FROM session WHERE id = old.session_id), NULL
    FROM change_context c;
END
;
CREATE TRIGGER note_log_insert AFTER INSERT ON note WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'insert', 'note', new.uuid, substr(new.body, 1, 80), NULL, NULL,
        json_object('id', new.id, 'uuid', new.uuid, 'session_id', new.session_id, 'agenda_item_id', new.agenda_item_id, 'kind', new.kind, 'body', new.body, 'city_id', new.city_id, 'position', new.position, 'created_at', new.created_at, 'updated_at', new.updated_at),
        (SELECT p.uuid FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE s.id = new.session_id), (SELECT uuid FROM session WHERE id = new.session_id), NULL
    FROM change_context c;
END
;
CREATE TRIGGER note_log_update AFTER UPDATE ON note WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'note', new.uuid, substr(new.body, 1, 80), f.field, f.old_value, f.new_value,
        (SELECT p.uuid FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE s.id = new.session_id), (SELECT uuid FROM session WHERE id = new.session_id), NULL
    FROM change_context c, (
        SELECT 'agenda_item_id' AS field, old.agenda_item_id AS old_value, new.agenda_item_id AS new_value
        UNION ALL SELECT 'kind', old.kind, new.kind
        UNION ALL SELECT 'city_id', old.city_id, new.city_id
        UNION ALL SELECT 'position', old.position, new.position
    ) f
    WHERE f.old_value IS NOT f.new_value;
END
;
CREATE TRIGGER note_log_delete BEFORE DELETE ON note WHEN EXISTS (SELECT 1 FROM change_context) AND EXISTS (SELECT 1 FROM session WHERE id = old.session_id) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'delete', 'note', old.uuid, substr(old.body, 1, 80), NULL,
        json_object('id', old.id, 'uuid', old.uuid, 'session_id', old.session_id, 'agenda_item_id', old.agenda_item_id, 'kind', old.kind, 'body', old.body, 'city_id', old.city_id, 'position', old.position, 'created_at', old.created_at, 'updated_at', old.updated_at), NULL,
        (SELECT p.uuid FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE s.id = old.session_id), (SELECT uuid FROM session WHERE id = old.session_id), NULL
    FROM change_context c;
END
;
CREATE TRIGGER action_item_log_insert AFTER INSERT ON action_item WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'insert', 'action_item', new.uuid, substr(new.description, 1, 80), NULL, NULL,
        json_object('id', new.id, 'uuid', new.uuid, 'session_id', new.session_id, 'note_id', new.note_id, 'description', new.description, 'owner_person_id', new.owner_person_id, 'city_id', new.city_id, 'due_date', new.due_date, 'status', new.status, 'done_date', new.done_date, 'created_at', new.created_at, 'updated_at', new.updated_at),
        (SELECT p.uuid FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE s.id = new.session_id), (SELECT uuid FROM session WHERE id = new.session_id), NULL
    FROM change_context c;
END
;
CREATE TRIGGER action_item_log_update AFTER UPDATE ON action_item WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'action_item', new.uuid, substr(new.description, 1, 80), f.field, f.old_value, f.new_value,
        (SELECT p.uuid FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE s.id = new.session_id), (SELECT uuid FROM session WHERE id = new.session_id), NULL
    FROM change_context c, (
        SELECT 'note_id' AS field, old.note_id AS old_value, new.note_id AS new_value
        UNION ALL SELECT 'description', old.description, new.description
        UNION ALL SELECT 'owner_person_id', old.owner_person_id, new.owner_person_id
        UNION ALL SELECT 'city_id', old.city_id, new.city_id
        UNION ALL SELECT 'due_date', old.due_date, new.due_date
        UNION ALL SELECT 'status', old.status, new.status
        UNION ALL SELECT 'done_date', old.done_date, new.done_date
    ) f
    WHERE f.old_value IS NOT f.new_value;
END
;
CREATE TRIGGER action_item_log_delete BEFORE DELETE ON action_item WHEN EXISTS (SELECT 1 FROM change_context) AND EXISTS (SELECT 1 FROM session WHERE id = old.session_id) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'delete', 'action_item', old.uuid, substr(old.description, 1, 80), NULL,
        json_object('id', old.id, 'uuid', old.uuid, 'session_id', old.session_id, 'note_id', old.note_id, 'description', old.description, 'owner_person_id', old.owner_person_id, 'city_id', old.city_id, 'due_date', old.due_date, 'status', old.status, 'done_date', old.done_date, 'created_at', old.created_at, 'updated_at', old.updated_at), NULL,
        (SELECT p.uuid FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE s.id = old.session_id), (SELECT uuid FROM session WHERE id = old.session_id), NULL
    FROM change_context c;
END
;
CREATE TRIGGER pilot_log_insert AFTER INSERT ON pilot WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'insert', 'pilot', new.uuid, new.title, NULL, NULL,
        json_object('id', new.id, 'uuid', new.uuid, 'pairing_id', new.pairing_id, 'city_id', new.city_id, 'title', new.title, 'description', new.description, 'inspired_by_city_id', new.inspired_by_city_id, 'inspired_by_practice', new.inspired_by_practice, 'academic_partners', new.academic_partners, 'private_partners', new.private_partners, 'partners', new.partners, 'expected_start', new.expected_start, 'created_at', new.created_at, 'updated_at', new.updated_at),
        (SELECT uuid FROM pairing WHERE id = new.pairing_id), NULL, new.uuid
    FROM change_context c;
END
;
CREATE TRIGGER pilot_log_update AFTER UPDATE ON pilot WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'pilot', new.uuid, new.title, f.field, f.old_value, f.new_value,
        (SELECT uuid FROM pairing WHERE id = new.pairing_id), NULL, new.uuid
    FROM change_context c, (
        SELECT 'title' AS field, old.title AS old_value, new.title AS new_value
        UNION ALL SELECT 'description', old.description, new.description
        UNION ALL SELECT 'inspired_by_city_id', old.inspired_by_city_id, new.inspired_by_city_id
        UNION ALL SELECT 'inspired_by_practice', old.inspired_by_practice, new.inspired_by_practice
        UNION ALL SELECT 'academic_partners', old.academic_partners, new.academic_partners
        UNION ALL SELECT 'private_partners', old.private_partners, new.private_partners
        UNION ALL SELECT 'partners', old.partners, new.partners
        UNION ALL SELECT 'expected_start', old.expected_start, new.expected_start
    ) f
    WHERE f.old_value IS NOT f.new_value;
END
;
CREATE TRIGGER pilot_log_delete BEFORE DELETE ON pilot WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'delete', 'pilot', old.uuid, old.title, NULL,
        json_object('id', old.id, 'uuid', old.uuid, 'pairing_id', old.pairing_id, 'city_id', old.city_id, 'title', old.title, 'description', old.description, 'inspired_by_city_id', old.inspired_by_city_id, 'inspired_by_practice', old.inspired_by_practice, 'academic_partners', old.academic_partners, 'private_partners', old.private_partners, 'partners', old.partners, 'expected_start', old.expected_start, 'created_at', old.created_at, 'updated_at', old.updated_at), NULL,
        (SELECT uuid FROM pairing WHERE id = old.pairing_id), NULL, old.uuid
    FROM change_context c;
END
;
CREATE TRIGGER pilot_plan_action_log_insert AFTER INSERT ON pilot_plan_action WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'insert', 'pilot_plan_action', new.uuid, new.title, NULL, NULL,
        json_object('id', new.id, 'uuid', new.uuid, 'pilot_id', new.pilot_id, 'position', new.position, 'title', new.title, 'start_date', new.start_date, 'end_date', new.end_date, 'responsible', new.responsible, 'cost_amount', new.cost_amount, 'cost_currency', new.cost_currency, 'funding_source', new.funding_source, 'indicator', new.indicator, 'risk', new.risk, 'created_at', new.created_at, 'updated_at', new.updated_at),
        (SELECT p.uuid FROM pilot t JOIN pairing p ON p.id = t.pairing_id WHERE t.id = new.pilot_id), NULL, (SELECT uuid FROM pilot WHERE id = new.pilot_id)
    FROM change_context c;
END
;
CREATE TRIGGER pilot_plan_action_log_update AFTER UPDATE ON pilot_plan_action WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'pilot_plan_action', new.uuid, new.title, f.field, f.old_value, f.new_value,
        (SELECT p.uuid FROM pilot t JOIN pairing p ON p.id = t.pairing_id WHERE t.id = new.pilot_id), NULL, (SELECT uuid FROM pilot WHERE id = new.pilot_id)
    FROM change_context c, (
        SELECT 'position' AS field, old.position AS old_value, new.position AS new_value
        UNION ALL SELECT 'title', old.title, new.title
        UNION ALL SELECT 'start_date', old.start_date, new.start_date
        UNION ALL SELECT 'end_date', old.end_date, new.end_date
        UNION ALL SELECT 'responsible', old.responsible, new.responsible
        UNION ALL SELECT 'cost_amount', old.cost_amount, new.cost_amount
        UNION ALL SELECT 'cost_currency', old.cost_currency, new.cost_currency
        UNION ALL SELECT 'funding_source', old.funding_source, new.funding_source
        UNION ALL SELECT 'indicator', old.indicator, new.indicator
        UNION ALL SELECT 'risk', old.risk, new.risk
    ) f
    WHERE f.old_value IS NOT f.new_value;
END
;
CREATE TRIGGER pilot_plan_action_log_delete BEFORE DELETE ON pilot_plan_action WHEN EXISTS (SELECT 1 FROM change_context) AND EXISTS (SELECT 1 FROM pilot WHERE id = old.pilot_id) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'delete', 'pilot_plan_action', old.uuid, old.title, NULL,
        json_object('id', old.id, 'uuid', old.uuid, 'pilot_id', old.pilot_id, 'position', old.position, 'title', old.title, 'start_date', old.start_date, 'end_date', old.end_date, 'responsible', old.responsible, 'cost_amount', old.cost_amount, 'cost_currency', old.cost_currency, 'funding_source', old.funding_source, 'indicator', old.indicator, 'risk', old.risk, 'created_at', old.created_at, 'updated_at', old.updated_at), NULL,
        (SELECT p.uuid FROM pilot t JOIN pairing p ON p.id = t.pairing_id WHERE t.id = old.pilot_id), NULL, (SELECT uuid FROM pilot WHERE id = old.pilot_id)
    FROM change_context c;
END
;
CREATE TRIGGER readiness_assessment_log_insert AFTER INSERT ON readiness_assessment WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'insert', 'readiness_assessment', new.uuid, new.assessed_on, NULL, NULL,
        json_object('id', new.id, 'uuid', new.uuid, 'pilot_id', new.pilot_id, 'session_id', new.session_id, 'assessed_on', new.assessed_on, 'summary', new.summary, 'created_at', new.created_at, 'updated_at', new.updated_at),
        (SELECT p.uuid FROM pilot t JOIN pairing p ON p.id = t.pairing_id WHERE t.id = new.pilot_id), (SELECT uuid FROM session WHERE id = new.session_id), (SELECT uuid FROM pilot WHERE id = new.pilot_id)
    FROM change_context c;
END
;
CREATE TRIGGER readiness_assessment_log_update AFTER UPDATE ON readiness_assessment WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'readiness_assessment', new.uuid, new.assessed_on, f.field, f.old_value, f.new_value,
        (SELECT p.uuid FROM pilot t JOIN pairing p ON p.id = t.pairing_id WHERE t.id = new.pilot_id), (SELECT uuid FROM session WHERE id = new.session_id), (SELECT uuid FROM pilot WHERE id = new.pilot_id)
    FROM change_context c, (
        SELECT 'session_id' AS field, old.session_id AS old_value, new.session_id AS new_value
        UNION ALL SELECT 'assessed_on', old.assessed_on, new.assessed_on
        UNION ALL SELECT 'summary', old.summary, new.summary
    ) f
    WHERE f.old_value IS NOT f.new_value;
END
;
CREATE TRIGGER readiness_assessment_log_delete BEFORE DELETE ON readiness_assessment WHEN EXISTS (SELECT 1 FROM change_context) AND EXISTS (SELECT 1 FROM pilot WHERE id = old.pilot_id) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'delete', 'readiness_assessment', old.uuid, old.assessed_on, NULL,
        json_object('id', old.id, 'uuid', old.uuid, 'pilot_id', old.pilot_id, 'session_id', old.session_id, 'assessed_on', old.assessed_on, 'summary', old.summary, 'created_at', old.created_at, 'updated_at', old.updated_at), NULL,
        (SELECT p.uuid FROM pilot t JOIN pairing p ON p.id = t.pairing_id WHERE t.id = old.pilot_id), (SELECT uuid FROM session WHERE id = old.session_id), (SELECT uuid FROM pilot WHERE id = old.pilot_id)
    FROM change_context c;
END
;
CREATE TRIGGER session_template_log_insert AFTER INSERT ON session_template WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'insert', 'session_template', new.uuid, new.name, NULL, NULL,
        json_object('id', new.id, 'uuid', new.uuid, 'name', new.name, 'kind', new.kind, 'description', new.description, 'builtin', new.builtin, 'created_at', new.created_at, 'updated_at', new.updated_at),
        NULL, NULL, NULL
    FROM change_context c;
END
;
CREATE TRIGGER session_template_log_update AFTER UPDATE ON session_template WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'session_template', new.uuid, new.name, f.field, f.old_value, f.new_value,
        NULL, NULL, NULL
    FROM change_context c, (
        SELECT 'name' AS field, old.name AS old_value, new.name AS new_value
        UNION ALL SELECT 'kind', old.kind, new.kind
        UNION ALL SELECT 'description', old.description, new.description
    ) f
    WHERE f.old_value IS NOT f.new_value;
END
;
CREATE TRIGGER session_template_log_delete BEFORE DELETE ON session_template WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'delete', 'session_template', old.uuid, old.name, NULL,
        json_object('id', old.id, 'uuid', old.uuid, 'name', old.name, 'kind', old.kind, 'description', old.description, 'builtin', old.builtin, 'created_at', old.created_at, 'updated_at', old.updated_at), NULL,
        NULL, NULL, NULL
    FROM change_context c;
END
;
CREATE TRIGGER city_working_hours_log_insert AFTER INSERT ON city_working_hours WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'insert', 'city_working_hours', (SELECT uuid FROM city WHERE id = new.city_id), (SELECT name FROM city WHERE id = new.city_id), NULL, NULL,
        json_object('city_id', new.city_id, 'start_minutes', new.start_minutes, 'end_minutes', new.end_minutes, 'days', new.days, 'updated_at', new.updated_at),
        NULL, NULL, NULL
    FROM change_context c;
END
;
CREATE TRIGGER city_working_hours_log_update AFTER UPDATE ON city_working_hours WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'city_working_hours', (SELECT uuid FROM city WHERE id = new.city_id), (SELECT name FROM city WHERE id = new.city_id), f.field, f.old_value, f.new_value,
        NULL, NULL, NULL
    FROM change_context c, (
        SELECT 'start_minutes' AS field, old.start_minutes AS old_value, new.start_minutes AS new_value
        UNION ALL SELECT 'end_minutes', old.end_minutes, new.end_minutes
        UNION ALL SELECT 'days', old.days, new.days
    ) f
    WHERE f.old_value IS NOT f.new_value;
END
;
CREATE TRIGGER city_working_hours_log_delete BEFORE DELETE ON city_working_hours WHEN EXISTS (SELECT 1 FROM change_context) AND EXISTS (SELECT 1 FROM city WHERE id = old.city_id) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'delete', 'city_working_hours', (SELECT uuid FROM city WHERE id = old.city_id), (SELECT name FROM city WHERE id = old.city_id), NULL,
        json_object('city_id', old.city_id, 'start_minutes', old.start_minutes, 'end_minutes', old.end_minutes, 'days', old.days, 'updated_at', old.updated_at), NULL,
        NULL, NULL, NULL
    FROM change_context c;
END
;
-- A level the new assessment keeps from the previous one is not a change: not logged.
CREATE TRIGGER readiness_level_log_insert AFTER INSERT ON readiness_level WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT * FROM (
        SELECT c.changed_at, c.actor, 'insert', 'readiness_level', a.uuid, t.title, 'level:' || new.dimension,
            (SELECT l.level FROM readiness_level l JOIN readiness_assessment e ON e.id = l.assessment_id
             WHERE e.pilot_id = a.pilot_id AND l.dimension = new.dimension
               AND (e.assessed_on, e.created_at, e.id) < (a.assessed_on, a.created_at, a.id)
             ORDER BY e.assessed_on DESC, e.created_at DESC, e.id DESC LIMIT 1) AS previous,
            new.level AS level, p.uuid, s.uuid, t.uuid
        FROM change_context c
        JOIN readiness_assessment a ON a.id = new.assessment_id
        JOIN pilot t ON t.id = a.pilot_id
        JOIN pairing p ON p.id = t.pairing_id
        LEFT JOIN session s ON s.id = a.session_id
    ) WHERE previous IS NOT level;
END
;
CREATE TRIGGER readiness_level_log_update AFTER UPDATE ON readiness_level WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'readiness_level', a.uuid, t.title, f.field, f.old_value, f.new_value, p.uuid, s.uuid, t.uuid
    FROM change_context c
    JOIN readiness_assessment a ON a.id = new.assessment_id
    JOIN pilot t ON t.id = a.pilot_id
    JOIN pairing p ON p.id = t.pairing_id
    LEFT JOIN session s ON s.id = a.session_id,
    (
        SELECT 'level:' || new.dimension AS field, old.level AS old_value, new.level AS new_value
        UNION ALL SELECT 'evidence:' || new.dimension, old.evidence, new.evidence
    ) f
    WHERE f.old_value IS NOT f.new_value;
END
;
CREATE TRIGGER readiness_level_log_delete BEFORE DELETE ON readiness_level WHEN EXISTS (SELECT 1 FROM change_context) AND EXISTS (SELECT 1 FROM readiness_assessment WHERE id = old.assessment_id) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'delete', 'readiness_level', a.uuid, t.title, 'level:' || old.dimension, old.level, NULL, p.uuid, s.uuid, t.uuid
    FROM change_context c
    JOIN readiness_assessment a ON a.id = old.assessment_id
    JOIN pilot t ON t.id = a.pilot_id
    JOIN pairing p ON p.id = t.pairing_id
    LEFT JOIN session s ON s.id = a.session_id;
END
;
-- An entry's text is saved as it is typed, every second or so: successive saves of one entry
-- by one facilitator extend the newest log row while nothing else was logged in between and
-- it is less than ten minutes old, so that it reads "text before → text now" instead of one
-- row per second. (The undo stack merges typing into one step the same way.)
CREATE TRIGGER note_body_log_update AFTER UPDATE OF body ON note WHEN EXISTS (SELECT 1 FROM change_context) AND old.body IS NOT new.body BEGIN
    UPDATE change_log SET new_value = new.body, changed_at = (SELECT changed_at FROM change_context)
    WHERE id = (SELECT max(id) FROM change_log) AND table_name = 'note' AND field = 'body'
      AND record_uuid = new.uuid AND actor = (SELECT actor FROM change_context)
      AND changed_at >= strftime('%Y-%m-%dT%H:%M:%fZ', (SELECT changed_at FROM change_context), '-10 minutes');
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT c.changed_at, c.actor, 'update', 'note', new.uuid, substr(new.body, 1, 80), 'body', old.body, new.body,
        (SELECT p.uuid FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE s.id = new.session_id),
        (SELECT uuid FROM session WHERE id = new.session_id), NULL
    FROM change_context c
    WHERE changes() = 0;
END
