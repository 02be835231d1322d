-- Paragraf schema 3: seats per organisation, chair and vice chair per year, the year's schedule.
-- Comments stand on lines of their own.

-- How many members each organisation appoints to a body (seed 003: one per municipality,
-- three for the region, one more for the opposition).
CREATE TABLE body_seat (
    body_id         INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    seats           INTEGER NOT NULL CHECK (seats >= 1),
    PRIMARY KEY (body_id, organisation_id)
);

-- Chair and vice chair of a body for a calendar year: memberships, so history stays readable.
CREATE TABLE chair_year (
    body_id                  INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
    year                     INTEGER NOT NULL,
    chair_membership_id      INTEGER REFERENCES membership(id),
    vice_chair_membership_id INTEGER REFERENCES membership(id),
    PRIMARY KEY (body_id, year)
);

CREATE TABLE schedule_entry (
    id          INTEGER PRIMARY KEY,
    body_id     INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
    date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    end_date    TEXT NOT NULL DEFAULT '',
    start_time  TEXT NOT NULL DEFAULT '',
    end_time    TEXT NOT NULL DEFAULT '',
    form        TEXT NOT NULL CHECK (form IN ('physical', 'digital', 'hybrid')),
    place       TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL CHECK (kind IN ('ordinary', 'full_day', 'planning_day', 'check_in',
                                              'two_day')),
    joint_with  TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    meeting_id  INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
    CHECK (end_date = '' OR end_date > date)
);
CREATE INDEX schedule_by_body_date ON schedule_entry(body_id, date);
