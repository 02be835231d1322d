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
-- 4. paragraf_search_applied counts the times the queue was applied, so a program that keeps
--    what it read of the index knows when another program applied it.
-- As in schema 16, the triggers write ordinary tables only (trusted_schema is off); the program
-- writes the index, the words and the count in one transaction before a search.

DROP TABLE paragraf_search_fts;

CREATE VIRTUAL TABLE paragraf_search_words USING fts5(folded, content='paragraf_search',
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

DROP TRIGGER paragraf_search_queue_update;
CREATE TRIGGER paragraf_search_queue_update
AFTER UPDATE OF id, text, meeting_id, paragraph_id ON paragraf_search
WHEN new.text IS NOT old.text OR new.id IS NOT old.id OR new.meeting_id IS NOT old.meeting_id
    OR new.paragraph_id IS NOT old.paragraph_id BEGIN
    INSERT OR IGNORE INTO paragraf_search_queue (id, indexed)
        SELECT old.id, old.folded
        WHERE NOT EXISTS (SELECT 1 FROM paragraf_search_queue WHERE id = old.id);
    INSERT OR IGNORE INTO paragraf_search_queue (id, indexed) VALUES (new.id, NULL);
END;

-- Everything a file holds, indexed once; its words from the index itself.
INSERT INTO paragraf_search_words (paragraf_search_words) VALUES ('rebuild');
CREATE VIRTUAL TABLE temp.paragraf_search_vocabulary
    USING fts5vocab(main, paragraf_search_words, 'row');
INSERT INTO paragraf_search_term (term) SELECT term FROM temp.paragraf_search_vocabulary;
DROP TABLE temp.paragraf_search_vocabulary;
INSERT INTO paragraf_search_term_fts (paragraf_search_term_fts) VALUES ('rebuild');
DELETE FROM paragraf_search_queue;
