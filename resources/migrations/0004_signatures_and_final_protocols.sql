-- Paragraf schema 4: signatures of a protocol, and the database's own refusal to change an
-- adjusted one. Comments stand on lines of their own.

-- Who signed (or refused to sign) a protocol, when, how, and over which content: the SHA-256 of
-- the canonical form (docs/canonical-form.md). Each row also carries chain_hash, the SHA-256 of
-- the previous row's chain_hash and this row's facts, so that a removed or altered signature
-- breaks the chain.
CREATE TABLE signature (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    role           TEXT NOT NULL CHECK (role IN ('secretary', 'chair', 'adjuster')),
    participant_id INTEGER REFERENCES participant(id),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    signed_at      TEXT NOT NULL,
    method         TEXT NOT NULL CHECK (method IN ('in_person', 'on_paper', 'refused')),
    reason         TEXT NOT NULL DEFAULT '',
    content_hash   TEXT NOT NULL CHECK (length(content_hash) = 64),
    chain_hash     TEXT NOT NULL CHECK (length(chain_hash) = 64)
);
CREATE INDEX signature_by_meeting ON signature(meeting_id, id);

-- An adjusted (or announced, or archived) meeting is final: its row may only move on to
-- announced and archived, and nothing that belongs to it may be added, changed or removed.
CREATE TRIGGER meeting_final_update BEFORE UPDATE ON meeting
WHEN OLD.status IN ('adjusted', 'announced', 'archived') AND (
    NEW.body_id IS NOT OLD.body_id OR NEW.date IS NOT OLD.date OR
    NEW.start_time IS NOT OLD.start_time OR NEW.end_time IS NOT OLD.end_time OR
    NEW.place IS NOT OLD.place OR NEW.form IS NOT OLD.form OR
    NEW.adjustment_date IS NOT OLD.adjustment_date OR
    NEW.adjustment_place IS NOT OLD.adjustment_place OR
    NEW.next_meeting_date IS NOT OLD.next_meeting_date OR
    NEW.next_meeting_note IS NOT OLD.next_meeting_note OR
    NEW.chair_id IS NOT OLD.chair_id OR NEW.secretary_id IS NOT OLD.secretary_id OR
    NEW.id IS NOT OLD.id OR
    NEW.status NOT IN ('adjusted', 'announced', 'archived') OR
    (OLD.status = 'announced' AND NEW.status = 'adjusted') OR
    (OLD.status = 'archived' AND NEW.status <> 'archived'))
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER meeting_final_delete BEFORE DELETE ON meeting
WHEN OLD.status IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER participant_final_insert BEFORE INSERT ON participant
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER participant_final_update BEFORE UPDATE ON participant
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER participant_final_delete BEFORE DELETE ON participant
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER attendance_event_final_insert BEFORE INSERT ON attendance_event
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER attendance_event_final_update BEFORE UPDATE ON attendance_event
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER attendance_event_final_delete BEFORE DELETE ON attendance_event
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER meeting_adjuster_final_insert BEFORE INSERT ON meeting_adjuster
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER meeting_adjuster_final_update BEFORE UPDATE ON meeting_adjuster
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER meeting_adjuster_final_delete BEFORE DELETE ON meeting_adjuster
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER paragraph_final_insert BEFORE INSERT ON paragraph
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER paragraph_final_update BEFORE UPDATE ON paragraph
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER paragraph_final_delete BEFORE DELETE ON paragraph
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER paragraph_section_final_insert BEFORE INSERT ON paragraph_section
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER paragraph_section_final_update BEFORE UPDATE ON paragraph_section
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER paragraph_section_final_delete BEFORE DELETE ON paragraph_section
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER paragraph_presenter_final_insert BEFORE INSERT ON paragraph_presenter
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER paragraph_presenter_final_update BEFORE UPDATE ON paragraph_presenter
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER paragraph_presenter_final_delete BEFORE DELETE ON paragraph_presenter
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER paragraph_line_final_insert BEFORE INSERT ON paragraph_line
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER paragraph_line_final_update BEFORE UPDATE ON paragraph_line
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER paragraph_line_final_delete BEFORE DELETE ON paragraph_line
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER signature_final_insert BEFORE INSERT ON signature
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER signature_final_update BEFORE UPDATE ON signature
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER signature_final_delete BEFORE DELETE ON signature
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;
