-- Schema 11: the sessions, the pilots and their cities, read by the dashboard's whole read, from
-- indexes alone (BENCHMARKS.md). No data changes. Each costs a little on every write of its
-- table's rows (sessions, pilots, cities: a facilitator writes a few at a time). Statements are
-- separated by lines holding only ';'.

-- A session's row holds its agenda's and minutes' words (16 MB of pages for 50,000 sessions at
-- 10,000 pairings); the figures need its kind, status and start, read in each pairing's order:
-- 28–30 → 19–20 ms in sqlite3.
CREATE INDEX session_figures_idx ON session (pairing_id, sequence, kind, status, start_utc)
;
-- A pilot's row holds its description and partners (9.5 MB for 24,000 pilots); its standing
-- needs the title, the city and the pairing: 67–69 → 56–57 ms in sqlite3.
CREATE INDEX pilot_figures_idx ON pilot (pairing_id, city_id, title)
;
-- A pilot's standing names its city: found by id in this index (750 KB) rather than in the
-- city table (4 MB of names, zones and coordinates, read again and again through SQLite's
-- 2 MB cache for 24,000 pilots): 63–67 → 45 ms in sqlite3. The statement names it (INDEXED BY),
-- as SQLite always takes the rowid for "c.id = ?"; so a file without it is refused by that
-- statement ("no such index"), which only a hand-made change to the schema can cause.
CREATE INDEX city_label_idx ON city (id, name)
;
