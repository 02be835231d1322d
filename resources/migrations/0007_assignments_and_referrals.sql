-- Paragraf schema 7: what a meeting asks people to do and where its matters go next.
-- Assignments (uppdrag) with those who hold them, referrals of a paragraph to another body
-- (hänskjuts till / lyfts till) and remarks attributed to those who made them ("Sara: …").
-- What a meeting decided is final with its protocol; how an assignment ends is recorded later,
-- and is final with the protocol of the meeting where it was closed. Comments stand on lines of
-- their own.

-- due_date '' means "till nästa möte": the body's next meeting after this one.
CREATE TABLE assignment (
    id           INTEGER PRIMARY KEY,
    paragraph_id INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    due_date     TEXT NOT NULL DEFAULT '' CHECK (due_date = '' OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    status_note  TEXT NOT NULL DEFAULT '',
    closed_on    TEXT NOT NULL DEFAULT '',
    closed_at    INTEGER REFERENCES paragraph(id) ON DELETE SET NULL,
    UNIQUE (paragraph_id, position),
    CHECK ((status = 'open') = (closed_on = '')),
    CHECK (status <> 'open' OR closed_at IS NULL)
);
CREATE INDEX assignment_by_closing ON assignment(closed_at);

-- A person (kept by person, so that the assignment outlives their membership), an organisation,
-- or a group named in words ("Kommundirektörerna"). The name is copied as the protocol says it.
CREATE TABLE assignment_holder (
    assignment_id   INTEGER NOT NULL REFERENCES assignment(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    person_id       INTEGER REFERENCES person(id),
    organisation_id INTEGER REFERENCES organisation(id),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    PRIMARY KEY (assignment_id, position),
    CHECK (person_id IS NULL OR organisation_id IS NULL)
);
CREATE INDEX assignment_holder_by_person ON assignment_holder(person_id);

CREATE TABLE referral (
    id           INTEGER PRIMARY KEY,
    paragraph_id INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    to_body_id   INTEGER NOT NULL REFERENCES body(id),
    kind         TEXT NOT NULL CHECK (kind IN ('refer', 'raise')),
    note         TEXT NOT NULL DEFAULT '',
    taken_up_at  INTEGER REFERENCES paragraph(id) ON DELETE SET NULL,
    UNIQUE (paragraph_id, position)
);
CREATE INDEX referral_by_receiver ON referral(to_body_id);
CREATE INDEX referral_by_taking_up ON referral(taken_up_at);

CREATE TABLE viewpoint (
    id           INTEGER PRIMARY KEY,
    paragraph_id INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    UNIQUE (paragraph_id, position)
);

CREATE TABLE viewpoint_speaker (
    viewpoint_id   INTEGER NOT NULL REFERENCES viewpoint(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    participant_id INTEGER NOT NULL REFERENCES participant(id),
    PRIMARY KEY (viewpoint_id, position)
);

-- An assignment with where it was given, the day it is due and where it was closed. "Till
-- nästa möte" is due on the body's next meeting after the one that gave it, or on the date that
-- meeting announced while the next one is not yet in the file. Read by FollowUpRepository.
CREATE VIEW assignment_row AS
SELECT a.id, a.paragraph_id, a.position, a.text, a.due_date, a.status, a.status_note,
       a.closed_on, a.closed_at,
       m.id AS origin_meeting_id, b.id AS origin_body_id, b.name AS origin_body_name,
       m.date AS origin_date, p.number AS origin_number, p.title AS origin_title,
       COALESCE(NULLIF(a.due_date, ''),
                (SELECT MIN(n.date) FROM meeting n WHERE n.body_id = m.body_id AND n.date > m.date),
                NULLIF(m.next_meeting_date, ''), '') AS due_on,
       cm.id AS closed_meeting_id, cb.id AS closed_body_id, cb.name AS closed_body_name,
       cm.date AS closed_date, cp.number AS closed_number, cp.title AS closed_title
FROM assignment a
JOIN paragraph p ON p.id = a.paragraph_id
JOIN meeting m ON m.id = p.meeting_id
JOIN body b ON b.id = m.body_id
LEFT JOIN paragraph cp ON cp.id = a.closed_at
LEFT JOIN meeting cm ON cm.id = cp.meeting_id
LEFT JOIN body cb ON cb.id = cm.body_id;

-- A referral with the paragraph that made it and the one that took it up.
CREATE VIEW referral_row AS
SELECT r.id, r.paragraph_id, r.position, r.kind, r.to_body_id, tb.name AS to_body_name, r.note,
       r.taken_up_at,
       m.id AS origin_meeting_id, b.id AS origin_body_id, b.name AS origin_body_name,
       m.date AS origin_date, p.number AS origin_number, p.title AS origin_title,
       tm.id AS taken_meeting_id, tmb.id AS taken_body_id, tmb.name AS taken_body_name,
       tm.date AS taken_date, tp.number AS taken_number, tp.title AS taken_title
FROM referral r
JOIN body tb ON tb.id = r.to_body_id
JOIN paragraph p ON p.id = r.paragraph_id
JOIN meeting m ON m.id = p.meeting_id
JOIN body b ON b.id = m.body_id
LEFT JOIN paragraph tp ON tp.id = r.taken_up_at
LEFT JOIN meeting tm ON tm.id = tp.meeting_id
LEFT JOIN body tmb ON tmb.id = tm.body_id;

-- Final with the protocol, as every other part of it.

CREATE TRIGGER assignment_final_insert BEFORE INSERT ON assignment
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER assignment_final_delete BEFORE DELETE ON assignment
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER assignment_facts_final BEFORE UPDATE ON assignment
WHEN ((SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived'))
    AND (NEW.paragraph_id IS NOT OLD.paragraph_id OR NEW.position IS NOT OLD.position
         OR NEW.text IS NOT OLD.text OR NEW.due_date IS NOT OLD.due_date)
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

-- A closing recorded at a meeting is part of that meeting's protocol.

CREATE TRIGGER assignment_closing_final BEFORE UPDATE ON assignment
WHEN ((SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.closed_at) IN ('adjusted', 'announced', 'archived')
     OR (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.closed_at) IN ('adjusted', 'announced', 'archived'))
    AND (NEW.status IS NOT OLD.status OR NEW.status_note IS NOT OLD.status_note
         OR NEW.closed_on IS NOT OLD.closed_on OR NEW.closed_at IS NOT OLD.closed_at)
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER assignment_holder_final_insert BEFORE INSERT ON assignment_holder
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id JOIN assignment a ON a.paragraph_id = p.id WHERE a.id = NEW.assignment_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER assignment_holder_final_update BEFORE UPDATE ON assignment_holder
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id JOIN assignment a ON a.paragraph_id = p.id WHERE a.id = OLD.assignment_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id JOIN assignment a ON a.paragraph_id = p.id WHERE a.id = NEW.assignment_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER assignment_holder_final_delete BEFORE DELETE ON assignment_holder
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id JOIN assignment a ON a.paragraph_id = p.id WHERE a.id = OLD.assignment_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER referral_final_insert BEFORE INSERT ON referral
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER referral_final_delete BEFORE DELETE ON referral
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER referral_facts_final BEFORE UPDATE ON referral
WHEN ((SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived'))
    AND (NEW.paragraph_id IS NOT OLD.paragraph_id OR NEW.position IS NOT OLD.position
         OR NEW.to_body_id IS NOT OLD.to_body_id OR NEW.kind IS NOT OLD.kind OR NEW.note IS NOT OLD.note)
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

-- Taking a matter up is part of the receiving meeting's protocol.

CREATE TRIGGER referral_taken_up_final BEFORE UPDATE ON referral
WHEN ((SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.taken_up_at) IN ('adjusted', 'announced', 'archived')
     OR (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.taken_up_at) IN ('adjusted', 'announced', 'archived'))
    AND NEW.taken_up_at IS NOT OLD.taken_up_at
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER viewpoint_final_insert BEFORE INSERT ON viewpoint
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER viewpoint_final_update BEFORE UPDATE ON viewpoint
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = NEW.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER viewpoint_final_delete BEFORE DELETE ON viewpoint
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id WHERE p.id = OLD.paragraph_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER viewpoint_speaker_final_insert BEFORE INSERT ON viewpoint_speaker
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id JOIN viewpoint v ON v.paragraph_id = p.id WHERE v.id = NEW.viewpoint_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER viewpoint_speaker_final_update BEFORE UPDATE ON viewpoint_speaker
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id JOIN viewpoint v ON v.paragraph_id = p.id WHERE v.id = OLD.viewpoint_id) IN ('adjusted', 'announced', 'archived')
    OR (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id JOIN viewpoint v ON v.paragraph_id = p.id WHERE v.id = NEW.viewpoint_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

CREATE TRIGGER viewpoint_speaker_final_delete BEFORE DELETE ON viewpoint_speaker
WHEN (SELECT m.status FROM meeting m JOIN paragraph p ON p.meeting_id = m.id JOIN viewpoint v ON v.paragraph_id = p.id WHERE v.id = OLD.viewpoint_id) IN ('adjusted', 'announced', 'archived')
BEGIN
    SELECT RAISE(ABORT, 'the protocol is adjusted and final');
END;

