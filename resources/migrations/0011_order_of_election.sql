-- Paragraf schema 11: the order of election (inkallelseordning) of a party's substitutes. In a
-- fullmäktige the substitutes are not personal: an absent member's place is taken by the next
-- substitute of the same party in the order the election gave. 0 means no place in an order
-- (a personal substitute, a member). The meeting keeps its own copy, as it keeps the names, so
-- that a later roster change never rewrites an old roll call. Comments stand on lines of their
-- own.

ALTER TABLE membership ADD COLUMN election_order INTEGER NOT NULL DEFAULT 0
    CHECK (election_order >= 0);

ALTER TABLE participant ADD COLUMN election_order INTEGER NOT NULL DEFAULT 0
    CHECK (election_order >= 0);
