-- Paragraf schema 17: what a protocol keeps from the moment it is sent for adjustment, as the
-- server's schema 17 does (docs/server.md). Comments stand on lines of their own.
-- 1. Who takes part and who signs stay as sent: participants, adjusters, attendance events, the
--    meeting's rules and the meeting's own columns change no more, and a protocol sent is not
--    taken back to a draft. The program refuses these changes from sending on; the file now
--    does too. Only the text changes, through recorded corrections.
-- 2. The body's name and kind as the protocol names them (they are in its checksum): copied
--    into the meeting when it is sent, and the name of each body a paragraph refers a matter to,
--    into the referral. A body renamed later keeps its old protocols as they were signed.

ALTER TABLE meeting ADD COLUMN body_name TEXT;
ALTER TABLE meeting ADD COLUMN body_kind TEXT;
ALTER TABLE referral ADD COLUMN to_body_name TEXT;

-- What was sent before this schema gets the names its bodies have now.
UPDATE meeting SET body_name = (SELECT name FROM body WHERE id = meeting.body_id),
                   body_kind = (SELECT kind FROM body WHERE id = meeting.body_id)
WHERE status IN ('out_for_adjustment', 'adjusted', 'announced', 'archived');

UPDATE referral SET to_body_name = (SELECT name FROM body WHERE id = referral.to_body_id)
WHERE (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id
       WHERE p.id = referral.paragraph_id)
      IN ('out_for_adjustment', 'adjusted', 'announced', 'archived');

-- The copies are taken as the meeting is sent (or written as sent: a pulled file brings its own).
CREATE TRIGGER meeting_body_as_sent_update AFTER UPDATE OF status ON meeting
WHEN NEW.status IN ('out_for_adjustment', 'adjusted', 'announced', 'archived')
    AND OLD.status NOT IN ('out_for_adjustment', 'adjusted', 'announced', 'archived')
BEGIN
    UPDATE meeting SET body_name = COALESCE(body_name, (SELECT name FROM body WHERE id = body_id)),
                       body_kind = COALESCE(body_kind, (SELECT kind FROM body WHERE id = body_id))
    WHERE id = NEW.id;
    UPDATE referral SET to_body_name = (SELECT name FROM body WHERE id = referral.to_body_id)
    WHERE to_body_name IS NULL
        AND paragraph_id IN (SELECT id FROM paragraph WHERE meeting_id = NEW.id);
END;

CREATE TRIGGER meeting_body_as_sent_insert AFTER INSERT ON meeting
WHEN NEW.status IN ('out_for_adjustment', 'adjusted', 'announced', 'archived')
BEGIN
    UPDATE meeting SET body_name = COALESCE(body_name, (SELECT name FROM body WHERE id = body_id)),
                       body_kind = COALESCE(body_kind, (SELECT kind FROM body WHERE id = body_id))
    WHERE id = NEW.id;
END;

-- Once taken, the copies stay.
CREATE TRIGGER meeting_body_as_sent_kept BEFORE UPDATE OF body_name, body_kind ON meeting
WHEN OLD.status IN ('out_for_adjustment', 'adjusted', 'announced', 'archived')
    AND OLD.body_name IS NOT NULL
    AND (NEW.body_name IS NOT OLD.body_name OR NEW.body_kind IS NOT OLD.body_kind)
BEGIN
    SELECT RAISE(ABORT, 'the protocol names its body as it was sent');
END;

CREATE TRIGGER referral_body_as_sent_kept BEFORE UPDATE OF to_body_name ON referral
WHEN OLD.to_body_name IS NOT NULL AND NEW.to_body_name IS NOT OLD.to_body_name
    AND (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id
         WHERE p.id = OLD.paragraph_id)
        IN ('out_for_adjustment', 'adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the body a matter was referred to is named as sent');
END;

-- The views name the bodies as the protocols do.
DROP VIEW IF EXISTS assignment_row;
CREATE VIEW assignment_row AS
SELECT a.id, a.paragraph_id, a.position, a.text, a.due_date, a.status, a.status_note,
       a.closed_on, a.closed_at,
       m.id AS origin_meeting_id, b.id AS origin_body_id,
       COALESCE(m.body_name, b.name) AS origin_body_name,
       m.date AS origin_date, p.number AS origin_number, p.title AS origin_title,
       COALESCE(NULLIF(a.due_date, ''),
                (SELECT MIN(n.date) FROM meeting n WHERE n.body_id = m.body_id AND n.date > m.date),
                NULLIF(m.next_meeting_date, ''), '') AS due_on,
       cm.id AS closed_meeting_id, cb.id AS closed_body_id,
       COALESCE(cm.body_name, cb.name) AS closed_body_name,
       cm.date AS closed_date, cp.number AS closed_number, cp.title AS closed_title
FROM assignment a
JOIN paragraph p ON p.id = a.paragraph_id
JOIN meeting m ON m.id = p.meeting_id
JOIN body b ON b.id = m.body_id
LEFT JOIN paragraph cp ON cp.id = a.closed_at
LEFT JOIN meeting cm ON cm.id = cp.meeting_id
LEFT JOIN body cb ON cb.id = cm.body_id;

DROP VIEW IF EXISTS referral_row;
CREATE VIEW referral_row AS
SELECT r.id, r.paragraph_id, r.position, r.kind, r.to_body_id,
       COALESCE(r.to_body_name, tb.name) AS to_body_name, r.note, r.taken_up_at,
       m.id AS origin_meeting_id, b.id AS origin_body_id,
       COALESCE(m.body_name, b.name) AS origin_body_name,
       m.date AS origin_date, p.number AS origin_number, p.title AS origin_title,
       tm.id AS taken_meeting_id, tmb.id AS taken_body_id,
       COALESCE(tm.body_name, tmb.name) AS taken_body_name,
       tm.date AS taken_date, tp.number AS taken_number, tp.title AS taken_title
FROM referral r
JOIN body tb ON tb.id = r.to_body_id
JOIN paragraph p ON p.id = r.paragraph_id
JOIN meeting m ON m.id = p.meeting_id
JOIN body b ON b.id = m.body_id
LEFT JOIN paragraph tp ON tp.id = r.taken_up_at
LEFT JOIN meeting tm ON tm.id = tp.meeting_id
LEFT JOIN body tmb ON tmb.id = tm.body_id;

-- 1. Out for adjustment, the meeting's row moves its status on (to adjusted) and nothing else;
-- the copies above have their own rule.
CREATE TRIGGER meeting_while_out_update BEFORE UPDATE ON meeting
WHEN OLD.status = 'out_for_adjustment' AND (
    NEW.status NOT IN ('out_for_adjustment', 'adjusted', 'announced', 'archived') OR
    NEW.body_id IS NOT OLD.body_id OR NEW.date IS NOT OLD.date OR
    NEW.start_time IS NOT OLD.start_time OR NEW.end_time IS NOT OLD.end_time OR
    NEW.place IS NOT OLD.place OR NEW.form IS NOT OLD.form OR
    NEW.adjustment_date IS NOT OLD.adjustment_date OR
    NEW.adjustment_place IS NOT OLD.adjustment_place OR
    NEW.adjustment_time IS NOT OLD.adjustment_time OR
    NEW.next_meeting_date IS NOT OLD.next_meeting_date OR
    NEW.next_meeting_note IS NOT OLD.next_meeting_note OR
    NEW.chair_id IS NOT OLD.chair_id OR NEW.secretary_id IS NOT OLD.secretary_id OR
    NEW.attendance_revision IS NOT OLD.attendance_revision OR NEW.id IS NOT OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'the protocol is out for adjustment: it is kept as it was sent');
END;

CREATE TRIGGER meeting_while_out_delete BEFORE DELETE ON meeting
WHEN OLD.status = 'out_for_adjustment'
BEGIN
    SELECT RAISE(ABORT, 'the protocol is out for adjustment: it is kept as it was sent');
END;

CREATE TRIGGER participant_while_out_insert BEFORE INSERT ON participant
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'out_for_adjustment'
BEGIN
    SELECT RAISE(ABORT, 'the protocol is out for adjustment: it is kept as it was sent');
END;

CREATE TRIGGER participant_while_out_update BEFORE UPDATE ON participant
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'out_for_adjustment'
    OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'out_for_adjustment'
BEGIN
    SELECT RAISE(ABORT, 'the protocol is out for adjustment: it is kept as it was sent');
END;

CREATE TRIGGER participant_while_out_delete BEFORE DELETE ON participant
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'out_for_adjustment'
BEGIN
    SELECT RAISE(ABORT, 'the protocol is out for adjustment: it is kept as it was sent');
END;

CREATE TRIGGER meeting_adjuster_while_out_insert BEFORE INSERT ON meeting_adjuster
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'out_for_adjustment'
BEGIN
    SELECT RAISE(ABORT, 'the protocol is out for adjustment: it is kept as it was sent');
END;

CREATE TRIGGER meeting_adjuster_while_out_update BEFORE UPDATE ON meeting_adjuster
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'out_for_adjustment'
    OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'out_for_adjustment'
BEGIN
    SELECT RAISE(ABORT, 'the protocol is out for adjustment: it is kept as it was sent');
END;

CREATE TRIGGER meeting_adjuster_while_out_delete BEFORE DELETE ON meeting_adjuster
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'out_for_adjustment'
BEGIN
    SELECT RAISE(ABORT, 'the protocol is out for adjustment: it is kept as it was sent');
END;

CREATE TRIGGER attendance_event_while_out_insert BEFORE INSERT ON attendance_event
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'out_for_adjustment'
BEGIN
    SELECT RAISE(ABORT, 'the protocol is out for adjustment: it is kept as it was sent');
END;

CREATE TRIGGER attendance_event_while_out_update BEFORE UPDATE ON attendance_event
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'out_for_adjustment'
    OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'out_for_adjustment'
BEGIN
    SELECT RAISE(ABORT, 'the protocol is out for adjustment: it is kept as it was sent');
END;

CREATE TRIGGER attendance_event_while_out_delete BEFORE DELETE ON attendance_event
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'out_for_adjustment'
BEGIN
    SELECT RAISE(ABORT, 'the protocol is out for adjustment: it is kept as it was sent');
END;

CREATE TRIGGER meeting_rules_while_out_insert BEFORE INSERT ON meeting_rules
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'out_for_adjustment'
BEGIN
    SELECT RAISE(ABORT, 'the protocol is out for adjustment: it is kept as it was sent');
END;

CREATE TRIGGER meeting_rules_while_out_update BEFORE UPDATE ON meeting_rules
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'out_for_adjustment'
    OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'out_for_adjustment'
BEGIN
    SELECT RAISE(ABORT, 'the protocol is out for adjustment: it is kept as it was sent');
END;

CREATE TRIGGER meeting_rules_while_out_delete BEFORE DELETE ON meeting_rules
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'out_for_adjustment'
BEGIN
    SELECT RAISE(ABORT, 'the protocol is out for adjustment: it is kept as it was sent');
END;
