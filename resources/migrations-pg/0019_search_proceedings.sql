-- Paragraf server schema 19, as the file's: search also finds what was said and moved at a
-- paragraph (docs/search.md, "What is found"): viewpoints (synpunkter), motions' own wording,
-- reservations' reasons, protocol notes and the secretary's own wording of the proceedings, each
-- found with its paragraph. As in schema 16, the rows are written by triggers with the owner's
-- rights, in the transaction that writes the text.
ALTER TABLE paragraf_search DROP CONSTRAINT paragraf_search_source_check;
ALTER TABLE paragraf_search ADD CONSTRAINT paragraf_search_source_check
    CHECK (source IN ('title', 'case_number', 'decision', 'section', 'attachment', 'remark',
                      'assignment', 'erratum', 'viewpoint', 'motion', 'reservation',
                      'protocol_note', 'proceedings'));

-- A paragraph deleted takes every row of its own.
CREATE OR REPLACE FUNCTION paragraf_search_paragraph() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text) VALUES
            ('title', NEW.id, NEW.meeting_id, NEW.id, NEW.title),
            ('case_number', NEW.id, NEW.meeting_id, NEW.id, NEW.case_number),
            ('decision', NEW.id, NEW.meeting_id, NEW.id, NEW.decision);
    ELSIF TG_OP = 'UPDATE' THEN
        IF NEW.title IS DISTINCT FROM OLD.title THEN
            UPDATE paragraf_search SET text = NEW.title WHERE source = 'title' AND source_id = NEW.id;
        END IF;
        IF NEW.case_number IS DISTINCT FROM OLD.case_number THEN
            UPDATE paragraf_search SET text = NEW.case_number
                WHERE source = 'case_number' AND source_id = NEW.id;
        END IF;
        IF NEW.decision IS DISTINCT FROM OLD.decision THEN
            UPDATE paragraf_search SET text = NEW.decision
                WHERE source = 'decision' AND source_id = NEW.id;
        END IF;
        IF NEW.meeting_id IS DISTINCT FROM OLD.meeting_id THEN
            UPDATE paragraf_search SET meeting_id = NEW.meeting_id WHERE paragraph_id = NEW.id;
        END IF;
    ELSE
        DELETE FROM paragraf_search WHERE paragraph_id = OLD.id AND source IN
            ('title', 'case_number', 'decision', 'section', 'attachment', 'assignment',
             'viewpoint', 'motion', 'reservation', 'protocol_note', 'proceedings');
    END IF;
    RETURN NULL;
END
$$;

-- A part of a paragraph with an id of its own: TG_ARGV[0] is its source, TG_ARGV[1] the column
-- that holds its text.
CREATE FUNCTION paragraf_search_said() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM paragraf_search WHERE source = TG_ARGV[0] AND source_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
            SELECT TG_ARGV[0], NEW.id, meeting_id, NEW.paragraph_id, to_jsonb(NEW) ->> TG_ARGV[1]
            FROM paragraph WHERE id = NEW.paragraph_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER viewpoint_search AFTER INSERT OR DELETE OR UPDATE OF text, paragraph_id
    ON viewpoint FOR EACH ROW EXECUTE FUNCTION paragraf_search_said('viewpoint', 'text');
CREATE TRIGGER motion_search AFTER INSERT OR DELETE OR UPDATE OF text, paragraph_id
    ON motion FOR EACH ROW EXECUTE FUNCTION paragraf_search_said('motion', 'text');
CREATE TRIGGER reservation_search AFTER INSERT OR DELETE OR UPDATE OF reason, paragraph_id
    ON reservation FOR EACH ROW EXECUTE FUNCTION paragraf_search_said('reservation', 'reason');
CREATE TRIGGER protocol_note_search AFTER INSERT OR DELETE OR UPDATE OF text, paragraph_id
    ON protocol_note FOR EACH ROW EXECUTE FUNCTION paragraf_search_said('protocol_note', 'text');

-- The proceedings are one row per paragraph, named by the paragraph.
CREATE FUNCTION paragraf_search_proceedings() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM paragraf_search WHERE source = 'proceedings' AND source_id = OLD.paragraph_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
            SELECT 'proceedings', NEW.paragraph_id, meeting_id, NEW.paragraph_id, NEW.wording
            FROM paragraph WHERE id = NEW.paragraph_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER proceedings_search AFTER INSERT OR DELETE OR UPDATE OF wording, paragraph_id
    ON paragraph_proceedings FOR EACH ROW EXECUTE FUNCTION paragraf_search_proceedings();

-- What the server holds of these, indexed once.
INSERT INTO paragraf_search (source, source_id, meeting_id, paragraph_id, text)
    SELECT 'viewpoint', v.id, p.meeting_id, p.id, v.text
        FROM viewpoint v JOIN paragraph p ON p.id = v.paragraph_id
    UNION ALL SELECT 'motion', m.id, p.meeting_id, p.id, m.text
        FROM motion m JOIN paragraph p ON p.id = m.paragraph_id
    UNION ALL SELECT 'reservation', r.id, p.meeting_id, p.id, r.reason
        FROM reservation r JOIN paragraph p ON p.id = r.paragraph_id
    UNION ALL SELECT 'protocol_note', n.id, p.meeting_id, p.id, n.text
        FROM protocol_note n JOIN paragraph p ON p.id = n.paragraph_id
    UNION ALL SELECT 'proceedings', d.paragraph_id, p.meeting_id, p.id, d.wording
        FROM paragraph_proceedings d JOIN paragraph p ON p.id = d.paragraph_id;
