-- Schema 4: what tracking pilot readiness needs beyond schema 1: a pilot's partners by kind,
-- its pilot plan (the actions of a city action plan), and a summary on each assessment.
-- The rubric itself is data (resources/rubric/readiness.json), so levels are stored as the
-- rubric's dimension ids and numbers; only their range is checked here.
-- Statements are separated by lines holding only ';'.

ALTER TABLE pilot ADD COLUMN academic_partners TEXT
;
ALTER TABLE pilot ADD COLUMN private_partners TEXT
;
ALTER TABLE readiness_assessment ADD COLUMN summary TEXT
;
-- One action of a pilot plan, in the shape URBACT integrated action plans and NetZeroCities
-- replication plans use: timing, who is responsible, cost and its funding, how progress is
-- monitored and what could go wrong.
CREATE TABLE pilot_plan_action (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    pilot_id INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    start_date TEXT CHECK (start_date IS NULL OR start_date LIKE '____-__-__'),
    end_date TEXT CHECK (end_date IS NULL OR end_date LIKE '____-__-__'),
    responsible TEXT,
    cost_amount REAL CHECK (cost_amount IS NULL OR cost_amount >= 0),
    cost_currency TEXT CHECK (cost_currency IS NULL OR length(cost_currency) = 3),
    funding_source TEXT,
    indicator TEXT,
    risk TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
)
;
CREATE INDEX pilot_plan_action_pilot_idx ON pilot_plan_action (pilot_id, position)
