-- Paragraf schema 1. Applied in one transaction; user_version is set by the migrator.
-- Comments stand on lines of their own (the migrator drops them before splitting statements).
-- 1347569478 is 'PRGF': it marks the file as Paragraf's.
PRAGMA application_id = 1347569478;

CREATE TABLE organisation (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('municipality', 'region', 'county_board', 'association', 'other'))
);

CREATE TABLE person (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0)
);

CREATE TABLE body (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind             TEXT NOT NULL CHECK (kind IN ('deciding', 'notes')),
    decision_heading TEXT NOT NULL DEFAULT '',
    decision_first   INTEGER NOT NULL DEFAULT 1 CHECK (decision_first IN (0, 1)),
    protocol_kept_at TEXT NOT NULL DEFAULT ''
);

CREATE TABLE mandate_period (
    id      INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
    starts  TEXT NOT NULL,
    ends    TEXT NOT NULL,
    CHECK (starts <= ends)
);

CREATE TABLE membership (
    id                INTEGER PRIMARY KEY,
    body_id           INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
    person_id         INTEGER NOT NULL REFERENCES person(id),
    mandate_period_id INTEGER REFERENCES mandate_period(id),
    organisation_id   INTEGER REFERENCES organisation(id),
    party             TEXT NOT NULL DEFAULT '',
    role              TEXT NOT NULL CHECK (role IN ('chair', 'first_vice_chair', 'second_vice_chair',
                                                    'member', 'substitute', 'co_opted')),
    substitute_for_id INTEGER REFERENCES membership(id),
    valid_from        TEXT NOT NULL,
    valid_to          TEXT,
    CHECK (valid_to IS NULL OR valid_from <= valid_to)
);
CREATE INDEX membership_by_body ON membership(body_id, valid_from);

-- Where a body's numbering of a year starts when earlier paragraphs are not in this file.
CREATE TABLE numbering_start (
    body_id      INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
    year         INTEGER NOT NULL,
    first_number INTEGER NOT NULL CHECK (first_number >= 1),
    PRIMARY KEY (body_id, year)
);

CREATE TABLE meeting (
    id                INTEGER PRIMARY KEY,
    body_id           INTEGER NOT NULL REFERENCES body(id),
    date              TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    start_time        TEXT NOT NULL DEFAULT '',
    end_time          TEXT NOT NULL DEFAULT '',
    place             TEXT NOT NULL DEFAULT '',
    form              TEXT NOT NULL CHECK (form IN ('physical', 'digital', 'hybrid')),
    status            TEXT NOT NULL CHECK (status IN ('planned', 'called', 'in_progress', 'draft',
                                                      'out_for_adjustment', 'adjusted', 'announced',
                                                      'archived')),
    adjustment_date   TEXT NOT NULL DEFAULT '',
    adjustment_place  TEXT NOT NULL DEFAULT '',
    next_meeting_date TEXT NOT NULL DEFAULT '',
    next_meeting_note TEXT NOT NULL DEFAULT '',
    chair_id          INTEGER,
    secretary_id      INTEGER
);
CREATE INDEX meeting_by_body_date ON meeting(body_id, date, start_time);

CREATE TABLE participant (
    id                 INTEGER PRIMARY KEY,
    meeting_id         INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    person_id          INTEGER NOT NULL REFERENCES person(id),
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    organisation       TEXT NOT NULL DEFAULT '',
    party              TEXT NOT NULL DEFAULT '',
    kind               TEXT NOT NULL CHECK (kind IN ('member', 'substitute', 'co_opted', 'official', 'guest')),
    role_label         TEXT NOT NULL DEFAULT '',
    substitute_of      INTEGER REFERENCES participant(id),
    present_at_start   INTEGER NOT NULL DEFAULT 0 CHECK (present_at_start IN (0, 1)),
    serves_for_at_start INTEGER REFERENCES participant(id),
    UNIQUE (meeting_id, person_id)
);
CREATE INDEX participant_by_meeting ON participant(meeting_id, position);

CREATE TABLE meeting_adjuster (
    meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    participant_id INTEGER NOT NULL REFERENCES participant(id),
    PRIMARY KEY (meeting_id, position),
    UNIQUE (meeting_id, participant_id)
);

CREATE TABLE paragraph (
    id                  INTEGER PRIMARY KEY,
    meeting_id          INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    number              INTEGER NOT NULL,
    title               TEXT NOT NULL DEFAULT '',
    case_number         TEXT NOT NULL DEFAULT '',
    kind                TEXT NOT NULL CHECK (kind IN ('decision', 'information')),
    decision            TEXT NOT NULL DEFAULT '',
    immediately_adjusted INTEGER NOT NULL DEFAULT 0 CHECK (immediately_adjusted IN (0, 1)),
    UNIQUE (meeting_id, position)
);

CREATE TABLE paragraph_presenter (
    paragraph_id   INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    participant_id INTEGER NOT NULL REFERENCES participant(id),
    PRIMARY KEY (paragraph_id, position)
);

CREATE TABLE paragraph_section (
    id           INTEGER PRIMARY KEY,
    paragraph_id INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    heading      TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL DEFAULT '',
    UNIQUE (paragraph_id, position)
);

-- Attachments (bilagor) and recipients (expedieras till) as ordered lines.
CREATE TABLE paragraph_line (
    paragraph_id INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
    list         TEXT NOT NULL CHECK (list IN ('attachment', 'expedition')),
    position     INTEGER NOT NULL,
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    PRIMARY KEY (paragraph_id, list, position)
);

CREATE TABLE attendance_event (
    id                 INTEGER PRIMARY KEY,
    meeting_id         INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    participant_id     INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    kind               TEXT NOT NULL CHECK (kind IN ('arrive', 'leave', 'serve_start', 'serve_end', 'jav')),
    paragraph_id       INTEGER REFERENCES paragraph(id),
    for_participant_id INTEGER REFERENCES participant(id),
    clock_time         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attendance_by_meeting ON attendance_event(meeting_id);
