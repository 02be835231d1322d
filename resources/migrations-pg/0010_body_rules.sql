-- Paragraf server schema 10, as the file's: the body's own rules, the copy of them each meeting
-- takes (final with the protocol), and the notice rules recorded with a posting (kept: PF002).

CREATE TABLE body_rules (
    body_id             bigint PRIMARY KEY REFERENCES body(id) ON DELETE CASCADE,
    paragraph_prefix    text NOT NULL DEFAULT '',
    adjusters_required  integer NOT NULL DEFAULT 1 CHECK (adjusters_required BETWEEN 1 AND 9),
    signature_label     text NOT NULL DEFAULT '',
    att_clauses         integer NOT NULL DEFAULT 0 CHECK (att_clauses IN (0, 1)),
    rejoin_allowed      integer NOT NULL DEFAULT 0 CHECK (rejoin_allowed IN (0, 1)),
    attendance_appendix text NOT NULL DEFAULT 'by_size'
                        CHECK (attendance_appendix IN ('by_size', 'always', 'never')),
    notice_signer       text NOT NULL DEFAULT '',
    notice_signer_title text NOT NULL DEFAULT '',
    notice_wording      text NOT NULL DEFAULT '',
    notice_days         integer NOT NULL DEFAULT 21 CHECK (notice_days BETWEEN 21 AND 366)
);

CREATE TABLE meeting_rules (
    meeting_id          bigint PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
    paragraph_prefix    text NOT NULL DEFAULT '',
    adjusters_required  integer NOT NULL DEFAULT 1 CHECK (adjusters_required BETWEEN 1 AND 9),
    signature_label     text NOT NULL DEFAULT '',
    att_clauses         integer NOT NULL DEFAULT 0 CHECK (att_clauses IN (0, 1)),
    rejoin_allowed      integer NOT NULL DEFAULT 0 CHECK (rejoin_allowed IN (0, 1)),
    attendance_appendix integer NOT NULL DEFAULT 0 CHECK (attendance_appendix IN (0, 1))
);

ALTER TABLE posting ADD COLUMN notice_signer text NOT NULL DEFAULT '';
ALTER TABLE posting ADD COLUMN notice_signer_title text NOT NULL DEFAULT '';
ALTER TABLE posting ADD COLUMN notice_wording text NOT NULL DEFAULT '';
ALTER TABLE posting ADD COLUMN notice_days integer NOT NULL DEFAULT 21;

CREATE TRIGGER posting_notice_kept BEFORE UPDATE ON posting
    FOR EACH ROW EXECUTE FUNCTION paragraf_keep_columns('the notice as posted cannot be changed',
        'notice_signer', 'notice_signer_title', 'notice_wording', 'notice_days');

CREATE TRIGGER meeting_rules_final BEFORE INSERT OR UPDATE OR DELETE ON meeting_rules
    FOR EACH ROW EXECUTE FUNCTION paragraf_refuse_final_change('meeting', 'meeting_id');
