-- Schema 7: the indexes the People, Cities and Sessions areas page along (BENCHMARKS.md). No
-- data changes. Statements are separated by lines holding only ';'.

-- Each area shows its first page in its default order, and every next page starts after the
-- last row's sort key. Without an index in that order, each page sorted the whole table on the
-- UI thread: 50,000 people took 200 ms a page, 50,000 sessions 150 ms.
CREATE INDEX person_sort_idx ON person (search_key, id)
;
CREATE INDEX city_sort_idx ON city (search_key, id)
;
-- Unscheduled sessions last, as SessionTableModel sorts them.
CREATE INDEX session_start_order_idx ON session (COALESCE(start_utc, '9999'), id)
;
