-- Paragraf schema 14: the meeting's attendance revision, a counter that every change of what the
-- attendance checks read moves on (MeetingService's attendance validation: the participants,
-- the attendance events, the paragraphs' order and numbers, the proceedings of each paragraph and
-- the meeting's rules). An attendance key at the desk compares it with the revision of the
-- meeting it holds: equal, it checks the change against that copy without reading the meeting.
-- Not part of the protocol (docs/canonical-form.md names what is). A final protocol's rows
-- cannot change (schema 4), so its revision does not either: the guard on status keeps the
-- counter from ever touching a final meeting's row. Comments stand on lines of their own.
ALTER TABLE meeting ADD COLUMN attendance_revision INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER participant_revision_insert AFTER INSERT ON participant
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = NEW.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER participant_revision_update AFTER UPDATE ON participant
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = NEW.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

-- A row moved to another meeting changes that one too.
CREATE TRIGGER participant_revision_update_old AFTER UPDATE ON participant
WHEN NEW.meeting_id IS NOT OLD.meeting_id
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = OLD.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER participant_revision_delete AFTER DELETE ON participant
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = OLD.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER attendance_event_revision_insert AFTER INSERT ON attendance_event
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = NEW.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER attendance_event_revision_update AFTER UPDATE ON attendance_event
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = NEW.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

-- A row moved to another meeting changes that one too.
CREATE TRIGGER attendance_event_revision_update_old AFTER UPDATE ON attendance_event
WHEN NEW.meeting_id IS NOT OLD.meeting_id
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = OLD.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER attendance_event_revision_delete AFTER DELETE ON attendance_event
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = OLD.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER meeting_rules_revision_insert AFTER INSERT ON meeting_rules
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = NEW.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER meeting_rules_revision_update AFTER UPDATE ON meeting_rules
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = NEW.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

-- A row moved to another meeting changes that one too.
CREATE TRIGGER meeting_rules_revision_update_old AFTER UPDATE ON meeting_rules
WHEN NEW.meeting_id IS NOT OLD.meeting_id
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = OLD.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER meeting_rules_revision_delete AFTER DELETE ON meeting_rules
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = OLD.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

-- A paragraph's title, text or decision is not read by the attendance checks: only its being
-- there, its place and its number (which the refusals name).
CREATE TRIGGER paragraph_revision_insert AFTER INSERT ON paragraph
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = NEW.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER paragraph_revision_update AFTER UPDATE OF position, number, meeting_id ON paragraph
WHEN NEW.position IS NOT OLD.position OR NEW.number IS NOT OLD.number OR
    NEW.meeting_id IS NOT OLD.meeting_id
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = NEW.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER paragraph_revision_update_old AFTER UPDATE OF meeting_id ON paragraph
WHEN NEW.meeting_id IS NOT OLD.meeting_id
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = OLD.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER paragraph_revision_delete AFTER DELETE ON paragraph
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = OLD.meeting_id AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

-- The proceedings of a paragraph (motions, supporters, votes, reservations, notes): who made
-- them must have served there. A row deleted with its paragraph finds no paragraph; the
-- paragraph's own trigger has counted.
CREATE TRIGGER paragraph_proceedings_revision_insert AFTER INSERT ON paragraph_proceedings
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = NEW.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER paragraph_proceedings_revision_update AFTER UPDATE ON paragraph_proceedings
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = NEW.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER paragraph_proceedings_revision_update_old AFTER UPDATE ON paragraph_proceedings
WHEN NEW.paragraph_id IS NOT OLD.paragraph_id
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = OLD.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER paragraph_proceedings_revision_delete AFTER DELETE ON paragraph_proceedings
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = OLD.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER motion_revision_insert AFTER INSERT ON motion
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = NEW.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER motion_revision_update AFTER UPDATE ON motion
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = NEW.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER motion_revision_update_old AFTER UPDATE ON motion
WHEN NEW.paragraph_id IS NOT OLD.paragraph_id
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = OLD.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER motion_revision_delete AFTER DELETE ON motion
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = OLD.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER motion_supporter_revision_insert AFTER INSERT ON motion_supporter
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = NEW.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER motion_supporter_revision_update AFTER UPDATE ON motion_supporter
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = NEW.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER motion_supporter_revision_update_old AFTER UPDATE ON motion_supporter
WHEN NEW.paragraph_id IS NOT OLD.paragraph_id
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = OLD.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER motion_supporter_revision_delete AFTER DELETE ON motion_supporter
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = OLD.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER vote_cast_revision_insert AFTER INSERT ON vote_cast
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = NEW.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER vote_cast_revision_update AFTER UPDATE ON vote_cast
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = NEW.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER vote_cast_revision_update_old AFTER UPDATE ON vote_cast
WHEN NEW.paragraph_id IS NOT OLD.paragraph_id
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = OLD.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER vote_cast_revision_delete AFTER DELETE ON vote_cast
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = OLD.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER reservation_revision_insert AFTER INSERT ON reservation
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = NEW.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER reservation_revision_update AFTER UPDATE ON reservation
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = NEW.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER reservation_revision_update_old AFTER UPDATE ON reservation
WHEN NEW.paragraph_id IS NOT OLD.paragraph_id
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = OLD.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER reservation_revision_delete AFTER DELETE ON reservation
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = OLD.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER protocol_note_revision_insert AFTER INSERT ON protocol_note
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = NEW.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER protocol_note_revision_update AFTER UPDATE ON protocol_note
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = NEW.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER protocol_note_revision_update_old AFTER UPDATE ON protocol_note
WHEN NEW.paragraph_id IS NOT OLD.paragraph_id
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = OLD.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;

CREATE TRIGGER protocol_note_revision_delete AFTER DELETE ON protocol_note
BEGIN
    UPDATE meeting SET attendance_revision = attendance_revision + 1
    WHERE id = (SELECT meeting_id FROM paragraph WHERE id = OLD.paragraph_id) AND status <> 'adjusted'
        AND status <> 'announced' AND status <> 'archived';
END;
