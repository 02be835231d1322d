-- Paragraf schema 12: adjournments (ajournering) of a meeting, and the clock time of the
-- adjustment ("Justeringens tid och plats: måndag 7 mars 2022 kl. 16.00"). Both are protocol
-- content: final once the protocol is adjusted, like everything of schema 4. Comments stand on
-- lines of their own.

-- "" while unset, else "16:00" as start_time and end_time are stored.
ALTER TABLE meeting ADD COLUMN adjustment_time TEXT NOT NULL DEFAULT '';

CREATE TRIGGER meeting_adjustment_time_final BEFORE UPDATE OF adjustment_time ON meeting
WHEN OLD.status IN ('adjusted', 'announced', 'archived')
    AND NEW.adjustment_time IS NOT OLD.adjustment_time
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

-- One pause: inside the paragraph (within = 1) or after it (within = 0); with no paragraph,
-- before the first. A removed paragraph leaves its adjournments before the first paragraph
-- rather than taking them along. end_time is "" while the meeting is adjourned.
CREATE TABLE adjournment (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    paragraph_id INTEGER REFERENCES paragraph(id) ON DELETE SET NULL,
    within       INTEGER NOT NULL DEFAULT 0 CHECK (within IN (0, 1)),
    start_time   TEXT NOT NULL CHECK (length(start_time) = 5),
    end_time     TEXT NOT NULL DEFAULT '',
    reason       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX adjournment_by_meeting ON adjournment(meeting_id, start_time);

CREATE TRIGGER adjournment_final_insert BEFORE INSERT ON adjournment
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER adjournment_final_update BEFORE UPDATE ON adjournment
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER adjournment_final_delete BEFORE DELETE ON adjournment
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;
