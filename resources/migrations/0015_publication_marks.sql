-- Paragraf schema 15: what the secretary marks for publishing on the web (docs/publishing.md),
-- kept with the protocol, and the record of every publication. None of it is protocol content:
-- a mark may be added or removed after the adjustment, and the protocol, its hash and its
-- archive copy stay as they were. Comments stand on lines of their own.

-- A passage not to be published: its exact text, where it was marked (a paragraph; none for
-- the header or a paragraph removed since). The web copy prints the body's wording wherever the
-- text stands; a text no longer in the protocol is reported, not dropped.
CREATE TABLE publication_mark (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    paragraph_id INTEGER REFERENCES paragraph(id) ON DELETE SET NULL,
    passage      TEXT NOT NULL CHECK (length(passage) BETWEEN 1 AND 2000),
    made_at      TEXT NOT NULL DEFAULT '',
    made_by      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX publication_mark_by_meeting ON publication_mark(meeting_id, id);

-- A paragraph that concerns an individual (socialnämnd, bygglov): the names of private persons
-- in it are masked.
CREATE TABLE individual_paragraph (
    paragraph_id INTEGER PRIMARY KEY REFERENCES paragraph(id) ON DELETE CASCADE,
    made_at      TEXT NOT NULL DEFAULT '',
    made_by      TEXT NOT NULL DEFAULT ''
);

-- Every publication: the extract's paragraphs ("" for the protocol), the files written, and
-- what was masked as one line per masking, "kind<TAB>where" (the kind as Publicera shows it:
-- "markerat" for a marked passage, "personnummer", "telefonnummer", "namn på enskild" …;
-- where: "§ 27"). The masked text itself is not kept here. Only ever added to.
CREATE TABLE publication (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    paragraphs TEXT NOT NULL DEFAULT '',
    files      TEXT NOT NULL DEFAULT '',
    masked     TEXT NOT NULL DEFAULT '',
    made_at    TEXT NOT NULL DEFAULT '',
    made_by    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX publication_by_meeting ON publication(meeting_id, id);

CREATE TRIGGER publication_kept_update BEFORE UPDATE ON publication
BEGIN
    SELECT RAISE(ABORT, 'the record of publications is only ever added to');
END;

CREATE TRIGGER publication_kept_delete BEFORE DELETE ON publication
BEGIN
    SELECT RAISE(ABORT, 'the record of publications is only ever added to');
END;

-- The body's own words where something is masked; "" prints "[uppgift borttagen enligt
-- GDPR/OSL]".
ALTER TABLE body_rules ADD COLUMN mask_wording TEXT NOT NULL DEFAULT '';
