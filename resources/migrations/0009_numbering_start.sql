-- Paragraf schema 9: where a year's numbering starts is part of every number of that year, so
-- it may not move once a protocol of the body's year is adjusted and has paragraphs: the
-- database refuses it as it refuses renumbering the protocol itself (schema 4). A missing row
-- means the year starts at 1. Comments stand on lines of their own.

CREATE TRIGGER numbering_start_final_insert BEFORE INSERT ON numbering_start
WHEN NEW.first_number <> 1 AND EXISTS (
    SELECT 1 FROM meeting m JOIN paragraph p ON p.meeting_id = m.id
    WHERE m.body_id = NEW.body_id AND m.date >= printf('%04d-01-01', NEW.year)
      AND m.date <= printf('%04d-12-31', NEW.year)
      AND m.status IN ('adjusted', 'announced', 'archived'))
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER numbering_start_final_update BEFORE UPDATE ON numbering_start
WHEN (NEW.first_number IS NOT OLD.first_number OR NEW.body_id IS NOT OLD.body_id OR
      NEW.year IS NOT OLD.year) AND EXISTS (
    SELECT 1 FROM meeting m JOIN paragraph p ON p.meeting_id = m.id
    WHERE m.body_id IN (OLD.body_id, NEW.body_id)
      AND ((m.date >= printf('%04d-01-01', OLD.year) AND m.date <= printf('%04d-12-31', OLD.year))
        OR (m.date >= printf('%04d-01-01', NEW.year) AND m.date <= printf('%04d-12-31', NEW.year)))
      AND m.status IN ('adjusted', 'announced', 'archived'))
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER numbering_start_final_delete BEFORE DELETE ON numbering_start
WHEN OLD.first_number <> 1 AND EXISTS (
    SELECT 1 FROM meeting m JOIN paragraph p ON p.meeting_id = m.id
    WHERE m.body_id = OLD.body_id AND m.date >= printf('%04d-01-01', OLD.year)
      AND m.date <= printf('%04d-12-31', OLD.year)
      AND m.status IN ('adjusted', 'announced', 'archived'))
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;
