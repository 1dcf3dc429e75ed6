-- Schema 10: a level added to an assessment that already existed is always logged. Schema 6
-- left out a level equal to the pilot's previous assessment's, so that a new assessment logs
-- only what moved; but a level put back into an assessment (an undone removal, or an edit that
-- assesses the dimension again) at that same level then wrote nothing at all: the history did
-- not show it, and the dashboard's kept figures, brought up to date from the log
-- (ProgressUpdate), kept the pilot's verdict without it. A level is now left out only when its
-- assessment was added by the same write: its insert is among the log's rows after the last one
-- before the write began, which the write's context now holds (not its time: two writes may
-- share one, and a test's clock stands still).
-- Statements are separated by lines holding only ';' (trigger bodies contain ';').
ALTER TABLE change_context ADD COLUMN log_start INTEGER NOT NULL DEFAULT 0
;
CREATE TRIGGER change_context_log_start AFTER INSERT ON change_context BEGIN
    UPDATE change_context SET log_start = (SELECT coalesce(max(id), 0) FROM change_log) WHERE id = new.id;
END
;
DROP TRIGGER readiness_level_log_insert
;
CREATE TRIGGER readiness_level_log_insert AFTER INSERT ON readiness_level WHEN EXISTS (SELECT 1 FROM change_context) BEGIN
    INSERT INTO change_log (changed_at, actor, operation, table_name, record_uuid, record_label, field, old_value, new_value, pairing_uuid, session_uuid, pilot_uuid)
    SELECT * FROM (
        SELECT c.changed_at, c.actor, 'insert', 'readiness_level', a.uuid AS assessment_uuid, t.title, 'level:' || new.dimension,
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
    ) AS x
    WHERE x.previous IS NOT x.level
       OR NOT EXISTS (SELECT 1 FROM change_log added
                      WHERE added.record_uuid = x.assessment_uuid AND added.table_name = 'readiness_assessment'
                        AND added.operation = 'insert' AND added.id > (SELECT log_start FROM change_context));
END
;
