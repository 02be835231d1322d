-- Paragraf schema 16: search across all years (docs/search.md). paragraf_search holds one row per
-- piece of text a person may look for: a paragraph's title, case number and decision, each
-- section's text, each attachment's name, each remark (with its answer), assignment and rättelse.
-- Triggers keep it in step with the tables it copies, in the transaction that writes them, so
-- every way of writing (the desk, the CLI, imports, push and pull, undo) keeps it current.
-- paragraf_search_fts indexes the folded text by trigrams: a word is found inside longer words
-- ("skol" in "grundskolan"). Folding, one table for the file, the server and the query (C++
-- SearchText::fold): A-Z to a-z, å ä ö kept as letters (upper case to lower), æ ø to ä ö, other
-- accents dropped (é to e). Nothing else is changed, so each character keeps its place and a
-- match in the folded text is a match at the same place in the text as written.
CREATE TABLE paragraf_search (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL CHECK (source IN ('title', 'case_number', 'decision', 'section',
                                                 'attachment', 'remark', 'assignment', 'erratum')),
    source_id    INTEGER NOT NULL,
    position     INTEGER NOT NULL DEFAULT 0,
    meeting_id   INTEGER NOT NULL,
    paragraph_id INTEGER,
    text         TEXT NOT NULL,
    fold_1 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(text), 'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö'), 'Æ', 'ä'), 'æ', 'ä'), 'Ø', 'ö'), 'ø', 'ö'), 'É', 'e'), 'È', 'e'), 'Ê', 'e'), 'Ë', 'e'), 'é', 'e'), 'è', 'e'), 'ê', 'e'), 'ë', 'e'), 'Á', 'a'), 'À', 'a'), 'Â', 'a'), 'Ã', 'a'), 'á', 'a'), 'à', 'a')) VIRTUAL,
    fold_2 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(fold_1, 'â', 'a'), 'ã', 'a'), 'Í', 'i'), 'Ì', 'i'), 'Î', 'i'), 'Ï', 'i'), 'í', 'i'), 'ì', 'i'), 'î', 'i'), 'ï', 'i'), 'Ó', 'o'), 'Ò', 'o'), 'Ô', 'o'), 'Õ', 'o'), 'ó', 'o'), 'ò', 'o'), 'ô', 'o'), 'õ', 'o'), 'Ú', 'u'), 'Ù', 'u'), 'Û', 'u')) VIRTUAL,
    fold_3 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(fold_2, 'Ü', 'u'), 'ú', 'u'), 'ù', 'u'), 'û', 'u'), 'ü', 'u'), 'Ý', 'y'), 'ý', 'y'), 'ÿ', 'y'), 'Ÿ', 'y'), 'Ç', 'c'), 'ç', 'c'), 'Č', 'c'), 'č', 'c'), 'Ć', 'c'), 'ć', 'c'), 'Ñ', 'n'), 'ñ', 'n'), 'Ń', 'n'), 'ń', 'n'), 'Š', 's'), 'š', 's')) VIRTUAL,
    folded TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(fold_3, 'Ś', 's'), 'ś', 's'), 'Ž', 'z'), 'ž', 'z'), 'Ź', 'z'), 'ź', 'z'), 'Ż', 'z'), 'ż', 'z'), 'Ł', 'l'), 'ł', 'l')) VIRTUAL
);
CREATE INDEX paragraf_search_by_source ON paragraf_search(source, source_id, position);
CREATE INDEX paragraf_search_by_paragraph ON paragraf_search(paragraph_id);

-- The trigram index of the folded text, over paragraf_search (external content). The schema's
-- triggers may not write a virtual table (Paragraf opens files with trusted_schema off, so that a
-- file's triggers never run virtual-table code), so they write only ordinary tables: the rows of
-- paragraf_search and, for each row changed since the index last caught up, its id and the folded
-- text the index holds for it (NULL: none, the row is new). The program brings the index up to
-- date from this queue with its own statements, in one transaction, before each search
-- (SearchRepository.cpp: catchUp); the first change of a row since then is the one kept, as it
-- names what the index holds.
CREATE VIRTUAL TABLE paragraf_search_fts USING fts5(folded, content='paragraf_search',
    content_rowid='id', tokenize='trigram case_sensitive 1');
CREATE TABLE paragraf_search_queue (
    id      INTEGER PRIMARY KEY,
    indexed TEXT
);
CREATE TRIGGER paragraf_search_queue_insert AFTER INSERT ON paragraf_search
WHEN NOT EXISTS (SELECT 1 FROM paragraf_search_queue WHERE id = new.id) BEGIN
    INSERT INTO paragraf_search_queue (id, indexed) VALUES (new.id, NULL);
END;
CREATE TRIGGER paragraf_search_queue_delete AFTER DELETE ON paragraf_search
WHEN NOT EXISTS (SELECT 1 FROM paragraf_search_queue WHERE id = old.id) BEGIN
    INSERT INTO paragraf_search_queue (id, indexed) VALUES (old.id, old.folded);
END;
CREATE TRIGGER paragraf_search_queue_update AFTER UPDATE OF id, text ON paragraf_search
WHEN new.text IS NOT old.text OR new.id IS NOT old.id BEGIN
    INSERT OR IGNORE INTO paragraf_search_queue (id, indexed)
        SELECT old.id, old.folded
        WHERE NOT EXISTS (SELECT 1 FROM paragraf_search_queue WHERE id = old.id);
    INSERT OR IGNORE INTO paragraf_search_queue (id, indexed) VALUES (new.id, NULL);
END;

-- A paragraph: its title, case number and decision; moved to another meeting, all of its rows go.
CREATE TRIGGER paragraph_search_insert AFTER INSERT ON paragraph BEGIN
    INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text) VALUES
        ('title', new.id, new.meeting_id, new.id, new.title),
        ('case_number', new.id, new.meeting_id, new.id, new.case_number),
        ('decision', new.id, new.meeting_id, new.id, new.decision);
END;
CREATE TRIGGER paragraph_search_title AFTER UPDATE OF title ON paragraph
WHEN new.title IS NOT old.title BEGIN
    UPDATE paragraf_search SET text = new.title WHERE source = 'title' AND source_id = new.id;
END;
CREATE TRIGGER paragraph_search_case_number AFTER UPDATE OF case_number ON paragraph
WHEN new.case_number IS NOT old.case_number BEGIN
    UPDATE paragraf_search SET text = new.case_number
        WHERE source = 'case_number' AND source_id = new.id;
END;
CREATE TRIGGER paragraph_search_decision AFTER UPDATE OF decision ON paragraph
WHEN new.decision IS NOT old.decision BEGIN
    UPDATE paragraf_search SET text = new.decision WHERE source = 'decision' AND source_id = new.id;
END;
CREATE TRIGGER paragraph_search_move AFTER UPDATE OF meeting_id ON paragraph
WHEN new.meeting_id IS NOT old.meeting_id BEGIN
    UPDATE paragraf_search SET meeting_id = new.meeting_id WHERE paragraph_id = new.id;
END;
CREATE TRIGGER paragraph_search_delete AFTER DELETE ON paragraph BEGIN
    DELETE FROM paragraf_search WHERE paragraph_id = old.id
        AND source IN ('title', 'case_number', 'decision', 'section', 'attachment', 'assignment');
END;

CREATE TRIGGER paragraph_section_search_insert AFTER INSERT ON paragraph_section BEGIN
    INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
        SELECT 'section', new.id, meeting_id, new.paragraph_id, new.text FROM paragraph
        WHERE id = new.paragraph_id;
END;
CREATE TRIGGER paragraph_section_search_update AFTER UPDATE OF text, paragraph_id ON paragraph_section
WHEN new.text IS NOT old.text OR new.paragraph_id IS NOT old.paragraph_id BEGIN
    UPDATE paragraf_search SET text = new.text, paragraph_id = new.paragraph_id,
        meeting_id = (SELECT meeting_id FROM paragraph WHERE id = new.paragraph_id)
        WHERE source = 'section' AND source_id = new.id;
END;
CREATE TRIGGER paragraph_section_search_delete AFTER DELETE ON paragraph_section BEGIN
    DELETE FROM paragraf_search WHERE source = 'section' AND source_id = old.id;
END;

-- Attachments have no id of their own: they are named by paragraph and position.
CREATE TRIGGER paragraph_line_search_insert AFTER INSERT ON paragraph_line
WHEN new.list = 'attachment' BEGIN
    INSERT INTO paragraf_search (source, source_id, position, meeting_id, paragraph_id, text)
        SELECT 'attachment', new.paragraph_id, new.position, meeting_id, new.paragraph_id, new.text
        FROM paragraph WHERE id = new.paragraph_id;
END;
CREATE TRIGGER paragraph_line_search_delete AFTER DELETE ON paragraph_line
WHEN old.list = 'attachment' BEGIN
    DELETE FROM paragraf_search
        WHERE source = 'attachment' AND source_id = old.paragraph_id AND position = old.position;
END;
CREATE TRIGGER paragraph_line_search_update AFTER UPDATE ON paragraph_line BEGIN
    DELETE FROM paragraf_search WHERE old.list = 'attachment' AND source = 'attachment'
        AND source_id = old.paragraph_id AND position = old.position;
    INSERT INTO paragraf_search (source, source_id, position, meeting_id, paragraph_id, text)
        SELECT 'attachment', new.paragraph_id, new.position, meeting_id, new.paragraph_id, new.text
        FROM paragraph WHERE id = new.paragraph_id AND new.list = 'attachment';
END;

CREATE TRIGGER remark_search_insert AFTER INSERT ON remark BEGIN
    INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
        VALUES ('remark', new.id, new.meeting_id, new.paragraph_id,
                new.text || char(10) || new.answer);
END;
CREATE TRIGGER remark_search_update AFTER UPDATE ON remark BEGIN
    UPDATE paragraf_search SET text = new.text || char(10) || new.answer,
        meeting_id = new.meeting_id, paragraph_id = new.paragraph_id
        WHERE source = 'remark' AND source_id = new.id;
END;
CREATE TRIGGER remark_search_delete AFTER DELETE ON remark BEGIN
    DELETE FROM paragraf_search WHERE source = 'remark' AND source_id = old.id;
END;

CREATE TRIGGER assignment_search_insert AFTER INSERT ON assignment BEGIN
    INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
        SELECT 'assignment', new.id, meeting_id, new.paragraph_id, new.text FROM paragraph
        WHERE id = new.paragraph_id;
END;
CREATE TRIGGER assignment_search_update AFTER UPDATE OF text, paragraph_id ON assignment
WHEN new.text IS NOT old.text OR new.paragraph_id IS NOT old.paragraph_id BEGIN
    UPDATE paragraf_search SET text = new.text, paragraph_id = new.paragraph_id,
        meeting_id = (SELECT meeting_id FROM paragraph WHERE id = new.paragraph_id)
        WHERE source = 'assignment' AND source_id = new.id;
END;
CREATE TRIGGER assignment_search_delete AFTER DELETE ON assignment BEGIN
    DELETE FROM paragraf_search WHERE source = 'assignment' AND source_id = old.id;
END;

-- A rättelse: the corrected wording and its reason are found with the paragraph they correct.
CREATE TRIGGER erratum_search_insert AFTER INSERT ON erratum BEGIN
    INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
        VALUES ('erratum', new.id, new.meeting_id, new.paragraph_id,
                new.corrected_text || char(10) || new.reason);
END;
CREATE TRIGGER erratum_search_delete AFTER DELETE ON erratum BEGIN
    DELETE FROM paragraf_search WHERE source = 'erratum' AND source_id = old.id;
END;

-- The files of older versions: everything they hold, indexed once.
INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
    SELECT 'title', id, meeting_id, id, title FROM paragraph;
INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
    SELECT 'case_number', id, meeting_id, id, case_number FROM paragraph;
INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
    SELECT 'decision', id, meeting_id, id, decision FROM paragraph;
INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
    SELECT 'section', s.id, p.meeting_id, p.id, s.text
    FROM paragraph_section s JOIN paragraph p ON p.id = s.paragraph_id;
INSERT INTO paragraf_search (source, source_id, position, meeting_id, paragraph_id, text)
    SELECT 'attachment', p.id, l.position, p.meeting_id, p.id, l.text
    FROM paragraph_line l JOIN paragraph p ON p.id = l.paragraph_id WHERE l.list = 'attachment';
INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
    SELECT 'remark', id, meeting_id, paragraph_id, text || char(10) || answer FROM remark;
INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
    SELECT 'assignment', a.id, p.meeting_id, p.id, a.text
    FROM assignment a JOIN paragraph p ON p.id = a.paragraph_id;
INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
    SELECT 'erratum', id, meeting_id, paragraph_id, corrected_text || char(10) || reason
    FROM erratum;
INSERT INTO paragraf_search_fts (paragraf_search_fts) VALUES ('rebuild');
DELETE FROM paragraf_search_queue;
