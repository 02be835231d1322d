-- Paragraf schema 10: the body's own rules (reglemente, arbetsordning), the copy of those that
-- change what a protocol says which each meeting takes when it is set up, and the notice rules
-- recorded with a posting. A body or meeting without a row has the defaults, which print what
-- Paragraf printed before. Comments stand on lines of their own.

CREATE TABLE body_rules (
    body_id             INTEGER PRIMARY KEY REFERENCES body(id) ON DELETE CASCADE,
    paragraph_prefix    TEXT NOT NULL DEFAULT '',
    adjusters_required  INTEGER NOT NULL DEFAULT 1 CHECK (adjusters_required BETWEEN 1 AND 9),
    signature_label     TEXT NOT NULL DEFAULT '',
    att_clauses         INTEGER NOT NULL DEFAULT 0 CHECK (att_clauses IN (0, 1)),
    rejoin_allowed      INTEGER NOT NULL DEFAULT 0 CHECK (rejoin_allowed IN (0, 1)),
    attendance_appendix TEXT NOT NULL DEFAULT 'by_size'
                        CHECK (attendance_appendix IN ('by_size', 'always', 'never')),
    notice_signer       TEXT NOT NULL DEFAULT '',
    notice_signer_title TEXT NOT NULL DEFAULT '',
    notice_wording      TEXT NOT NULL DEFAULT '',
    notice_days         INTEGER NOT NULL DEFAULT 21 CHECK (notice_days BETWEEN 21 AND 366)
);

CREATE TABLE meeting_rules (
    meeting_id          INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
    paragraph_prefix    TEXT NOT NULL DEFAULT '',
    adjusters_required  INTEGER NOT NULL DEFAULT 1 CHECK (adjusters_required BETWEEN 1 AND 9),
    signature_label     TEXT NOT NULL DEFAULT '',
    att_clauses         INTEGER NOT NULL DEFAULT 0 CHECK (att_clauses IN (0, 1)),
    rejoin_allowed      INTEGER NOT NULL DEFAULT 0 CHECK (rejoin_allowed IN (0, 1)),
    attendance_appendix INTEGER NOT NULL DEFAULT 0 CHECK (attendance_appendix IN (0, 1))
);

-- The notice as it was posted; a posting made before schema 10 keeps the defaults (the
-- secretary signs, the standard wording, three weeks).
ALTER TABLE posting ADD COLUMN notice_signer TEXT NOT NULL DEFAULT '';
ALTER TABLE posting ADD COLUMN notice_signer_title TEXT NOT NULL DEFAULT '';
ALTER TABLE posting ADD COLUMN notice_wording TEXT NOT NULL DEFAULT '';
ALTER TABLE posting ADD COLUMN notice_days INTEGER NOT NULL DEFAULT 21;

CREATE TRIGGER posting_notice_kept BEFORE UPDATE ON posting
WHEN NEW.notice_signer IS NOT OLD.notice_signer OR
     NEW.notice_signer_title IS NOT OLD.notice_signer_title OR
     NEW.notice_wording IS NOT OLD.notice_wording OR NEW.notice_days IS NOT OLD.notice_days
BEGIN
    SELECT RAISE(ABORT, 'the notice as posted cannot be changed');
END;

-- The meeting's rules are protocol content: final with the protocol, as in schema 4.
CREATE TRIGGER meeting_rules_final_insert BEFORE INSERT ON meeting_rules
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER meeting_rules_final_update BEFORE UPDATE ON meeting_rules
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER meeting_rules_final_delete BEFORE DELETE ON meeting_rules
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;
