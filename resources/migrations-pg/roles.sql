-- Paragraf on a server: who may do what, enforced by the server itself (issue 21, item 2).
-- Applied after the numbered migrations on every migration run, by the database's owner; every
-- statement may run again. It fails closed: a table without a rule below can be read by every
-- Paragraf role and written only by the owner.
--
-- Group roles (cluster-wide, so prefixed): a person's login is a member of one or more of them.
--   paragraf_registry   bodies, rosters, people, schedules
--   paragraf_secretary  the meetings of the bodies paragraf_login_body names for the login
--   paragraf_chair      signs, remarks and reads for review the protocols the login's person is
--   paragraf_adjuster     named in (as chair, adjuster or secretary of the meeting)
--   paragraf_reader     reads
-- A login maps to a person (and so to the participants of meetings) in paragraf_login, and a
-- secretary's login to bodies in paragraf_login_body; only the owner writes these two tables.
-- Every change is recorded in paragraf_change with the login (session_user) and server time.
-- The finality triggers of the numbered schemas hold for everyone, the owner included.

SET LOCAL client_min_messages = warning;

DO $$
DECLARE
    group_role text;
BEGIN
    FOREACH group_role IN ARRAY ARRAY['paragraf_registry', 'paragraf_secretary', 'paragraf_chair',
                                      'paragraf_adjuster', 'paragraf_reader'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = group_role) THEN
            -- Another database of the cluster may be creating it at this moment.
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', group_role);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    -- A temporary table would be searched before ours by a login's own statements.
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END
$$;

CREATE TABLE IF NOT EXISTS paragraf_login (
    login      text PRIMARY KEY,
    person_id  bigint REFERENCES person(id),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL DEFAULT session_user
);

CREATE TABLE IF NOT EXISTS paragraf_login_body (
    login   text NOT NULL REFERENCES paragraf_login(login) ON DELETE CASCADE,
    body_id bigint NOT NULL REFERENCES body(id) ON DELETE CASCADE,
    PRIMARY KEY (login, body_id)
);

-- Who changed which row, and when by the server's clock. row_key holds the primary key.
CREATE TABLE IF NOT EXISTS paragraf_change (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changed_at timestamptz NOT NULL DEFAULT now(),
    login      text NOT NULL DEFAULT session_user,
    table_name text NOT NULL,
    operation  text NOT NULL,
    row_key    jsonb NOT NULL
);
-- The connection that made the change: a desk polls for changes made by other connections
-- (Database::changedElsewhere) until LISTEN/NOTIFY tells it.
ALTER TABLE paragraf_change ADD COLUMN IF NOT EXISTS backend_pid integer NOT NULL
    DEFAULT pg_backend_pid();

-- A signature made on the server names the login that made it (the policies below require it to
-- be the login's own).
ALTER TABLE signature ADD COLUMN IF NOT EXISTS login text NOT NULL DEFAULT session_user;
CREATE OR REPLACE FUNCTION paragraf_record_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    source jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
    row_key jsonb := '{}';
    i integer;
BEGIN
    FOR i IN 0 .. TG_NARGS - 1 LOOP
        row_key := row_key || jsonb_build_object(TG_ARGV[i], source -> TG_ARGV[i]);
    END LOOP;
    INSERT INTO paragraf_change (table_name, operation, row_key)
        VALUES (TG_TABLE_NAME, TG_OP, row_key);
    RETURN NULL;
END
$$;

-- The login's person, and whether the login may write a body's meetings.
CREATE OR REPLACE FUNCTION paragraf_my_person() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT person_id FROM paragraf_login WHERE login = session_user
$$;

CREATE OR REPLACE FUNCTION paragraf_writes_body(body bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT pg_has_role(session_user, 'paragraf_secretary', 'MEMBER')
       AND EXISTS (SELECT 1 FROM paragraf_login_body WHERE login = session_user AND body_id = $1)
$$;

-- Whether the login may write a row reached by chain and key (see paragraf_meeting_of).
CREATE OR REPLACE FUNCTION paragraf_writes(chain text, key bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(paragraf_writes_body(
        (SELECT body_id FROM meeting WHERE id = paragraf_meeting_of($1, $2))), false)
$$;

-- Whether a participant is the login's own person.
CREATE OR REPLACE FUNCTION paragraf_is_me(participant bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM participant
                   WHERE id = $1 AND person_id = paragraf_my_person())
$$;

-- Who signs the protocol, in each role: the program's rule (core/rules/Signatories.cpp,
-- Presiding.cpp), so that the server accepts a signature exactly where the program asks for one.
-- The secretary signs; each participant who presided over a paragraph signs as chair (the
-- meeting's chair until a 'preside' attendance event hands over from its paragraph on, the
-- latest event at a paragraph winning; without paragraphs the meeting's chair); for each
-- paragraph the first adjusters named (in their order) who were present and did not preside
-- adjust it, as many as required (the meeting's rules' number, and two where two or more are
-- named); an adjuster needed for no paragraph does not sign. ServerSignatoriesTest compares this
-- with the program's signatories meeting by meeting.
CREATE OR REPLACE FUNCTION paragraf_signatories(meeting bigint)
RETURNS TABLE (role text, participant_id bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    m record;
    adjusters bigint[];
    required integer;
    present bigint[];
    presiding bigint;
    chairs bigint[] := '{}';
    adjusting bigint[] := '{}';
    chosen integer;
    p record;
    e record;
    a bigint;
    paragraphs integer := 0;
BEGIN
    SELECT id, chair_id, secretary_id INTO m FROM meeting WHERE id = $1;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    SELECT coalesce(array_agg(ma.participant_id ORDER BY ma.position), '{}') INTO adjusters
        FROM meeting_adjuster ma WHERE ma.meeting_id = $1;
    SELECT greatest(coalesce((SELECT r.adjusters_required FROM meeting_rules r
                              WHERE r.meeting_id = $1), 1),
                    least(2, cardinality(adjusters)))
        INTO required;
    SELECT coalesce(array_agg(pa.id), '{}') INTO present
        FROM participant pa WHERE pa.meeting_id = $1 AND pa.present_at_start = 1;
    presiding := m.chair_id;
    FOR p IN SELECT id FROM paragraph WHERE paragraph.meeting_id = $1 ORDER BY position LOOP
        paragraphs := paragraphs + 1;
        FOR e IN SELECT ev.kind, ev.participant_id FROM attendance_event ev
                 WHERE ev.meeting_id = $1 AND ev.paragraph_id = p.id ORDER BY ev.id LOOP
            IF e.kind = 'arrive' THEN
                present := array_append(array_remove(present, e.participant_id), e.participant_id);
            ELSIF e.kind = 'leave' THEN
                present := array_remove(present, e.participant_id);
            ELSIF e.kind = 'preside' THEN
                presiding := e.participant_id;
            END IF;
        END LOOP;
        IF presiding IS NOT NULL AND presiding <> ALL (chairs) THEN
            chairs := chairs || presiding;
        END IF;
        chosen := 0;
        FOREACH a IN ARRAY adjusters LOOP
            EXIT WHEN chosen >= required;
            IF a = ANY (present) AND a IS DISTINCT FROM presiding THEN
                chosen := chosen + 1;
                IF a <> ALL (adjusting) THEN
                    adjusting := adjusting || a;
                END IF;
            END IF;
        END LOOP;
    END LOOP;
    IF paragraphs = 0 THEN
        chairs := CASE WHEN m.chair_id IS NULL THEN '{}' ELSE ARRAY[m.chair_id] END;
        adjusting := adjusters;
    END IF;
    RETURN QUERY
        SELECT s.role, s.participant_id FROM (
            SELECT 'secretary' AS role, m.secretary_id AS participant_id
            UNION ALL SELECT 'chair', c FROM unnest(chairs) AS c
            UNION ALL SELECT 'adjuster', x FROM unnest(adjusting) AS x) AS s
        WHERE EXISTS (SELECT 1 FROM participant pa
                      WHERE pa.id = s.participant_id AND pa.meeting_id = $1);
END
$$;

-- Whether the login's person signs the meeting in that role as that participant.
CREATE OR REPLACE FUNCTION paragraf_signs_as(meeting bigint, role text, participant bigint)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT paragraf_is_me($3) AND EXISTS (
        SELECT 1 FROM paragraf_signatories($1) s WHERE s.role = $2 AND s.participant_id = $3)
$$;

-- Whether the login signed as its own person (1), kept with the signature when it is made, so
-- that the printed page names the login whatever becomes of the mapping later; NULL for a
-- signature made before it was kept (then read from paragraf_login as it is now).
ALTER TABLE signature ADD COLUMN IF NOT EXISTS own_login integer CHECK (own_login IN (0, 1));

-- A signature in person (or a refusal) by the login's own person is made at the server's time:
-- the signing transaction's, in whole seconds, UTC. The desk reads the same now() first and
-- chains the signature with it. Whether it is the login's own is the server's to say, never
-- the row's writer's.
CREATE OR REPLACE FUNCTION paragraf_signature_by_login() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    NEW.own_login := CASE WHEN NEW.login = session_user AND NEW.method IN ('in_person', 'refused')
                               AND paragraf_is_me(NEW.participant_id) THEN 1 ELSE 0 END;
    IF NEW.own_login = 1 THEN
        NEW.signed_at := to_char(date_trunc('second', now()) AT TIME ZONE 'UTC',
                                 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    END IF;
    RETURN NEW;
END
$$;
CREATE OR REPLACE TRIGGER signature_by_login BEFORE INSERT ON signature
    FOR EACH ROW EXECUTE FUNCTION paragraf_signature_by_login();

-- Whether the protocol may become adjusted by a reviewer's last signature: as the program
-- decides it (AdjustmentService::appendSignature), every signatory's last act is a signature,
-- not a refusal, of the wording of the newest signature.
CREATE OR REPLACE FUNCTION paragraf_all_signed(meeting bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH last_act AS (
        SELECT DISTINCT ON (role, participant_id) role, participant_id, method, content_hash
        FROM signature WHERE meeting_id = $1 ORDER BY role, participant_id, id DESC),
    newest AS (SELECT content_hash FROM signature WHERE meeting_id = $1 ORDER BY id DESC LIMIT 1)
    SELECT EXISTS (SELECT 1 FROM newest) AND NOT EXISTS (
        SELECT 1 FROM paragraf_signatories($1) s
        WHERE NOT EXISTS (SELECT 1 FROM last_act a
                          WHERE a.role = s.role AND a.participant_id = s.participant_id
                            AND a.method <> 'refused'
                            AND a.content_hash = (SELECT content_hash FROM newest)))
$$;

-- What a desk shows as it happens: remarks and their answers, corrections of the text,
-- signatures and a meeting's status notify the channel paragraf_meeting with the meeting's id
-- (TG_ARGV[0] names the row's column that holds it). Sent at commit, once per meeting and
-- transaction; a desk listens on its own connection (docs/server.md).
CREATE OR REPLACE FUNCTION paragraf_notify_meeting() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    meeting text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        meeting := to_jsonb(OLD) ->> TG_ARGV[0];
    ELSE
        meeting := to_jsonb(NEW) ->> TG_ARGV[0];
    END IF;
    PERFORM pg_notify('paragraf_meeting', meeting);
    RETURN NULL;
END
$$;
CREATE OR REPLACE TRIGGER remark_notify AFTER INSERT OR UPDATE OR DELETE ON remark
    FOR EACH ROW EXECUTE FUNCTION paragraf_notify_meeting('meeting_id');
CREATE OR REPLACE TRIGGER text_change_notify AFTER INSERT OR UPDATE OR DELETE ON text_change
    FOR EACH ROW EXECUTE FUNCTION paragraf_notify_meeting('meeting_id');
CREATE OR REPLACE TRIGGER signature_notify AFTER INSERT OR UPDATE OR DELETE ON signature
    FOR EACH ROW EXECUTE FUNCTION paragraf_notify_meeting('meeting_id');
CREATE OR REPLACE TRIGGER meeting_status_notify AFTER UPDATE OF status ON meeting
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION paragraf_notify_meeting('id');

-- Whether the login's person signs the meeting in any role: a chair's or adjuster's review.
CREATE OR REPLACE FUNCTION paragraf_reviews(meeting bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM participant p WHERE p.meeting_id = $1
                   AND p.person_id = paragraf_my_person()
                   AND (paragraf_signs_as($1, 'chair', p.id) OR paragraf_signs_as($1, 'adjuster', p.id)))
$$;

-- Grants, row-level security and the audit trigger on every table of the schema.
DO $$
DECLARE
    t record;
    key_columns text;
    readers text := 'paragraf_registry, paragraf_secretary, paragraf_chair, paragraf_adjuster, paragraf_reader';
BEGIN
    EXECUTE 'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC';
    EXECUTE 'GRANT SELECT ON ALL TABLES IN SCHEMA public TO ' || readers;
    EXECUTE 'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO paragraf_registry, paragraf_secretary, '
            'paragraf_chair, paragraf_adjuster';
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'r'
               AND c.relname NOT IN ('paragraf_schema_version', 'paragraf_server_rules') LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.relname);
        EXECUTE format('DROP POLICY IF EXISTS paragraf_read ON %I', t.relname);
        EXECUTE format('CREATE POLICY paragraf_read ON %I FOR SELECT USING (true)', t.relname);
        -- The search index changes with the rows it copies, which are audited themselves.
        CONTINUE WHEN t.relname IN ('paragraf_change', 'paragraf_search');
        SELECT string_agg(format('%L', a.attname), ', ' ORDER BY k.ordinality) INTO key_columns
        FROM pg_index i
        CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ordinality)
        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
        WHERE i.indrelid = format('%I', t.relname)::regclass AND i.indisprimary;
        EXECUTE format('CREATE OR REPLACE TRIGGER paragraf_audit AFTER INSERT OR UPDATE OR DELETE '
                       'ON %I FOR EACH ROW EXECUTE FUNCTION paragraf_record_change(%s)',
                       t.relname, coalesce(key_columns, ''));
    END LOOP;
END
$$;

-- Refuses an update or delete of a row the login may not write (TG_ARGV[0]: the table's rule,
-- read with the row as it was), in words and with SQLSTATE 42501, where row-level security
-- would have left the row out and let the statement succeed having changed nothing. Those
-- not bound by row-level security (the tables' owner, a superuser) are not asked; nor is the
-- owner's work on behalf of a login (a foreign key's cascade).
CREATE OR REPLACE FUNCTION paragraf_refuse_unwritable() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    allowed boolean;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = current_user
                   AND (r.rolsuper OR r.rolbypassrls
                        OR r.oid = (SELECT relowner FROM pg_class WHERE oid = TG_RELID))) THEN
        EXECUTE format('SELECT %s FROM (SELECT ($1).*) AS old_row', TG_ARGV[0])
            INTO allowed USING OLD;
        IF allowed IS NOT TRUE THEN
            RAISE EXCEPTION 'the login % may not change this row of %', session_user, TG_TABLE_NAME
                USING ERRCODE = '42501';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

-- Who writes what. Each row of the list: a table, the role, the commands and the rule a row must
-- pass. A new row must pass it (WITH CHECK); a row that is there and is updated or deleted must
-- pass it too, but is not filtered out silently (a policy's USING would make the statement
-- change nothing and succeed, and the program would report success): the policies let the
-- statement reach every row, and the trigger paragraf_may_write, below, refuses one the login
-- may not write (42501), with the same rules.
DO $$
DECLARE
    r record;
    policy text;
    command text;
    roles_clause text;
    -- Per table, the rule an existing row must pass for the login to update or delete it.
    existing jsonb := jsonb_build_object('meeting',
        '((pg_has_role(''paragraf_chair'', ''MEMBER'') OR pg_has_role(''paragraf_adjuster'', '
        '''MEMBER'')) AND status = ''out_for_adjustment'' AND paragraf_reviews(id))');
    t record;
BEGIN
    FOR r IN SELECT * FROM (VALUES
        ('organisation', 'paragraf_registry', 'INSERT, UPDATE, DELETE', 'true'),
        ('person', 'paragraf_registry', 'INSERT, UPDATE, DELETE', 'true'),
        ('body', 'paragraf_registry', 'INSERT, UPDATE, DELETE', 'true'),
        ('mandate_period', 'paragraf_registry', 'INSERT, UPDATE, DELETE', 'true'),
        ('membership', 'paragraf_registry', 'INSERT, UPDATE, DELETE', 'true'),
        ('body_seat', 'paragraf_registry', 'INSERT, UPDATE, DELETE', 'true'),
        ('chair_year', 'paragraf_registry', 'INSERT, UPDATE, DELETE', 'true'),
        ('body_rules', 'paragraf_registry', 'INSERT, UPDATE, DELETE', 'true'),
        ('schedule_entry', 'paragraf_registry', 'INSERT, UPDATE, DELETE', 'true'),
        ('numbering_start', 'paragraf_registry', 'INSERT, UPDATE, DELETE', 'true'),
        -- A secretary adds the guests and officials of a meeting as people.
        ('person', 'paragraf_secretary', 'INSERT', 'true'),
        ('schedule_entry', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes_body(body_id)'),
        ('numbering_start', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes_body(body_id)'),
        ('meeting', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes_body(body_id)'),
        ('participant', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''meeting'', meeting_id)'),
        ('attendance_event', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''meeting'', meeting_id)'),
        ('meeting_adjuster', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''meeting'', meeting_id)'),
        ('paragraph', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''meeting'', meeting_id)'),
        -- On the server a remark is its maker's own: the secretary files their own and answers
        -- (updates) the others' in the meetings they write.
        ('remark', 'paragraf_secretary', 'INSERT',
         'paragraf_writes(''meeting'', meeting_id) AND paragraf_is_me(participant_id)'),
        ('remark', 'paragraf_secretary', 'UPDATE, DELETE', 'paragraf_writes(''meeting'', meeting_id)'),
        ('text_change', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''meeting'', meeting_id)'),
        ('review_read', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''meeting'', meeting_id)'),
        ('erratum', 'paragraf_secretary', 'INSERT', 'paragraf_writes(''meeting'', meeting_id)'),
        ('posting', 'paragraf_secretary', 'INSERT, UPDATE', 'paragraf_writes(''meeting'', meeting_id)'),
        ('meeting_rules', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''meeting'', meeting_id)'),
        ('adjournment', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''meeting'', meeting_id)'),
        ('issued_document', 'paragraf_secretary', 'INSERT', 'paragraf_writes(''meeting'', meeting_id)'),
        -- Marks for publishing on the web and the record of publications (schema 15): not
        -- protocol content, so also on an adjusted protocol.
        ('publication_mark', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''meeting'', meeting_id)'),
        ('individual_paragraph', 'paragraf_secretary', 'INSERT, DELETE', 'paragraf_writes(''paragraph'', paragraph_id)'),
        ('publication', 'paragraf_secretary', 'INSERT', 'paragraf_writes(''meeting'', meeting_id)'),
        ('paragraph_section', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''paragraph'', paragraph_id)'),
        ('paragraph_presenter', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''paragraph'', paragraph_id)'),
        ('paragraph_line', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''paragraph'', paragraph_id)'),
        ('paragraph_proceedings', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''paragraph'', paragraph_id)'),
        ('motion', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''paragraph'', paragraph_id)'),
        ('motion_supporter', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''paragraph'', paragraph_id)'),
        ('vote_cast', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''paragraph'', paragraph_id)'),
        ('reservation', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''paragraph'', paragraph_id)'),
        ('protocol_note', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''paragraph'', paragraph_id)'),
        ('viewpoint', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''paragraph'', paragraph_id)'),
        ('viewpoint_speaker', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''viewpoint'', viewpoint_id)'),
        ('assignment_holder', 'paragraf_secretary', 'INSERT, UPDATE, DELETE', 'paragraf_writes(''assignment'', assignment_id)'),
        -- An assignment is closed, and a referral taken up, at a later meeting, perhaps of
        -- another body.
        ('assignment', 'paragraf_secretary', 'INSERT, UPDATE, DELETE',
         'paragraf_writes(''paragraph'', paragraph_id) OR paragraf_writes(''paragraph'', closed_at)'),
        ('referral', 'paragraf_secretary', 'INSERT, UPDATE, DELETE',
         'paragraf_writes(''paragraph'', paragraph_id) OR paragraf_writes_body(to_body_id)'),
        -- A secretary records a signature made on paper or refused, and signs in person only as
        -- themselves; a signatory signs in person (or refuses) as themselves only.
        ('signature', 'paragraf_secretary', 'INSERT',
         'login = session_user AND paragraf_writes(''meeting'', meeting_id) AND '
         '(method <> ''in_person'' OR paragraf_signs_as(meeting_id, role, participant_id))'),
        ('signature', 'paragraf_chair, paragraf_adjuster', 'INSERT',
         'login = session_user AND method IN (''in_person'', ''refused'') AND '
         'paragraf_signs_as(meeting_id, role, participant_id)'),
        ('remark', 'paragraf_chair, paragraf_adjuster', 'INSERT, UPDATE',
         'paragraf_reviews(meeting_id) AND paragraf_is_me(participant_id)'),
        ('review_read', 'paragraf_chair, paragraf_adjuster', 'INSERT, UPDATE',
         'paragraf_reviews(meeting_id) AND paragraf_is_me(participant_id)')
    ) AS rule(table_name, roles, commands, rule) LOOP
        EXECUTE format('GRANT %s ON %I TO %s', r.commands, r.table_name, r.roles);
        -- One policy per command, named by the first role and the command: "secretary_update".
        -- (Before, one FOR ALL policy named by the first command: "secretary_insert", replaced
        -- here by the policy of the same name.)
        FOREACH command IN ARRAY string_to_array(replace(r.commands, ' ', ''), ',') LOOP
            policy := replace(split_part(r.roles, ',', 1), 'paragraf_', '') || '_' || lower(command);
            EXECUTE format('DROP POLICY IF EXISTS %I ON %I', policy, r.table_name);
            IF command = 'INSERT' THEN
                EXECUTE format('CREATE POLICY %I ON %I FOR INSERT TO %s WITH CHECK (%s)',
                               policy, r.table_name, r.roles, r.rule);
            ELSIF command = 'UPDATE' THEN
                EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE TO %s USING (true) '
                               'WITH CHECK (%s)', policy, r.table_name, r.roles, r.rule);
            ELSE
                EXECUTE format('CREATE POLICY %I ON %I FOR DELETE TO %s USING (true)',
                               policy, r.table_name, r.roles);
            END IF;
        END LOOP;
        CONTINUE WHEN r.commands NOT LIKE '%UPDATE%' AND r.commands NOT LIKE '%DELETE%';
        SELECT string_agg(format('pg_has_role(%L, ''MEMBER'')', trim(role_name)), ' OR ')
            INTO roles_clause FROM unnest(string_to_array(r.roles, ',')) AS role_name;
        existing := existing || jsonb_build_object(r.table_name,
            coalesce((existing ->> r.table_name) || ' OR ', '')
            || format('((%s) AND (%s))', roles_clause, r.rule));
    END LOOP;
    FOR t IN SELECT key AS table_name, value AS rule FROM jsonb_each_text(existing) LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER paragraf_may_write BEFORE UPDATE OR DELETE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION paragraf_refuse_unwritable(%L)',
                       t.table_name, t.rule);
    END LOOP;
END
$$;

-- A reviewer's last signature adjusts the protocol: a chair or adjuster may move the status of a
-- protocol they sign from out for adjustment to adjusted, when all have signed, and change
-- nothing else of the meeting (a column grant).
DO $$
BEGIN
    EXECUTE 'GRANT UPDATE (status) ON meeting TO paragraf_chair, paragraf_adjuster';
    EXECUTE 'DROP POLICY IF EXISTS reviewer_adjusts ON meeting';
    -- The meeting as it was must be out for adjustment and reviewed by the login: the trigger
    -- paragraf_may_write checks it (and refuses), as for the secretaries' rules above.
    EXECUTE 'CREATE POLICY reviewer_adjusts ON meeting FOR UPDATE TO paragraf_chair, '
            'paragraf_adjuster USING (true) '
            'WITH CHECK (status = ''adjusted'' AND paragraf_all_signed(id))';
END
$$;

-- Whether the statement's rules bind current_user: not the tables' owner, a superuser, or the
-- owner's work on behalf of a login (a foreign key's cascade), as in paragraf_refuse_unwritable.
CREATE OR REPLACE FUNCTION paragraf_bound_by_rules(relation oid) RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = current_user
                       AND (r.rolsuper OR r.rolbypassrls
                            OR r.oid = (SELECT relowner FROM pg_class WHERE oid = $1)))
$$;

-- A protocol becomes adjusted (or announced, or archived) only by the signing rules: out for
-- adjustment, and every signatory's last act a signature of the newest wording. For every login,
-- the secretary's included, whatever the statement (a meeting made final at once, a draft moved
-- past its sending). The owner's push moves protocols adjusted elsewhere, before signatures were
-- recorded too, and is not bound (PF005).
CREATE OR REPLACE FUNCTION paragraf_status_by_signing() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF paragraf_bound_by_rules(TG_RELID)
       AND ((TG_OP = 'INSERT' AND paragraf_sent_status(NEW.status))
            OR (TG_OP = 'UPDATE' AND paragraf_final_status(NEW.status)
                AND NOT paragraf_final_status(OLD.status)
                AND NOT (OLD.status = 'out_for_adjustment' AND NEW.status = 'adjusted'
                         AND paragraf_all_signed(NEW.id)))) THEN
        RAISE EXCEPTION 'a protocol is adjusted only when all who sign it have signed it after it '
                        'was sent for adjustment' USING ERRCODE = 'PF005', TABLE = 'meeting';
    END IF;
    RETURN NEW;
END
$$;
-- Named to run after paragraf_may_write (triggers fire by name), so another body's meeting is
-- refused as the login's (42501) first.
CREATE OR REPLACE TRIGGER paragraf_signing_status BEFORE INSERT OR UPDATE OF status ON meeting
    FOR EACH ROW EXECUTE FUNCTION paragraf_status_by_signing();

-- A remark is its maker's: made open and unanswered, in the name of the maker's participant (the
-- policies tie the participant to the login). Only the secretary of the meeting answers it
-- (state, answer, answered_at); nobody changes what it says or removes it (42501).
CREATE OR REPLACE FUNCTION paragraf_remark_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT paragraf_bound_by_rules(TG_RELID) THEN
        NULL;
    ELSIF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'the login % may not remove a remark', session_user
            USING ERRCODE = '42501';
    ELSIF TG_OP = 'INSERT' THEN
        IF NEW.author IS DISTINCT FROM (SELECT name FROM participant WHERE id = NEW.participant_id)
           OR NEW.state <> 'open' OR NEW.answer <> '' OR NEW.answered_at IS NOT NULL THEN
            RAISE EXCEPTION 'a new remark is open, unanswered and in its maker''s name'
                USING ERRCODE = '42501';
        END IF;
    ELSIF (to_jsonb(NEW) - ARRAY['state', 'answer', 'answered_at'])
              IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['state', 'answer', 'answered_at'])
          OR NOT paragraf_writes('meeting', OLD.meeting_id) THEN
        RAISE EXCEPTION 'the login % may not change this remark: the secretary answers it, and '
                        'what it says stays', session_user USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE OR REPLACE TRIGGER remark_rules BEFORE INSERT OR UPDATE OR DELETE ON remark
    FOR EACH ROW EXECUTE FUNCTION paragraf_remark_rules();
