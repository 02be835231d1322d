-- Paragraf schema 6: how decisions were reached (Kommunallagen 5 kap. 66–67 §§): motions and
-- who supported them, the chair's proposition order and finding, votes (named, or the tally of a
-- closed vote), reservations and protocol notes, per paragraph. Lists are numbered by position
-- 0, 1, 2 …; a motion is referred to by its position. Comments stand on lines of their own.

-- One row for a paragraph with proceedings: the chair's finding, the vote, and the secretary's
-- own wording of the proceedings (empty: the protocol's sentences are generated).
CREATE TABLE paragraph_proceedings (
    paragraph_id   INTEGER PRIMARY KEY REFERENCES paragraph(id) ON DELETE CASCADE,
    adopted_motion INTEGER NOT NULL DEFAULT -1,
    vote_held      INTEGER NOT NULL DEFAULT 0 CHECK (vote_held IN (0, 1)),
    vote_closed    INTEGER NOT NULL DEFAULT 0 CHECK (vote_closed IN (0, 1)),
    vote_yes       INTEGER NOT NULL DEFAULT -1,
    vote_no        INTEGER NOT NULL DEFAULT -1,
    closed_yes     INTEGER NOT NULL DEFAULT 0 CHECK (closed_yes >= 0),
    closed_no      INTEGER NOT NULL DEFAULT 0 CHECK (closed_no >= 0),
    closed_abstain INTEGER NOT NULL DEFAULT 0 CHECK (closed_abstain >= 0),
    lot_winner     INTEGER NOT NULL DEFAULT -1,
    wording        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE motion (
    id           INTEGER PRIMARY KEY,
    paragraph_id INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    mover_id     INTEGER NOT NULL REFERENCES participant(id),
    kind         TEXT NOT NULL CHECK (kind IN ('approval', 'rejection', 'referral', 'amendment')),
    text         TEXT NOT NULL DEFAULT '',
    withdrawn    INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    put_order    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (paragraph_id, position)
);

CREATE TABLE motion_supporter (
    id              INTEGER PRIMARY KEY,
    paragraph_id    INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
    motion_position INTEGER NOT NULL,
    position        INTEGER NOT NULL,
    participant_id  INTEGER NOT NULL REFERENCES participant(id),
    UNIQUE (paragraph_id, motion_position, position)
);

-- A named vote: one choice per participant and paragraph, by construction.
CREATE TABLE vote_cast (
    paragraph_id   INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id),
    choice         TEXT NOT NULL CHECK (choice IN ('yes', 'no', 'abstain')),
    PRIMARY KEY (paragraph_id, participant_id)
);

CREATE TABLE reservation (
    id             INTEGER PRIMARY KEY,
    paragraph_id   INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    participant_id INTEGER NOT NULL REFERENCES participant(id),
    reason         TEXT NOT NULL DEFAULT '',
    reason_pending INTEGER NOT NULL DEFAULT 0 CHECK (reason_pending IN (0, 1)),
    UNIQUE (paragraph_id, position),
    UNIQUE (paragraph_id, participant_id)
);

CREATE TABLE protocol_note (
    id             INTEGER PRIMARY KEY,
    paragraph_id   INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    participant_id INTEGER NOT NULL REFERENCES participant(id),
    text           TEXT NOT NULL CHECK (length(trim(text)) > 0),
    UNIQUE (paragraph_id, position)
);

-- Final with the protocol, as every other part of it.

CREATE TRIGGER paragraph_proceedings_final_insert BEFORE INSERT ON paragraph_proceedings
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER paragraph_proceedings_final_update BEFORE UPDATE ON paragraph_proceedings
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER paragraph_proceedings_final_delete BEFORE DELETE ON paragraph_proceedings
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER motion_final_insert BEFORE INSERT ON motion
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER motion_final_update BEFORE UPDATE ON motion
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER motion_final_delete BEFORE DELETE ON motion
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER motion_supporter_final_insert BEFORE INSERT ON motion_supporter
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER motion_supporter_final_update BEFORE UPDATE ON motion_supporter
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER motion_supporter_final_delete BEFORE DELETE ON motion_supporter
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER vote_cast_final_insert BEFORE INSERT ON vote_cast
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER vote_cast_final_update BEFORE UPDATE ON vote_cast
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER vote_cast_final_delete BEFORE DELETE ON vote_cast
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER reservation_final_insert BEFORE INSERT ON reservation
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER reservation_final_update BEFORE UPDATE ON reservation
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER reservation_final_delete BEFORE DELETE ON reservation
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER protocol_note_final_insert BEFORE INSERT ON protocol_note
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER protocol_note_final_update BEFORE UPDATE ON protocol_note
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER protocol_note_final_delete BEFORE DELETE ON protocol_note
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;
