-- Optional: schema 8 changes how fast the checks run, not what they accept (Migrator).
-- Schema 8: the same checks, written so that SQLite can test them without building a table.
-- A CHECK (x IN ('a', 'b', 'c')) of three or more values makes SQLite build a temporary index of
-- the values for every row it writes (OpenEphemeral, 1.7 microseconds a row): a fifth of an
-- import of 100,000 people, whose change-log rows have one as well. The same test as a chain of
-- equalities compiles to a few comparisons. Both accept and refuse the same values, NULL too.
--
-- SQLite cannot alter a constraint, and rebuilding these tables would copy every row of a
-- facilitator's minutes. Its documented procedure for changes that leave the stored rows valid
-- (https://sqlite.org/lang_altertable.html, "otheralter") edits the table's definition in
-- sqlite_schema instead; RESET makes this connection read the definitions again, and the
-- Migrator raises the schema version so that every other connection does too. A definition
-- that does not hold the exact text (edited by hand) is left as it is; a SQLite that refuses
-- writable_schema (defensive mode) leaves them all as they were, and the file is at schema 8.
-- Statements are separated by lines holding only ';'.
PRAGMA writable_schema = ON
;
UPDATE sqlite_schema SET sql = replace(sql, 'cohort_status IN (''member'', ''joining'', ''former'')', '(cohort_status = ''member'' OR cohort_status = ''joining'' OR cohort_status = ''former'')')
    WHERE type = 'table' AND name = 'city'
;
UPDATE sqlite_schema SET sql = replace(sql, 'role IN (''city_representative'', ''expert'', ''facilitator'', ''observer'')', '(role = ''city_representative'' OR role = ''expert'' OR role = ''facilitator'' OR role = ''observer'')')
    WHERE type = 'table' AND name = 'person'
;
UPDATE sqlite_schema SET sql = replace(sql, 'status IN (''proposed'', ''active'', ''completed'', ''cancelled'')', '(status = ''proposed'' OR status = ''active'' OR status = ''completed'' OR status = ''cancelled'')')
    WHERE type = 'table' AND name = 'pairing'
;
UPDATE sqlite_schema SET sql = replace(sql, 'kind IN (''matchmaking'', ''sharing'', ''learning'', ''showcasing'', ''knowledge_exchange'', ''other'')', '(kind = ''matchmaking'' OR kind = ''sharing'' OR kind = ''learning'' OR kind = ''showcasing'' OR kind = ''knowledge_exchange'' OR kind = ''other'')')
    WHERE type = 'table' AND name = 'session_template'
;
UPDATE sqlite_schema SET sql = replace(sql, 'kind IN (''matchmaking'', ''sharing'', ''learning'', ''showcasing'', ''knowledge_exchange'', ''other'')', '(kind = ''matchmaking'' OR kind = ''sharing'' OR kind = ''learning'' OR kind = ''showcasing'' OR kind = ''knowledge_exchange'' OR kind = ''other'')')
    WHERE type = 'table' AND name = 'session'
;
UPDATE sqlite_schema SET sql = replace(sql, 'mode IN (''online'', ''in_person'', ''hybrid'')', '(mode = ''online'' OR mode = ''in_person'' OR mode = ''hybrid'')')
    WHERE type = 'table' AND name = 'session'
;
UPDATE sqlite_schema SET sql = replace(sql, 'status IN (''draft'', ''scheduled'', ''held'', ''cancelled'')', '(status = ''draft'' OR status = ''scheduled'' OR status = ''held'' OR status = ''cancelled'')')
    WHERE type = 'table' AND name = 'session'
;
UPDATE sqlite_schema SET sql = replace(sql, 'status IN (''present'', ''absent'', ''excused'')', '(status = ''present'' OR status = ''absent'' OR status = ''excused'')')
    WHERE type = 'table' AND name = 'attendance'
;
UPDATE sqlite_schema SET sql = replace(sql, 'kind IN (''discussion'', ''decision'', ''insight'', ''good_practice'', ''challenge'')', '(kind = ''discussion'' OR kind = ''decision'' OR kind = ''insight'' OR kind = ''good_practice'' OR kind = ''challenge'')')
    WHERE type = 'table' AND name = 'note'
;
UPDATE sqlite_schema SET sql = replace(sql, 'status IN (''open'', ''in_progress'', ''done'', ''dropped'')', '(status = ''open'' OR status = ''in_progress'' OR status = ''done'' OR status = ''dropped'')')
    WHERE type = 'table' AND name = 'action_item'
;
UPDATE sqlite_schema SET sql = replace(sql, 'operation IN (''insert'', ''update'', ''delete'')', '(operation = ''insert'' OR operation = ''update'' OR operation = ''delete'')')
    WHERE type = 'table' AND name = 'change_log'
;
PRAGMA writable_schema = RESET
;
