-- Paragraf server schema 14, as the file's: the meeting's attendance revision, moved on by every
-- change of what the attendance checks read (participants, attendance events, the paragraphs'
-- being there, order and numbers, each paragraph's proceedings, the meeting's rules). The guard
-- of schema 4 compares every column of a final meeting but status, so the counter never touches
-- a final meeting's row (whose parts cannot change anyway).

ALTER TABLE meeting ADD COLUMN attendance_revision bigint NOT NULL DEFAULT 0;

-- TG_ARGV as for paragraf_refuse_final_change: the chain to the meeting and the row's column that
-- starts it. Both the meeting the row left and the one it joined move on.
CREATE FUNCTION paragraf_attendance_changed() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    before_change bigint;
    after_change bigint;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        before_change := paragraf_meeting_of(TG_ARGV[0], (to_jsonb(OLD) ->> TG_ARGV[1])::bigint);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        after_change := paragraf_meeting_of(TG_ARGV[0], (to_jsonb(NEW) ->> TG_ARGV[1])::bigint);
    END IF;
    UPDATE meeting SET attendance_revision = attendance_revision + 1
        WHERE id IN (before_change, after_change) AND NOT paragraf_final_status(status);
    RETURN NULL;
END
$$;

CREATE TRIGGER participant_revision AFTER INSERT OR UPDATE OR DELETE ON participant
    FOR EACH ROW EXECUTE FUNCTION paragraf_attendance_changed('meeting', 'meeting_id');
CREATE TRIGGER attendance_event_revision AFTER INSERT OR UPDATE OR DELETE ON attendance_event
    FOR EACH ROW EXECUTE FUNCTION paragraf_attendance_changed('meeting', 'meeting_id');
CREATE TRIGGER meeting_rules_revision AFTER INSERT OR UPDATE OR DELETE ON meeting_rules
    FOR EACH ROW EXECUTE FUNCTION paragraf_attendance_changed('meeting', 'meeting_id');

-- A paragraph's title, text or decision is not read by the attendance checks.
CREATE TRIGGER paragraph_revision AFTER INSERT OR DELETE ON paragraph
    FOR EACH ROW EXECUTE FUNCTION paragraf_attendance_changed('meeting', 'meeting_id');
CREATE TRIGGER paragraph_revision_update AFTER UPDATE OF position, number, meeting_id ON paragraph
    FOR EACH ROW WHEN (NEW.position IS DISTINCT FROM OLD.position
        OR NEW.number IS DISTINCT FROM OLD.number OR NEW.meeting_id IS DISTINCT FROM OLD.meeting_id)
    EXECUTE FUNCTION paragraf_attendance_changed('meeting', 'meeting_id');

CREATE TRIGGER paragraph_proceedings_revision AFTER INSERT OR UPDATE OR DELETE ON paragraph_proceedings
    FOR EACH ROW EXECUTE FUNCTION paragraf_attendance_changed('paragraph', 'paragraph_id');
CREATE TRIGGER motion_revision AFTER INSERT OR UPDATE OR DELETE ON motion
    FOR EACH ROW EXECUTE FUNCTION paragraf_attendance_changed('paragraph', 'paragraph_id');
CREATE TRIGGER motion_supporter_revision AFTER INSERT OR UPDATE OR DELETE ON motion_supporter
    FOR EACH ROW EXECUTE FUNCTION paragraf_attendance_changed('paragraph', 'paragraph_id');
CREATE TRIGGER vote_cast_revision AFTER INSERT OR UPDATE OR DELETE ON vote_cast
    FOR EACH ROW EXECUTE FUNCTION paragraf_attendance_changed('paragraph', 'paragraph_id');
CREATE TRIGGER reservation_revision AFTER INSERT OR UPDATE OR DELETE ON reservation
    FOR EACH ROW EXECUTE FUNCTION paragraf_attendance_changed('paragraph', 'paragraph_id');
CREATE TRIGGER protocol_note_revision AFTER INSERT OR UPDATE OR DELETE ON protocol_note
    FOR EACH ROW EXECUTE FUNCTION paragraf_attendance_changed('paragraph', 'paragraph_id');
