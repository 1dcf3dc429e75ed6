-- Schema 5: indexes for a programme a thousand times today's size (BENCHMARKS.md). No data
-- changes. Statements are separated by lines holding only ';'.

-- The Actions area's default order (due date, none last, then id): each page of its keyset
-- paging starts in the index instead of sorting every action item again.
CREATE INDEX action_item_due_order_idx ON action_item (coalesce(due_date, '9999-12-31'), id)
;
-- The dashboard counts action items per session and status from the index alone.
CREATE INDEX action_item_session_status_idx ON action_item (session_id, status, due_date)
;
-- "Participants": distinct people present, from the index alone.
CREATE INDEX attendance_status_person_idx ON attendance (status, person_id)
;
-- A pilot's latest assessment (date, then time recorded, then id) is the index's last entry.
CREATE INDEX readiness_assessment_latest_idx ON readiness_assessment (pilot_id, assessed_on, created_at, id)
;
DROP INDEX readiness_assessment_pilot_idx
;
