-- Parcours schema, step 8: the client list's search at 100,000 beneficiaries: an index built for it instead of reading every row per
-- keystroke. client.search_text (names, e-mail and phone, lower-cased and without accents by Parcours itself,
-- since SQLite's lower() leaves 'É' alone) now also holds the phone without separators, as the repository
-- writes it from this version on.
UPDATE client SET search_text = search_text || ' ' || replace(replace(replace(replace(replace(replace(phone,
    ' ', ''), '.', ''), '-', ''), '(', ''), ')', ''), '/', '')
WHERE phone <> '';

-- The list's order, and the prefix search of one or two characters (a range on this index).
CREATE INDEX client_by_search ON client (search_text, id);

-- SQLite: substrings of three characters or more through an FTS5 trigram index over the same column, kept up to
-- date by triggers whoever writes the client row.
-- @sqlite
CREATE VIRTUAL TABLE client_search USING fts5 (search_text, content = 'client', content_rowid = 'id',
    tokenize = 'trigram');

-- @sqlite
INSERT INTO client_search (client_search) VALUES ('rebuild');

-- @sqlite
CREATE TRIGGER client_search_insert AFTER INSERT ON client BEGIN
    INSERT INTO client_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

-- @sqlite
CREATE TRIGGER client_search_delete AFTER DELETE ON client BEGIN
    INSERT INTO client_search (client_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;

-- @sqlite
CREATE TRIGGER client_search_update AFTER UPDATE OF search_text ON client BEGIN
    INSERT INTO client_search (client_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO client_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

-- PostgreSQL: a pg_trgm index serves LIKE '%…%' on the same column when the extension may be created; without
-- it the search still works, reading the column.
-- @postgresql
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXECUTE 'CREATE INDEX client_search_trigram ON client USING gin (search_text gin_trgm_ops)';
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available: the client search reads the column';
END $$;
