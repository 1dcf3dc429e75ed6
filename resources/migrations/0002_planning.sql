-- Schema 2: what planning the cycle needs beyond schema 1: each city's working hours for the
-- slot finder, and a marker on library rows (templates, methods) that ship with the app.
-- Statements are separated by lines holding only ';' (triggers contain semicolons).

-- A city's working hours in its own local time; no row means the default (08:00-18:00,
-- Monday to Friday). days is a bit set: bit 0 Monday ... bit 6 Sunday.
CREATE TABLE city_working_hours (
    city_id INTEGER PRIMARY KEY REFERENCES city (id) ON DELETE CASCADE,
    start_minutes INTEGER NOT NULL CHECK (start_minutes BETWEEN 0 AND 1439),
    end_minutes INTEGER NOT NULL CHECK (end_minutes BETWEEN 1 AND 1440),
    days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 127),
    updated_at TEXT NOT NULL,
    CHECK (end_minutes > start_minutes)
)
;
ALTER TABLE method ADD COLUMN builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
;
ALTER TABLE session_template ADD COLUMN builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
