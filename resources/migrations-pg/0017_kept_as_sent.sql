-- Paragraf server schema 17, as the file's: what a protocol keeps from the moment it is sent for
-- adjustment (a tester's findings on the server, issue 21).
--   1. Who takes part and who signs stay as sent: the participants (whose person_id is what
--      tells the server which login a participant is, and is in no checksum), the adjusters,
--      the attendance events, the meeting's rules, and every column of the meeting but its
--      status. The program refuses these changes from sending on (MeetingService::
--      requireEditable); the server now does too, for everyone, as it keeps a final protocol
--      final. Only the text changes, through recorded corrections. A protocol sent is never
--      taken back to a draft.
--   2. The body's name and kind as the protocol names them (they are in its checksum): copied
--      into the meeting when it is sent, and the name of each body a paragraph refers a matter
--      to, into the referral. A body renamed later (a reorganisation) keeps its old protocols
--      as they were signed; a protocol sent before this schema gets the names its body has now.
--   3. No text longer than the program allows (core/rules/FieldLimits.h: 200,000 characters,
--      counted as the program counts them, in UTF-16 code units): raw SQL cannot store what
--      the program, and import-json, would refuse.
-- SQLSTATE PF004: the protocol is out for adjustment (besides PF001-PF003 of schema 4).

CREATE FUNCTION paragraf_sent_status(status text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT $1 IN ('out_for_adjustment', 'adjusted', 'announced', 'archived')
$$;

CREATE FUNCTION paragraf_is_out(meeting bigint) RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT status = 'out_for_adjustment' FROM meeting WHERE id = $1), false)
$$;

-- 2. The copies, filled for what was sent before this schema (the guards of schema 4 would
-- refuse writing a final meeting's row; the owner runs this in one transaction).
ALTER TABLE meeting ADD COLUMN body_name text;
ALTER TABLE meeting ADD COLUMN body_kind text;
ALTER TABLE referral ADD COLUMN to_body_name text;

ALTER TABLE meeting DISABLE TRIGGER meeting_final;
UPDATE meeting m SET body_name = b.name, body_kind = b.kind
    FROM body b WHERE b.id = m.body_id AND paragraf_sent_status(m.status);
ALTER TABLE meeting ENABLE TRIGGER meeting_final;
UPDATE referral r SET to_body_name = b.name
    FROM body b, paragraph p, meeting m
    WHERE b.id = r.to_body_id AND p.id = r.paragraph_id AND m.id = p.meeting_id
      AND paragraf_sent_status(m.status);

-- Whether the login is the database's owner (or a superuser): push writes meetings as they were
-- sent elsewhere, with the names they were sent with.
CREATE FUNCTION paragraf_session_is_owner() RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user
                   AND (r.rolsuper OR r.rolbypassrls OR pg_has_role(session_user,
                        (SELECT relowner FROM pg_class WHERE oid = 'meeting'::regclass), 'MEMBER')))
$$;

CREATE FUNCTION paragraf_paragraph_is_sent(paragraph bigint) RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT paragraf_sent_status(m.status) FROM paragraph p
                     JOIN meeting m ON m.id = p.meeting_id WHERE p.id = $1), false)
$$;

-- The body's name and kind, and those of the bodies its paragraphs refer matters to, as the
-- meeting is sent: the names the bodies have then (the owner's push brings the copies it has).
-- Whoever sends may not write referral rows themselves, hence the owner's rights.
CREATE FUNCTION paragraf_keep_body_as_sent() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    brought boolean := paragraf_session_is_owner();
BEGIN
    IF paragraf_sent_status(NEW.status)
       AND (TG_OP = 'INSERT' OR NOT paragraf_sent_status(OLD.status)) THEN
        SELECT CASE WHEN brought THEN coalesce(NEW.body_name, b.name) ELSE b.name END,
               CASE WHEN brought THEN coalesce(NEW.body_kind, b.kind) ELSE b.kind END
            INTO NEW.body_name, NEW.body_kind FROM body b WHERE b.id = NEW.body_id;
        IF TG_OP = 'UPDATE' THEN
            UPDATE referral r SET to_body_name = b.name FROM body b, paragraph p
                WHERE b.id = r.to_body_id AND p.id = r.paragraph_id AND p.meeting_id = NEW.id
                  AND (r.to_body_name IS NULL OR NOT brought);
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER meeting_body_as_sent BEFORE INSERT OR UPDATE OF status ON meeting
    FOR EACH ROW EXECUTE FUNCTION paragraf_keep_body_as_sent();

-- A referral's copy, once its protocol is sent, stays.
CREATE TRIGGER referral_body_as_sent BEFORE UPDATE OF to_body_name ON referral
    FOR EACH ROW WHEN (NEW.to_body_name IS DISTINCT FROM OLD.to_body_name
                       AND paragraf_paragraph_is_sent(OLD.paragraph_id))
    EXECUTE FUNCTION paragraf_refuse('the body a matter was referred to is named as sent',
                                     'PF002');

-- The views name the bodies as the protocols do.
CREATE OR REPLACE VIEW assignment_row WITH (security_invoker = true) AS
SELECT a.id, a.paragraph_id, a.position, a.text, a.due_date, a.status, a.status_note,
       a.closed_on, a.closed_at,
       m.id AS origin_meeting_id, b.id AS origin_body_id,
       coalesce(m.body_name, b.name) AS origin_body_name,
       m.date AS origin_date, p.number AS origin_number, p.title AS origin_title,
       COALESCE(NULLIF(a.due_date, ''),
                (SELECT MIN(n.date) FROM meeting n WHERE n.body_id = m.body_id AND n.date > m.date),
                NULLIF(m.next_meeting_date, ''), '') AS due_on,
       cm.id AS closed_meeting_id, cb.id AS closed_body_id,
       coalesce(cm.body_name, cb.name) AS closed_body_name,
       cm.date AS closed_date, cp.number AS closed_number, cp.title AS closed_title
FROM assignment a
JOIN paragraph p ON p.id = a.paragraph_id
JOIN meeting m ON m.id = p.meeting_id
JOIN body b ON b.id = m.body_id
LEFT JOIN paragraph cp ON cp.id = a.closed_at
LEFT JOIN meeting cm ON cm.id = cp.meeting_id
LEFT JOIN body cb ON cb.id = cm.body_id;

CREATE OR REPLACE VIEW referral_row WITH (security_invoker = true) AS
SELECT r.id, r.paragraph_id, r.position, r.kind, r.to_body_id,
       coalesce(r.to_body_name, tb.name) AS to_body_name, r.note, r.taken_up_at,
       m.id AS origin_meeting_id, b.id AS origin_body_id,
       coalesce(m.body_name, b.name) AS origin_body_name,
       m.date AS origin_date, p.number AS origin_number, p.title AS origin_title,
       tm.id AS taken_meeting_id, tmb.id AS taken_body_id,
       coalesce(tm.body_name, tmb.name) AS taken_body_name,
       tm.date AS taken_date, tp.number AS taken_number, tp.title AS taken_title
FROM referral r
JOIN body tb ON tb.id = r.to_body_id
JOIN paragraph p ON p.id = r.paragraph_id
JOIN meeting m ON m.id = p.meeting_id
JOIN body b ON b.id = m.body_id
LEFT JOIN paragraph tp ON tp.id = r.taken_up_at
LEFT JOIN meeting tm ON tm.id = tp.meeting_id
LEFT JOIN body tmb ON tmb.id = tm.body_id;

-- 1. Out for adjustment: the meeting's row changes only its status, on to adjusted (the signing
-- rules of roles.sql say by whom), and is not removed.
CREATE FUNCTION paragraf_meeting_while_out() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF OLD.status <> 'out_for_adjustment' THEN
        NULL;
    ELSIF TG_OP = 'DELETE' OR NOT paragraf_sent_status(NEW.status)
          OR (to_jsonb(NEW) - 'status') IS DISTINCT FROM (to_jsonb(OLD) - 'status') THEN
        RAISE EXCEPTION 'the protocol is out for adjustment: it is kept as it was sent'
            USING ERRCODE = 'PF004', TABLE = 'meeting';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER meeting_while_out BEFORE UPDATE OR DELETE ON meeting
    FOR EACH ROW EXECUTE FUNCTION paragraf_meeting_while_out();

-- A part of the meeting that says who takes part and who signs (TG_ARGV[0]: the row's column
-- holding the meeting).
CREATE FUNCTION paragraf_refuse_while_out() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF (TG_OP IN ('UPDATE', 'DELETE') AND paragraf_is_out((to_jsonb(OLD) ->> TG_ARGV[0])::bigint))
       OR (TG_OP IN ('INSERT', 'UPDATE')
           AND paragraf_is_out((to_jsonb(NEW) ->> TG_ARGV[0])::bigint)) THEN
        RAISE EXCEPTION 'the protocol is out for adjustment: it is kept as it was sent'
            USING ERRCODE = 'PF004', TABLE = TG_TABLE_NAME;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER participant_while_out BEFORE INSERT OR UPDATE OR DELETE ON participant
    FOR EACH ROW EXECUTE FUNCTION paragraf_refuse_while_out('meeting_id');
CREATE TRIGGER meeting_adjuster_while_out BEFORE INSERT OR UPDATE OR DELETE ON meeting_adjuster
    FOR EACH ROW EXECUTE FUNCTION paragraf_refuse_while_out('meeting_id');
CREATE TRIGGER attendance_event_while_out BEFORE INSERT OR UPDATE OR DELETE ON attendance_event
    FOR EACH ROW EXECUTE FUNCTION paragraf_refuse_while_out('meeting_id');
CREATE TRIGGER meeting_rules_while_out BEFORE INSERT OR UPDATE OR DELETE ON meeting_rules
    FOR EACH ROW EXECUTE FUNCTION paragraf_refuse_while_out('meeting_id');

-- 3. The length of a text as the program counts it: UTF-16 code units, so a character beyond
-- the Basic Multilingual Plane counts twice. A text of no more bytes than that fits (a character
-- takes at least as many UTF-8 bytes as UTF-16 units), which the server knows without reading
-- or decompressing it; only a longer one is counted (the typing path pays nothing more).
CREATE FUNCTION paragraf_fits(value text, most integer) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN $1 IS NULL OR octet_length($1) <= $2 THEN true
                ELSE length($1) + length(regexp_replace($1, '[^\U00010000-\U0010FFFF]+', '', 'g'))
                     <= $2 END
$$;

-- Every text column of the protocols and the register; NOT VALID: a row written before keeps
-- its text until it is changed.
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT table_name, column_name FROM information_schema.columns
             WHERE table_schema = 'public' AND data_type = 'text'
               AND table_name IN ('organisation', 'person', 'body', 'mandate_period',
                   'membership', 'meeting', 'participant', 'paragraph', 'paragraph_section',
                   'paragraph_line', 'paragraph_presenter', 'attendance_event', 'signature',
                   'remark', 'text_change', 'erratum', 'posting', 'paragraph_proceedings',
                   'motion', 'vote_cast', 'reservation', 'protocol_note', 'viewpoint',
                   'assignment', 'assignment_holder', 'referral', 'issued_document',
                   'body_rules', 'meeting_rules', 'adjournment', 'schedule_entry',
                   'chair_year', 'body_seat')
             ORDER BY table_name, column_name LOOP
        EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (paragraf_fits(%I, 200000)) '
                       'NOT VALID', c.table_name,
                       left('paragraf_length_' || c.table_name || '_' || c.column_name, 63),
                       c.column_name);
    END LOOP;
END
$$;
