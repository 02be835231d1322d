-- Paragraf schema 19: search also finds what was said and moved at a paragraph (docs/search.md,
-- "What is found"). Schema 16 indexed a paragraph's title, case number, sections, decision,
-- attachments and assignments, and the remarks and rättelser; what the protocol prints of how a
-- decision was reached was left out, and a secretary who searched for a word of a viewpoint
-- found nothing. paragraf_search now also holds, with the paragraph they belong to:
--   viewpoint      what was said at the paragraph (synpunkter; `paragraf-cli say`)
--   motion         a motion's own wording (an amendment's or a referral's; approval and
--                  rejection have none)
--   reservation    a reservation's reason
--   protocol_note  a protocol note (protokollsanteckning)
--   proceedings    the secretary's own wording of how the decision was reached
-- The table's CHECK names the kinds it holds, and SQLite cannot change a CHECK: the table is made
-- again with its rows and their ids, which the word index (schema 18) names. Its views and the
-- triggers that write it name it, not its definition, and stay; its own indexes and its queue's
-- triggers go with it and are made again, the queue's after the rows are back, so that the rows
-- the index already holds do not wait in the queue. The rows of the new kinds are then written
-- through the queue, as any write is, and indexed by the program before its next search.

CREATE TEMP TABLE paragraf_search_kept AS
    SELECT id, source, source_id, position, meeting_id, paragraph_id, text FROM paragraf_search;
DROP TABLE paragraf_search;
CREATE TABLE paragraf_search (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL CHECK (source IN ('title', 'case_number', 'decision', 'section',
                                                 'attachment', 'remark', 'assignment', 'erratum',
                                                 'viewpoint', 'motion', 'reservation',
                                                 'protocol_note', 'proceedings')),
    source_id    INTEGER NOT NULL,
    position     INTEGER NOT NULL DEFAULT 0,
    meeting_id   INTEGER NOT NULL,
    paragraph_id INTEGER,
    text         TEXT NOT NULL
);
INSERT INTO paragraf_search (id, source, source_id, position, meeting_id, paragraph_id, text)
    SELECT id, source, source_id, position, meeting_id, paragraph_id, text
    FROM temp.paragraf_search_kept ORDER BY id;
DROP TABLE temp.paragraf_search_kept;
CREATE INDEX paragraf_search_by_source ON paragraf_search(source, source_id, position);
CREATE INDEX paragraf_search_by_paragraph ON paragraf_search(paragraph_id);

-- The queue's triggers as schema 18 made them.
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

-- A paragraph deleted takes every row of its own (its parts' own triggers do too, when their
-- rows go by the paragraph's cascade).
DROP TRIGGER paragraph_search_delete;
CREATE TRIGGER paragraph_search_delete AFTER DELETE ON paragraph BEGIN
    DELETE FROM paragraf_search WHERE paragraph_id = old.id
        AND source IN ('title', 'case_number', 'decision', 'section', 'attachment', 'assignment',
                       'viewpoint', 'motion', 'reservation', 'protocol_note', 'proceedings');
END;

CREATE TRIGGER viewpoint_search_insert AFTER INSERT ON viewpoint BEGIN
    INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
        SELECT 'viewpoint', new.id, meeting_id, new.paragraph_id, new.text FROM paragraph
        WHERE id = new.paragraph_id;
END;
CREATE TRIGGER viewpoint_search_update AFTER UPDATE OF text, paragraph_id ON viewpoint
WHEN new.text IS NOT old.text OR new.paragraph_id IS NOT old.paragraph_id BEGIN
    UPDATE paragraf_search SET text = new.text, paragraph_id = new.paragraph_id,
        meeting_id = (SELECT meeting_id FROM paragraph WHERE id = new.paragraph_id)
        WHERE source = 'viewpoint' AND source_id = new.id;
END;
CREATE TRIGGER viewpoint_search_delete AFTER DELETE ON viewpoint BEGIN
    DELETE FROM paragraf_search WHERE source = 'viewpoint' AND source_id = old.id;
END;

CREATE TRIGGER motion_search_insert AFTER INSERT ON motion BEGIN
    INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
        SELECT 'motion', new.id, meeting_id, new.paragraph_id, new.text FROM paragraph
        WHERE id = new.paragraph_id;
END;
CREATE TRIGGER motion_search_update AFTER UPDATE OF text, paragraph_id ON motion
WHEN new.text IS NOT old.text OR new.paragraph_id IS NOT old.paragraph_id BEGIN
    UPDATE paragraf_search SET text = new.text, paragraph_id = new.paragraph_id,
        meeting_id = (SELECT meeting_id FROM paragraph WHERE id = new.paragraph_id)
        WHERE source = 'motion' AND source_id = new.id;
END;
CREATE TRIGGER motion_search_delete AFTER DELETE ON motion BEGIN
    DELETE FROM paragraf_search WHERE source = 'motion' AND source_id = old.id;
END;

CREATE TRIGGER reservation_search_insert AFTER INSERT ON reservation BEGIN
    INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
        SELECT 'reservation', new.id, meeting_id, new.paragraph_id, new.reason FROM paragraph
        WHERE id = new.paragraph_id;
END;
CREATE TRIGGER reservation_search_update AFTER UPDATE OF reason, paragraph_id ON reservation
WHEN new.reason IS NOT old.reason OR new.paragraph_id IS NOT old.paragraph_id BEGIN
    UPDATE paragraf_search SET text = new.reason, paragraph_id = new.paragraph_id,
        meeting_id = (SELECT meeting_id FROM paragraph WHERE id = new.paragraph_id)
        WHERE source = 'reservation' AND source_id = new.id;
END;
CREATE TRIGGER reservation_search_delete AFTER DELETE ON reservation BEGIN
    DELETE FROM paragraf_search WHERE source = 'reservation' AND source_id = old.id;
END;

CREATE TRIGGER protocol_note_search_insert AFTER INSERT ON protocol_note BEGIN
    INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
        SELECT 'protocol_note', new.id, meeting_id, new.paragraph_id, new.text FROM paragraph
        WHERE id = new.paragraph_id;
END;
CREATE TRIGGER protocol_note_search_update AFTER UPDATE OF text, paragraph_id ON protocol_note
WHEN new.text IS NOT old.text OR new.paragraph_id IS NOT old.paragraph_id BEGIN
    UPDATE paragraf_search SET text = new.text, paragraph_id = new.paragraph_id,
        meeting_id = (SELECT meeting_id FROM paragraph WHERE id = new.paragraph_id)
        WHERE source = 'protocol_note' AND source_id = new.id;
END;
CREATE TRIGGER protocol_note_search_delete AFTER DELETE ON protocol_note BEGIN
    DELETE FROM paragraf_search WHERE source = 'protocol_note' AND source_id = old.id;
END;

-- The proceedings are one row per paragraph, named by the paragraph.
CREATE TRIGGER proceedings_search_insert AFTER INSERT ON paragraph_proceedings BEGIN
    INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
        SELECT 'proceedings', new.paragraph_id, meeting_id, new.paragraph_id, new.wording
        FROM paragraph WHERE id = new.paragraph_id;
END;
CREATE TRIGGER proceedings_search_update AFTER UPDATE OF wording, paragraph_id
ON paragraph_proceedings
WHEN new.wording IS NOT old.wording OR new.paragraph_id IS NOT old.paragraph_id BEGIN
    UPDATE paragraf_search SET text = new.wording, source_id = new.paragraph_id,
        paragraph_id = new.paragraph_id,
        meeting_id = (SELECT meeting_id FROM paragraph WHERE id = new.paragraph_id)
        WHERE source = 'proceedings' AND source_id = old.paragraph_id;
END;
CREATE TRIGGER proceedings_search_delete AFTER DELETE ON paragraph_proceedings BEGIN
    DELETE FROM paragraf_search WHERE source = 'proceedings' AND source_id = old.paragraph_id;
END;

-- What the file holds of these, indexed once (through the queue).
INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
    SELECT 'viewpoint', v.id, p.meeting_id, p.id, v.text
    FROM viewpoint v JOIN paragraph p ON p.id = v.paragraph_id;
INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
    SELECT 'motion', m.id, p.meeting_id, p.id, m.text
    FROM motion m JOIN paragraph p ON p.id = m.paragraph_id;
INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
    SELECT 'reservation', r.id, p.meeting_id, p.id, r.reason
    FROM reservation r JOIN paragraph p ON p.id = r.paragraph_id;
INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
    SELECT 'protocol_note', n.id, p.meeting_id, p.id, n.text
    FROM protocol_note n JOIN paragraph p ON p.id = n.paragraph_id;
INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
    SELECT 'proceedings', d.paragraph_id, p.meeting_id, p.id, d.wording
    FROM paragraph_proceedings d JOIN paragraph p ON p.id = d.paragraph_id;
