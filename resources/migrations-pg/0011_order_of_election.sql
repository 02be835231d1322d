-- Paragraf server schema 11, as the file's: the order of election of a party's substitutes
-- (0: no place in an order), on the roster and in the meeting's own copy.
ALTER TABLE membership ADD COLUMN election_order integer NOT NULL DEFAULT 0
    CHECK (election_order >= 0);

ALTER TABLE participant ADD COLUMN election_order integer NOT NULL DEFAULT 0
    CHECK (election_order >= 0);
