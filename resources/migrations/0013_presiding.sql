-- Who presides can change during a meeting (the chair leaves or is jävig and the vice chair or
-- the ålderspresident takes over): an attendance event of its own kind, "preside", names who
-- presides from its paragraph on. SQLite cannot widen a CHECK in place, so the table is rebuilt
-- with its rows, index and final-protocol triggers (those of 0004, unchanged).
CREATE TABLE attendance_event_new (
    id                 INTEGER PRIMARY KEY,
    meeting_id         INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    participant_id     INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    kind               TEXT NOT NULL CHECK (kind IN ('arrive', 'leave', 'serve_start', 'serve_end', 'jav', 'preside')),
    paragraph_id       INTEGER REFERENCES paragraph(id),
    for_participant_id INTEGER REFERENCES participant(id),
    clock_time         TEXT NOT NULL DEFAULT ''
);
INSERT INTO attendance_event_new (id, meeting_id, participant_id, kind, paragraph_id, for_participant_id, clock_time)
    SELECT id, meeting_id, participant_id, kind, paragraph_id, for_participant_id, clock_time FROM attendance_event;
DROP TABLE attendance_event;
ALTER TABLE attendance_event_new RENAME TO attendance_event;
CREATE INDEX attendance_by_meeting ON attendance_event(meeting_id);

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
