-- Paragraf schema 18: search by whole words (docs/search.md, "The index"). Schema 16's index of
-- three-letter pieces matched a word as a phrase of trigrams in every row that held it, which
-- made a common word cost as much as reading the text (issue 23: ranked search is to be ten
-- times faster than grep). Now:
-- 1. paragraf_search_words indexes the folded text by whole words (FTS5 unicode61, which keeps
--    å ä ö and the folded letters as they are), only which rows hold a word (detail none): a
--    word is looked up once, however common.
-- 2. paragraf_search_term is every word the index has held, and paragraf_search_term_fts its
--    trigram index: a query word is looked for inside these words ("skol" in "grundskolan"), and
--    the rows of each word found are read from the word index. A word no text holds any more
--    stays and finds nothing.
-- 3. The queue also names a row whose meeting or paragraph changed (a paragraph moved to
--    another meeting): the program keeps, beside the index, which paragraph each row belongs to.
--    It holds the text as the index last took it, as written (it held it folded): the folding
--    moves from generated columns of paragraf_search to the views paragraf_search_folded and
--    paragraf_search_queue_folded. SQLite's quick_check computed the generated columns of every
--    row, seven of its eight seconds on ten years, at every opening of a file; and the triggers
--    no longer fold a text at each keystroke.
-- 4. paragraf_search_applied counts the times the queue was applied, so a program that keeps
--    what it read of the index knows when another program applied it.
-- As in schema 16, the triggers write ordinary tables only (trusted_schema is off); the program
-- writes the index, the words and the count in one transaction before a search.

DROP TABLE paragraf_search_fts;
DROP TRIGGER paragraf_search_queue_insert;
DROP TRIGGER paragraf_search_queue_delete;
DROP TRIGGER paragraf_search_queue_update;
ALTER TABLE paragraf_search DROP COLUMN folded;
ALTER TABLE paragraf_search DROP COLUMN fold_3;
ALTER TABLE paragraf_search DROP COLUMN fold_2;
ALTER TABLE paragraf_search DROP COLUMN fold_1;

-- The folding of migration 16 as nested subqueries (SQLite's parser takes about thirty nested
-- calls): scripts/search-fold.py view paragraf_search text.
CREATE VIEW paragraf_search_folded AS
SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(f3, 'Ś', 's'), 'ś', 's'), 'Ž', 'z'), 'ž', 'z'), 'Ź', 'z'), 'ź', 'z'), 'Ż', 'z'), 'ż', 'z'), 'Ł', 'l'), 'ł', 'l') AS folded
    FROM (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(f2, 'Ü', 'u'), 'ú', 'u'), 'ù', 'u'), 'û', 'u'), 'ü', 'u'), 'Ý', 'y'), 'ý', 'y'), 'ÿ', 'y'), 'Ÿ', 'y'), 'Ç', 'c'), 'ç', 'c'), 'Č', 'c'), 'č', 'c'), 'Ć', 'c'), 'ć', 'c'), 'Ñ', 'n'), 'ñ', 'n'), 'Ń', 'n'), 'ń', 'n'), 'Š', 's'), 'š', 's') AS f3
    FROM (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(f1, 'â', 'a'), 'ã', 'a'), 'Í', 'i'), 'Ì', 'i'), 'Î', 'i'), 'Ï', 'i'), 'í', 'i'), 'ì', 'i'), 'î', 'i'), 'ï', 'i'), 'Ó', 'o'), 'Ò', 'o'), 'Ô', 'o'), 'Õ', 'o'), 'ó', 'o'), 'ò', 'o'), 'ô', 'o'), 'õ', 'o'), 'Ú', 'u'), 'Ù', 'u'), 'Û', 'u') AS f2
    FROM (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(f0, 'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö'), 'Æ', 'ä'), 'æ', 'ä'), 'Ø', 'ö'), 'ø', 'ö'), 'É', 'e'), 'È', 'e'), 'Ê', 'e'), 'Ë', 'e'), 'é', 'e'), 'è', 'e'), 'ê', 'e'), 'ë', 'e'), 'Á', 'a'), 'À', 'a'), 'Â', 'a'), 'Ã', 'a'), 'á', 'a'), 'à', 'a') AS f1
    FROM (SELECT id, lower(text) AS f0 FROM paragraf_search))));
CREATE VIEW paragraf_search_queue_folded AS
SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(f3, 'Ś', 's'), 'ś', 's'), 'Ž', 'z'), 'ž', 'z'), 'Ź', 'z'), 'ź', 'z'), 'Ż', 'z'), 'ż', 'z'), 'Ł', 'l'), 'ł', 'l') AS folded
    FROM (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(f2, 'Ü', 'u'), 'ú', 'u'), 'ù', 'u'), 'û', 'u'), 'ü', 'u'), 'Ý', 'y'), 'ý', 'y'), 'ÿ', 'y'), 'Ÿ', 'y'), 'Ç', 'c'), 'ç', 'c'), 'Č', 'c'), 'č', 'c'), 'Ć', 'c'), 'ć', 'c'), 'Ñ', 'n'), 'ñ', 'n'), 'Ń', 'n'), 'ń', 'n'), 'Š', 's'), 'š', 's') AS f3
    FROM (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(f1, 'â', 'a'), 'ã', 'a'), 'Í', 'i'), 'Ì', 'i'), 'Î', 'i'), 'Ï', 'i'), 'í', 'i'), 'ì', 'i'), 'î', 'i'), 'ï', 'i'), 'Ó', 'o'), 'Ò', 'o'), 'Ô', 'o'), 'Õ', 'o'), 'ó', 'o'), 'ò', 'o'), 'ô', 'o'), 'õ', 'o'), 'Ú', 'u'), 'Ù', 'u'), 'Û', 'u') AS f2
    FROM (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(f0, 'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö'), 'Æ', 'ä'), 'æ', 'ä'), 'Ø', 'ö'), 'ø', 'ö'), 'É', 'e'), 'È', 'e'), 'Ê', 'e'), 'Ë', 'e'), 'é', 'e'), 'è', 'e'), 'ê', 'e'), 'ë', 'e'), 'Á', 'a'), 'À', 'a'), 'Â', 'a'), 'Ã', 'a'), 'á', 'a'), 'à', 'a') AS f1
    FROM (SELECT id, lower(indexed) AS f0 FROM paragraf_search_queue))));

CREATE VIRTUAL TABLE paragraf_search_words USING fts5(folded, content='paragraf_search_folded',
    content_rowid='id', tokenize='unicode61 remove_diacritics 0', detail='none', columnsize=0);
CREATE TABLE paragraf_search_term (
    id   INTEGER PRIMARY KEY,
    term TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE paragraf_search_term_fts USING fts5(term, content='paragraf_search_term',
    content_rowid='id', tokenize='trigram case_sensitive 0');
CREATE TABLE paragraf_search_applied (
    generation INTEGER NOT NULL
);
INSERT INTO paragraf_search_applied (generation) VALUES (0);

CREATE TRIGGER paragraf_search_queue_insert AFTER INSERT ON paragraf_search
WHEN NOT EXISTS (SELECT 1 FROM paragraf_search_queue WHERE id = new.id) BEGIN
    INSERT INTO paragraf_search_queue (id, indexed) VALUES (new.id, NULL);
END;
CREATE TRIGGER paragraf_search_queue_delete AFTER DELETE ON paragraf_search
WHEN NOT EXISTS (SELECT 1 FROM paragraf_search_queue WHERE id = old.id) BEGIN
    INSERT INTO paragraf_search_queue (id, indexed) VALUES (old.id, old.text);
END;
CREATE TRIGGER paragraf_search_queue_update
AFTER UPDATE OF id, text, meeting_id, paragraph_id ON paragraf_search
WHEN new.text IS NOT old.text OR new.id IS NOT old.id OR new.meeting_id IS NOT old.meeting_id
    OR new.paragraph_id IS NOT old.paragraph_id BEGIN
    INSERT OR IGNORE INTO paragraf_search_queue (id, indexed)
        SELECT old.id, old.text
        WHERE NOT EXISTS (SELECT 1 FROM paragraf_search_queue WHERE id = old.id);
    INSERT OR IGNORE INTO paragraf_search_queue (id, indexed) VALUES (new.id, NULL);
END;

-- Everything a file holds, indexed once; its words from the index itself.
DELETE FROM paragraf_search_queue;
INSERT INTO paragraf_search_words (paragraf_search_words) VALUES ('rebuild');
CREATE VIRTUAL TABLE temp.paragraf_search_vocabulary
    USING fts5vocab(main, paragraf_search_words, 'row');
INSERT INTO paragraf_search_term (term) SELECT term FROM temp.paragraf_search_vocabulary;
DROP TABLE temp.paragraf_search_vocabulary;
INSERT INTO paragraf_search_term_fts (paragraf_search_term_fts) VALUES ('rebuild');
