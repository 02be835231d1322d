-- Paragraf schema 5: what happens between the meeting and the archive. Remarks of the
-- reviewers and the secretary's answers, every change of text made while the protocol is out
-- for adjustment, what each reviewer last read, rättelser of an adjusted protocol, and the
-- notice-board posting. Comments stand on lines of their own.

-- A justeringsanmärkning: a signatory's remark on a paragraph (or on the whole protocol when
-- paragraph_id is NULL), open until the secretary accepts it (the change is made and recorded
-- in text_change) or rejects it with a reason.
CREATE TABLE remark (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    paragraph_id   INTEGER REFERENCES paragraph(id),
    participant_id INTEGER NOT NULL REFERENCES participant(id),
    author         TEXT NOT NULL CHECK (length(trim(author)) > 0),
    written_at     TEXT NOT NULL,
    text           TEXT NOT NULL CHECK (length(trim(text)) > 0),
    state          TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'rejected')),
    answer         TEXT NOT NULL DEFAULT '',
    answered_at    TEXT
);
CREATE INDEX remark_by_meeting ON remark(meeting_id, id);

-- A recorded correction while the protocol is out for adjustment: one field of one paragraph
-- (title, decision, or a section's text), before and after, why, and the remark it answers.
CREATE TABLE text_change (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    paragraph_id INTEGER NOT NULL REFERENCES paragraph(id),
    field        TEXT NOT NULL CHECK (field IN ('title', 'decision', 'section')),
    section_id   INTEGER REFERENCES paragraph_section(id),
    before_text  TEXT NOT NULL,
    after_text   TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    remark_id    INTEGER REFERENCES remark(id),
    changed_at   TEXT NOT NULL
);
CREATE INDEX text_change_by_meeting ON text_change(meeting_id, id);

-- The last text_change a reviewer has read: what changed since is shown as a diff.
CREATE TABLE review_read (
    meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id),
    last_change_id INTEGER NOT NULL DEFAULT 0,
    read_at        TEXT NOT NULL,
    PRIMARY KEY (meeting_id, participant_id)
);

-- A rättelse of an adjusted protocol: the original stays as signed, the correction is shown
-- beside it. Chained like the signatures (chain_hash continues from the last signature), so a
-- changed or removed rättelse is found by verification.
CREATE TABLE erratum (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meeting(id),
    paragraph_id   INTEGER REFERENCES paragraph(id),
    corrected_text TEXT NOT NULL CHECK (length(trim(corrected_text)) > 0),
    reason         TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    decided_by     TEXT NOT NULL CHECK (length(trim(decided_by)) > 0),
    decided_on     TEXT NOT NULL,
    recorded_at    TEXT NOT NULL,
    chain_hash     TEXT NOT NULL CHECK (length(chain_hash) = 64)
);
CREATE INDEX erratum_by_meeting ON erratum(meeting_id, id);

-- When the adjusted protocol went up on the notice board, and when it came down.
CREATE TABLE posting (
    meeting_id    INTEGER PRIMARY KEY REFERENCES meeting(id),
    posted_on     TEXT NOT NULL,
    taken_down_on TEXT
);

-- Remarks and text changes are part of the adjustment: final with the protocol.
CREATE TRIGGER remark_final_insert BEFORE INSERT ON remark
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER remark_final_update BEFORE UPDATE ON remark
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER remark_final_delete BEFORE DELETE ON remark
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER text_change_final_insert BEFORE INSERT ON text_change
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER text_change_final_update BEFORE UPDATE ON text_change
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER text_change_final_delete BEFORE DELETE ON text_change
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

-- A rättelse belongs to an adjusted protocol, and once recorded it stays as it is.
CREATE TRIGGER erratum_only_when_final BEFORE INSERT ON erratum
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id)
    NOT IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'a rättelse is made to an adjusted protocol only');
END;

CREATE TRIGGER erratum_kept_update BEFORE UPDATE ON erratum
BEGIN
    SELECT RAISE(ABORT, 'a recorded rättelse cannot be changed');
END;

CREATE TRIGGER erratum_kept_delete BEFORE DELETE ON erratum
BEGIN
    SELECT RAISE(ABORT, 'a recorded rättelse cannot be changed');
END;

-- Only an adjusted protocol is posted; the day it went up is a fact the appeal period counts
-- from and is never changed. Taking it down may be recorded later.
CREATE TRIGGER posting_only_when_adjusted BEFORE INSERT ON posting
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id)
    NOT IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'only an adjusted protocol can be posted');
END;

CREATE TRIGGER posting_date_kept BEFORE UPDATE ON posting
WHEN NEW.posted_on IS NOT OLD.posted_on OR NEW.meeting_id IS NOT OLD.meeting_id
BEGIN
    SELECT RAISE(ABORT, 'the day of posting cannot be changed');
END;

CREATE TRIGGER posting_kept_delete BEFORE DELETE ON posting
BEGIN
    SELECT RAISE(ABORT, 'the day of posting cannot be changed');
END;
