-- Schema 3: full-text search over action items, next to the notes' index of schema 1, so that
-- one search finds minutes and the actions agreed in them.
-- Statements are separated by lines holding only ';' (triggers contain semicolons).

-- External content: the text lives in action_item; the index holds only the tokens. Folding
-- case and diacritics as note_fts does lets "valencia" find "València" and "corlu" "Çorlu".
CREATE VIRTUAL TABLE action_item_fts USING fts5 (description, content = 'action_item', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')
;
CREATE TRIGGER action_item_fts_insert AFTER INSERT ON action_item BEGIN
    INSERT INTO action_item_fts (rowid, description) VALUES (new.id, new.description);
END
;
CREATE TRIGGER action_item_fts_delete AFTER DELETE ON action_item BEGIN
    INSERT INTO action_item_fts (action_item_fts, rowid, description) VALUES ('delete', old.id, old.description);
END
;
CREATE TRIGGER action_item_fts_update AFTER UPDATE OF description ON action_item BEGIN
    INSERT INTO action_item_fts (action_item_fts, rowid, description) VALUES ('delete', old.id, old.description);
    INSERT INTO action_item_fts (rowid, description) VALUES (new.id, new.description);
END
;
-- A file from an older version already has action items: index them.
INSERT INTO action_item_fts (action_item_fts) VALUES ('rebuild')
